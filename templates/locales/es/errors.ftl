## Páginas de error: un título y un mensaje para cada una.

error-not-found-title = Página no encontrada
error-not-found = No hay nada en esta dirección. Es posible que se le haya cambiado el nombre o que se haya eliminado.
error-forbidden-title = Acción no permitida
error-login-title = Inicie sesión
error-login = Inicie sesión para continuar.
error-bad-request-title = La solicitud contiene un error
error-too-large-title = Demasiados datos
error-too-large = Lo que ha enviado supera el tamaño que admite este formulario. Acórtelo e inténtelo de nuevo.
error-registrations-title = Demasiados registros
error-registrations = En los últimos minutos se han registrado muchas organizaciones desde su red. Espere 15 minutos e inténtelo de nuevo.
error-busy-title = Servicio saturado
error-busy = Muchas personas están iniciando sesión en este momento. Espere unos segundos e inténtelo de nuevo.
error-attempts-title = Demasiados intentos
error-attempts = Ha habido demasiados intentos fallidos de inicio de sesión. Espere 15 minutos e inténtelo de nuevo.
error-unavailable-title = No disponible temporalmente
error-unavailable = El sitio no puede acceder a su base de datos en este momento. Inténtelo de nuevo dentro de unos segundos.
error-unexpected-title = Se ha producido un error
error-unexpected = Se ha producido un error inesperado por nuestra parte. Ha quedado registrado; inténtelo de nuevo en unos instantes.
error-back = Volver a la página anterior
error-next-steps-html = <a href="/">Ir a la página de inicio</a> o <a href="/organizations">consultar el directorio</a>.

## Por qué una acción no está permitida.

error-form-expired = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-cross-site = No se aceptan solicitudes procedentes de otros sitios.
error-organizers-only = Solo los organizadores de un evento pueden abrir esta página o realizar esta acción. Si usted organiza este evento, pida al administrador de este sitio que convierta su cuenta en una cuenta de organizador.
error-mark-own-only = Solo puede marcar las sugerencias destinadas a su propia organización.
error-mutual-own-only = Solo la propia organización puede ver sus intereses mutuos.
error-print-own-only = Solo la propia organización puede imprimir su lista de sugerencias.
error-export-own-only = Solo la propia organización puede exportar su lista de sugerencias.
error-edit-own-only = Solo puede modificar el perfil de su propia organización.
error-outcome-members-only = Solo los participantes en una reunión y los organizadores pueden registrar su resultado.
error-agenda-own-only = Solo la propia organización y los organizadores pueden ver su agenda.
error-event-closed = Este evento ya no admite nuevos participantes. Pida al organizador que añada a su organización.
error-participants-only = Inscríbase primero en el evento: solo los participantes pueden realizar esta acción.
error-report-members-only = Solo los organizadores y los participantes del evento pueden ver su informe.
