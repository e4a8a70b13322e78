## Le champ `detail` des documents de problème de l'API (les clés et les titres restent en anglais).

api-error-unexpected = Une erreur inattendue s'est produite ; elle a été enregistrée.
api-error-unavailable = Le service ne parvient pas à joindre sa base de données pour le moment ; réessayez dans quelques secondes.
api-error-unauthorized = Envoyez un jeton d'API sous la forme `Authorization: Bearer TOKEN` (créez-en un à l'adresse /settings/tokens).
api-error-conflict = Le profil a été modifié depuis la version { $version } ; récupérez-le de nouveau et renvoyez votre modification.
api-error-invalid = Certains champs ne sont pas valides.
api-error-too-large = Le corps de la requête est trop volumineux.
api-error-method = Ce point de terminaison accepte { $methods }.
