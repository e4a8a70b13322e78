## Se muestra en varias páginas de eventos.

# Tras la fecha y el lugar de un evento: el huso horario de todas las horas mostradas.
# $zone es el nombre de un huso horario, como «Europe/Zurich».
event-times-in = huso horario: { $zone }
# El asunto de una reunión (una necesidad que escribió uno de los participantes),
# tal como lo fijaron los organizadores o la mesa de grupo.
event-topic = Asunto: { $topic }
event-edit = Modificar el evento

## La lista de eventos (/events).

event-list-title = Eventos
event-list-heading = Eventos de búsqueda de socios
event-list-lead = En una sesión de búsqueda de socios, los participantes se reúnen en mesas para mantener conversaciones breves, según un calendario elaborado a partir de sus solicitudes y de las sugerencias.
event-create-link = Crear un evento
event-list-empty = Aún no hay eventos.
# Sigue a «Aún no hay eventos.» para los visitantes que no son organizadores.
event-list-empty-ask = Los crean los organizadores; pida a los suyos que le envíen una invitación.
event-participant-count = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
# Tras la fecha de un evento en la lista: ya no admite nuevos participantes.
event-closed-tag = inscripción cerrada

## El formulario para crear o modificar un evento (solo organizadores).

event-new = Nuevo evento
event-not-saved = No se ha guardado nada. Corrija los campos señalados a continuación.
event-field-date = Fecha
# Cómo escribir una fecha en el campo de fecha: se traducen las letras (año, mes, día) y se mantiene el orden.
event-date-format = AAAA-MM-DD
event-field-time-zone = Huso horario
# Los nombres de los husos horarios se mantienen tal cual (son códigos).
event-time-zone-hint = p. ej. Europe/Zurich, America/New_York
event-field-venue = Lugar
event-field-slots = Franjas horarias
# «09:00 30» es lo que hay que escribir: una hora de inicio y una duración en minutos. Se mantiene tal cual.
event-slots-hint = una por línea: hora de inicio y minutos, p. ej. «09:00 30»
event-field-tables = Mesas
# Lo que hay que escribir: el nombre de una mesa, dos puntos y su número de plazas; «1-40» crea
# las mesas 1 a 40 de una vez. «Mesa» es solo un nombre de ejemplo.
event-tables-hint = una por línea: nombre y plazas, p. ej. «Mesa 1: 2»; una serie numerada como «Mesa 1-40: 2»
event-field-interpretation = Interpretación
# Los códigos se mantienen tal cual (códigos de idioma de dos letras).
event-interpretation-hint = idiomas con interpretación en el evento, como códigos: en, fr, es
event-field-min-meetings = Número mínimo de reuniones por participante
event-group-tables-check = Proponer grupos de tres (proveedor, donante, beneficiario) en las mesas de 3 o más plazas
event-open-check = Abierto: las organizaciones registradas pueden inscribirse
event-save = Guardar el evento
event-create = Crear el evento
event-delete-heading = Eliminar este evento
event-delete-confirm = Eliminar el evento junto con sus participantes, solicitudes, reuniones y resultados. Esta acción no se puede deshacer.
event-delete = Eliminar el evento

## La página de un evento.

