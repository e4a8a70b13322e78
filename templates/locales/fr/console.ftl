## La console de l'organisateur d'un événement (la page du programme des réunions),
## sa page de déplacement, la grille imprimable de la salle, le plan des tables,
## les chevalets de table et le rapport de la session. Les mots communs à
## plusieurs de ces pages figurent en premier.

# Liens vers un tableau à télécharger : un fichier de valeurs séparées par des
# virgules et un classeur Excel.
console-csv = CSV
console-excel = Excel
# Un lien de retour vers la page de l'événement.
console-event-page = Page de l'événement
# En-têtes de colonne des tableaux de réunions (console, grille de la salle, plan des tables).
console-col-table = Table
console-col-participants = Participants
console-col-topic = Sujet
# Se dit d'une réunion que les relances du programme laissent à sa place.
console-locked = verrouillée

## La console (page du programme des réunions) : haut de la page et bouton d'établissement.

# Le titre de l'onglet du navigateur. { $event } est le nom de l'événement.
console-title = Programme des réunions · { $event }
# Le titre de la page ; le nom de l'événement le suit.
console-heading = Programme des réunions :
# { $zone } est le nom d'un fuseau horaire, p. ex. Europe/Paris.
console-times-in = fuseau horaire : { $zone }
# Une étiquette avant une liste de choix : « Modifier » [tous les créneaux | à partir de
# 09:30–10:00 (les réunions antérieures sont conservées)].
console-change = Modifier
console-change-all-slots = tous les créneaux
# { $slot } est un créneau, p. ex. 09:30–10:00.
console-change-from-slot = à partir de { $slot } (les réunions antérieures sont conservées)
console-build = Établir le programme des réunions
console-rerun = Relancer le programme (les réunions verrouillées sont conservées)
# { $min } est le nombre de réunions que l'événement promet à chaque participant.
console-build-explained = Les demandes acceptées passent en premier, puis les demandes en attente et les intérêts mutuels, puis les meilleures suggestions. Chaque participant obtient au moins { $min ->
        [one] { $min } réunion
       *[other] { $min } réunions
    } dans la mesure du possible. Verrouillez une réunion pour la conserver lors des relances ; une réunion déplacée est verrouillée.

## La console : le bilan du programme des réunions.

console-report = Bilan
console-meetings = Réunions
# Après le nombre de réunions : combien d'entre elles ont lieu à des tables de groupe (trois
# participants ou plus).
console-at-group-tables = (dont { $count } à des tables de groupe)
console-total-score = Score total
console-meetings-per-participant = Réunions par participant
# Le plus petit nombre, le nombre médian et le plus grand nombre de réunions d'un participant.
console-min-median-max = min. { $min } · médiane { $median } · max. { $max }
console-meeting-requests = Demandes de réunion
console-requests-figures = { $accepted ->
        [one] { $accepted } acceptée
       *[other] { $accepted } acceptées
    } · { $pending } en attente · { $declined ->
        [one] { $declined } refusée
       *[other] { $declined } refusées
    }
console-printable-plan = Plan des tables imprimable
console-table-cards = Chevalets de table
console-session-report = Rapport de la session
console-not-placed = Non placé ou à examiner
console-all-placed = Toutes les demandes sont placées.
console-all-placed-minimum = Toutes les demandes sont placées et chaque participant a le minimum de réunions.
console-outcomes = Résultats

## La console : la grille de la salle, et la page de la grille imprimable.

console-room = La salle
console-room-explained = Les tables en lignes, les créneaux en colonnes. Choisissez une réunion pour la déplacer ou l'échanger avec une autre.
# Un lien à la fin du texte ci-dessus.
console-printable-room-grid = Grille de la salle imprimable
# Le titre de l'onglet du navigateur pour la grille imprimable. { $event } est le nom de l'événement.
console-room-title = Grille de la salle · { $event }
# Le titre de la grille imprimable ; le nom de l'événement le suit.
console-room-heading = Grille de la salle :
# Après la date de l'événement, sur la grille imprimable.
console-room-meta = tables en lignes, créneaux en colonnes, scores de 0 à 100
# Le nom de la grille défilante, pour les lecteurs d'écran.
console-room-grid = Grille de la salle
console-room-grid-caption = Tables en lignes, créneaux en colonnes ; chaque cellule indique la réunion prévue à cette table et à cette heure, avec son score.
# Une table sans réunion à cette heure.
console-free = libre

