## Column headings and sheet names of downloaded files (CSV, Excel).

col-time = Heure
col-table = Table
col-partners = Partenaires
col-topic = Sujet
col-score = Score
col-why = Pourquoi
col-organization = Organisation
col-rank = Rang
col-partner = Partenaire
col-website = Site web
col-contact = Contact
col-interest = Intérêt
col-contact-e-mail = Courriel de contact
col-country = Pays
col-covered-pct = Couverts (%)
col-kind = Type
col-languages = Langues
col-meetings = Réunions
col-need = Besoin
col-needs-of-others-covered = Besoins d’autres organisations couverts
col-needs = Besoins
col-not-available = Indisponible
col-note = Note
col-offers = Offres
col-outcome = Résultat
col-participants = Participants
col-profile = Profil
col-region = Région
col-theme = Thème
col-unmet-needs = Besoins non couverts
col-agenda = Programme
col-table-plan = Plan des tables
col-report = Rapport
col-landscape = Panorama
col-name = Nom
col-seeks = Recherche
col-matches = Suggestions

## The calendar file (.ics): each meeting's title and description. $partners: organizations separated by commas.

ics-summary = Réunion avec { $partners }
ics-topic = Sujet : { $topic }
ics-score = Score de correspondance : { $score } sur 100.