event-manage = Gestionar los participantes y el calendario de reuniones
event-session-report = Informe de la sesión
event-programme = Programa
event-slots = { $count ->
    [one] { $count } franja horaria
   *[other] { $count } franjas horarias
}
event-tables = { $count ->
    [one] { $count } mesa
   *[other] { $count } mesas
}
# $count mesas en total, de las cuales $groups (3 o más plazas) acogen grupos de tres.
event-tables-with-groups = { $count ->
    [one] { $count } mesa, { $groups } para grupos de tres
   *[other] { $count } mesas, { $groups } de ellas para grupos de tres
}
event-min-meetings = { $count ->
    [one] al menos { $count } reunión por participante en la medida de lo posible
   *[other] al menos { $count } reuniones por participante en la medida de lo posible
}
# $languages: nombres de idiomas separados por comas.
event-interpretation = interpretación: { $languages }
event-your-meetings = Sus reuniones
event-none-for-you = No tiene ninguna reunión programada.
event-not-built = El calendario de reuniones aún no se ha elaborado. Mientras tanto, envíe sus solicitudes de reunión a continuación.
event-printable-agenda = Agenda para imprimir
event-add-to-calendar = Añadir al calendario (.ics)
event-in-numbers = La sesión en cifras
# Antes de los nombres de la organización o las dos organizaciones con las que se celebra una reunión (mostrados como enlaces).
event-meeting-with = Con:
event-outcome = Resultado
# La opción de la lista de resultados cuando aún no se ha registrado nada.
event-outcome-not-recorded = Sin registrar
# Una nota breve que los participantes guardan sobre el resultado de una reunión.
event-note = Nota
event-save-outcome = Guardar el resultado
event-availability = Su disponibilidad
event-availability-hint = Marque las franjas horarias en las que no puede reunirse.
# Una casilla; $slot es una franja horaria como «09:00–09:30».
event-not-available = No disponible: { $slot }
event-save-availability = Guardar la disponibilidad
event-requests = Solicitudes de reunión
event-no-requests = Aún no hay solicitudes.
event-requests-incoming = Recibidas
event-requests-outgoing = Enviadas
# En qué estado se encuentra una solicitud de reunión.
event-status-pending = pendiente
event-status-accepted = aceptada
event-status-declined = rechazada
event-reply-optional = Respuesta (opcional)
event-accept = Aceptar
event-decline = Rechazar
# $reply: lo que usted respondió a una solicitud de reunión, tal como lo escribió.
event-your-reply = Su respuesta: { $reply }
# $reply: lo que la otra organización respondió a su solicitud, tal como lo escribió.
event-their-reply = Respuesta: { $reply }
event-withdraw = Retirar
event-partners-heading = Participantes, ordenados por puntuación
# Sobre la lista de los demás participantes cuando solo se muestran los más afines:
# $shown de un total de $total.
event-partners-shown = { $shown ->
    [one] El mejor de { $total }.
   *[other] Los { $shown } mejores de { $total }.
}
# Un enlace tras «Los 50 mejores de 120.»: mostrar a todos los participantes.
event-partners-show-all = Mostrar a todos, incluidos los que no tienen nada en común
event-col-organization = Organización
event-col-score = Puntuación
event-col-meeting = Reunión
event-message-placeholder = Mensaje (opcional)
# Para lectores de pantalla: el campo de mensaje de una solicitud de reunión; $name es el nombre de una organización.
event-message-to = Mensaje para { $name }
event-request-meeting = Solicitar una reunión
event-leave = Cancelar la inscripción en este evento
# Un botón; $name es el nombre de la organización del visitante.
event-join-as = Inscribirse en nombre de { $name }
event-closed = Este evento ya no admite nuevos participantes.
# Seguido de un enlace «Iniciar sesión».
event-log-in-to-join = Solo las organizaciones que hayan iniciado sesión pueden inscribirse en este evento y solicitar reuniones.
# $count: cuántas organizaciones participan.
event-participants-heading = Participantes ({ $count })
event-nobody-yet = Aún no se ha inscrito nadie.

## La agenda para imprimir de una organización en un evento.

# $name: el nombre de la organización a la que pertenece esta agenda.
event-agenda-title = Agenda de { $name }
# Un enlace de vuelta a la página del evento; la flecha se invierte en los idiomas que se escriben de derecha a izquierda.
event-back-to-event = ← Volver al evento
event-agenda-empty = No hay ninguna reunión programada.
event-col-time = Hora
event-col-table = Mesa
# Columna de la agenda: las organizaciones con las que se celebra la reunión.
event-col-with = Con
# Columna de la agenda: por qué se propuso la reunión.
event-col-why = Motivo

## What came of a meeting; where a meeting request with a partner stands.

