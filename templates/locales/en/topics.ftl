## Topics of the vocabulary (after the GFCE themes), as reasons and the landscape name them.

## Cyber Security Policy and Strategy
topic-strategy = National cybersecurity strategy and policy
topic-maturity_assessment = Cyber capacity maturity and readiness assessments
topic-cyber_diplomacy = Cyber diplomacy, norms and confidence-building measures
topic-internet_governance = Internet governance and multistakeholder dialogue
topic-policy_advisory = Policy and technical advisory services
topic-data_protection = Data protection and privacy law
topic-legal_drafting = Legal frameworks and legislative drafting
topic-telecom_regulation = Telecom and ICT regulation
topic-connectivity = Connectivity and broadband infrastructure
topic-dpi = Digital public infrastructure
topic-open_data = Open data and data governance
topic-policy_dialogue = Convening and policy dialogue

## Cyber Incident Management and Critical Infrastructure Protection
topic-csirt = National incident response teams (CERT/CSIRT)
topic-incident_response = Incident handling and response skills
topic-cyber_exercises = Cyber exercises, drills and cyber ranges
topic-ciip = Critical information infrastructure protection
topic-soc = Security operations centres and monitoring
topic-threat_intelligence = Threat intelligence and information sharing
topic-malware_analysis = Malware analysis and reverse engineering
topic-penetration_testing = Penetration testing and security testing
topic-ot_ics = OT, ICS and SCADA security
topic-financial_sector = Financial sector cyber resilience
topic-health_sector = Health sector cybersecurity
topic-election_security = Election security
topic-egov_security = Securing e-government and government networks
topic-cloud_security = Cloud security and hosting
topic-sme_security = Cybersecurity for SMEs and small businesses
topic-continuity = Business continuity and disaster recovery
topic-cyber_insurance = Cyber insurance and risk transfer
topic-military_defense = Military cyber defence
topic-regional_coordination = Regional coordination and CERT networks

## Cybercrime
topic-cybercrime_law = Cybercrime legislation
topic-digital_forensics = Digital forensics and electronic evidence
topic-law_enforcement = Law enforcement cybercrime investigation
topic-judicial_training = Judicial and prosecutorial training on cybercrime
topic-criminal_justice = Criminal justice capacity against cybercrime
topic-crypto_tracing = Cryptocurrency and financial crime investigation
topic-cybercrime_cooperation = International cooperation against cybercrime
topic-child_online_protection = Child online protection
topic-online_fraud = Online fraud and scams

## Cyber Security Culture and Skills
topic-awareness = Cyber awareness and hygiene
topic-school_education = Online safety education in schools
topic-higher_education = University cybersecurity education and curricula
topic-workforce = Cyber workforce and skills development
topic-certification = Professional certifications and exam vouchers
topic-scholarships = Scholarships and fellowships
topic-women_in_cyber = Women and diversity in cybersecurity
topic-train_the_trainer = Train-the-trainer programmes
topic-community_outreach = Community outreach and grassroots networks
topic-civil_society_security = Digital security for civil society and journalists

## Cyber Security Standards
topic-standards = Information security standards and conformity
topic-pki = Public key infrastructure and digital signatures
topic-digital_identity = Digital identity
topic-secure_software = Secure software development
topic-cvd = Coordinated vulnerability disclosure
topic-internet_standards = Internet infrastructure standards (DNSSEC, IPv6, RPKI)

## Cooperation and resources
topic-funding = Funding, grants and co-financing
topic-travel_support = Travel support for participants
topic-trainers = Trainers and training delivery
topic-equipment = Equipment, hardware and licences
topic-venue = Venues and hosting of events
topic-counterpart = Local counterparts and implementing partners
topic-expert_deployment = Expert deployment and secondment
topic-mentoring = Peer mentoring, twinning and staff exchange
topic-south_south = South-South and peer-to-peer exchange
topic-triangular = Triangular cooperation
topic-research = Research partnerships
topic-donor_coordination = Donor coordination
topic-monitoring_evaluation = Monitoring, evaluation and impact measurement
topic-project_management = Programme and project management
topic-translation = Translation, interpretation and localisation
topic-pilot = Pilot sites and testbeds
topic-public_private = Public-private and industry partnerships
topic-mou_agreements = Formal agreements and MoUs

## Kinds of partner that a need asks for, as a reason says who a partner is: "They are { $who }" (with their article).
partner-type-donor = a funder
partner-type-implementer = a local partner or counterpart
partner-type-host = a host country
partner-type-government = a government counterpart
partner-type-cert = a CERT
partner-type-academic = an academic partner
partner-type-industry = an industry partner
partner-type-civil_society = a civil society partner
partner-type-regional = a regional organization
partner-type-international = an international organization

## Who a partner is, with the region or the languages the need names. $who: kinds of partner above.

who-in-region = { $who } ({ $region })
who-working-in = { $who } (working in { $languages })
