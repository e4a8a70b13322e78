## Temas del vocabulario (según los temas del GFCE), tal como los nombran los motivos y el panorama.

## Política y estrategia de ciberseguridad
topic-strategy = Estrategia y política nacional de ciberseguridad
topic-maturity_assessment = Evaluaciones de madurez y preparación de la capacidad cibernética
topic-cyber_diplomacy = Diplomacia cibernética, normas y medidas de fomento de la confianza
topic-internet_governance = Gobernanza de internet y diálogo entre múltiples partes interesadas
topic-policy_advisory = Servicios de asesoramiento técnico y en materia de políticas
topic-data_protection = Protección de datos y legislación sobre privacidad
topic-legal_drafting = Marcos jurídicos y redacción legislativa
topic-telecom_regulation = Regulación de las telecomunicaciones y las TIC
topic-connectivity = Conectividad e infraestructura de banda ancha
topic-dpi = Infraestructura pública digital
topic-open_data = Datos abiertos y gobernanza de datos
topic-policy_dialogue = Organización de encuentros y diálogo sobre políticas

## Gestión de ciberincidentes y protección de infraestructuras críticas
topic-csirt = Equipos nacionales de respuesta a incidentes (CERT/CSIRT)
topic-incident_response = Competencias de gestión y respuesta a incidentes
topic-cyber_exercises = Ciberejercicios, simulacros y cyber ranges
topic-ciip = Protección de infraestructuras críticas de información
topic-soc = Centros de operaciones de seguridad (SOC) y monitoreo
topic-threat_intelligence = Inteligencia sobre amenazas e intercambio de información
topic-malware_analysis = Análisis de malware e ingeniería inversa
topic-penetration_testing = Pruebas de penetración y pruebas de seguridad
topic-ot_ics = Seguridad de sistemas OT, ICS y SCADA
topic-financial_sector = Ciberresiliencia del sector financiero
topic-health_sector = Ciberseguridad del sector de la salud
topic-election_security = Seguridad electoral
topic-egov_security = Seguridad del gobierno electrónico y de las redes gubernamentales
topic-cloud_security = Seguridad y alojamiento en la nube
topic-sme_security = Ciberseguridad para pymes y pequeñas empresas
topic-continuity = Continuidad del negocio y recuperación ante desastres
topic-cyber_insurance = Ciberseguros y transferencia de riesgos
topic-military_defense = Ciberdefensa militar
topic-regional_coordination = Coordinación regional y redes de CERT

## Ciberdelincuencia
topic-cybercrime_law = Legislación sobre ciberdelincuencia
topic-digital_forensics = Análisis forense digital y pruebas electrónicas
topic-law_enforcement = Investigación de la ciberdelincuencia por las fuerzas del orden
topic-judicial_training = Formación de jueces y fiscales en ciberdelincuencia
topic-criminal_justice = Capacidad de la justicia penal contra la ciberdelincuencia
topic-crypto_tracing = Investigación de criptomonedas y delitos financieros
topic-cybercrime_cooperation = Cooperación internacional contra la ciberdelincuencia
topic-child_online_protection = Protección de la infancia en línea
topic-online_fraud = Fraudes y estafas en línea

## Cultura y competencias en ciberseguridad
topic-awareness = Sensibilización e higiene cibernética
topic-school_education = Educación sobre seguridad en línea en las escuelas
topic-higher_education = Formación universitaria y planes de estudio en ciberseguridad
topic-workforce = Desarrollo de la fuerza laboral y las competencias cibernéticas
topic-certification = Certificaciones profesionales y vales de examen
topic-scholarships = Becas de estudio e investigación
topic-women_in_cyber = Mujeres y diversidad en ciberseguridad
topic-train_the_trainer = Programas de formación de formadores
topic-community_outreach = Divulgación comunitaria y redes de base
topic-civil_society_security = Seguridad digital para la sociedad civil y periodistas

## Normas de ciberseguridad
topic-standards = Normas de seguridad de la información y conformidad
topic-pki = Infraestructura de clave pública y firmas digitales
topic-digital_identity = Identidad digital
topic-secure_software = Desarrollo de software seguro
topic-cvd = Divulgación coordinada de vulnerabilidades
topic-internet_standards = Normas de infraestructura de internet (DNSSEC, IPv6, RPKI)

## Cooperación y recursos
topic-funding = Financiación, subvenciones y cofinanciación
topic-travel_support = Apoyo para viajes de participantes
topic-trainers = Formadores e impartición de formación
topic-equipment = Equipos, hardware y licencias
topic-venue = Sedes y organización de eventos
topic-counterpart = Contrapartes locales y socios de ejecución
topic-expert_deployment = Despliegue y adscripción de expertos
topic-mentoring = Mentoría entre pares, hermanamiento e intercambio de personal
topic-south_south = Cooperación Sur-Sur e intercambio entre pares
topic-triangular = Cooperación triangular
topic-research = Alianzas de investigación
topic-donor_coordination = Coordinación de donantes
topic-monitoring_evaluation = Seguimiento, evaluación y medición del impacto
topic-project_management = Gestión de programas y proyectos
topic-translation = Traducción, interpretación y localización
topic-pilot = Sitios piloto y bancos de pruebas
topic-public_private = Alianzas público-privadas y con la industria
topic-mou_agreements = Acuerdos formales y memorandos de entendimiento

## Tipos de socio que pide una necesidad, tal como un motivo dice qué es un socio: «La organización sugerida ({ $who })» (con su artículo).
partner-type-donor = un organismo financiador
partner-type-implementer = un socio o contraparte local
partner-type-host = un país anfitrión
partner-type-government = una contraparte gubernamental
partner-type-cert = un CERT
partner-type-academic = un socio académico
partner-type-industry = un socio de la industria
partner-type-civil_society = un socio de la sociedad civil
partner-type-regional = una organización regional
partner-type-international = una organización internacional

## Who a partner is, with the region or the languages the need names. $who: kinds of partner above.

who-in-region = { $who } ({ $region })
who-working-in = { $who } (idiomas de trabajo: { $languages })
