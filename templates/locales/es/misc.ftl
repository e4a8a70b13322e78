## Interés mutuo (/organizations/…/mutual): las organizaciones que se marcaron
## mutuamente con «Me interesa». El título de la página es matches-mutual.

# { $name } es el nombre de la organización del visitante.
mutual-lead = Organizaciones que { $name } ha marcado con «Me interesa» y que, a su vez, han marcado a { $name } de la misma manera.
mutual-get-in-touch = Póngase en contacto: aquí es donde empiezan las alianzas.
mutual-contacts-shown = Aquí cada parte ve el contacto público de la otra y las direcciones de correo electrónico de las personas titulares de sus cuentas.
# «Me interesa» es el texto del botón de las sugerencias (matches-interested): se usa la misma expresión.
mutual-empty = Aún no hay ningún interés mutuo. Marque con «Me interesa» las sugerencias con las que desee reunirse; cuando ellas hagan lo mismo, aparecerán aquí.
# Un enlace tras mutual-empty, a la lista de sugerencias.
mutual-to-suggestions = Ir a sus sugerencias
# Encabezados de columna del cuadro de socios.
mutual-partner = Socio
mutual-score = Puntuación
mutual-no-contact = No se ha indicado ningún contacto y nadie tiene todavía una cuenta para esta organización; su perfil puede ofrecer más información.

## La lista de sugerencias para imprimir (/organizations/…/matches/print).
## Su título es matches-title; debajo figuran el nombre del sitio, la fecha y
## el número de sugerencias (matches-count), y después print-scores-explained.

# La dirección /how-scores-work se mantiene tal cual: se imprime en papel.
print-scores-explained = puntuaciones de 0 a 100, explicadas en /how-scores-work
# Tras el nombre de cada socio; { $score } es un número de 0 a 100.
print-score = puntuación { $score }
# Tras los motivos impresos de una sugerencia: cuántos motivos más ofrece la lista del sitio.
print-more-reasons = { $count ->
    [one] ({ $count } motivo más en la lista de sugerencias en línea)
   *[other] ({ $count } motivos más en la lista de sugerencias en línea)
}

## Tokens de API (/settings/tokens).

tokens-title = Tokens de API
# «Authorization: Bearer TOKEN» en <code> se mantiene tal cual: es lo que envía un programa.
tokens-intro-html = Un token permite a un programa utilizar la <a href="/api/docs">API de Roundtable</a> en nombre de su organización:
    envíelo como <code>Authorization: Bearer TOKEN</code>. Trátelo como una contraseña.
# Se muestra una sola vez, en negrita, sobre un token recién creado; le sigue tokens-copy-now.
tokens-new = Su nuevo token.
tokens-copy-now = Cópielo ahora: no volverá a mostrarse.
tokens-none = Aún no hay tokens.
# Encabezado de columna: la fecha en que se creó el token.
tokens-created = Fecha de creación
# Botón que retira un token, de modo que deja de funcionar.
tokens-revoke = Revocar
tokens-create-heading = Crear un token
# Indicación tras la etiqueta «Nombre» de un nuevo token.
tokens-name-hint = para qué sirve
tokens-create = Crear el token

## La documentación de la API (/api/docs).

api-docs-title = API
api-docs-heading = API de Roundtable
# El texto en <code> y las direcciones se mantienen tal cual.
api-docs-intro-html = Una API JSON en <code>/api/v1</code>, descrita por el documento OpenAPI 3.1 disponible en
    <a href="/api/openapi.json">/api/openapi.json</a>.
api-docs-writes-html = Las lecturas son públicas; las escrituras requieren un token obtenido en
    <a href="/settings/tokens">su configuración</a>, enviado como <code>Authorization: Bearer TOKEN</code>.
api-docs-errors-html = Los errores son documentos de problema conformes a RFC 9457 (<code>application/problem+json</code>).
# Encabezados de columna del cuadro de operaciones: el método HTTP, la dirección, un resumen y si se necesita un token.
api-docs-method = Método
api-docs-path = Ruta
api-docs-what = Qué hace
api-docs-token = Token
# En la columna «Token»: si una operación necesita un token.
api-docs-token-required = obligatorio
api-docs-token-optional = opcional
api-docs-updating-heading = Actualizar un perfil
# <code>version</code> se mantiene tal cual: es el nombre de un campo.
api-docs-updating-html = Lea el perfil, modifíquelo y envíelo de vuelta con la <code>version</code> que leyó. Si alguien
    lo modificó entretanto, la respuesta es 409: vuelva a leerlo.
# { $kinds } es la lista de valores que toma el campo «kind» (government, cert, …): se mantienen en inglés.
api-docs-kinds = Tipos: { $kinds }.

tokens-name-invalid = Dé al token un nombre de entre 1 y 100 caracteres, como «CRM sync».

## The outbox, for a site administrator.

outbox-title = Bandeja de salida
outbox-intro-smtp = Los últimos correos del sitio y si el servidor de correo los aceptó. Sus textos no se muestran: contienen enlaces que actúan en nombre de sus destinatarios.
outbox-intro-no-smtp = No hay ningún servidor de correo configurado (SMTP_URL): los correos esperan aquí. Sus textos no se muestran: contienen enlaces que actúan en nombre de sus destinatarios.
outbox-empty = Aún no hay correos.
outbox-col-written = Escrito
outbox-col-to = Para
outbox-col-subject = Asunto
outbox-col-state = Estado
outbox-sent = enviado
outbox-waiting = en espera
outbox-failed = { $count ->
    [one] no enviado: { $count } intento fallido, se reintentará
   *[other] no enviado: { $count } intentos fallidos, se reintentará
}
