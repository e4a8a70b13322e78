## La consola del organizador de un evento (la página del calendario de reuniones),
## su página para mover reuniones, la cuadrícula de la sala para imprimir, el plano
## de mesas, las tarjetas de mesa y el informe de la sesión. Las palabras comunes
## a varias de estas páginas figuran primero.

# Enlaces a un cuadro como archivo descargable: un archivo de valores separados
# por comas y un libro de Excel.
console-csv = CSV
console-excel = Excel
# Un enlace de vuelta a la página del propio evento.
console-event-page = Página del evento
# Encabezados de columna de los cuadros de reuniones (consola, cuadrícula de la sala, plano de mesas).
console-col-table = Mesa
console-col-participants = Participantes
console-col-topic = Asunto
# Se dice de una reunión que se mantiene en su lugar cuando se vuelve a elaborar el calendario.
console-locked = bloqueada

## La consola (página del calendario de reuniones): parte superior de la página y botón de elaboración.

# El título de la pestaña del navegador. { $event } es el nombre del evento.
console-title = Calendario de reuniones · { $event }
# El título de la página; le sigue el nombre del evento.
console-heading = Calendario de reuniones:
# { $zone } es el nombre de un huso horario, p. ej. Europe/Paris.
console-times-in = huso horario: { $zone }
# Una etiqueta ante una lista de opciones: «Modificar» [todas las franjas | a partir de
# 09:30–10:00 (las reuniones anteriores se mantienen)].
console-change = Modificar
console-change-all-slots = todas las franjas
# { $slot } es una franja horaria, p. ej. 09:30–10:00.
console-change-from-slot = a partir de { $slot } (las reuniones anteriores se mantienen)
console-build = Elaborar el calendario de reuniones
console-rerun = Volver a elaborar el calendario (las reuniones bloqueadas se mantienen)
# { $min } es el número de reuniones que el evento promete a cada participante.
console-build-explained = Primero se colocan las solicitudes aceptadas, después las pendientes y los intereses mutuos, y por último las mejores sugerencias. Cada participante obtiene al menos { $min ->
        [one] { $min } reunión
       *[other] { $min } reuniones
    } en la medida de lo posible. Bloquee una reunión para mantenerla al volver a elaborar el calendario; una reunión movida queda bloqueada.

## La consola: el resumen del calendario de reuniones.

console-report = Resumen
console-meetings = Reuniones
# Tras el número de reuniones: cuántas de ellas se celebran en mesas de grupo (tres
# participantes o más).
console-at-group-tables = ({ $count } en mesas de grupo)
console-total-score = Puntuación total
console-meetings-per-participant = Reuniones por participante
# El número mínimo, la mediana y el número máximo de reuniones de un participante.
console-min-median-max = mín. { $min } · mediana { $median } · máx. { $max }
console-meeting-requests = Solicitudes de reunión
console-requests-figures = { $accepted ->
        [one] { $accepted } aceptada
       *[other] { $accepted } aceptadas
    } · { $pending ->
        [one] { $pending } pendiente
       *[other] { $pending } pendientes
    } · { $declined ->
        [one] { $declined } rechazada
       *[other] { $declined } rechazadas
    }
console-printable-plan = Plano de mesas para imprimir
console-table-cards = Tarjetas de mesa
console-session-report = Informe de la sesión
console-not-placed = Sin colocar o por revisar
console-all-placed = Se han colocado todas las solicitudes.
console-all-placed-minimum = Se han colocado todas las solicitudes y todos los participantes tienen el mínimo de reuniones.
console-outcomes = Resultados

## La consola: la cuadrícula de la sala y la página de la cuadrícula para imprimir.

