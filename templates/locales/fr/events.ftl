## Affiché sur plusieurs pages d'événement.

# Après la date et le lieu d'un événement : le fuseau horaire de toutes les heures affichées.
# $zone est le nom d'un fuseau horaire, par exemple « Europe/Zurich ».
event-times-in = fuseau horaire : { $zone }
# Le sujet d'une réunion (un besoin écrit par l'un des participants), tel que
# les organisateurs ou la table de groupe l'ont fixé.
event-topic = Sujet : { $topic }
event-edit = Modifier l'événement

## La liste des événements (/events).

event-list-title = Événements
event-list-heading = Événements de mise en relation
event-list-lead = Lors d'une session de mise en relation, les participants se retrouvent à des tables pour de brefs entretiens, selon un programme établi à partir de leurs demandes et des suggestions.
event-create-link = Créer un événement
event-list-empty = Aucun événement pour l'instant.
# Suit « Aucun événement pour l'instant. » pour les visiteurs qui ne sont pas organisateurs.
event-list-empty-ask = Les événements sont créés par les organisateurs ; demandez aux vôtres de vous inviter.
event-participant-count = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
# Après la date d'un événement dans la liste : il n'accepte plus de nouveaux participants.
event-closed-tag = inscriptions closes

## Le formulaire de création ou de modification d'un événement (organisateurs uniquement).

event-new = Nouvel événement
event-not-saved = Rien n'a été enregistré. Veuillez corriger les champs signalés ci-dessous.
event-field-date = Date
# Comment écrire une date dans le champ de date : les lettres sont traduites (année, mois, jour), l'ordre est conservé.
event-date-format = AAAA-MM-JJ
event-field-time-zone = Fuseau horaire
# Les noms de fuseaux horaires restent tels quels (ce sont des codes).
event-time-zone-hint = p. ex. Europe/Zurich, America/New_York
event-field-venue = Lieu
event-field-slots = Créneaux
# « 09:00 30 » est ce qu'il faut saisir : une heure de début et une durée en minutes. À conserver tel quel.
event-slots-hint = un par ligne : heure de début et durée en minutes, p. ex. « 09:00 30 »
event-field-tables = Tables
# Ce qu'il faut saisir : le nom d'une table, deux-points et son nombre de places ; « 1-40 » crée
# les tables 1 à 40 d'un coup. « Table » n'est qu'un exemple de nom.
event-tables-hint = une par ligne : nom et nombre de places, p. ex. « Table 1: 2 » ; une série numérotée sous la forme « Table 1-40: 2 »
event-field-interpretation = Interprétation
# Les codes restent tels quels (codes de langue à deux lettres).
event-interpretation-hint = langues interprétées lors de l'événement, sous forme de codes : en, fr, es
event-field-min-meetings = Nombre minimal de réunions par participant
event-group-tables-check = Proposer des groupes de trois (prestataire, bailleur de fonds, bénéficiaire) aux tables de 3 places ou plus
event-open-check = Ouvert : les organisations inscrites sur le site peuvent y participer
event-save = Enregistrer l'événement
event-create = Créer l'événement
event-delete-heading = Supprimer cet événement
event-delete-confirm = Supprimer l'événement ainsi que ses participants, demandes, réunions et résultats. Cette action est irréversible.
event-delete = Supprimer l'événement

## La page d'un événement.

