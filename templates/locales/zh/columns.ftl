## Column headings and sheet names of downloaded files (CSV, Excel).

col-time = 时间
col-table = 桌号
col-partners = 合作伙伴
col-topic = 议题
col-score = 评分
col-why = 原因
col-organization = 组织
col-rank = 排名
col-partner = 合作伙伴
col-website = 网站
col-contact = 联系方式
col-interest = 意向
col-contact-e-mail = 联系邮箱
col-country = 国家
col-covered-pct = 已满足 (%)
col-kind = 类型
col-languages = 语言
col-meetings = 会谈
col-need = 需求
col-needs-of-others-covered = 已满足的他方需求
col-needs = 需求
col-not-available = 不可参加
col-note = 备注
col-offers = 供给
col-outcome = 结果
col-participants = 参与方
col-profile = 简介
col-region = 区域
col-theme = 主题
col-unmet-needs = 未满足的需求
col-agenda = 会谈日程
col-table-plan = 座位安排
col-report = 报告
col-landscape = 全景概览
col-name = 名称
col-seeks = 寻求
col-matches = 推荐

## The calendar file (.ics): each meeting's title and description. $partners: organizations separated by commas.

ics-summary = 与 { $partners } 会谈
ics-topic = 议题：{ $topic }
ics-score = 匹配评分：{ $score }/100。
