## 首页。

home-title = 寻找发展合作伙伴
home-heading = 寻找与您所能提供和所需支持相契合的合作伙伴
home-lead-html = 各部委、网络安全机构、发展机构、国际和区域组织、计算机应急响应小组、民间社会、学术界和企业介绍各自的<strong>能力</strong>和<strong>需求</strong>。Roundtable 帮助它们找到优势互补的合作伙伴。
home-register = 注册贵组织
home-browse = 浏览 { $count } 个组织
home-events = 伙伴对接活动
home-landscape = 尚未满足的需求
home-how = 使用方法
home-step-register = 注册贵组织，用自己的语言列出其可提供的内容和寻求的支持。
home-step-suggestions = 查看为您推荐的合作伙伴及双向推荐理由，标记您感兴趣的伙伴，并导出列表供会谈使用。
home-step-event = 在伙伴对接活动中，向合作伙伴发出会谈请求，标记您无法参加的时段，并获取您的会谈日程——可打印，也可导出为电子表格或日历。
home-step-after = 活动结束后，记录每次会谈的成果；组织方将获得本场对接会的报告。
home-step-landscape-html = 捐助方和援助提供方可通过<a href="/landscape">全景概览</a>了解整个领域的情况：按主题和地区显示哪些需求已得到满足，哪些仍在等待合作伙伴。