console-room = La sala
console-room-explained = Mesas en filas, franjas horarias en columnas. Elija una reunión para moverla o intercambiarla con otra.
# Un enlace al final del texto anterior.
console-printable-room-grid = Cuadrícula de la sala para imprimir
# El título de la pestaña del navegador de la cuadrícula para imprimir. { $event } es el nombre del evento.
console-room-title = Cuadrícula de la sala · { $event }
# El título de la cuadrícula para imprimir; le sigue el nombre del evento.
console-room-heading = Cuadrícula de la sala:
# Tras la fecha del evento, en la cuadrícula para imprimir.
console-room-meta = mesas en filas, franjas horarias en columnas, puntuaciones de 0 a 100
# El nombre de la cuadrícula desplazable, para lectores de pantalla.
console-room-grid = Cuadrícula de la sala
console-room-grid-caption = Mesas en filas, franjas horarias en columnas; cada celda es la reunión en esa mesa y a esa hora, con su puntuación.
# Una mesa sin reunión a esa hora.
console-free = libre

## La consola: reuniones por franja horaria.

console-meetings-by-slot = Reuniones por franja horaria
# Antes de los enlaces a cada franja: «Mostrar: todas las franjas · 09:00–09:30 (4) · …»
console-show = Mostrar:
console-show-all-slots = todas las franjas
# Tras el título de una franja horaria.
console-slot-meetings = { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
}
console-col-why = Motivo
console-col-score = Puntuación
console-col-outcome = Resultado
console-col-actions = Acciones
# El asunto de una mesa de grupo. { $topic } es lo que escribió una organización.
console-topic = asunto: { $topic }
# Por qué una reunión figura en el calendario. { $origin } es uno de estos códigos:
# request = una solicitud de reunión (aceptada o pendiente); mutual = ambas partes se marcaron
# mutuamente con «Me interesa»; suggestion = sugerida por la búsqueda de socios; group = una
# mesa de grupo en torno a una necesidad; manual = colocada a mano por los organizadores.
console-origin = { $origin ->
    [request] solicitud
    [mutual] interés mutuo
    [suggestion] sugerencia
    [group] grupo
    [manual] manual
   *[other] { $origin }
}
# Los botones de una reunión. Cada uno muestra solo la palabra corta; los lectores de pantalla
# la leen seguida del mensaje -hidden, p. ej. «Bloquear» + «la reunión de
# Alpha, Beta». { $names } contiene los nombres de los participantes, separados por comas.
console-lock = Bloquear
console-lock-hidden = la reunión de { $names }
console-unlock = Desbloquear
console-unlock-hidden = la reunión de { $names }
console-move = Mover o intercambiar
console-move-hidden = la reunión de { $names }
console-remove = Quitar
console-remove-hidden = la reunión de { $names }

## La consola: participantes.

console-participants-heading = Participantes ({ $count })
# Antes de los enlaces a la lista como archivo CSV y como libro de Excel.
console-participant-list = Lista de participantes:
console-add-organization = Añadir una organización registrada
console-add-placeholder = Nombre o dirección de la página
console-add = Añadir
console-import-summary = Importar participantes desde un archivo
# «roundtable import» es un comando; no se traduce.
console-import-format-html = Un archivo JSON o CSV en el formato de importación (como para <code>roundtable import</code>). Las organizaciones se crean o se actualizan y, después, todas se inscriben en el evento: todo o nada, con un informe de cada fila errónea.
console-import-file = Archivo
console-import-paste = O pegue su contenido
console-import = Importar los participantes
# El día del evento: cuántos participantes registraron los organizadores como presentes,
# cuántos como ausentes y cuántos aún sin registrar.
console-on-the-day = El día del evento: { $present ->
        [one] { $present } presente
       *[other] { $present } presentes
    } · { $absent ->
        [one] { $absent } ausente
       *[other] { $absent } ausentes
    } · { $unknown } sin registrar. Las reuniones de un participante ausente se eliminan para que, al volver a elaborar el calendario, sus socios obtengan otras nuevas.
