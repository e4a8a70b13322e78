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

## Formulaires, partout.

form-correct-fields = Veuillez corriger les champs signalés ci-dessous.
confirm-cancel = Annuler : ne rien modifier
