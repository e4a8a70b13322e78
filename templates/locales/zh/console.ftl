## 活动组织方的控制台（会谈安排页面）、调整会谈页面、可打印的会场网格图、
## 桌位安排表和桌卡，以及对接会报告。以下首先列出这些页面共用的词语。

# 以文件形式下载表格的链接：逗号分隔文件和 Excel 工作簿。
console-csv = CSV
console-excel = Excel
# 返回活动本身页面的链接。
console-event-page = 活动页面
# 会谈表格的列标题（控制台、会场网格图、桌位安排表）。
console-col-table = 会谈桌
console-col-participants = 参加方
console-col-topic = 议题
# 指重新生成会谈安排时保持原位的会谈。
console-locked = 已锁定

## 控制台（会谈安排页面）：页面顶部和生成按钮。

# 浏览器标签页标题。{ $event } 为活动名称。
console-title = 会谈安排 · { $event }
# 页面标题；其后为活动名称。
console-heading = 会谈安排：
# { $zone } 为时区名称，例如 Europe/Paris。
console-times-in = 时间均为 { $zone } 时区
# 供选择的列表之前的标签：“更改”[所有时段 | 自 09:30–10:00 起
# （之前的会谈保持不变）]。
console-change = 更改
console-change-all-slots = 所有时段
# { $slot } 为时段，例如 09:30–10:00。
console-change-from-slot = 自 { $slot } 起（之前的会谈保持不变）
console-build = 生成会谈安排
console-rerun = 重新生成会谈安排（已锁定的会谈保持不变）
# { $min } 为活动承诺给每个参加方的会谈次数。
console-build-explained = 首先安排已接受的请求，其次是待回复的请求和相互感兴趣的组织，然后是评分最高的推荐。尽可能保证每个参加方至少有 { $min } 次会谈。锁定某次会谈可使其在重新生成时保持不变；经调整的会谈将自动锁定。

## 控制台：会谈安排概况。

console-report = 概况
console-meetings = 会谈
# 位于会谈数量之后：其中在小组桌（三个或以上参加方）进行的会谈数量。
console-at-group-tables = （其中 { $count } 次在小组桌进行）
console-total-score = 总评分
console-meetings-per-participant = 每个参加方的会谈次数
# 单个参加方的最少、中位和最多会谈次数。
console-min-median-max = 最少 { $min } · 中位数 { $median } · 最多 { $max }
console-meeting-requests = 会谈请求
console-requests-figures = 已接受 { $accepted } · 待回复 { $pending } · 已拒绝 { $declined }
console-printable-plan = 可打印的桌位安排表
console-table-cards = 桌卡
console-session-report = 对接会报告
console-not-placed = 未安排或需要注意的事项
console-all-placed = 所有请求均已安排。
console-all-placed-minimum = 所有请求均已安排，且每个参加方均达到最低会谈次数。
console-outcomes = 成果

## 控制台：会场网格图及其可打印页面。

console-room = 会场
console-room-explained = 纵向为会谈桌，横向为时段。选择某次会谈，可将其移动或与另一次会谈互换。
# 上述文字末尾的链接。
console-printable-room-grid = 可打印的会场网格图
# 可打印网格图的浏览器标签页标题。{ $event } 为活动名称。
console-room-title = 会场网格图 · { $event }
# 可打印网格图的标题；其后为活动名称。
console-room-heading = 会场网格图：
# 位于可打印网格图上的活动日期之后。
console-room-meta = 纵向为会谈桌，横向为时段，评分范围为 0 至 100
# 可滚动网格图的名称，供屏幕阅读器使用。
console-room-grid = 会场网格图
console-room-grid-caption = 纵向为会谈桌，横向为时段；每个单元格显示该桌在该时间的会谈及其评分。
# 在该时间没有会谈的会谈桌。
console-free = 空闲

## 控制台：按时段列出的会谈。