console-col-organization = Organización
console-col-meetings = Reuniones
console-col-on-the-day = El día del evento
console-col-agenda = Agenda
# Si un participante asistió, en la columna «El día del evento».
console-checked-in = presente
console-no-show = ausente
console-not-checked-in = sin registrar
# Botones; los lectores de pantalla leen a continuación el nombre del participante.
console-check-in = Marcar presente
console-mark-no-show = Ausente
console-undo-check-in = Anular la presencia
# Lo leen los lectores de pantalla tras «Anular la presencia». { $name } es el participante.
console-undo-check-in-hidden = de { $name }
# Un enlace a la agenda de un participante; los lectores de pantalla leen a continuación
# el mensaje -hidden. { $name } es el participante.
console-agenda = agenda
console-agenda-hidden = de { $name }

## Mover o intercambiar una reunión a mano.

# El título de la pestaña del navegador. { $event } es el nombre del evento.
console-move-title = Mover o intercambiar · { $event }
console-move-heading = Mover o intercambiar una reunión
# { $who } son los nombres de los participantes en la reunión; { $place }, su franja
# horaria y su mesa, p. ej. «09:00–09:30 · Mesa 4».
console-move-lead = { $who }, ahora en { $place }.
console-back-to-schedule = Volver al calendario de reuniones
console-move-to-free-place = Mover a un hueco libre
console-no-free-place = No hay ningún hueco libre: en todos los demás horarios, algún participante de esta reunión está ocupado o ausente, o no queda libre ninguna mesa con suficientes plazas. Intercámbiela con otra reunión a continuación o quite antes una reunión.
console-free-places = Horarios y mesas libres en los que todos los participantes de esta reunión están disponibles
console-moved-is-locked = Una reunión movida queda bloqueada: al volver a elaborar el calendario, se mantiene en su lugar.
console-move-button = Mover la reunión
console-swap-heading = Intercambiar con otra reunión
console-no-swap = Ninguna reunión puede intercambiar su lugar con esta: en cada caso, algún participante estaría ocupado o ausente, o una mesa sería demasiado pequeña.
console-swap-label = Las dos reuniones intercambian horarios y mesas
console-swapped-are-locked = Ambas reuniones quedan bloqueadas en su nuevo lugar.
console-swap-button = Intercambiar las reuniones

## Las tarjetas de mesa para imprimir (una por mesa) y el plano de mesas.

# El título de la pestaña del navegador. { $event } es el nombre del evento.
console-cards-title = Tarjetas de mesa · { $event }
console-cards-empty = Aún no hay reuniones programadas, por lo que no hay tarjetas de mesa.
# El número de plazas de una mesa, tras el nombre del evento en su tarjeta.
console-seats = { $count ->
    [one] { $count } plaza
   *[other] { $count } plazas
}
# El asunto de una mesa de grupo. { $topic } es lo que escribió una organización.
console-card-topic = Asunto: { $topic }
# El título de la pestaña del navegador. { $event } es el nombre del evento.
console-plan-title = Plano de mesas · { $event }
# El título del plano de mesas; le sigue el nombre del evento.
console-plan-heading = Plano de mesas:
# Una franja horaria sin reuniones.
console-plan-no-meetings = Ninguna reunión.

## El informe de la sesión, para los organizadores y los participantes.

# El título de la pestaña del navegador. { $event } es el nombre del evento.
report-title = Informe · { $event }
# El título de la página; le sigue el nombre del evento.
report-heading = Informe:
report-participants = Participantes
# Tras el número de participantes.
report-did-not-come = { $count ->
    [one] ({ $count } no asistió)
   *[other] ({ $count } no asistieron)
}
report-meetings = Reuniones
report-with-outcome = Con resultado registrado
report-meeting-requests = Solicitudes de reunión
# Solicitudes enviadas, aceptadas por la otra parte y concretadas en una reunión.
report-requests-figures = { $made ->
        [one] { $made } enviada
       *[other] { $made } enviadas
    } · { $accepted ->
        [one] { $accepted } aceptada
       *[other] { $accepted } aceptadas
    } · { $met ->
        [one] { $met } concretada
       *[other] { $met } concretadas
    }
