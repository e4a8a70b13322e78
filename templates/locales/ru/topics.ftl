## Темы словаря (по тематическим направлениям GFCE) в том виде, в каком их называют обоснования и общая картина.

## Политика и стратегия в области кибербезопасности
topic-strategy = Национальная стратегия и политика кибербезопасности
topic-maturity_assessment = Оценка зрелости и готовности киберпотенциала
topic-cyber_diplomacy = Кибердипломатия, нормы и меры укрепления доверия
topic-internet_governance = Управление интернетом и многосторонний диалог
topic-policy_advisory = Консультирование по политическим и техническим вопросам
topic-data_protection = Защита данных и законодательство о неприкосновенности частной жизни
topic-legal_drafting = Правовая база и разработка законопроектов
topic-telecom_regulation = Регулирование электросвязи и ИКТ
topic-connectivity = Возможности подключения и широкополосная инфраструктура
topic-dpi = Цифровая общественная инфраструктура
topic-open_data = Открытые данные и управление данными
topic-policy_dialogue = Организация встреч и диалог по вопросам политики

## Управление киберинцидентами и защита критической инфраструктуры
topic-csirt = Национальные группы реагирования на компьютерные инциденты (CERT/CSIRT)
topic-incident_response = Навыки обработки инцидентов и реагирования на них
topic-cyber_exercises = Киберучения, тренировки и киберполигоны
topic-ciip = Защита критической информационной инфраструктуры
topic-soc = Центры обеспечения безопасности (SOC) и мониторинг
topic-threat_intelligence = Разведка киберугроз и обмен информацией
topic-malware_analysis = Анализ вредоносного ПО и обратная разработка
topic-penetration_testing = Тестирование на проникновение и анализ защищенности
topic-ot_ics = Безопасность OT, ICS и SCADA
topic-financial_sector = Киберустойчивость финансового сектора
topic-health_sector = Кибербезопасность в здравоохранении
topic-election_security = Безопасность выборов
topic-egov_security = Защита электронного правительства и государственных сетей
topic-cloud_security = Облачная безопасность и хостинг
topic-sme_security = Кибербезопасность для МСП и малого бизнеса
topic-continuity = Непрерывность деятельности и аварийное восстановление
topic-cyber_insurance = Киберстрахование и передача рисков
topic-military_defense = Военная кибероборона
topic-regional_coordination = Региональная координация и сети CERT

## Киберпреступность
topic-cybercrime_law = Законодательство о киберпреступности
topic-digital_forensics = Цифровая криминалистика и электронные доказательства
topic-law_enforcement = Расследование киберпреступлений правоохранительными органами
topic-judicial_training = Обучение судей и прокуроров по вопросам киберпреступности
topic-criminal_justice = Потенциал уголовного правосудия в борьбе с киберпреступностью
topic-crypto_tracing = Расследования в сфере криптовалют и финансовых преступлений
topic-cybercrime_cooperation = Международное сотрудничество в борьбе с киберпреступностью
topic-child_online_protection = Защита детей в онлайновой среде
topic-online_fraud = Онлайн-мошенничество и аферы

## Культура и навыки кибербезопасности
topic-awareness = Повышение осведомленности и кибергигиена
topic-school_education = Обучение безопасности в интернете в школах
topic-higher_education = Университетское образование и учебные программы по кибербезопасности
topic-workforce = Развитие кадров и навыков в сфере кибербезопасности
topic-certification = Профессиональная сертификация и ваучеры на экзамены
topic-scholarships = Стипендии и стажировки
topic-women_in_cyber = Женщины и разнообразие в кибербезопасности
topic-train_the_trainer = Программы подготовки инструкторов
topic-community_outreach = Работа с местными сообществами и низовые сети
topic-civil_society_security = Цифровая безопасность для гражданского общества и журналистов

## Стандарты кибербезопасности
topic-standards = Стандарты информационной безопасности и оценка соответствия
topic-pki = Инфраструктура открытых ключей и электронные подписи
topic-digital_identity = Цифровая идентификация
topic-secure_software = Безопасная разработка программного обеспечения
topic-cvd = Скоординированное раскрытие уязвимостей
topic-internet_standards = Стандарты интернет-инфраструктуры (DNSSEC, IPv6, RPKI)

## Сотрудничество и ресурсы
topic-funding = Финансирование, гранты и софинансирование
topic-travel_support = Оплата поездок участников
topic-trainers = Инструкторы и проведение обучения
topic-equipment = Оборудование, техника и лицензии
topic-venue = Площадки и проведение мероприятий
topic-counterpart = Местные партнеры и партнеры-исполнители
topic-expert_deployment = Направление и прикомандирование экспертов
topic-mentoring = Взаимное наставничество, твиннинг и обмен персоналом
topic-south_south = Сотрудничество Юг — Юг и обмен опытом между коллегами
topic-triangular = Трехстороннее сотрудничество
topic-research = Исследовательские партнерства
topic-donor_coordination = Координация доноров
topic-monitoring_evaluation = Мониторинг, оценка и измерение воздействия
topic-project_management = Управление программами и проектами
topic-translation = Письменный и устный перевод, локализация
topic-pilot = Пилотные площадки и испытательные стенды
topic-public_private = Государственно-частное и отраслевое партнерство
topic-mou_agreements = Официальные соглашения и меморандумы о взаимопонимании

## Категории партнеров, которые требуются для потребности; обоснование называет, кто такой партнер: «Партнер — { $who }» (без артикля).
partner-type-donor = донор
partner-type-implementer = местный партнер или партнерская организация
partner-type-host = принимающая страна
partner-type-government = государственный партнер
partner-type-cert = группа CERT
partner-type-academic = академический партнер
partner-type-industry = партнер из отрасли
partner-type-civil_society = партнер из гражданского общества
partner-type-regional = региональная организация
partner-type-international = международная организация

## Who a partner is, with the region or the languages the need names. $who: kinds of partner above.

who-in-region = { $who } ({ $region })
who-working-in = { $who } (рабочие языки: { $languages })
