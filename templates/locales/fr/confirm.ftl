## Les pages qui demandent confirmation avant une action irréversible. $names : les
## organisations d'une réunion, séparées par des virgules ; $slot : son horaire.

confirm-remove-title = Retirer la réunion de { $names } à { $slot } ?
confirm-remove-consequence = { $table } devient libre ; la réunion disparaît de l'agenda des participants. Une relance du programme pourra les réunir de nouveau.
confirm-remove-button = Retirer la réunion
confirm-absent-title = Marquer { $name } comme absent ?
confirm-absent-meetings = { $count ->
    [one] { $count } réunion sans résultat de ce participant sera supprimée et sa table libérée.
   *[other] { $count } réunions sans résultat de ce participant seront supprimées et leurs tables libérées.
}
confirm-absent-rerun = Relancez le programme à partir du créneau suivant pour proposer de nouvelles réunions à ses partenaires.
confirm-absent-undo = Vous pourrez annuler cette action juste après, depuis la page du programme des réunions.
confirm-absent-button = Marquer absent
confirm-leave-title = Se désinscrire de l'événement { $event } ?
confirm-leave-meetings = { $count ->
    [one] { $count } réunion prévue pour vous sera annulée ; vos partenaires la perdront aussi.
   *[other] { $count } réunions prévues pour vous seront annulées ; vos partenaires les perdront aussi.
}
confirm-leave-requests = { $count ->
    [one] { $count } demande de réunion que vous avez envoyée ou reçue sera retirée.
   *[other] { $count } demandes de réunion que vous avez envoyées ou reçues seront retirées.
}
confirm-leave-outcomes = Les réunions dont le résultat est déjà consigné restent enregistrées.
confirm-leave-button = Se désinscrire de l'événement
