## Le panorama (/landscape) : titre et introduction.

landscape-title = Le panorama
landscape-heading = Le panorama : où les besoins restent sans réponse
landscape-lead = Tous les besoins que les organisations ont inscrits dans leur profil, et si une autre organisation offre de quoi y répondre.
# Affiché lorsque le panorama est limité à un événement ; { $event } est le nom de l'événement.
landscape-lead-event = Tous les besoins que les organisations ont inscrits dans leur profil, et si une autre organisation offre de quoi y répondre — parmi les participants de { $event }.

## Le panorama : les filtres en haut de la page.

landscape-all-themes = tous les thèmes
# Étiquette du filtre par région : la région des organisations qui ont les besoins.
landscape-region-of-needs = Région des organisations ayant des besoins
landscape-all-regions = toutes les régions
landscape-kind-of-organization = Type d'organisation
landscape-all-kinds = tous les types
landscape-working-language = Langue de travail
# Texte indicatif du champ de langue : une langue peut être saisie par son nom ou par son code à deux lettres.
landscape-language-placeholder = français ou fr
landscape-event = Événement
# Le choix du filtre par événement qui signifie : aucun événement, toutes les organisations.
landscape-whole-field = l'ensemble du domaine
# Bouton qui applique les filtres.
landscape-show = Afficher
landscape-clear-filters = Effacer les filtres

## Le panorama : les chiffres clés sous les filtres.

landscape-orgs-with-needs = Organisations ayant des besoins
landscape-covered-by-offer = Couverts par une offre
# La part des besoins couverts, après le nombre de besoins couverts : « (58 %) ».
landscape-percent = ({ $percent } %)
# Combien de ces besoins sont confidentiels (leur texte n'est jamais affiché).
landscape-of-them-private = Dont confidentiels
landscape-empty-html = Aucun besoin dans cette vue. Retirez un filtre, ou <a href="/register">inscrivez-vous</a> et indiquez ce que recherche votre organisation.

## Le panorama : les besoins couverts par thème et par région (une carte de chaleur et un tableau).

landscape-coverage-heading = Besoins couverts, par thème et par région
landscape-coverage-caption = Besoins couverts par thème et par région (couverts / besoins)
# Colonne des totaux de chaque thème, toutes régions confondues.
landscape-col-all-regions = Toutes régions
# Précède les liens « CSV » et « Excel » qui permettent de télécharger un tableau.
landscape-download = Télécharger :

## Le panorama : les besoins sans réponse.

# { $count } est le nombre de besoins sans réponse, publics et confidentiels.
landscape-unmet-heading = Besoins sans réponse ({ $count })
landscape-unmet-intro = Besoins qu'aucune autre organisation ne propose de couvrir — là où un bailleur de fonds ou un prestataire ferait la différence.
# Comme landscape-unmet-intro, lorsque le panorama est limité à un événement.
landscape-unmet-intro-event = Besoins qu'aucune autre organisation participant à l'événement ne propose de couvrir — là où un bailleur de fonds ou un prestataire ferait la différence.
# { $count } besoins sans réponse sont confidentiels : comptabilisés, mais non affichés.
landscape-unmet-private = { $count ->
    [one] Dont { $count } confidentiel : il est comptabilisé, mais non affiché.
   *[other] Dont { $count } confidentiels : ils sont comptabilisés, mais non affichés.
}
landscape-all-covered = Chaque besoin public présenté ici est couvert par au moins une organisation.
# Sous une longue liste de besoins sans réponse : { $shown } sont affichés sur la page ; les fichiers téléchargeables les contiennent tous ({ $total }).
landscape-unmet-first = Seuls les { $shown } premiers sont affichés ; les fichiers contiennent les { $total }.

## Le panorama : les sujets demandés et offerts.

landscape-topics-heading = Sujets demandés et les moins offerts
landscape-least-caption = Sujets mentionnés dans les besoins, les moins offerts en premier
landscape-topic = Sujet
# Colonne : combien d'offres mentionnent le sujet.
landscape-offers = Offres
landscape-unmet-needs = Besoins sans réponse
landscape-most-offered-heading = Sujets les plus offerts
landscape-most-caption = Sujets mentionnés dans les offres, les plus offerts en premier
# Précède les liens « CSV » et « Excel » qui permettent de télécharger le tableau de tous les sujets.
landscape-every-topic = Tous les sujets :

## Le panorama : les organisations dont les offres couvrent le plus de besoins.

landscape-providers-heading = Les prestataires du domaine
landscape-providers-intro = Organisations dont les offres couvrent le plus de besoins d'autres organisations dans cette vue.
landscape-organization = Organisation
landscape-needs-of-others-covered = Besoins d'autres organisations couverts

## Le panorama : « Mode de calcul », en bas de la page.

landscape-definitions-heading = Mode de calcul
landscape-def-need-html = Un <strong>besoin</strong> est une ligne de ce que recherche une organisation. Son <strong>thème</strong> est celui du premier sujet du vocabulaire qu'il mentionne (les thèmes du Global Forum on Cyber Expertise et les ressources du domaine) ; qu'ils soient rédigés en anglais, en français ou en espagnol, les besoins relèvent des mêmes thèmes.
# Suit landscape-def-need-html ; { $name } est le nom de la ligne des besoins sans thème (« Autres besoins »).
landscape-def-no-theme = Les besoins qui ne mentionnent aucun sujet figurent sous « { $name } ».
landscape-def-covered-html = Un besoin est <strong>couvert</strong> lorsqu'au moins une autre organisation offre quelque chose d'assez proche pour que ses suggestions le donnent comme raison, dans la région et les langues que mentionne le besoin — ou est le type de partenaire que le besoin demande (un bailleur de fonds, un CERT en Afrique).
# Comme landscape-def-covered-html, lorsque le panorama est limité à un événement.
landscape-def-covered-event-html = Un besoin est <strong>couvert</strong> lorsqu'au moins une autre organisation participant à l'événement offre quelque chose d'assez proche pour que ses suggestions le donnent comme raison, dans la région et les langues que mentionne le besoin — ou est le type de partenaire que le besoin demande (un bailleur de fonds, un CERT en Afrique).
# Suit landscape-def-covered-html ; le lien mène à la page qui explique les scores.
landscape-def-scores-html = C'est ce qu'utilisent les <a href="/how-scores-work">scores</a>.
landscape-def-region = La région est celle de l'organisation qui a le besoin. Les filtres sélectionnent les organisations ayant des besoins ; la couverture est assurée par l'ensemble du domaine, ou par les participants de l'événement choisi.
landscape-def-private = Les besoins confidentiels sont comptabilisés dans les chiffres ; leur texte n'est jamais affiché.