## La console : les réunions par créneau.

console-meetings-by-slot = Réunions par créneau
# Avant les liens vers chaque créneau : « Afficher : tous les créneaux · 09:00–09:30 (4) · … »
console-show = Afficher :
console-show-all-slots = tous les créneaux
# Après le titre d'un créneau.
console-slot-meetings = { $count ->
    [one] { $count } réunion
   *[other] { $count } réunions
}
console-col-why = Pourquoi
console-col-score = Score
console-col-outcome = Résultat
console-col-actions = Actions
# Le sujet d'une table de groupe. { $topic } est ce qu'une organisation a écrit.
console-topic = sujet : { $topic }
# Pourquoi une réunion figure au programme. { $origin } est l'un de ces codes :
# request = une demande de réunion (acceptée ou en attente) ; mutual = les deux parties se sont
# mutuellement marquées « Intéressant » ; suggestion = proposée par la mise en relation ; group = une
# table de groupe autour d'un besoin ; manual = placée manuellement par les organisateurs.
console-origin = { $origin ->
    [request] demande
    [mutual] intérêt mutuel
    [suggestion] suggestion
    [group] groupe
    [manual] manuelle
   *[other] { $origin }
}
# Les boutons d'une réunion. Chacun n'affiche que le mot court ; les lecteurs d'écran
# le lisent suivi du message -hidden, p. ex. « Verrouiller » + « la réunion de
# Alpha, Beta ». { $names } contient les noms des participants, séparés par des virgules.
console-lock = Verrouiller
console-lock-hidden = la réunion de { $names }
console-unlock = Déverrouiller
console-unlock-hidden = la réunion de { $names }
console-move = Déplacer ou échanger
console-move-hidden = la réunion de { $names }
console-remove = Retirer
console-remove-hidden = la réunion de { $names }

## La console : les participants.

console-participants-heading = Participants ({ $count })
# Avant les liens vers la liste sous forme de fichier CSV et de classeur Excel.
console-participant-list = Liste des participants :
console-add-organization = Ajouter une organisation inscrite
console-add-placeholder = Nom ou adresse de la page
console-add = Ajouter
console-import-summary = Importer des participants à partir d'un fichier
# « roundtable import » est une commande ; ne pas la traduire.
console-import-format-html = Un fichier JSON ou CSV au format d'importation (comme pour <code>roundtable import</code>). Les organisations sont créées ou mises à jour, puis toutes sont inscrites à l'événement — tout ou rien, avec un rapport signalant chaque ligne erronée.
console-import-file = Fichier
console-import-paste = Ou collez son contenu
console-import = Importer les participants
# Le jour de l'événement : combien de participants les organisateurs ont pointés comme présents,
# marqués comme absents, et pas encore pointés.
console-on-the-day = Le jour même : { $present ->
        [one] { $present } présent
       *[other] { $present } présents
    } · { $absent ->
        [one] { $absent } absent
       *[other] { $absent } absents
    } · { $unknown ->
        [one] { $unknown } non pointé
       *[other] { $unknown } non pointés
    }. Les réunions d'un participant absent sont supprimées afin qu'une relance puisse en proposer de nouvelles à ses partenaires.
console-col-organization = Organisation
console-col-meetings = Réunions
console-col-on-the-day = Le jour même
console-col-agenda = Agenda
# Si un participant est venu, dans la colonne « Le jour même ».
console-checked-in = présent
console-no-show = absent
console-not-checked-in = non pointé
# Boutons ; les lecteurs d'écran lisent ensuite le nom du participant.
console-check-in = Marquer présent
console-mark-no-show = Absent
console-undo-check-in = Annuler la présence
# Lu par les lecteurs d'écran après « Annuler la présence ». { $name } est le participant.
console-undo-check-in-hidden = de { $name }
# Un lien vers l'agenda d'un participant ; les lecteurs d'écran lisent ensuite le message
# -hidden. { $name } est le participant.
console-agenda = agenda
console-agenda-hidden = de { $name }