report-by-theme = Reuniones por tema
report-no-schedule-yet = Aún no hay reuniones: primero los organizadores elaboran el calendario.
report-themes-caption = Reuniones por tema y resultado
report-theme-explained = El tema de una reunión es el de su motivo principal (en una mesa de grupo, el de su asunto).
# Antes de los enlaces a un cuadro como archivo CSV y como libro de Excel.
report-download = Descargar:
report-between-regions = Reuniones entre regiones
report-no-meetings-yet = Aún no hay reuniones.
# { $min } es el número de reuniones que el evento promete a cada participante.
report-below-minimum = Participantes por debajo de su mínimo de { $min ->
        [one] { $min } reunión
       *[other] { $min } reuniones
    }
report-everyone-had-minimum = Todos los que asistieron tuvieron al menos { $min ->
        [one] { $min } reunión
       *[other] { $min } reuniones
    }.
# { $count } necesidades de un total de { $total } que ninguna reunión abordó.
report-unaddressed-heading = Necesidades que ninguna reunión abordó ({ $count } de { $total })
report-unaddressed-explained = Necesidades de participantes que no cubre ninguno de los socios con los que se reunieron: la agenda de la próxima sesión o la de un donante.
# Las necesidades confidenciales se cuentan en el título, pero no se enumeran.
report-private-unaddressed = { $count ->
        [one] { $count } de ellas es confidencial: se cuenta, pero no se muestra.
       *[other] { $count } de ellas son confidenciales: se cuentan, pero no se muestran.
    }

## Por qué no se puede mover o intercambiar una reunión. $problem es uno de los mensajes
## move-… siguientes; $who, una organización; $slot, una hora; $table, el nombre de una mesa.

move-refused = No se ha podido mover la reunión: { $problem }
swap-refused = No se han podido intercambiar las reuniones: { $problem }
move-just-taken = { $table } se acaba de ocupar en la franja { $slot }: elija otro hueco.
swap-choose = Elija una reunión de este evento con la que intercambiarla.
swap-changed = Una de las reuniones se ha modificado entretanto; no se ha intercambiado nada. Vuelva a elegir.
move-no-slot = Elija una franja horaria de este evento.
move-no-table = No hay ninguna mesa llamada «{ $table }» en este evento.
move-too-few-seats = { $table } tiene { $seats } plazas; esta reunión necesita { $needed }.
move-table-taken = { $table } está ocupada en la franja { $slot }. Mueva o quite antes esa reunión.
move-member-busy = { $who } ya tiene una reunión en la franja { $slot } (en { $table }). Mueva antes esa reunión o elija otro horario.
move-member-unavailable = { $who } no está disponible en la franja { $slot }.
move-same-meeting = Elija otra reunión con la que intercambiarla.

## Lo que el calendario de reuniones deja sin cubrir, y por qué (el resumen de la consola).
## $a, $b, $name: organizaciones; $names: organizaciones separadas por comas.

unmet-too-few = solo { $count } de { $min ->
        [one] { $min } reunión
       *[other] { $min } reuniones
    }: no hay suficientes socios sugeridos con un idioma en común que estén libres a la misma hora
unmet-request = { $state ->
    [accepted] { $a } y { $b } (solicitud aceptada)
   *[pending] { $a } y { $b } (solicitud pendiente)
}
unmet-excluded = una de las partes marcó a la otra como «no me interesa», o ya se reunieron antes sin afinidad
unmet-no-language = no comparten ningún idioma de trabajo y el evento no ofrece interpretación para los suyos
unmet-no-time = no hay ninguna franja horaria en la que ambas estén libres y quede una mesa
unmet-at-cap = una de las partes ya tiene el número máximo de reuniones permitido
unmet-meeting = Reunión de { $names } en la franja { $slot }
unmet-no-show = { $name } no asistió (ausente); quite la reunión o vuelva a elaborar el calendario
unmet-unavailable = { $name } ya no está disponible en ese horario; mueva la reunión o vuelva a elaborar el calendario
unmet-excluded-remove = una de las partes marcó a la otra como «no me interesa», o ya se reunieron antes sin afinidad; quite la reunión o vuelva a elaborar el calendario
