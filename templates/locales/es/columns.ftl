## Column headings and sheet names of downloaded files (CSV, Excel).

col-time = Hora
col-table = Mesa
col-partners = Socios
col-topic = Asunto
col-score = Puntuación
col-why = Por qué
col-organization = Organización
col-rank = Posición
col-partner = Socio
col-website = Sitio web
col-contact = Contacto
col-interest = Interés
col-contact-e-mail = Correo de contacto
col-country = País
col-covered-pct = Cubiertas (%)
col-kind = Tipo
col-languages = Idiomas
col-meetings = Reuniones
col-need = Necesidad
col-needs-of-others-covered = Necesidades de otros cubiertas
col-needs = Necesidades
col-not-available = No disponible
col-note = Nota
col-offers = Ofertas
col-outcome = Resultado
col-participants = Participantes
col-profile = Perfil
col-region = Región
col-theme = Tema
col-unmet-needs = Necesidades no cubiertas
col-agenda = Agenda
col-table-plan = Plano de mesas
col-report = Informe
col-landscape = Panorama
col-name = Nombre
col-seeks = Busca
col-matches = Sugerencias

## The calendar file (.ics): each meeting's title and description. $partners: organizations separated by commas.

ics-summary = Reunión con { $partners }
ics-topic = Asunto: { $topic }
ics-score = Puntuación de afinidad: { $score } de 100.