console-meetings-by-slot = 按时段列出的会谈
# 位于各时段链接之前：“显示：所有时段 · 09:00–09:30 (4) · …”
console-show = 显示：
console-show-all-slots = 所有时段
# 位于时段标题之后。
console-slot-meetings = { $count } 次会谈
console-col-why = 理由
console-col-score = 评分
console-col-outcome = 成果
console-col-actions = 操作
# 小组桌的议题。{ $topic } 为某一组织填写的内容。
console-topic = 议题：{ $topic }
# 会谈列入安排的原因。{ $origin } 为以下代码之一：
# request = 会谈请求（已接受或待回复）；mutual = 双方互相标记为“感兴趣”；
# suggestion = 系统推荐；group = 围绕一项需求的小组桌；manual = 由组织方手动安排。
console-origin = { $origin ->
    [request] 请求
    [mutual] 相互感兴趣
    [suggestion] 推荐
    [group] 小组
    [manual] 手动
   *[other] { $origin }
}
# 会谈的按钮。每个按钮只显示简短词语；屏幕阅读器会接着朗读相应的 -hidden 消息，
# 例如“锁定”+“Alpha、Beta 的会谈”。{ $names } 为以逗号分隔的参加方名称。
console-lock = 锁定
console-lock-hidden = { $names } 的会谈
console-unlock = 解除锁定
console-unlock-hidden = { $names } 的会谈
console-move = 移动或互换
console-move-hidden = { $names } 的会谈
console-remove = 删除
console-remove-hidden = { $names } 的会谈

## 控制台：参加方。

console-participants-heading = 参加方（{ $count }）
# 位于以 CSV 文件和 Excel 工作簿形式下载列表的链接之前。
console-participant-list = 参加方名单：
console-add-organization = 添加已注册的组织
console-add-placeholder = 名称或页面地址
console-add = 添加
console-import-summary = 从文件导入参加方
# “roundtable import”是一条命令，请勿翻译。
console-import-format-html = 采用导入格式的 JSON 或 CSV 文件（与 <code>roundtable import</code> 相同）。系统将创建或更新相关组织，然后将其全部加入活动——要么全部成功，要么全部不执行，并报告每一条有误的行。
console-import-file = 文件
console-import-paste = 或粘贴文件内容
console-import = 导入参加方
# 活动当天：组织方已签到的参加方数量、标记为缺席的数量以及尚未签到的数量。
console-on-the-day = 活动当天：已签到 { $present } · 缺席 { $absent } · 未签到 { $unknown }。缺席参加方的会谈将被删除，以便重新生成会谈安排时为其伙伴安排新的会谈。
console-col-organization = 组织
console-col-meetings = 会谈
console-col-on-the-day = 活动当天
console-col-agenda = 会谈日程
# 参加方是否到场，显示在“活动当天”一列中。
console-checked-in = 已签到
console-no-show = 缺席
console-not-checked-in = 未签到
# 按钮；屏幕阅读器会在其后朗读参加方名称。
console-check-in = 签到
console-mark-no-show = 标记缺席
console-undo-check-in = 撤销签到
# 屏幕阅读器在“撤销签到”之后朗读。{ $name } 为参加方。
console-undo-check-in-hidden = （{ $name }）
# 指向参加方会谈日程的链接；屏幕阅读器会在其后朗读 -hidden 消息。
# { $name } 为参加方。
console-agenda = 会谈日程
console-agenda-hidden = （{ $name }）

## 手动移动或互换会谈。

# 浏览器标签页标题。{ $event } 为活动名称。
console-move-title = 移动或互换 · { $event }
console-move-heading = 移动或互换会谈
# { $who } 为会谈参加方的名称；{ $place } 为会谈的时段和会谈桌，
# 例如“09:00–09:30 · 第 4 桌”。
console-move-lead = { $who }，目前安排在 { $place }。
console-back-to-schedule = 返回会谈安排
console-move-to-free-place = 移至空闲位置
console-no-free-place = 没有空闲位置：在其他任何时间，本次会谈都有参加方有其他安排或不在场，或者没有座位足够的空闲会谈桌。请在下方将其与另一次会谈互换，或先删除一次会谈。
console-free-places = 本次会谈所有参加方均有空的时间和会谈桌
console-moved-is-locked = 经移动的会谈将被锁定：重新生成会谈安排时，其位置保持不变。
console-move-button = 移动会谈
console-swap-heading = 与另一次会谈互换
console-no-swap = 没有会谈可以与本次会谈互换位置：无论与哪次会谈互换，都会有参加方有其他安排或不在场，或者会谈桌座位不足。
console-swap-label = 两次会谈互换时间和会谈桌
console-swapped-are-locked = 两次会谈均在新位置上锁定。
console-swap-button = 互换会谈

## 可打印的桌卡（每桌一张）和桌位安排表。

