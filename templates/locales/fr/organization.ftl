## La page d'une organisation.

org-fictional = Cette organisation est fictive ; elle fait partie des données de démonstration.
org-edit = Modifier le profil
org-suggestions = Suggestions de partenaires
org-hint-needs-html = <strong>Ajoutez vos besoins pour obtenir des suggestions :</strong> ce que recherche votre organisation, un par ligne.
org-hint-offers-html = <strong>Ajoutez ce que vous offrez</strong>, afin que les organisations qui en ont besoin vous trouvent.
org-complete = Compléter votre profil
org-last-updated = Dernière mise à jour
org-capabilities = Capacités
org-capabilities-sub = ce qu'elle offre
org-needs = Besoins
org-needs-sub = ce qu'elle recherche
org-none-yet = Aucun élément pour l'instant.
org-private = confidentiel
org-coverage = Dans quelle mesure ces besoins sont couverts
org-coverage-caption = Besoins par thème : combien sont couverts par l'offre d'une autre organisation
org-coverage-private = Les besoins confidentiels sont comptabilisés ici, sans être nommés.
org-whole-landscape = Le panorama complet
org-coverage-pending = Les suggestions sont en cours de mise à jour avec ces besoins ; ce tableau s'affichera dans un instant.
col-covered = Couverts
col-providers = Organisations qui l'offrent
field-working-languages = Langues de travail
field-website = Site web
field-contact = Contact

## Types d'organisation.

kind-government = Gouvernement, ministère ou agence
kind-development_agency = Agence de développement
kind-international_org = Organisation internationale
kind-regional_org = Organisation régionale
kind-cert = CERT / CSIRT national
kind-civil_society = Société civile
kind-academia = Milieux universitaires et recherche
kind-private_sector = Secteur privé
kind-other = Autre

## Régions du monde.

region-africa = Afrique
region-americas = Amériques
region-asia = Asie
region-europe = Europe
region-middle-east = Moyen-Orient
region-pacific = Pacifique
region-global = Monde

## Le formulaire du profil.

edit-first-heading = Le profil de votre organisation
guide-title = Qu'est-ce qu'un bon profil ?
guide-intro-html = Les suggestions reposent sur ce que vous indiquez sous <strong>capacités</strong> (ce que vous offrez) et <strong>besoins</strong> (ce que vous recherchez). Les partenaires les lisent également.
guide-one-per-line = Un élément par ligne, court et concret : « formation à la réponse aux incidents pour les analystes SOC », et non « cybersécurité ».
guide-who-where = Précisez à qui il s'adresse ou où, lorsque c'est important : « appui à la rédaction d'une loi sur la cybercriminalité en Afrique de l'Ouest ».
guide-languages = Rédigez en anglais, en français ou en espagnol : les suggestions fonctionnent d'une langue à l'autre.
guide-examples = Exemples par type d'organisation
guide-ministry = Un ministère ou une agence nationale de cybersécurité
guide-ministry-example = Besoins : « aide à l'élaboration de notre stratégie nationale de cybersécurité », « formation du personnel de notre CERT national ». Offres : « accueil de réunions régionales ».
guide-cert = Un CERT national
guide-cert-example = Offres : « formation au traitement des incidents », « mentorat en analyse de logiciels malveillants ». Besoins : « évaluation de la maturité du CSIRT », « financement d'une plateforme SOC ».
guide-donor = Une agence de développement ou un bailleur de fonds
guide-donor-example = Offres : « subventions pour le renforcement des capacités en cybersécurité en Afrique ». Besoins : « partenaires locaux de mise en œuvre dans le Pacifique ».
guide-academia = Milieux universitaires ou société civile
guide-academia-example = Offres : « un programme de master en cybersécurité », « recherche sur la protection des enfants en ligne ». Besoins : « partenaires pour une campagne régionale de sensibilisation ».
edit-conflict = Une autre personne a enregistré ce profil pendant que vous le modifiiez. Vos modifications sont conservées ci-dessous, mais n'ont pas été enregistrées. Comparez-les avec le profil actuel, puis enregistrez de nouveau pour le remplacer.
edit-conflict-link = Voir le profil actuel
edit-not-saved = Rien n'a été enregistré. Veuillez corriger les champs signalés ci-dessous.
field-name = Nom
field-description = Description
edit-up-to = { $max } caractères au maximum
edit-kind = Type d'organisation
edit-choose-kind = Choisissez le type d'organisation
edit-languages-hint = noms séparés par des virgules, dans l’une des langues de l’interface ou dans la langue elle-même, par exemple portugais, kinyarwanda, Bahasa Indonesia
edit-capabilities-hint = ce que vous offrez, un élément par ligne (50 au maximum)
edit-needs-hint = ce que vous recherchez, un élément par ligne (50 au maximum)
edit-private-needs = Besoins confidentiels
edit-private-needs-hint = un par ligne : ils sont pris en compte pour les suggestions, mais les autres n'en voient que le thème tant que vous n'avez pas tous deux marqué votre intérêt
edit-contact = Adresse électronique de contact publique
edit-contact-hint = affichée sur votre profil ; les organisations avec lesquelles vous partagez un intérêt mutuel voient aussi les adresses électroniques de vos comptes
edit-save = Enregistrer le profil
cancel = Annuler
edit-other-languages = Autres langues
