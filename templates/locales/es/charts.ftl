## Titles and descriptions of the charts (read by screen readers too).

chart-org-title = Necesidades cubiertas por el sector, por tema
chart-org-desc = Para cada tema, el número de necesidades y cuántas de ellas cubre la oferta de otra organización. Las mismas cifras figuran en la tabla siguiente.
chart-report-title = Reuniones por tema, y las que llevaron a un seguimiento, un acuerdo o un proyecto
chart-report-desc = Para cada tema, el número de reuniones y cuántas de ellas dieron resultado. Las mismas cifras figuran en la tabla siguiente.
chart-report-meetings = Reuniones
chart-report-fruitful = Dieron resultado
chart-landscape-title = Necesidades cubiertas por las ofertas del sector, por tema y región
chart-landscape-desc = Están cubiertas { $covered } de { $needs } necesidades. Las filas son temas y las columnas regiones; cada celda indica las necesidades cubiertas sobre el total y la proporción cubierta, más oscura cuanto mayor es. Las mismas cifras figuran en la tabla siguiente.
chart-topics-title = Asuntos solicitados y menos ofrecidos
chart-topics-desc = Para cada asunto, el número de necesidades y el número de ofertas que lo mencionan. Las mismas cifras figuran en la tabla siguiente.
chart-offers = Ofertas

## The heat map's legend; the themes of the vocabulary (after the GFCE's themes); needs without a theme or region.

chart-legend-covered = Necesidades cubiertas:
chart-legend-no-needs = sin necesidades
theme-strategy = Política y estrategia de ciberseguridad
theme-incidents = Gestión de ciberincidentes y protección de infraestructuras críticas
theme-cybercrime = Ciberdelincuencia
theme-skills = Cultura y competencias en ciberseguridad
theme-standards = Normas de ciberseguridad
theme-cooperation = Cooperación y recursos
theme-none = Otras necesidades
region-none = Región no indicada
