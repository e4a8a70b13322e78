## Notifications par courriel : la page des paramètres.

notify-title = Notifications par courriel
notify-intro = Pour chaque type d’actualité, choisissez un courriel immédiat, un seul courriel par jour regroupant tout, ou rien. Les courriels ne sont envoyés qu’à une adresse confirmée.
notify-kind-requests = Demandes de réunion adressées à votre organisation
notify-kind-answers = Réponses aux demandes de réunion de votre organisation
notify-kind-mutual = Nouvel intérêt mutuel
notify-kind-schedule = Programme des réunions d’un événement : publication, et réunions déplacées, supprimées ou ajoutées
notify-kind-reminder = Un rappel la veille d’un événement, avec l’agenda
notify-mode-immediate = Immédiatement
notify-mode-digest = Dans un récapitulatif quotidien
notify-mode-off = Désactivé
notify-save = Enregistrer mes choix
notify-saved = Vos choix sont enregistrés.
notify-invalid = Choisissez « Immédiatement », « Dans un récapitulatif quotidien » ou « Désactivé » pour chaque type.
notify-digest-name = le récapitulatif quotidien

## Le lien de désabonnement en un clic, dans chaque courriel.

unsubscribe-title = Ne plus recevoir ces courriels
unsubscribe-ask = Ne plus recevoir de courriels concernant : { $kind } ?
unsubscribe-button = Ne plus recevoir ces courriels
unsubscribe-done = C’est fait : vous ne recevrez plus de courriels concernant : { $kind }. Vous pouvez modifier ce choix à tout moment dans vos paramètres.
unsubscribe-unknown = Ce lien ne fonctionne pas : le compte concerné n’existe peut-être plus.

## Les courriels.

notify-request-subject = { $org } souhaite vous rencontrer lors de { $event }
notify-request-intro = { $org } demande une réunion à votre organisation lors de { $event }.
notify-message = Son message : « { $message } »
notify-request-action = Répondre sur la page de l’événement
notify-accepted-subject = { $org } a accepté votre demande de réunion
notify-accepted-intro = { $org } a accepté la demande de réunion de votre organisation lors de { $event }.
notify-declined-subject = { $org } a refusé votre demande de réunion
notify-declined-intro = { $org } a refusé la demande de réunion de votre organisation lors de { $event }.
notify-reply = Sa réponse : « { $reply } »
notify-answer-action = Voir la page de l’événement
notify-mutual-subject = Intérêt mutuel avec { $org }
notify-mutual-intro = { $org } souhaite travailler avec votre organisation, tout comme vous : l’intérêt est mutuel. Chacun peut désormais voir les contacts et les besoins confidentiels de l’autre.
notify-mutual-action = Voir vos intérêts mutuels
mail-footer-settings = Choisir les courriels que vous recevez
mail-footer-unsubscribe = Ne plus recevoir de courriels de ce type
digest-subject = Vos actualités sur Roundtable : { $count ->
    [one] { $count } nouveauté
   *[other] { $count } nouveautés
}
digest-intro = Ce qui s’est passé depuis votre dernier récapitulatif :

## Le programme des réunions d’un événement, communiqué par courriel avec un fichier de calendrier.

schedule-published-subject = Le programme des réunions de { $event } est publié
schedule-published-intro = { $org } a { $count ->
    [one] { $count } réunion prévue
   *[other] { $count } réunions prévues
} lors de { $event }, le { $date }.
schedule-calendar-note = Le fichier de calendrier joint ajoute ces réunions à votre calendrier et les met à jour en cas de changement.
schedule-action = Voir votre agenda
schedule-changed-subject = Vos réunions lors de { $event } ont été modifiées
schedule-changed-intro = Les organisateurs ont modifié votre programme des réunions pour { $event } :
schedule-line-added = Nouvelle : { $time }, { $table }, avec { $partners }
schedule-line-moved = Déplacée : { $time }, { $table }, avec { $partners }
schedule-removed-subject = Une réunion lors de { $event } est annulée
schedule-removed-intro = Les organisateurs ont retiré de votre programme des réunions pour { $event } :
schedule-line-removed = Annulée : { $time }, { $table }, avec { $partners }

## Le rappel la veille d’un événement.

reminder-subject = Demain : { $event }
reminder-intro = { $org } a { $count ->
    [one] { $count } réunion prévue
   *[other] { $count } réunions prévues
} lors de { $event } demain, le { $date }, { $venue } :
reminder-line = { $time } · { $table } · avec { $partners }