event-manage = Gérer les participants et le programme des réunions
event-session-report = Rapport de la session
event-programme = Programme
event-slots = { $count ->
    [one] { $count } créneau
   *[other] { $count } créneaux
}
event-tables = { $count ->
    [one] { $count } table
   *[other] { $count } tables
}
# $count tables au total, dont $groups (3 places ou plus) accueillent des groupes de trois.
event-tables-with-groups = { $count ->
    [one] { $count } table, dont { $groups } pour des groupes de trois
   *[other] { $count } tables, dont { $groups } pour des groupes de trois
}
event-min-meetings = { $count ->
    [one] au moins { $count } réunion par participant dans la mesure du possible
   *[other] au moins { $count } réunions par participant dans la mesure du possible
}
# $languages : noms de langues séparés par des virgules.
event-interpretation = interprétation : { $languages }
event-your-meetings = Vos réunions
event-none-for-you = Aucune réunion n'est prévue pour vous.
event-not-built = Le programme des réunions n'est pas encore établi. En attendant, envoyez vos demandes de réunion ci-dessous.
event-printable-agenda = Agenda imprimable
event-add-to-calendar = Ajouter au calendrier (.ics)
event-in-numbers = La session en chiffres
# Avant les noms de la ou des deux organisations rencontrées lors d'une réunion (affichés sous forme de liens).
event-meeting-with = Avec :
event-outcome = Résultat
# Le choix de la liste des résultats lorsque rien n'est encore consigné.
event-outcome-not-recorded = Non consigné
# Une courte note que les participants conservent sur le résultat d'une réunion.
event-note = Note
event-save-outcome = Enregistrer le résultat
event-availability = Vos disponibilités
event-availability-hint = Cochez les créneaux pendant lesquels vous n'êtes pas disponible.
# Une case à cocher ; $slot est un créneau tel que « 09:00–09:30 ».
event-not-available = Indisponible : { $slot }
event-save-availability = Enregistrer les disponibilités
event-requests = Demandes de réunion
event-no-requests = Aucune demande pour l'instant.
event-requests-incoming = Demandes reçues
event-requests-outgoing = Demandes envoyées
# L'état d'une demande de réunion.
event-status-pending = en attente
event-status-accepted = acceptée
event-status-declined = refusée
event-reply-optional = Réponse (facultative)
event-accept = Accepter
event-decline = Refuser
# $reply : votre réponse à une demande de réunion, telle que vous l'avez écrite.
event-your-reply = Votre réponse : { $reply }
# $reply : la réponse de l'autre organisation à votre demande, telle qu'elle l'a écrite.
event-their-reply = Réponse : { $reply }
event-withdraw = Retirer
event-partners-heading = Participants, classés par score
# Au-dessus de la liste des autres participants lorsque seuls les plus pertinents sont affichés :
# $shown sur $total.
event-partners-shown = { $shown ->
    [one] Le meilleur sur { $total }.
   *[other] Les { $shown } meilleurs sur { $total }.
}
# Un lien après « Les 50 meilleurs sur 120. » : afficher tous les participants.
event-partners-show-all = Afficher tous les participants, y compris ceux sans aucun point commun
event-col-organization = Organisation
event-col-score = Score
event-col-meeting = Réunion
event-message-placeholder = Message (facultatif)
# Pour les lecteurs d'écran : le champ de message d'une demande de réunion ; $name est le nom d'une organisation.
event-message-to = Message à { $name }
event-request-meeting = Demander une réunion
event-leave = Se désinscrire de cet événement
# Un bouton ; $name est le nom de l'organisation du visiteur.
event-join-as = S'inscrire au nom de { $name }
event-closed = Cet événement n'accepte plus de nouveaux participants.
# Suivi d'un lien « Se connecter ».
event-log-in-to-join = Seules les organisations connectées peuvent s'inscrire à cet événement et demander des réunions.
# $count : le nombre d'organisations participantes.
event-participants-heading = Participants ({ $count })
event-nobody-yet = Aucune organisation ne s'est encore inscrite.

## L'agenda imprimable d'une organisation lors d'un événement.

# $name : le nom de l'organisation à qui appartient cet agenda.
event-agenda-title = Agenda de { $name }
# Un lien de retour vers la page de l'événement ; la flèche est inversée pour les langues de droite à gauche.
event-back-to-event = ← Retour à l'événement
event-agenda-empty = Aucune réunion n'est prévue.
event-col-time = Heure
event-col-table = Table
# Colonne de l'agenda : les organisations rencontrées.
event-col-with = Avec
# Colonne de l'agenda : pourquoi la réunion a été proposée.
event-col-why = Pourquoi

## What came of a meeting; where a meeting request with a partner stands.

