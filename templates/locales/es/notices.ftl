## Lo que ha hecho la última acción, indicado en la parte superior de la página.

notice-joined = Se ha inscrito en este evento.
notice-left = Ha cancelado su inscripción en este evento.
notice-availability = Se ha guardado su disponibilidad.
notice-requested = Se ha enviado su solicitud de reunión.
notice-accepted = Ha aceptado la solicitud.
notice-declined = Ha rechazado la solicitud.
notice-withdrawn = Se ha retirado su solicitud.
notice-outcome = Se ha guardado el resultado.
notice-event-deleted = Se ha eliminado el evento.
notice-locked = La reunión está bloqueada: al volver a elaborar el calendario, se mantiene tal como está.
notice-unlocked = La reunión está desbloqueada: la próxima elaboración del calendario puede modificarla.
notice-moved = La reunión se ha movido y ha quedado bloqueada en su nuevo lugar.
notice-swapped = Las dos reuniones han intercambiado sus lugares; ambas quedan bloqueadas en ellos.
notice-removed = Se ha quitado la reunión; su mesa ha quedado libre.
notice-restored = Las reuniones han vuelto a su lugar anterior.
notice-present = El participante figura como presente.
notice-unchecked = El participante ya no figura como presente.
notice-absent = El participante figura como ausente y se han eliminado sus reuniones sin resultado. Vuelva a elaborar el calendario a partir de la siguiente franja horaria para que sus socios obtengan nuevas reuniones.
notice-added = Se ha añadido el participante.
notice-built = { $count ->
    [one] Se ha elaborado el calendario de reuniones: { $count } reunión programada.
   *[other] Se ha elaborado el calendario de reuniones: { $count } reuniones programadas.
}
# $registered: cuántas de las organizaciones importadas ya tenían una cuenta.
notice-imported = { $registered ->
    [0] { $count ->
        [one] { $count } organización importada y añadida como participante.
       *[other] { $count } organizaciones importadas y añadidas como participantes.
    }
   *[other] { $count ->
        [one] { $count } organización importada y añadida como participante.
       *[other] { $count } organizaciones importadas y añadidas como participantes.
    } { $registered ->
        [one] { $registered } de ellas ya tenía una cuenta: conserva su propio perfil, que solo sus cuentas pueden modificar.
       *[other] { $registered } de ellas ya tenían una cuenta: conservan su propio perfil, que solo sus cuentas pueden modificar.
    }
}

## El botón del aviso que deshace la última acción.

undo-removal = Deshacer: restablecer la reunión
undo-absent = Deshacer: quitar la marca de ausente
undo-move = Deshacer: devolver la reunión a su lugar
undo-swap = Deshacer: devolver las reuniones a su lugar
