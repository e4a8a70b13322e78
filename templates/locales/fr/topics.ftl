## Thèmes du vocabulaire (d'après les thèmes du GFCE), tels que les nomment les motifs et le panorama.

## Politique et stratégie de cybersécurité
topic-strategy = Stratégie et politique nationales de cybersécurité
topic-maturity_assessment = Évaluations de la maturité et de l'état de préparation cyber
topic-cyber_diplomacy = Cyberdiplomatie, normes et mesures de confiance
topic-internet_governance = Gouvernance de l'internet et dialogue multipartite
topic-policy_advisory = Services de conseil politique et technique
topic-data_protection = Protection des données et droit de la vie privée
topic-legal_drafting = Cadres juridiques et rédaction législative
topic-telecom_regulation = Réglementation des télécommunications et des TIC
topic-connectivity = Connectivité et infrastructures à haut débit
topic-dpi = Infrastructure publique numérique
topic-open_data = Données ouvertes et gouvernance des données
topic-policy_dialogue = Organisation de rencontres et dialogue politique

## Gestion des cyberincidents et protection des infrastructures critiques
topic-csirt = Équipes nationales de réponse aux incidents (CERT/CSIRT)
topic-incident_response = Compétences en gestion des incidents et en réponse
topic-cyber_exercises = Cyberexercices, simulations et cyber ranges
topic-ciip = Protection des infrastructures d'information critiques
topic-soc = Centres opérationnels de sécurité (SOC) et supervision
topic-threat_intelligence = Renseignement sur les menaces et partage d'informations
topic-malware_analysis = Analyse de logiciels malveillants et rétro-ingénierie
topic-penetration_testing = Tests d'intrusion et tests de sécurité
topic-ot_ics = Sécurité des systèmes OT, ICS et SCADA
topic-financial_sector = Cyberrésilience du secteur financier
topic-health_sector = Cybersécurité du secteur de la santé
topic-election_security = Sécurité des élections
topic-egov_security = Sécurisation de l'administration en ligne et des réseaux gouvernementaux
topic-cloud_security = Sécurité de l'informatique en nuage et hébergement
topic-sme_security = Cybersécurité des PME et des petites entreprises
topic-continuity = Continuité d'activité et reprise après sinistre
topic-cyber_insurance = Cyberassurance et transfert des risques
topic-military_defense = Cyberdéfense militaire
topic-regional_coordination = Coordination régionale et réseaux de CERT

## Cybercriminalité
topic-cybercrime_law = Législation sur la cybercriminalité
topic-digital_forensics = Criminalistique numérique et preuves électroniques
topic-law_enforcement = Enquêtes des services répressifs sur la cybercriminalité
topic-judicial_training = Formation des juges et des procureurs à la cybercriminalité
topic-criminal_justice = Capacités de la justice pénale face à la cybercriminalité
topic-crypto_tracing = Enquêtes sur les cryptomonnaies et la criminalité financière
topic-cybercrime_cooperation = Coopération internationale contre la cybercriminalité
topic-child_online_protection = Protection des enfants en ligne
topic-online_fraud = Fraudes et escroqueries en ligne

## Culture et compétences en cybersécurité
topic-awareness = Sensibilisation et cyberhygiène
topic-school_education = Éducation à la sécurité en ligne à l'école
topic-higher_education = Enseignement universitaire et cursus en cybersécurité
topic-workforce = Développement des effectifs et des compétences cyber
topic-certification = Certifications professionnelles et bons d'examen
topic-scholarships = Bourses d'études et de recherche
topic-women_in_cyber = Femmes et diversité dans la cybersécurité
topic-train_the_trainer = Programmes de formation de formateurs
topic-community_outreach = Mobilisation communautaire et réseaux de terrain
topic-civil_society_security = Sécurité numérique pour la société civile et les journalistes

## Normes de cybersécurité
topic-standards = Normes de sécurité de l'information et conformité
topic-pki = Infrastructure à clés publiques et signatures numériques
topic-digital_identity = Identité numérique
topic-secure_software = Développement de logiciels sécurisés
topic-cvd = Divulgation coordonnée des vulnérabilités
topic-internet_standards = Normes d'infrastructure internet (DNSSEC, IPv6, RPKI)

## Coopération et ressources
topic-funding = Financement, subventions et cofinancement
topic-travel_support = Prise en charge des déplacements des participants
topic-trainers = Formateurs et conduite de formations
topic-equipment = Équipements, matériel et licences
topic-venue = Lieux et accueil d'événements
topic-counterpart = Homologues locaux et partenaires de mise en œuvre
topic-expert_deployment = Déploiement et détachement d'experts
topic-mentoring = Mentorat entre pairs, jumelage et échanges de personnel
topic-south_south = Coopération Sud-Sud et échanges entre pairs
topic-triangular = Coopération triangulaire
topic-research = Partenariats de recherche
topic-donor_coordination = Coordination des bailleurs de fonds
topic-monitoring_evaluation = Suivi, évaluation et mesure de l'impact
topic-project_management = Gestion de programmes et de projets
topic-translation = Traduction, interprétation et localisation
topic-pilot = Sites pilotes et bancs d'essai
topic-public_private = Partenariats public-privé et avec l'industrie
topic-mou_agreements = Accords formels et protocoles d'accord

## Types de partenaires qu'un besoin demande, tels qu'un motif dit qui est un partenaire : « Leur profil ({ $who }) » (avec leur article).
partner-type-donor = un bailleur de fonds
partner-type-implementer = un partenaire ou homologue local
partner-type-host = un pays hôte
partner-type-government = un homologue gouvernemental
partner-type-cert = un CERT
partner-type-academic = un partenaire universitaire
partner-type-industry = un partenaire industriel
partner-type-civil_society = un partenaire de la société civile
partner-type-regional = une organisation régionale
partner-type-international = une organisation internationale

## Who a partner is, with the region or the languages the need names. $who: kinds of partner above.

who-in-region = { $who } ({ $region })
who-working-in = { $who } (langues de travail : { $languages })
