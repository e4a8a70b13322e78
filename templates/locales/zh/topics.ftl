## 词汇表中的主题（按 GFCE 主题分组），即推荐理由和全景概览中使用的名称。

## 网络安全政策与战略
topic-strategy = 国家网络安全战略与政策
topic-maturity_assessment = 网络能力成熟度与准备度评估
topic-cyber_diplomacy = 网络外交、规范与建立信任措施
topic-internet_governance = 互联网治理与多利益攸关方对话
topic-policy_advisory = 政策与技术咨询服务
topic-data_protection = 数据保护与隐私法
topic-legal_drafting = 法律框架与立法起草
topic-telecom_regulation = 电信与信息通信技术监管
topic-connectivity = 互联互通与宽带基础设施
topic-dpi = 数字公共基础设施
topic-open_data = 开放数据与数据治理
topic-policy_dialogue = 会议召集与政策对话

## 网络事件管理与关键基础设施保护
topic-csirt = 国家计算机应急响应小组（CERT/CSIRT）
topic-incident_response = 事件处置与响应技能
topic-cyber_exercises = 网络演习、演练与网络靶场
topic-ciip = 关键信息基础设施保护
topic-soc = 安全运营中心（SOC）与监测
topic-threat_intelligence = 威胁情报与信息共享
topic-malware_analysis = 恶意软件分析与逆向工程
topic-penetration_testing = 渗透测试与安全测试
topic-ot_ics = OT、ICS 与 SCADA 安全
topic-financial_sector = 金融行业网络韧性
topic-health_sector = 卫生行业网络安全
topic-election_security = 选举安全
topic-egov_security = 电子政务与政府网络安全保障
topic-cloud_security = 云安全与托管
topic-sme_security = 中小企业与小微企业网络安全
topic-continuity = 业务连续性与灾难恢复
topic-cyber_insurance = 网络保险与风险转移
topic-military_defense = 军事网络防御
topic-regional_coordination = 区域协调与 CERT 网络

## 网络犯罪
topic-cybercrime_law = 网络犯罪立法
topic-digital_forensics = 数字取证与电子证据
topic-law_enforcement = 执法部门网络犯罪调查
topic-judicial_training = 面向法官和检察官的网络犯罪培训
topic-criminal_justice = 打击网络犯罪的刑事司法能力
topic-crypto_tracing = 加密货币与金融犯罪调查
topic-cybercrime_cooperation = 打击网络犯罪国际合作
topic-child_online_protection = 儿童在线保护
topic-online_fraud = 网络欺诈与诈骗

## 网络安全文化与技能
topic-awareness = 网络安全意识与网络卫生
topic-school_education = 学校上网安全教育
topic-higher_education = 高校网络安全教育与课程
topic-workforce = 网络安全人才队伍与技能建设
topic-certification = 职业资格认证与考试代金券
topic-scholarships = 奖学金与研究金
topic-women_in_cyber = 网络安全领域的女性与多元化
topic-train_the_trainer = 培训师培训项目
topic-community_outreach = 社区外联与基层网络
topic-civil_society_security = 民间社会与记者的数字安全

## 网络安全标准
topic-standards = 信息安全标准与符合性
topic-pki = 公钥基础设施与数字签名
topic-digital_identity = 数字身份
topic-secure_software = 安全软件开发
topic-cvd = 协调漏洞披露
topic-internet_standards = 互联网基础设施标准（DNSSEC、IPv6、RPKI）

## 合作与资源
topic-funding = 资金、赠款与联合融资
topic-travel_support = 参与者差旅资助
topic-trainers = 培训师与培训实施
topic-equipment = 设备、硬件与许可证
topic-venue = 活动场地与承办
topic-counterpart = 本地对口单位与执行伙伴
topic-expert_deployment = 专家派遣与借调
topic-mentoring = 同行辅导、结对与人员交流
topic-south_south = 南南合作与同行交流
topic-triangular = 三方合作
topic-research = 研究伙伴关系
topic-donor_coordination = 捐助方协调
topic-monitoring_evaluation = 监测、评价与影响衡量
topic-project_management = 方案与项目管理
topic-translation = 笔译、口译与本地化
topic-pilot = 试点地点与测试平台
topic-public_private = 公私合作与行业伙伴关系
topic-mou_agreements = 正式协议与谅解备忘录

## 需求所要求的合作伙伴类型，即推荐理由中说明合作伙伴身份的表述：“该合作伙伴为{ $who }”（不带冠词）。
partner-type-donor = 资助方
partner-type-implementer = 本地合作伙伴或对口单位
partner-type-host = 东道国
partner-type-government = 政府对口部门
partner-type-cert = 计算机应急响应小组（CERT）
partner-type-academic = 学术合作伙伴
partner-type-industry = 行业合作伙伴
partner-type-civil_society = 民间社会合作伙伴
partner-type-regional = 区域组织
partner-type-international = 国际组织

## Who a partner is, with the region or the languages the need names. $who: kinds of partner above.

who-in-region = { $who }（{ $region }）
who-working-in = { $who }（工作语言：{ $languages }）
