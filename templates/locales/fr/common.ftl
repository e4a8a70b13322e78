## La mise en page de chaque page : menu, pied de page, choix de la langue.

site-name = Roundtable
skip-to-content = Aller au contenu
nav-main = Navigation principale
nav-directory = Annuaire
nav-events = Événements
nav-landscape = Panorama
nav-how-scores-work = Calcul des scores
nav-my-profile = Mon profil
nav-my-suggestions = Mes suggestions
nav-settings = { $email } — paramètres
nav-log-out = Se déconnecter
nav-log-in = Se connecter
nav-register = S'inscrire
footer-tagline = Roundtable — la mise en relation de partenaires pour la coopération au développement.
footer-landscape = Le panorama
language-switcher = Langue

## Nombres, utilisés sur plusieurs pages.

count-organizations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}

## Dates : le modèle d'une date écrite en toutes lettres, et les noms des mois
## tels qu'ils figurent dans ce modèle (« 7 décembre 2026 »).

date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## A date with its weekday: $date is written with date-long.

date-full = { $weekday } { $date }
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
