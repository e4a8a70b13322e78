## El `detail` de los documentos de problema de la API (las claves y los títulos se mantienen en inglés).

api-error-unexpected = Se ha producido un error inesperado; ha quedado registrado.
api-error-unavailable = El servicio no puede acceder a su base de datos en este momento; vuelva a intentarlo dentro de unos segundos.
api-error-unauthorized = Envíe un token de API como `Authorization: Bearer TOKEN` (puede crear uno en /settings/tokens).
api-error-conflict = El perfil se ha modificado desde la versión { $version }; vuelva a obtenerlo y reenvíe su cambio.
api-error-invalid = Algunos campos no son válidos.
api-error-too-large = El cuerpo de la solicitud es demasiado grande.
api-error-method = Este punto de conexión admite { $methods }.
