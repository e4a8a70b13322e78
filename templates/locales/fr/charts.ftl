## Titles and descriptions of the charts (read by screen readers too).

chart-org-title = Besoins couverts par le domaine, par thème
chart-org-desc = Pour chaque thème, le nombre de besoins et combien d’entre eux sont couverts par l’offre d’une autre organisation. Les mêmes chiffres figurent dans le tableau ci-dessous.
chart-report-title = Réunions par thème, et celles qui ont abouti à un suivi, un accord ou un projet
chart-report-desc = Pour chaque thème, le nombre de réunions et combien d’entre elles ont abouti. Les mêmes chiffres figurent dans le tableau ci-dessous.
chart-report-meetings = Réunions
chart-report-fruitful = Ont abouti
chart-landscape-title = Besoins couverts par les offres du domaine, par thème et par région
chart-landscape-desc = { $covered } besoins sur { $needs } sont couverts. Les lignes sont les thèmes, les colonnes les régions ; chaque case indique les besoins couverts sur l’ensemble des besoins et la part couverte, plus foncée quand elle est plus grande. Les mêmes chiffres figurent dans le tableau ci-dessous.
chart-topics-title = Sujets demandés et les moins offerts
chart-topics-desc = Pour chaque sujet, le nombre de besoins et le nombre d’offres qui le mentionnent. Les mêmes chiffres figurent dans le tableau ci-dessous.
chart-offers = Offres

## The heat map's legend; the themes of the vocabulary (after the GFCE's themes); needs without a theme or region.

chart-legend-covered = Besoins couverts :
chart-legend-no-needs = aucun besoin
theme-strategy = Politique et stratégie de cybersécurité
theme-incidents = Gestion des cyberincidents et protection des infrastructures critiques
theme-cybercrime = Cybercriminalité
theme-skills = Culture et compétences en cybersécurité
theme-standards = Normes de cybersécurité
theme-cooperation = Coopération et ressources
theme-none = Autres besoins
region-none = Région non indiquée
