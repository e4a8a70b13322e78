## Titles and descriptions of the charts (read by screen readers too).

chart-org-title = 按主题划分的该领域已满足需求
chart-org-desc = 每个主题的需求数量，以及其中有多少由其他组织提供的内容满足。下表列出相同的数字。
chart-report-title = 按主题划分的会谈，以及促成后续行动、协议或项目的会谈
chart-report-desc = 每个主题的会谈数量，以及其中取得成果的数量。下表列出相同的数字。
chart-report-meetings = 会谈
chart-report-fruitful = 取得成果
chart-landscape-title = 按主题和区域划分的该领域供给所满足的需求
chart-landscape-desc = { $needs } 项需求中有 { $covered } 项已满足。行为主题，列为区域；每个单元格显示已满足需求与全部需求之比及满足比例，比例越高颜色越深。下表列出相同的数字。
chart-topics-title = 需求多而供给最少的议题
chart-topics-desc = 每个议题被需求提及的次数和被供给提及的次数。下表列出相同的数字。
chart-offers = 供给

## The heat map's legend; the themes of the vocabulary (after the GFCE's themes); needs without a theme or region.

chart-legend-covered = 已满足的需求：
chart-legend-no-needs = 无需求
theme-strategy = 网络安全政策与战略
theme-incidents = 网络事件管理与关键基础设施保护
theme-cybercrime = 网络犯罪
theme-skills = 网络安全文化与技能
theme-standards = 网络安全标准
theme-cooperation = 合作与资源
theme-none = 其他需求
region-none = 未注明区域
