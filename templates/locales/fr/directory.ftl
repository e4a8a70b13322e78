## L'annuaire des organisations.

directory-heading = Annuaire des organisations
directory-filters-left-out = Certains filtres n'ont pas été appliqués :
directory-words = Mots à rechercher
directory-placeholder = Mots, p. ex. réponse aux incidents, criminalistique, Kenya
directory-search = Rechercher
directory-filters = Filtres
directory-words-in = Rechercher dans
directory-side-all = tout le profil
directory-side-offers = ce qu'elles offrent
directory-side-seeks = ce qu'elles recherchent
directory-any-kind = Tous types
directory-any-theme = Tous thèmes
directory-any-region = Toutes régions
directory-name-or-code = Nom ou code
directory-apply = Appliquer
directory-found = { $count ->
    [one] { $count } organisation trouvée
   *[other] { $count } organisations trouvées
}
directory-filters-in-use = Filtres actifs
directory-remove-filter = Retirer le filtre { $filter }
directory-narrow = Affiner les résultats
directory-only-common-words = « { $text } » ne contient que des mots courants ou des symboles, qui ne sont pas pris en compte dans la recherche : saisissez un mot figurant dans un nom, une capacité ou un besoin.
directory-no-match = Aucune organisation ne correspond.
directory-try-fewer = Essayez avec moins de mots ou retirez un filtre.

## Champs et commandes communs à plusieurs pages.

field-kind = Type
field-theme = Thème
field-region = Région
field-country = Pays
field-language = Langue
download-csv = Télécharger au format CSV
badge-fictional = Fictive
pager-pages = Pages
pager-previous = Précédente
pager-next = Suivante
pager-page-of = Page { $page } sur { $pages }
directory-in-offers = Dans ce qu'elles offrent
directory-in-seeks = Dans ce qu'elles recherchent
directory-works-in = Langue de travail : { $language }
