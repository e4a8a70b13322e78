## 全景概览（/landscape）：标题和导语。

landscape-title = 全景概览
landscape-heading = 全景概览：哪些需求尚未得到满足
landscape-lead = 各组织在其资料中填写的全部需求，以及是否有其他组织能够提供所需的支持。
# 当全景概览限定于某一活动时显示；{ $event } 为活动名称。
landscape-lead-event = 各组织在其资料中填写的全部需求，以及是否有其他组织能够提供所需的支持——范围限于“{ $event }”的参加方。

## 全景概览：页面顶部的筛选条件。

landscape-all-themes = 所有主题
# 地区筛选条件的标签：提出需求的组织所在地区。
landscape-region-of-needs = 提出需求的组织所在地区
landscape-all-regions = 所有地区
landscape-kind-of-organization = 组织类别
landscape-all-kinds = 所有类别
landscape-working-language = 工作语言
# 语言字段的占位文字：可输入语言名称（英文名称或该语言的自称）或两个字母的代码。
landscape-language-placeholder = Français 或 fr
landscape-event = 活动
# 活动筛选条件中表示“不限活动、所有组织”的选项。
landscape-whole-field = 整个领域
# 应用筛选条件的按钮。
landscape-show = 显示
landscape-clear-filters = 清除筛选条件

## 全景概览：筛选条件下方的关键数据。

landscape-orgs-with-needs = 提出需求的组织
landscape-covered-by-offer = 已有可提供的内容满足
# 已满足需求所占比例，位于已满足数量之后：“(58 %)”。
landscape-percent = （{ $percent }%）
# 需求中不公开的数量（其内容从不显示）。
landscape-of-them-private = 其中不公开
landscape-empty-html = 此视图中没有需求。请清除某个筛选条件，或<a href="/register">注册</a>并填写贵组织寻求的内容。

## 全景概览：按主题和地区分列的需求满足情况（热力图和表格）。

landscape-coverage-heading = 按主题和地区分列的需求满足情况
landscape-coverage-caption = 按主题和地区分列的需求满足情况（已满足 / 需求总数）
# 各主题在所有地区的合计列。
landscape-col-all-regions = 所有地区
# 位于下载表格的“CSV”和“Excel”链接之前。
landscape-download = 下载：

## 全景概览：未满足的需求。

# { $count } 为未满足需求的数量，包括公开和不公开的需求。
landscape-unmet-heading = 未满足的需求（{ $count }）
landscape-unmet-intro = 没有任何其他组织能够提供支持的需求——捐助方或提供方可在此发挥作用。
# 与 landscape-unmet-intro 相同，用于全景概览限定于某一活动时。
landscape-unmet-intro-event = 本次活动中没有任何其他组织能够提供支持的需求——捐助方或提供方可在此发挥作用。
# 其中 { $count } 项未满足的需求不公开：计入统计，但不予显示。
landscape-unmet-private = 其中 { $count } 项不公开：计入统计，但不予显示。
landscape-all-covered = 此处的每项公开需求均已有组织满足。
# 位于较长的未满足需求列表下方：页面显示 { $shown } 项；可下载的文件包含全部 { $total } 项。
landscape-unmet-first = 此处显示前 { $shown } 项；文件中包含全部 { $total } 项。

## 全景概览：需求涉及和提供的议题。

landscape-topics-heading = 需求涉及但提供最少的议题
landscape-least-caption = 需求中提及的议题，按提供次数由少到多排列
landscape-topic = 议题
# 列：提及该议题的可提供内容数量。
landscape-offers = 可提供的内容
landscape-unmet-needs = 未满足的需求
landscape-most-offered-heading = 提供最多的议题
landscape-most-caption = 可提供的内容中提及的议题，按提供次数由多到少排列
# 位于下载全部议题表格的“CSV”和“Excel”链接之前。
landscape-every-topic = 全部议题：

## 全景概览：可提供内容满足需求最多的组织。

landscape-providers-heading = 本领域的主要提供方
landscape-providers-intro = 在此视图中，其可提供的内容满足其他组织需求最多的组织。
landscape-organization = 组织
landscape-needs-of-others-covered = 满足的其他组织需求

## 全景概览：页面底部的“统计方法”。

landscape-definitions-heading = 统计方法
landscape-def-need-html = 一项<strong>需求</strong>是指组织所寻求内容中的一行。其<strong>主题</strong>取其提及的第一个词汇表议题的主题（采用全球网络专门知识论坛的主题以及本领域的资源）；法文或西班牙文的需求归入相同的主题。
# 接在 landscape-def-need-html 之后；{ $name } 为未归入任何主题的需求行的名称（“其他需求”）。
landscape-def-no-theme = 未提及任何议题的需求归入“{ $name }”。
landscape-def-covered-html = 如果至少有一个其他组织提供的内容足够接近，以致推荐会将其列为理由，且符合该需求指明的地区和语言，或者该组织本身就是需求所要求的合作伙伴类别（如捐助方、非洲的计算机应急响应小组），则该需求视为<strong>已满足</strong>。
# 与 landscape-def-covered-html 相同，用于全景概览限定于某一活动时。
landscape-def-covered-event-html = 如果本次活动中至少有一个其他组织提供的内容足够接近，以致推荐会将其列为理由，且符合该需求指明的地区和语言，或者该组织本身就是需求所要求的合作伙伴类别（如捐助方、非洲的计算机应急响应小组），则该需求视为<strong>已满足</strong>。
# 接在 landscape-def-covered-html 之后；链接指向解释评分的页面。
landscape-def-scores-html = <a href="/how-scores-work">评分</a>所依据的正是这一标准。
landscape-def-region = 地区是指提出需求的组织所在的地区。筛选条件用于选择提出需求的组织；满足情况依据整个领域或所选活动的参加方来判断。
landscape-def-private = 不公开的需求计入统计数字；其内容从不显示。
