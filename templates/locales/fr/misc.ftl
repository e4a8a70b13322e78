## Intérêt mutuel (/organizations/…/mutual) : les organisations qui se sont
## mutuellement marquées comme intéressantes. Le titre de la page est matches-mutual.

# { $name } est le nom de l'organisation du visiteur.
mutual-lead = Les organisations que { $name } a marquées « Intéressant » et qui ont fait de même pour { $name }.
mutual-get-in-touch = Prenez contact : c'est ici que naissent les partenariats.
mutual-contacts-shown = Ici, chaque partie voit le contact public de l'autre et les adresses électroniques des personnes qui détiennent ses comptes.
# « Intéressant » est l'intitulé du bouton des suggestions (matches-interested) : employer le même mot.
mutual-empty = Aucun intérêt mutuel pour l'instant. Marquez « Intéressant » les suggestions que vous souhaitez rencontrer ; lorsqu'elles font de même, elles apparaissent ici.
# Un lien après mutual-empty, vers la liste des suggestions.
mutual-to-suggestions = Voir vos suggestions
# En-têtes de colonne du tableau des partenaires.
mutual-partner = Partenaire
mutual-score = Score
mutual-no-contact = Aucun contact n'est indiqué et personne n'a encore de compte pour cette organisation ; son profil peut en dire davantage.

## La liste imprimable des suggestions (/organizations/…/matches/print).
## Son titre est matches-title ; en dessous figurent le nom du site, la date et
## le nombre de suggestions (matches-count), puis print-scores-explained.

# L'adresse /how-scores-work reste telle quelle : elle est imprimée sur papier.
print-scores-explained = scores de 0 à 100, expliqués sur /how-scores-work
# Après le nom de chaque partenaire ; { $score } est un nombre de 0 à 100.
print-score = score { $score }
# Après les raisons imprimées d'une suggestion : combien de raisons supplémentaires figurent dans la liste en ligne.
print-more-reasons = { $count ->
    [one] ({ $count } autre raison dans la liste des suggestions en ligne)
   *[other] ({ $count } autres raisons dans la liste des suggestions en ligne)
}

## Jetons d'API (/settings/tokens).

tokens-title = Jetons d'API
# « Authorization: Bearer TOKEN » dans <code> reste tel quel : c'est ce qu'envoie un programme.
tokens-intro-html = Un jeton permet à un programme d'utiliser l'<a href="/api/docs">API de Roundtable</a> pour le compte de votre organisation :
    envoyez-le sous la forme <code>Authorization: Bearer TOKEN</code>. Traitez-le comme un mot de passe.
# Affiché une seule fois, en gras, au-dessus d'un jeton qui vient d'être créé ; tokens-copy-now suit.
tokens-new = Votre nouveau jeton.
tokens-copy-now = Copiez-le maintenant : il ne sera plus affiché.
tokens-none = Aucun jeton pour l'instant.
# En-tête de colonne : la date de création du jeton.
tokens-created = Date de création
# Bouton qui retire un jeton, afin qu'il ne fonctionne plus.
tokens-revoke = Révoquer
tokens-create-heading = Créer un jeton
# Indication après l'étiquette « Nom » d'un nouveau jeton.
tokens-name-hint = à quoi il sert
tokens-create = Créer le jeton

## La documentation de l'API (/api/docs).

api-docs-title = API
api-docs-heading = API de Roundtable
# Le texte dans <code> et les adresses restent tels quels.
api-docs-intro-html = Une API JSON sous <code>/api/v1</code>, décrite par le document OpenAPI 3.1 disponible à l'adresse
    <a href="/api/openapi.json">/api/openapi.json</a>.
api-docs-writes-html = Les lectures sont publiques ; les écritures nécessitent un jeton obtenu dans
    <a href="/settings/tokens">vos paramètres</a>, envoyé sous la forme <code>Authorization: Bearer TOKEN</code>.
api-docs-errors-html = Les erreurs sont des documents de problème RFC 9457 (<code>application/problem+json</code>).
# En-têtes de colonne du tableau des opérations : la méthode HTTP, l'adresse, un résumé, et si un jeton est nécessaire.
api-docs-method = Méthode
api-docs-path = Chemin
api-docs-what = Description
api-docs-token = Jeton
# Dans la colonne « Jeton » : si une opération nécessite un jeton.
api-docs-token-required = obligatoire
api-docs-token-optional = facultatif
api-docs-updating-heading = Mettre à jour un profil
# <code>version</code> reste tel quel : c'est le nom d'un champ.
api-docs-updating-html = Lisez le profil, modifiez-le et renvoyez-le avec la <code>version</code> que vous avez lue. Si quelqu'un
    l'a modifié entre-temps, la réponse est 409 : relisez-le.
# { $kinds } est la liste des valeurs du champ « kind » (government, cert, …) : elles restent en anglais.
api-docs-kinds = Types : { $kinds }.

tokens-name-invalid = Donnez au jeton un nom de 1 à 100 caractères, par exemple « CRM sync ».

## The outbox, for a site administrator.

outbox-title = Boîte d’envoi
outbox-intro-smtp = Les derniers courriels du site et s’ils ont été acceptés par le serveur de messagerie. Leurs textes ne sont pas affichés : ils contiennent des liens qui agissent pour leurs destinataires.
outbox-intro-no-smtp = Aucun serveur de messagerie n’est configuré (SMTP_URL) : les courriels attendent ici. Leurs textes ne sont pas affichés : ils contiennent des liens qui agissent pour leurs destinataires.
outbox-empty = Aucun courriel pour l’instant.
outbox-col-written = Rédigé
outbox-col-to = Destinataire
outbox-col-subject = Objet
outbox-col-state = État
outbox-sent = envoyé
outbox-waiting = en attente
outbox-failed = { $count ->
    [one] non envoyé : { $count } tentative échouée, nouvel essai plus tard
   *[other] non envoyé : { $count } tentatives échouées, nouvel essai plus tard
}
