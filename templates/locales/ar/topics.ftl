## مواضيع المفردات (وفق محاور GFCE)، بالأسماء التي تستخدمها أسباب الاقتراح والمشهد العام.

## سياسات الأمن السيبراني واستراتيجيته
topic-strategy = الاستراتيجية والسياسة الوطنية للأمن السيبراني
topic-maturity_assessment = تقييمات نضج القدرات السيبرانية وجاهزيتها
topic-cyber_diplomacy = الدبلوماسية السيبرانية والقواعد وتدابير بناء الثقة
topic-internet_governance = حوكمة الإنترنت والحوار بين أصحاب المصلحة المتعددين
topic-policy_advisory = الخدمات الاستشارية في مجالي السياسات والتقنية
topic-data_protection = حماية البيانات وقوانين الخصوصية
topic-legal_drafting = الأطر القانونية وصياغة التشريعات
topic-telecom_regulation = تنظيم الاتصالات وتكنولوجيا المعلومات والاتصالات
topic-connectivity = التوصيلية والبنية التحتية للنطاق العريض
topic-dpi = البنية التحتية العامة الرقمية
topic-open_data = البيانات المفتوحة وحوكمة البيانات
topic-policy_dialogue = عقد الاجتماعات والحوار بشأن السياسات

## إدارة الحوادث السيبرانية وحماية البنى التحتية الحيوية
topic-csirt = الفرق الوطنية للاستجابة لطوارئ الحاسوب (CERT/CSIRT)
topic-incident_response = مهارات التعامل مع الحوادث والاستجابة لها
topic-cyber_exercises = التمارين السيبرانية والتدريبات وميادين التدريب السيبراني
topic-ciip = حماية البنية التحتية الحيوية للمعلومات
topic-soc = مراكز العمليات الأمنية (SOC) والرصد
topic-threat_intelligence = استخبارات التهديدات وتبادل المعلومات
topic-malware_analysis = تحليل البرمجيات الخبيثة والهندسة العكسية
topic-penetration_testing = اختبار الاختراق والاختبارات الأمنية
topic-ot_ics = أمن أنظمة OT وICS وSCADA
topic-financial_sector = الصمود السيبراني للقطاع المالي
topic-health_sector = الأمن السيبراني في القطاع الصحي
topic-election_security = أمن الانتخابات
topic-egov_security = تأمين الحكومة الإلكترونية والشبكات الحكومية
topic-cloud_security = أمن الحوسبة السحابية والاستضافة
topic-sme_security = الأمن السيبراني للمنشآت الصغيرة والمتوسطة
topic-continuity = استمرارية الأعمال والتعافي من الكوارث
topic-cyber_insurance = التأمين السيبراني ونقل المخاطر
topic-military_defense = الدفاع السيبراني العسكري
topic-regional_coordination = التنسيق الإقليمي وشبكات فرق CERT

## الجريمة السيبرانية
topic-cybercrime_law = التشريعات المتعلقة بالجريمة السيبرانية
topic-digital_forensics = التحليل الجنائي الرقمي والأدلة الإلكترونية
topic-law_enforcement = تحقيقات أجهزة إنفاذ القانون في الجرائم السيبرانية
topic-judicial_training = تدريب القضاة وأعضاء النيابة العامة في مجال الجريمة السيبرانية
topic-criminal_justice = قدرات العدالة الجنائية في مكافحة الجريمة السيبرانية
topic-crypto_tracing = التحقيق في العملات المشفرة والجرائم المالية
topic-cybercrime_cooperation = التعاون الدولي في مكافحة الجريمة السيبرانية
topic-child_online_protection = حماية الأطفال على الإنترنت
topic-online_fraud = الاحتيال والنصب عبر الإنترنت

## ثقافة الأمن السيبراني ومهاراته
topic-awareness = التوعية والنظافة السيبرانية
topic-school_education = التثقيف بالسلامة على الإنترنت في المدارس
topic-higher_education = التعليم الجامعي ومناهج الأمن السيبراني
topic-workforce = تنمية القوى العاملة والمهارات السيبرانية
topic-certification = الشهادات المهنية وقسائم الامتحانات
topic-scholarships = المنح الدراسية والزمالات
topic-women_in_cyber = المرأة والتنوع في مجال الأمن السيبراني
topic-train_the_trainer = برامج تدريب المدربين
topic-community_outreach = التواصل مع المجتمعات المحلية والشبكات القاعدية
topic-civil_society_security = الأمن الرقمي للمجتمع المدني والصحفيين

## معايير الأمن السيبراني
topic-standards = معايير أمن المعلومات والمطابقة
topic-pki = البنية التحتية للمفاتيح العامة والتوقيعات الرقمية
topic-digital_identity = الهوية الرقمية
topic-secure_software = تطوير البرمجيات الآمنة
topic-cvd = الإفصاح المنسَّق عن الثغرات الأمنية
topic-internet_standards = معايير البنية التحتية للإنترنت (DNSSEC، IPv6، RPKI)

## التعاون والموارد
topic-funding = التمويل والمنح والتمويل المشترك
topic-travel_support = دعم سفر المشاركين
topic-trainers = المدربون وتقديم التدريب
topic-equipment = المعدات والأجهزة والتراخيص
topic-venue = أماكن انعقاد الفعاليات واستضافتها
topic-counterpart = النظراء المحليون والشركاء المنفذون
topic-expert_deployment = إيفاد الخبراء وانتدابهم
topic-mentoring = الإرشاد بين الأقران والتوأمة وتبادل الموظفين
topic-south_south = التعاون فيما بين بلدان الجنوب والتبادل بين الأقران
topic-triangular = التعاون الثلاثي
topic-research = الشراكات البحثية
topic-donor_coordination = تنسيق الجهات المانحة
topic-monitoring_evaluation = الرصد والتقييم وقياس الأثر
topic-project_management = إدارة البرامج والمشاريع
topic-translation = الترجمة التحريرية والشفوية والتوطين
topic-pilot = المواقع التجريبية وبيئات الاختبار
topic-public_private = الشراكات بين القطاعين العام والخاص ومع قطاع الصناعة
topic-mou_agreements = الاتفاقات الرسمية ومذكرات التفاهم

## فئات الشركاء التي تطلبها الحاجة، كما يذكر سبب الاقتراح ماهية الشريك: «الشريك هو { $who }» (بلا أداة تعريف).
partner-type-donor = جهة مانحة
partner-type-implementer = شريك محلي أو جهة نظيرة
partner-type-host = بلد مضيف
partner-type-government = جهة حكومية نظيرة
partner-type-cert = فريق للاستجابة لطوارئ الحاسوب (CERT)
partner-type-academic = شريك أكاديمي
partner-type-industry = شريك من قطاع الصناعة
partner-type-civil_society = شريك من المجتمع المدني
partner-type-regional = منظمة إقليمية
partner-type-international = منظمة دولية

## Who a partner is, with the region or the languages the need names. $who: kinds of partner above.

who-in-region = { $who } ({ $region })
who-working-in = { $who } (لغات العمل: { $languages })
