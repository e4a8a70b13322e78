## 组织页面。

org-fictional = 这是一个虚构组织，属于演示数据。
org-edit = 编辑资料
org-suggestions = 推荐合作伙伴
org-hint-needs-html = <strong>添加需求以获得推荐：</strong>填写贵组织寻求的支持，每行一项。
org-hint-offers-html = <strong>添加可提供的内容</strong>，以便有需要的组织找到您。
org-complete = 完善资料
org-last-updated = 最后更新
org-capabilities = 能力
org-capabilities-sub = 可提供的内容
org-needs = 需求
org-needs-sub = 寻求的内容
org-none-yet = 尚未列出。
org-private = 不公开
org-coverage = 这些需求在本领域的满足情况
org-coverage-caption = 按主题分列的需求：其中有多少可由其他组织提供的内容满足
org-coverage-private = 不公开的需求在此计入统计，但不列出具体内容。
org-whole-landscape = 查看整体全景
org-coverage-pending = 正在根据这些需求更新推荐；此图稍后显示。
col-covered = 已满足
col-providers = 提供该内容的组织
field-working-languages = 工作语言
field-website = 网站
field-contact = 联系方式

## 组织类别。

kind-government = 政府、部委或机构
kind-development_agency = 发展机构
kind-international_org = 国际组织
kind-regional_org = 区域组织
kind-cert = 国家计算机应急响应小组（CERT/CSIRT）
kind-civil_society = 民间社会
kind-academia = 学术界和研究机构
kind-private_sector = 私营部门
kind-other = 其他

## 世界地区。

region-africa = 非洲
region-americas = 美洲
region-asia = 亚洲
region-europe = 欧洲
region-middle-east = 中东
region-pacific = 太平洋地区
region-global = 全球

## 资料表单。

edit-first-heading = 贵组织的资料
guide-title = 如何填写好资料
guide-intro-html = 推荐依据您在<strong>能力</strong>（可提供的内容）和<strong>需求</strong>（寻求的内容）下填写的信息生成。合作伙伴也会阅读这些内容。
guide-one-per-line = 每行一项，简短具体：写“incident response training for SOC analysts”，而不是“cybersecurity”。
guide-who-where = 如有必要，请说明对象或地点：“legal drafting support for a cybercrime law in West Africa”。
guide-languages = 请使用英文、法文或西班牙文填写：推荐功能可跨这三种语言运作。
guide-examples = 不同类别组织的示例
guide-ministry = 部委或国家网络安全机构
guide-ministry-example = 需求：“help to draft our national cybersecurity strategy”、“training for our national CERT staff”。可提供：“hosting of regional meetings”。
guide-cert = 国家计算机应急响应小组
guide-cert-example = 可提供：“incident handling training”、“malware analysis mentoring”。需求：“CSIRT maturity assessment”、“funding for a SOC platform”。
guide-donor = 发展机构或捐助方
guide-donor-example = 可提供：“grant funding for cyber capacity building in Africa”。需求：“local implementing partners in the Pacific”。
guide-academia = 学术界或民间社会
guide-academia-example = 可提供：“a master's curriculum in cybersecurity”、“research on online child protection”。需求：“partners for a regional awareness campaign”。
edit-conflict = 在您编辑期间，其他人保存了此资料。您的修改保留在下方，但尚未保存。请与当前资料进行比较，然后再次保存以替换当前资料。
edit-conflict-link = 查看当前资料
edit-not-saved = 未保存任何内容。请更正下方标出的字段。
field-name = 名称
field-description = 简介
edit-up-to = 最多 { $max } 个字符
edit-kind = 组织类别
edit-choose-kind = 请选择组织类别
edit-languages-hint = 以逗号分隔的名称，可用界面的任一语言或该语言本身书写，例如 葡萄牙语、卢旺达语、Bahasa Indonesia
edit-capabilities-hint = 可提供的内容，每行一项（最多 50 项）
edit-needs-hint = 寻求的内容，每行一项（最多 50 项）
edit-private-needs = 不公开的需求
edit-private-needs-hint = 每行一项：这些需求计入推荐，但在双方均标记感兴趣之前，其他组织只能看到其主题
edit-contact = 公开联系电子邮件
edit-contact-hint = 显示在您的资料中；与您相互感兴趣的组织还可看到贵组织各账户的电子邮件地址
edit-save = 保存资料
cancel = 取消
edit-other-languages = 其他语言
