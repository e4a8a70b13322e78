## Titles and descriptions of the charts (read by screen readers too).

chart-org-title = Needs covered by the field, by theme
chart-org-desc = For each theme, the number of its needs and how many of them another organization's offer covers. The same numbers are in the table below.
chart-report-title = Meetings by theme, and those that led to a follow-up, an agreement or a project
chart-report-desc = For each theme, the number of meetings and how many of them led somewhere. The same numbers are in the table below.
chart-report-meetings = Meetings
chart-report-fruitful = Led somewhere
chart-landscape-title = Needs covered by the field's offers, by theme and region
chart-landscape-desc = { $covered } of { $needs } needs are covered. Rows are themes, columns regions; each cell gives covered needs over all needs and the share covered, darker when more is covered. The same numbers are in the table below.
chart-topics-title = Topics asked for and least offered
chart-topics-desc = For each topic, the number of needs that name it and the number of offers that name it. The same numbers are in the table below.
chart-offers = Offers

## The heat map's legend; the themes of the vocabulary (after the GFCE's themes); needs without a theme or region.

chart-legend-covered = Needs covered:
chart-legend-no-needs = no needs
theme-strategy = Cyber Security Policy and Strategy
theme-incidents = Cyber Incident Management and Critical Infrastructure Protection
theme-cybercrime = Cybercrime
theme-skills = Cyber Security Culture and Skills
theme-standards = Cyber Security Standards
theme-cooperation = Cooperation and resources
theme-none = Other needs
region-none = No region given
