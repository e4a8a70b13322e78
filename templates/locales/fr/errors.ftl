## Pages d'erreur : un titre et un message pour chacune.

error-not-found-title = Page introuvable
error-not-found = Il n'y a rien à cette adresse. La page a peut-être été renommée ou supprimée.
error-forbidden-title = Action non autorisée
error-login-title = Veuillez vous connecter
error-login = Connectez-vous pour continuer.
error-bad-request-title = La requête comporte une erreur
error-too-large-title = Trop de données
error-too-large = Les données envoyées dépassent la taille acceptée par ce formulaire. Raccourcissez-les et réessayez.
error-registrations-title = Trop d'inscriptions
error-registrations = De nombreuses organisations ont été inscrites depuis votre réseau au cours des dernières minutes. Patientez 15 minutes et réessayez.
error-busy-title = Service saturé
error-busy = De nombreuses personnes se connectent en ce moment. Patientez quelques secondes et réessayez.
error-attempts-title = Trop de tentatives
error-attempts = Il y a eu trop de tentatives de connexion infructueuses. Patientez 15 minutes et réessayez.
error-unavailable-title = Service temporairement indisponible
error-unavailable = Le site ne parvient pas à joindre sa base de données pour le moment. Veuillez réessayer dans quelques secondes.
error-unexpected-title = Une erreur s'est produite
error-unexpected = Une erreur inattendue s'est produite de notre côté. Elle a été enregistrée ; veuillez réessayer dans un instant.
error-back = Revenir à la page précédente
error-next-steps-html = <a href="/">Aller à la page d'accueil</a> ou <a href="/organizations">parcourir l'annuaire</a>.

## Pourquoi une action n'est pas autorisée.

error-form-expired = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
error-cross-site = Les requêtes provenant d'autres sites ne sont pas acceptées.
error-organizers-only = Seuls les organisateurs d'un événement peuvent ouvrir cette page ou effectuer cette action. Si vous organisez cet événement, demandez à l'administrateur de ce site de faire de votre compte un compte d'organisateur.
error-mark-own-only = Vous ne pouvez marquer que les suggestions destinées à votre propre organisation.
error-mutual-own-only = Seule l'organisation concernée peut voir ses intérêts mutuels.
error-print-own-only = Seule l'organisation concernée peut imprimer sa liste de suggestions.
error-export-own-only = Seule l'organisation concernée peut exporter sa liste de suggestions.
error-edit-own-only = Vous ne pouvez modifier que le profil de votre propre organisation.
error-outcome-members-only = Seuls les participants à une réunion et les organisateurs peuvent en consigner le résultat.
error-agenda-own-only = Seuls l'organisation concernée et les organisateurs peuvent voir son agenda.
error-event-closed = Cet événement n'accepte plus de nouveaux participants. Demandez à l'organisateur de vous ajouter.
error-participants-only = Inscrivez-vous d'abord à l'événement : seuls les participants peuvent effectuer cette action.
error-report-members-only = Seuls les organisateurs et les participants de l'événement peuvent consulter son rapport.