# 浏览器标签页标题。{ $event } 为活动名称。
console-cards-title = 桌卡 · { $event }
console-cards-empty = 尚未安排任何会谈，因此没有桌卡。
# 会谈桌的座位数，位于桌卡上的活动名称之后。
console-seats = { $count } 个座位
# 小组桌的议题。{ $topic } 为某一组织填写的内容。
console-card-topic = 议题：{ $topic }
# 浏览器标签页标题。{ $event } 为活动名称。
console-plan-title = 桌位安排表 · { $event }
# 桌位安排表的标题；其后为活动名称。
console-plan-heading = 桌位安排表：
# 没有会谈的时段。
console-plan-no-meetings = 无会谈。

## 对接会报告，供组织方和参加方使用。

# 浏览器标签页标题。{ $event } 为活动名称。
report-title = 报告 · { $event }
# 页面标题；其后为活动名称。
report-heading = 报告：
report-participants = 参加方
# 位于参加方数量之后。
report-did-not-come = （{ $count } 个未到场）
report-meetings = 会谈
report-with-outcome = 已记录成果
report-meeting-requests = 会谈请求
# 已发出、已被对方接受以及已促成会谈的请求。
report-requests-figures = 已发出 { $made } · 已接受 { $accepted } · 已会谈 { $met }
report-by-theme = 按主题分列的会谈
report-no-schedule-yet = 尚无会谈：组织方需先生成会谈安排。
report-themes-caption = 按主题和成果分列的会谈
report-theme-explained = 会谈的主题取其最重要理由的主题（小组桌则取其议题的主题）。
# 位于以 CSV 文件和 Excel 工作簿形式下载表格的链接之前。
report-download = 下载：
report-between-regions = 跨地区会谈
report-no-meetings-yet = 尚无会谈。
# { $min } 为活动承诺给每个参加方的会谈次数。
report-below-minimum = 未达到最低 { $min } 次会谈的参加方
report-everyone-had-minimum = 所有到场的参加方均至少有 { $min } 次会谈。
# { $total } 项需求中有 { $count } 项未在任何会谈中涉及。
report-unaddressed-heading = 未在任何会谈中涉及的需求（{ $total } 项中的 { $count } 项）
report-unaddressed-explained = 参加方的需求中，其任何会谈伙伴均无法满足的部分：可作为下一场对接会的议程，或供捐助方参考。
# 不公开的需求计入标题中的数字，但不予列出。
report-private-unaddressed = 其中 { $count } 项不公开：计入统计，但不予显示。

## 会谈无法移动或互换的原因。$problem 为下列 move-… 消息之一；
## $who 为组织；$slot 为时间；$table 为会谈桌名称。

move-refused = 无法移动该会谈：{ $problem }
swap-refused = 无法互换这两次会谈：{ $problem }
move-just-taken = { $table } 在 { $slot } 刚被占用：请选择其他位置。
swap-choose = 请选择本活动中的一次会谈与之互换。
swap-changed = 其中一次会谈在此期间已被更改，未进行任何互换。请重新选择。
move-no-slot = 请选择本活动的一个时段。
move-no-table = 本活动没有名为“{ $table }”的会谈桌。
move-too-few-seats = { $table } 有 { $seats } 个座位；本次会谈需要 { $needed } 个。
move-table-taken = { $table } 在 { $slot } 已被占用。请先移动或删除该会谈。
move-member-busy = { $who } 在 { $slot } 已有会谈（在 { $table }）。请先移动该会谈，或选择其他时间。
move-member-unavailable = { $who } 在 { $slot } 无法参加会谈。
move-same-meeting = 请选择另一次会谈进行互换。

## 会谈安排未能满足的事项及原因（控制台的概况）。
## $a、$b、$name：组织；$names：以逗号分隔的组织。

unmet-too-few = 仅有 { $count } 次会谈（应有 { $min } 次）：同一时间有空且有共同语言的推荐伙伴太少
unmet-request = { $state ->
    [accepted] { $a } 和 { $b }（已接受的请求）
   *[pending] { $a } 和 { $b }（待回复的请求）
}
unmet-excluded = 一方已将另一方标记为“不感兴趣”，或双方此前已会谈但不匹配
unmet-no-language = 双方没有共同的工作语言，且本次活动不提供其语言的口译
unmet-no-time = 没有双方均有空且尚有空闲会谈桌的时段
unmet-at-cap = 一方的会谈次数已达上限
unmet-meeting = { $names } 在 { $slot } 的会谈
unmet-no-show = { $name } 未到场（缺席）；请删除该会谈或重新生成会谈安排
unmet-unavailable = { $name } 在该时间已无法参加；请移动该会谈或重新生成会谈安排
unmet-excluded-remove = 一方已将另一方标记为“不感兴趣”，或双方此前已会谈但不匹配；请删除该会谈或重新生成会谈安排