outcome-follow_up = Seguimiento acordado
outcome-agreement = Memorando de entendimiento o acuerdo
outcome-project = Proyecto iniciado
outcome-no_fit = Sin afinidad
outcome-none = Sin registrar
outcome-not-yet = Aún sin registrar
partner-you-asked = Usted envió una solicitud; a la espera de respuesta.
partner-they-asked = Esta organización le envió una solicitud: responda en «Solicitudes de reunión».
partner-accepted = Solicitud de reunión aceptada.
partner-declined = Solicitud de reunión rechazada.
partner-not-interested = La marcó como «no me interesa».

## On the day: the meeting going on and the next one. $table is a table's name; $partners the partners' names.

agenda-now = Ahora, hasta las { $until }: { $table } con { $partners }
agenda-next = A continuación, { $time }: { $table } con { $partners }

## Qué falla en el formulario del evento. $line: la línea del campo.

event-form-group-tables = Los grupos de tres requieren al menos una mesa de 3 o más plazas.
event-form-name-empty = Introduzca el nombre del evento.
event-form-date = Introduzca la fecha con el formato YYYY-MM-DD, por ejemplo 2026-12-03.
event-form-time-zone-empty = Introduzca el huso horario, por ejemplo Europe/Zurich o America/New_York.
event-form-time-zone-unknown = «{ $value }» no es el nombre de un huso horario. Utilice un nombre como Europe/Zurich, Africa/Nairobi o UTC.
event-form-min-meetings = Introduzca un número entero de 0 a { $max }.
event-form-slot-bad = Línea { $line }: «{ $value }» no es una franja horaria. Escriba la hora de inicio y los minutos, como «09:00 30».
event-form-slot-length = Línea { $line }: una franja horaria dura entre 5 y 240 minutos.
event-form-slot-same-day = Línea { $line }: una franja horaria debe terminar el mismo día.
event-form-slot-overlap = Línea { $line }: { $slot } empieza antes de que termine la franja anterior; indique las franjas en orden y sin solapamientos.
event-form-slots-many = Indique como máximo { $max } franjas horarias.
event-form-slots-none = Indique al menos una franja horaria, como «09:00 30».
event-form-seats-bad = Línea { $line }: después de los dos puntos, indique el número de plazas, como «Mesa 1: 2».
event-form-seats-range = Línea { $line }: una mesa tiene entre 2 y { $max } plazas.
event-form-range = Línea { $line }: una serie va de un número menor a uno mayor.
event-form-table-name = Línea { $line }: dé un nombre a la mesa.
event-form-table-name-long = Línea { $line }: el nombre de una mesa puede tener como máximo { $max } caracteres.
event-form-table-twice = Línea { $line }: ya hay una mesa llamada «{ $name }».
event-form-tables-many = Indique como máximo { $max } mesas.
event-form-tables-none = Indique al menos una mesa, como «Mesa 1: 2».

## Los organizadores de un evento.

organizers-title = Organizadores
organizers-intro = Los organizadores de este evento gestionan sus participantes, el calendario de reuniones y las reuniones; no tienen ninguna facultad sobre los demás eventos. Los administradores del sitio organizan todos los eventos y no figuran en esta lista.
organizers-none = No hay más organizadores que los administradores del sitio.
organizers-organization = Organización
organizers-add-heading = Añadir un organizador
organizers-add-email = Dirección de correo electrónico de su cuenta de Roundtable
organizers-add-hint = La persona debe tener una cuenta (su organización debe estar registrada); se le informará por correo electrónico.
organizers-add = Añadir como organizador
organizers-added = Se ha añadido al organizador y se le ha informado por correo electrónico.
organizers-removed = Se ha quitado al organizador.
organizers-no-account = Ninguna cuenta utiliza esta dirección. Pida a la persona que registre primero su organización en Roundtable y, después, añádala.
organizers-already = Esta persona ya organiza el evento.
mail-organizer-subject = Ahora es organizador de { $event } en Roundtable
mail-organizer-intro = { $by } le ha nombrado organizador de { $event }: ahora puede gestionar sus participantes, el calendario de reuniones y las reuniones.
mail-organizer-action = Abrir el calendario de reuniones