## Déplacer ou échanger une réunion manuellement.

# Le titre de l'onglet du navigateur. { $event } est le nom de l'événement.
console-move-title = Déplacer ou échanger · { $event }
console-move-heading = Déplacer ou échanger une réunion
# { $who } : les noms des participants à la réunion ; { $place } : son créneau
# et sa table, p. ex. « 09:00–09:30 · Table 4 ».
console-move-lead = { $who }, actuellement : { $place }.
console-back-to-schedule = Retour au programme des réunions
console-move-to-free-place = Déplacer vers un emplacement libre
console-no-free-place = Aucun emplacement libre : à tous les autres horaires, un participant à cette réunion est occupé ou absent, ou aucune table disposant d'assez de places n'est libre. Échangez-la avec une autre réunion ci-dessous, ou retirez d'abord une réunion.
console-free-places = Horaires et tables libres, où tous les participants à cette réunion sont disponibles
console-moved-is-locked = Une réunion déplacée est verrouillée : les relances du programme la maintiennent à sa place.
console-move-button = Déplacer la réunion
console-swap-heading = Échanger avec une autre réunion
console-no-swap = Aucune réunion ne peut échanger sa place avec celle-ci : dans chaque cas, un participant serait occupé ou absent, ou une table serait trop petite.
console-swap-label = Les deux réunions échangent leurs horaires et leurs tables
console-swapped-are-locked = Les deux réunions sont verrouillées à leur nouvelle place.
console-swap-button = Échanger les réunions

## Les chevalets de table imprimables (un par table) et le plan des tables.

# Le titre de l'onglet du navigateur. { $event } est le nom de l'événement.
console-cards-title = Chevalets de table · { $event }
console-cards-empty = Aucune réunion n'est encore prévue : il n'y a donc pas de chevalets de table.
# Le nombre de places à une table, après le nom de l'événement sur son chevalet.
console-seats = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
# Le sujet d'une table de groupe. { $topic } est ce qu'une organisation a écrit.
console-card-topic = Sujet : { $topic }
# Le titre de l'onglet du navigateur. { $event } est le nom de l'événement.
console-plan-title = Plan des tables · { $event }
# Le titre du plan des tables ; le nom de l'événement le suit.
console-plan-heading = Plan des tables :
# Un créneau sans réunion.
console-plan-no-meetings = Aucune réunion.

## Le rapport de la session, pour les organisateurs et les participants.

# Le titre de l'onglet du navigateur. { $event } est le nom de l'événement.
report-title = Rapport · { $event }
# Le titre de la page ; le nom de l'événement le suit.
report-heading = Rapport :
report-participants = Participants
# Après le nombre de participants.
report-did-not-come = { $count ->
    [one] (dont { $count } absent)
   *[other] (dont { $count } absents)
}
report-meetings = Réunions
report-with-outcome = Avec un résultat consigné
report-meeting-requests = Demandes de réunion
# Demandes envoyées, acceptées par l'autre partie, et concrétisées par une réunion.
report-requests-figures = { $made ->
        [one] { $made } envoyée
       *[other] { $made } envoyées
    } · { $accepted ->
        [one] { $accepted } acceptée
       *[other] { $accepted } acceptées
    } · { $met ->
        [one] { $met } concrétisée
       *[other] { $met } concrétisées
    }
