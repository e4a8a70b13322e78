## Connexion et inscription.

login-title = Connexion
login-button = Se connecter
login-new-here = Première visite ?
register-title = Inscription
register-intro = Vous créez le profil de l'organisation et son premier compte. Vous pourrez compléter le profil ensuite.
register-password-hint = Au moins { $min } caractères. Une courte phrase est facile à retenir.
register-button = S'inscrire
register-already = Vous avez déjà un compte ?
field-email = Adresse électronique
field-your-email = Votre adresse électronique
field-password = Mot de passe
field-organization-name = Nom de l'organisation
register-name-taken = Une organisation portant ce nom est déjà inscrite. S’il s’agit de la vôtre, demandez à l’un de ses propriétaires de vous inviter depuis sa page « Personnes ».
register-email-taken = Un compte existe déjà avec cette adresse électronique. Connectez-vous plutôt.

## Formulaires, partout.

form-correct-fields = Veuillez corriger les champs signalés ci-dessous.
confirm-cancel = Annuler : ne rien modifier

## Mot de passe oublié : la page et le message électronique.

login-forgot = Mot de passe oublié ?
reset-title = Choisir un nouveau mot de passe
reset-intro = Saisissez l'adresse électronique de votre compte. Nous vous enverrons un lien permettant de choisir un nouveau mot de passe ; il n'est valable qu'une fois, pendant une heure.
reset-send = Envoyer le lien
reset-sent = Si un compte utilise cette adresse, un lien permettant de choisir un nouveau mot de passe vous a été envoyé. Il n'est valable qu'une fois, pendant une heure. S'il ne vous parvient pas, vérifiez votre dossier de courrier indésirable.
reset-new-password = Nouveau mot de passe
reset-save = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe a été modifié et toutes les autres sessions ouvertes sur votre compte ont été fermées. Connectez-vous avec le nouveau mot de passe.
reset-expired = Ce lien n'est plus valable : il a déjà été utilisé ou a été envoyé il y a plus d'une heure.
reset-again = Demander un nouveau lien
mail-reset-subject = Choisissez un nouveau mot de passe pour Roundtable
mail-reset-intro = Quelqu'un, probablement vous-même, a demandé à choisir un nouveau mot de passe pour votre compte Roundtable.
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-expiry = Ce lien n'est valable qu'une fois, pendant une heure.
mail-reset-ignore = Si vous n'êtes pas à l'origine de cette demande, ne tenez pas compte de ce message : votre mot de passe reste inchangé.

## Confirming the e-mail address of an account.

verify-title = Adresse électronique confirmée
verify-done = Merci : votre adresse électronique est confirmée.
verify-pending = Votre adresse électronique { $email } n’est pas encore confirmée : ouvrez le lien que nous y avons envoyé. D’ici là, aucune notification n’y est envoyée.
verify-resend = Renvoyer le lien
verify-sent = Un nouveau lien de confirmation est en route.
mail-verify-subject = Confirmez votre adresse électronique pour Roundtable
mail-verify-intro = Bienvenue sur Roundtable. Veuillez confirmer qu’il s’agit bien de votre adresse électronique.
mail-verify-action = Confirmer mon adresse
mail-verify-expiry = Le lien fonctionne une fois, pendant une semaine.
mail-verify-ignore = Si vous ne vous êtes pas inscrit, ignorez ce message.

## Changing the password from the settings.

password-heading = Mot de passe
password-current = Mot de passe actuel
password-change = Changer le mot de passe
password-other-sessions = Vos autres sessions prennent fin ; celle-ci reste ouverte.
password-changed = Votre mot de passe est changé ; vos autres sessions ont pris fin.
password-current-wrong = Le mot de passe actuel n’est pas correct.

## Modification de l’adresse électronique depuis les paramètres.

email-heading = Adresse électronique
email-yours = Votre adresse : { $email }
email-new = Nouvelle adresse
email-hint = Nous envoyons un lien à la nouvelle adresse pour la confirmer ; d’ici là, aucune notification n’est envoyée. Votre ancienne adresse est informée du changement.
email-change = Changer l’adresse
email-changed = Votre adresse est changée. Ouvrez le lien que nous avons envoyé à la nouvelle adresse pour la confirmer.
email-same = C’est déjà votre adresse.
mail-email-changed-subject = L’adresse de votre compte Roundtable a été modifiée
mail-email-changed-intro = L’adresse électronique de votre compte Roundtable est passée de { $old } à { $new }.
mail-email-changed-ignore = Si vous n’êtes pas à l’origine de ce changement, quelqu’un d’autre connaît votre mot de passe : demandez à un propriétaire de votre organisation de retirer ce compte et de vous inviter de nouveau.
