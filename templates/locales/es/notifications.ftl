## Notificaciones por correo electrónico: la página de configuración.

notify-title = Notificaciones por correo electrónico
notify-intro = Para cada tipo de novedad, elija un correo inmediato, un único correo al día con todo, o nada. Los correos solo se envían a una dirección confirmada.
notify-kind-requests = Solicitudes de reunión dirigidas a su organización
notify-kind-answers = Respuestas a las solicitudes de reunión de su organización
notify-kind-mutual = Nuevo interés mutuo
notify-kind-schedule = Calendarios de reuniones de los eventos: su publicación, y reuniones trasladadas, eliminadas o añadidas
notify-kind-reminder = Un recordatorio la víspera de un evento, con la agenda
notify-mode-immediate = De inmediato
notify-mode-digest = En un resumen diario
notify-mode-off = Desactivado
notify-save = Guardar mis preferencias
notify-saved = Sus preferencias se han guardado.
notify-invalid = Elija «De inmediato», «En un resumen diario» o «Desactivado» para cada tipo.
notify-digest-name = el resumen diario

## El enlace para darse de baja con un solo clic, en cada correo.

unsubscribe-title = Dejar de recibir estos correos
unsubscribe-ask = ¿Dejar de recibir correos sobre: { $kind }?
unsubscribe-button = Dejar de recibir estos correos
unsubscribe-done = Hecho: ya no recibirá correos sobre: { $kind }. Puede cambiarlo en cualquier momento en su configuración.
unsubscribe-unknown = Este enlace no funciona: es posible que la cuenta ya no exista.

## Los correos.

notify-request-subject = { $org } desea reunirse con usted en { $event }
notify-request-intro = { $org } solicita una reunión con su organización en { $event }.
notify-message = Mensaje de la organización: «{ $message }»
notify-request-action = Responder en la página del evento
notify-accepted-subject = { $org } ha aceptado su solicitud de reunión
notify-accepted-intro = { $org } ha aceptado la solicitud de reunión de su organización en { $event }.
notify-declined-subject = { $org } ha rechazado su solicitud de reunión
notify-declined-intro = { $org } ha rechazado la solicitud de reunión de su organización en { $event }.
notify-reply = Respuesta de la organización: «{ $reply }»
notify-answer-action = Ver la página del evento
notify-mutual-subject = Interés mutuo con { $org }
notify-mutual-intro = A { $org } le interesa trabajar con su organización, igual que a usted: el interés es mutuo. Ahora cada parte puede ver los contactos y las necesidades confidenciales de la otra.
notify-mutual-action = Ver sus intereses mutuos
mail-footer-settings = Elegir qué correos recibe
mail-footer-unsubscribe = Dejar de recibir correos como este
digest-subject = Sus novedades en Roundtable: { $count ->
    [one] una novedad
   *[other] { $count } novedades
}
digest-intro = Lo que ha ocurrido desde su último resumen:

## El calendario de reuniones de un evento, comunicado por correo con un archivo de calendario.

schedule-published-subject = Ya se ha publicado el calendario de reuniones de { $event }
schedule-published-intro = { $org } tiene { $count ->
    [one] una reunión
   *[other] { $count } reuniones
} en { $event } el { $date }.
schedule-calendar-note = El archivo de calendario adjunto añade estas reuniones a su calendario y las actualiza si cambian.
schedule-action = Ver su agenda
schedule-changed-subject = Sus reuniones en { $event } han cambiado
schedule-changed-intro = Los organizadores han modificado su calendario de reuniones en { $event }:
schedule-line-added = Nueva: { $time }, { $table }, con { $partners }
schedule-line-moved = Trasladada: { $time }, { $table }, con { $partners }
schedule-removed-subject = Se ha cancelado una reunión en { $event }
schedule-removed-intro = Los organizadores han eliminado de su calendario de reuniones en { $event }:
schedule-line-removed = Cancelada: { $time }, { $table }, con { $partners }

## El recordatorio la víspera de un evento.

reminder-subject = Mañana: { $event }
reminder-intro = { $org } tiene { $count ->
    [one] una reunión
   *[other] { $count } reuniones
} en { $event } mañana, el { $date }, { $venue }:
reminder-line = { $time } · { $table } · con { $partners }