report-by-theme = Réunions par thème
report-no-schedule-yet = Aucune réunion pour l'instant : les organisateurs doivent d'abord établir le programme des réunions.
report-themes-caption = Réunions par thème et par résultat
report-theme-explained = Le thème d'une réunion est celui de sa raison principale (pour une table de groupe, celui de son sujet).
# Avant les liens vers un tableau sous forme de fichier CSV et de classeur Excel.
report-download = Télécharger :
report-between-regions = Réunions entre régions
report-no-meetings-yet = Aucune réunion pour l'instant.
# { $min } est le nombre de réunions que l'événement promet à chaque participant.
report-below-minimum = Participants en dessous de leur minimum de { $min ->
        [one] { $min } réunion
       *[other] { $min } réunions
    }
report-everyone-had-minimum = Tous les participants présents ont eu au moins { $min ->
        [one] { $min } réunion
       *[other] { $min } réunions
    }.
# { $count } besoins sur { $total } qu'aucune réunion n'a traités.
report-unaddressed-heading = Besoins qu'aucune réunion n'a traités ({ $count } sur { $total })
report-unaddressed-explained = Besoins de participants qu'aucun de leurs partenaires de réunion ne couvre : l'ordre du jour de la prochaine session, ou celui d'un bailleur de fonds.
# Les besoins confidentiels sont comptés dans le titre, mais ne sont pas énumérés.
report-private-unaddressed = { $count ->
        [one] Dont { $count } confidentiel : comptabilisé, mais non affiché.
       *[other] Dont { $count } confidentiels : comptabilisés, mais non affichés.
    }

## Pourquoi une réunion ne peut pas être déplacée ou échangée. $problem est l'un des
## messages move-… ci-dessous ; $who une organisation ; $slot un horaire ; $table le nom d'une table.

move-refused = La réunion n'a pas pu être déplacée : { $problem }
swap-refused = Les réunions n'ont pas pu être échangées : { $problem }
move-just-taken = { $table } vient d'être occupée à { $slot } : choisissez un autre emplacement.
swap-choose = Choisissez une réunion de cet événement avec laquelle l'échanger.
swap-changed = L'une des réunions a été modifiée entre-temps ; aucun échange n'a été effectué. Veuillez choisir de nouveau.
move-no-slot = Choisissez un créneau de cet événement.
move-no-table = Aucune table ne s'appelle « { $table } » dans cet événement.
move-too-few-seats = { $table } compte { $seats } places ; cette réunion en nécessite { $needed }.
move-table-taken = { $table } est occupée à { $slot }. Déplacez ou retirez d'abord cette réunion.
move-member-busy = { $who } a déjà une réunion à { $slot } ({ $table }). Déplacez d'abord cette réunion, ou choisissez un autre horaire.
move-member-unavailable = { $who } n'est pas disponible à { $slot }.
move-same-meeting = Choisissez une autre réunion avec laquelle l'échanger.

## Ce que le programme des réunions ne permet pas, et pourquoi (le bilan de la console).
## $a, $b, $name : des organisations ; $names : des organisations séparées par des virgules.

unmet-too-few = { $count ->
        [one] seulement { $count } réunion sur { $min }
       *[other] seulement { $count } réunions sur { $min }
    } : trop peu de partenaires suggérés ayant une langue en commun sont libres au même moment
unmet-request = { $state ->
    [accepted] { $a } et { $b } (demande acceptée)
   *[pending] { $a } et { $b } (demande en attente)
}
unmet-excluded = l'une des parties a marqué l'autre « sans intérêt », ou elles se sont déjà rencontrées sans convergence
unmet-no-language = elles n'ont aucune langue de travail en commun, et l'événement ne prévoit pas d'interprétation pour les leurs
unmet-no-time = aucun créneau où toutes deux sont libres et où une table reste disponible
unmet-at-cap = l'une des parties a déjà le nombre maximal de réunions autorisé
unmet-meeting = Réunion de { $names } à { $slot }
unmet-no-show = { $name } n'est pas venu (absent) ; retirez la réunion ou relancez le programme
unmet-unavailable = { $name } n'est plus disponible à ce moment-là ; déplacez la réunion ou relancez le programme
unmet-excluded-remove = l'une des parties a marqué l'autre « sans intérêt », ou elles se sont déjà rencontrées sans convergence ; retirez la réunion ou relancez le programme