outcome-follow_up = Suivi convenu
outcome-agreement = Protocole d’accord ou accord
outcome-project = Projet lancé
outcome-no_fit = Pas de convergence
outcome-none = Non renseigné
outcome-not-yet = Pas encore renseigné
partner-you-asked = Vous avez fait une demande ; en attente de réponse.
partner-they-asked = Cette organisation vous a fait une demande : répondez sous « Demandes de réunion ».
partner-accepted = Demande de réunion acceptée.
partner-declined = Demande de réunion refusée.
partner-not-interested = Vous l’avez marquée « sans intérêt ».

## On the day: the meeting going on and the next one. $table is a table's name; $partners the partners' names.

agenda-now = En cours, jusqu’à { $until } : { $table } avec { $partners }
agenda-next = Ensuite, { $time } : { $table } avec { $partners }

## Ce qui ne va pas dans le formulaire d'un événement. $line : la ligne du champ.

event-form-group-tables = Pour proposer des groupes de trois, il faut au moins une table de 3 places ou plus.
event-form-name-empty = Saisissez le nom de l'événement.
event-form-date = Saisissez la date au format YYYY-MM-DD, par exemple 2026-12-03.
event-form-time-zone-empty = Saisissez le fuseau horaire, par exemple Europe/Zurich ou America/New_York.
event-form-time-zone-unknown = « { $value } » n'est pas un nom de fuseau horaire. Utilisez un nom tel que Europe/Zurich, Africa/Nairobi ou UTC.
event-form-min-meetings = Saisissez un nombre entier de 0 à { $max }.
event-form-slot-bad = Ligne { $line } : « { $value } » n'est pas un créneau. Indiquez l'heure de début et la durée en minutes, par exemple « 09:00 30 ».
event-form-slot-length = Ligne { $line } : un créneau dure de 5 à 240 minutes.
event-form-slot-same-day = Ligne { $line } : un créneau doit se terminer le jour même.
event-form-slot-overlap = Ligne { $line } : { $slot } commence avant la fin du créneau précédent ; indiquez les créneaux dans l'ordre, sans chevauchement.
event-form-slots-many = Indiquez au maximum { $max } créneaux.
event-form-slots-none = Indiquez au moins un créneau, par exemple « 09:00 30 ».
event-form-seats-bad = Ligne { $line } : après les deux-points, indiquez le nombre de places, par exemple « Table 1: 2 ».
event-form-seats-range = Ligne { $line } : une table compte de 2 à { $max } places.
event-form-range = Ligne { $line } : une série va d'un nombre inférieur à un nombre supérieur.
event-form-table-name = Ligne { $line } : donnez un nom à la table.
event-form-table-name-long = Ligne { $line } : le nom d'une table ne peut pas dépasser { $max } caractères.
event-form-table-twice = Ligne { $line } : il existe déjà une table nommée « { $name } ».
event-form-tables-many = Indiquez au maximum { $max } tables.
event-form-tables-none = Indiquez au moins une table, par exemple « Table 1: 2 ».

## Les organisateurs d’un événement.

organizers-title = Organisateurs
organizers-intro = Les organisateurs de cet événement en gèrent les participants, le programme des réunions et les réunions ; ils n’ont aucun pouvoir sur les autres événements. Les administrateurs du site organisent tous les événements et ne figurent pas dans cette liste.
organizers-none = Aucun organisateur en dehors des administrateurs du site.
organizers-organization = Organisation
organizers-add-heading = Ajouter un organisateur
organizers-add-email = Adresse électronique de son compte Roundtable
organizers-add-hint = La personne doit avoir un compte (son organisation doit être inscrite) ; elle en est informée par courriel.
organizers-add = Ajouter comme organisateur
organizers-added = L’organisateur a été ajouté et informé par courriel.
organizers-removed = L’organisateur a été retiré.
organizers-no-account = Aucun compte n’utilise cette adresse. Demandez d’abord à la personne d’inscrire son organisation sur Roundtable, puis ajoutez-la.
organizers-already = Cette personne organise déjà l’événement.
mail-organizer-subject = Vous êtes désormais organisateur de { $event } sur Roundtable
mail-organizer-intro = { $by } a fait de vous un organisateur de { $event } : vous pouvez désormais en gérer les participants, le programme des réunions et les réunions.
mail-organizer-action = Ouvrir le programme des réunions
