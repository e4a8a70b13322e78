## La página de una organización.

org-fictional = Esta es una organización ficticia, que forma parte de los datos de demostración.
org-edit = Modificar el perfil
org-suggestions = Sugerencias de socios
org-hint-needs-html = <strong>Añada sus necesidades para recibir sugerencias:</strong> lo que busca su organización, una por línea.
org-hint-offers-html = <strong>Añada lo que ofrece</strong>, para que quienes lo necesiten encuentren a su organización.
org-complete = Complete su perfil
org-last-updated = Última actualización
org-capabilities = Capacidades
org-capabilities-sub = lo que ofrece
org-needs = Necesidades
org-needs-sub = lo que busca
org-none-yet = Aún no se ha indicado ninguna.
org-private = confidencial
org-coverage = En qué medida están cubiertas estas necesidades
org-coverage-caption = Necesidades por tema: cuántas cubre la oferta de otra organización
org-coverage-private = Las necesidades confidenciales se cuentan aquí, pero no se nombran.
org-whole-landscape = El panorama completo
org-coverage-pending = Las sugerencias se están actualizando con estas necesidades; este cuadro aparecerá en unos instantes.
col-covered = Cubiertas
col-providers = Organizaciones que lo ofrecen
field-working-languages = Idiomas de trabajo
field-website = Sitio web
field-contact = Contacto

## Tipos de organización.

kind-government = Gobierno, ministerio u organismo
kind-development_agency = Agencia de desarrollo
kind-international_org = Organización internacional
kind-regional_org = Organización regional
kind-cert = CERT / CSIRT nacional
kind-civil_society = Sociedad civil
kind-academia = Instituciones académicas y de investigación
kind-private_sector = Sector privado
kind-other = Otro

## Regiones del mundo.

region-africa = África
region-americas = Américas
region-asia = Asia
region-europe = Europa
region-middle-east = Oriente Medio
region-pacific = Pacífico
region-global = Mundial

## El formulario del perfil.

edit-first-heading = El perfil de su organización
guide-title = Cómo redactar un buen perfil
guide-intro-html = Las sugerencias se basan en lo que escriba en <strong>capacidades</strong> (lo que ofrece) y <strong>necesidades</strong> (lo que busca). Los socios también las leen.
guide-one-per-line = Un elemento por línea, breve y concreto: «formación en respuesta a incidentes para analistas de SOC», no «ciberseguridad».
guide-who-where = Indique a quién va dirigido o dónde, cuando sea pertinente: «apoyo a la redacción de una ley sobre ciberdelincuencia en África Occidental».
guide-languages = Escriba en inglés, francés o español: las sugerencias funcionan entre los tres idiomas.
guide-examples = Ejemplos por tipo de organización
guide-ministry = Un ministerio o una agencia nacional de ciberseguridad
guide-ministry-example = Necesidades: «ayuda para redactar nuestra estrategia nacional de ciberseguridad», «formación para el personal de nuestro CERT nacional». Ofertas: «acogida de reuniones regionales».
guide-cert = Un CERT nacional
guide-cert-example = Ofertas: «formación en gestión de incidentes», «mentoría en análisis de malware». Necesidades: «evaluación de la madurez del CSIRT», «financiación para una plataforma de SOC».
guide-donor = Una agencia de desarrollo o un donante
guide-donor-example = Ofertas: «subvenciones para el fortalecimiento de capacidades en ciberseguridad en África». Necesidades: «socios locales de ejecución en el Pacífico».
guide-academia = Instituciones académicas o sociedad civil
guide-academia-example = Ofertas: «un programa de máster en ciberseguridad», «investigación sobre la protección infantil en línea». Necesidades: «socios para una campaña regional de sensibilización».
edit-conflict = Otra persona guardó este perfil mientras usted lo editaba. Sus cambios se conservan a continuación, pero no se han guardado. Compárelos con el perfil actual y vuelva a guardar para reemplazarlo.
edit-conflict-link = Ver el perfil actual
edit-not-saved = No se ha guardado nada. Corrija los campos señalados a continuación.
field-name = Nombre
field-description = Descripción
edit-up-to = hasta { $max } caracteres
edit-kind = Tipo de organización
edit-choose-kind = Elija el tipo de organización
edit-languages-hint = nombres separados por comas, en uno de los idiomas de la interfaz o en el propio idioma, como portugués, kinyarwanda, Bahasa Indonesia
edit-capabilities-hint = lo que ofrece, una por línea (hasta 50)
edit-needs-hint = lo que busca, una por línea (hasta 50)
edit-private-needs = Necesidades confidenciales
edit-private-needs-hint = una por línea: cuentan para las sugerencias, pero los demás solo ven su tema hasta que ambas partes marquen su interés
edit-contact = Correo electrónico de contacto público
edit-contact-hint = se muestra en su perfil; las organizaciones con las que comparta un interés mutuo también ven las direcciones de correo electrónico de sus cuentas
edit-save = Guardar el perfil
cancel = Cancelar
edit-other-languages = Otros idiomas
