## Les personnes d’une organisation : membres, propriétaires, invitations.

members-title = Personnes
members-intro = Chaque personne inscrite ici agit au nom de l’organisation : elle modifie son profil, signale son intérêt et répond aux demandes de réunion. Les propriétaires peuvent en outre inviter et retirer des personnes.
members-role = Rôle
members-since = Depuis
members-you = vous
members-unconfirmed = (adresse non confirmée)
members-owner = Propriétaire
members-member = Membre
members-owner-hint = invite et retire aussi des personnes
members-member-hint = tout, sauf la gestion des personnes
members-make-owner = Nommer propriétaire
members-make-member = Nommer membre
members-remove = Retirer
members-leave = Quitter l’organisation
members-invite-heading = Inviter un collègue
members-invite-email = Adresse électronique du collègue
members-invite-hint = Votre collègue recevra un lien, valable une seule fois pendant une semaine, pour choisir un mot de passe et rejoindre l’organisation.
members-invite-send = Envoyer l’invitation
members-pending-heading = Invitations pas encore acceptées
members-invited-by = Invitation envoyée par
members-until = Valable jusqu’au
members-withdraw = Annuler
members-ask-owner = Pour inviter un collègue, adressez-vous à l’un des propriétaires.
members-invited = L’invitation est en route.
members-withdrawn = L’invitation est annulée ; son lien ne fonctionne plus.
members-removed = La personne a été retirée ; son compte est supprimé.
members-role-changed = Le rôle a été modifié.
members-joined = Bienvenue : vous faites désormais partie de l’organisation.
members-left = Vous avez quitté l’organisation ; votre compte est supprimé.
members-already = Cette personne fait déjà partie de l’organisation.
members-elsewhere = Un compte existe déjà avec cette adresse pour une autre organisation ; une adresse ne peut appartenir qu’à une seule organisation.
members-too-many = Trop d’invitations en peu de temps. Veuillez réessayer dans un quart d’heure.
members-last-owner = Une organisation garde toujours au moins un propriétaire : nommez d’abord quelqu’un d’autre propriétaire.
members-sole-owner = Seul propriétaire. Pour quitter ce rôle ou l’organisation, nommez d’abord quelqu’un d’autre propriétaire.
members-role-unknown = Choisissez « Propriétaire » ou « Membre ».
error-members-own-only = Seules les personnes de l’organisation peuvent voir qui en fait partie.
error-members-owners-only = Seul un propriétaire de l’organisation peut effectuer cette action.

## Accepter une invitation.

invitation-title = Rejoignez votre organisation sur Roundtable
invitation-intro = { $by } vous invite à rejoindre { $organization }. Choisissez un mot de passe pour créer votre compte.
invitation-join = Rejoindre
invitation-taken = Un compte existe déjà avec cette adresse. Connectez-vous avec celle-ci.
invitation-expired = Cette invitation n’est plus valable : elle a été utilisée ou annulée, ou date de plus d’une semaine. Demandez-en une nouvelle à la personne qui vous l’a envoyée.
mail-invite-subject = Rejoignez { $organization } sur Roundtable
mail-invite-intro = { $by } vous invite à rejoindre { $organization } sur Roundtable, où les organisations actives dans la coopération au développement trouvent des partenaires et se rencontrent lors d’événements.
mail-invite-action = Choisir un mot de passe et rejoindre l’organisation
mail-invite-expiry = Le lien fonctionne une fois, pendant une semaine.
mail-invite-ignore = Si vous ne vous attendiez pas à ce message, ignorez-le : aucun compte n’est créé.

## Qui voit l’organisation.

visibility-heading = Qui voit l’organisation
visibility-legend = Le profil, et la présence de l’organisation dans les suggestions des autres organisations
visibility-public = Tout le monde, y compris les visiteurs non connectés ; figure dans l’annuaire public
visibility-hidden = Uniquement les organisations connectées ; ne figure pas dans l’annuaire public
visibility-save = Enregistrer
visibility-saved = Votre choix de qui voit l’organisation est enregistré.
visibility-invalid = Choisissez qui voit l’organisation.

## Les données de l’organisation : téléchargement et suppression.

data-heading = Les données de l’organisation
data-download = Tout télécharger (JSON)
data-download-hint = Le profil avec ses besoins confidentiels, les personnes et leurs paramètres, les invitations, les marquages d’intérêt, les événements, les demandes de réunion et les réunions avec leurs notes.
data-delete-heading = Supprimer l’organisation
data-delete-consequence = Son profil, les comptes des personnes qui en font partie, ses marquages, ses demandes et ses réunions sont définitivement supprimés. Téléchargez d’abord ses données si vous souhaitez les conserver.
data-delete-confirm = Je souhaite supprimer { $organization } et tout ce qui s’y rapporte.
data-delete-button = Supprimer l’organisation
data-delete-unconfirmed = Cochez la case pour confirmer la suppression.
data-delete-kept = Des personnes de l’organisation ont créé des événements qu’aucun administrateur du site ne peut reprendre ; adressez-vous d’abord à un administrateur du site.
data-deleted = L’organisation et tout ce qui s’y rapporte ont été supprimés.
