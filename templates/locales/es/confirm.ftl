## Páginas que piden confirmación antes de una acción que no se puede deshacer. $names: las
## organizaciones de una reunión, separadas por comas; $slot: su hora.

confirm-remove-title = ¿Quitar la reunión de { $names } en la franja { $slot }?
confirm-remove-consequence = { $table } queda libre; la reunión desaparece de las agendas de los participantes. Si se vuelve a elaborar el calendario, es posible que vuelvan a coincidir.
confirm-remove-button = Quitar la reunión
confirm-absent-title = ¿Marcar a { $name } como ausente?
confirm-absent-meetings = { $count ->
    [one] Se eliminará { $count } reunión sin resultado de este participante y se liberará su mesa.
   *[other] Se eliminarán { $count } reuniones sin resultado de este participante y se liberarán sus mesas.
}
confirm-absent-rerun = Vuelva a elaborar el calendario a partir de la siguiente franja horaria para que sus socios obtengan nuevas reuniones.
confirm-absent-undo = Justo después podrá deshacerlo desde la página del calendario de reuniones.
confirm-absent-button = Marcar como ausente
confirm-leave-title = ¿Cancelar la inscripción en { $event }?
confirm-leave-meetings = { $count ->
    [one] Se cancelará { $count } reunión que tiene programada; sus socios también la perderán.
   *[other] Se cancelarán { $count } reuniones que tiene programadas; sus socios también las perderán.
}
confirm-leave-requests = { $count ->
    [one] Se retirará { $count } solicitud de reunión que usted envió o recibió.
   *[other] Se retirarán { $count } solicitudes de reunión que usted envió o recibió.
}
confirm-leave-outcomes = Las reuniones que ya tienen un resultado quedan registradas.
confirm-leave-button = Cancelar la inscripción en el evento
