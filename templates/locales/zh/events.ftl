## 多个活动页面上显示的内容。

# 位于活动日期和地点之后：所示全部时间所用的时区。
# $zone 为时区名称，例如“Europe/Zurich”。
event-times-in = 时间均为 { $zone } 时区
# 会谈议题（某一参加方填写的一项需求），由组织方或小组桌设定。
event-topic = 议题：{ $topic }
event-edit = 编辑活动

## 活动列表（/events）。

event-list-title = 活动
event-list-heading = 伙伴对接活动
event-list-lead = 在对接会上，参加方按照根据其会谈请求和推荐生成的会谈安排，在各桌进行简短会谈。
event-create-link = 创建活动
event-list-empty = 目前尚无活动。
# 接在“目前尚无活动。”之后，面向非组织方的访问者。
event-list-empty-ask = 活动由组织方创建；请联系您的组织方邀请您参加。
event-participant-count = { $count } 个参加方
# 位于列表中活动日期之后：新参加方无法加入。
event-closed-tag = 已截止报名

## 创建或编辑活动的表单（仅限组织方）。

event-new = 新建活动
event-not-saved = 未保存任何内容。请更正下方标出的字段。
event-field-date = 日期
# 日期字段中的日期写法；字母已译为年、月、日，顺序不变。
event-date-format = 年年年年-月月-日日
event-field-time-zone = 时区
# 时区名称保持原样（均为代码）。
event-time-zone-hint = 例如 Europe/Zurich、America/New_York
event-field-venue = 地点
event-field-slots = 时段
# “09:00 30”是需输入的内容：开始时间和以分钟计的时长。请保持原样。
event-slots-hint = 每行一个：开始时间和分钟数，例如“09:00 30”
event-field-tables = 会谈桌
# 需输入的内容：桌名、冒号及座位数；“1-40”可一次创建第 1 至第 40 桌。
# “桌”仅为示例名称。
event-tables-hint = 每行一张：桌名和座位数，例如“桌 1: 2”；连续编号可写作“桌 1-40: 2”
event-field-interpretation = 口译
# 代码保持原样（两个字母的语言代码）。
event-interpretation-hint = 活动提供口译的语言，以代码表示：en, fr, es
event-field-min-meetings = 每个参加方至少应获得的会谈次数
event-group-tables-check = 在设有 3 个或以上座位的会谈桌上安排三方小组会谈（提供方、资助方、受益方）
event-open-check = 开放：已注册的组织可以加入
event-save = 保存活动
event-create = 创建活动
event-delete-heading = 删除此活动
event-delete-confirm = 删除该活动及其参加方、会谈请求、会谈和成果。此操作无法撤销。
event-delete = 删除活动

## 活动页面。

event-manage = 管理参加方和会谈安排
event-session-report = 对接会报告
event-programme = 活动安排
event-slots = { $count } 个时段
event-tables = { $count } 张会谈桌
# 共 $count 张会谈桌，其中 $groups 张（3 个或以上座位）可容纳三方小组。
event-tables-with-groups = { $count } 张会谈桌，其中 { $groups } 张供三方小组使用
event-min-meetings = 尽可能保证每个参加方至少 { $count } 次会谈
# $languages：以逗号分隔的语言名称。
event-interpretation = 口译：{ $languages }
event-your-meetings = 您的会谈
event-none-for-you = 目前没有为您安排会谈。
event-not-built = 会谈安排尚未生成。在此期间，您可以在下方发出会谈请求。
event-printable-agenda = 可打印的会谈日程
event-add-to-calendar = 添加到日历（.ics）
event-in-numbers = 对接会数据一览
# 位于会谈中对方一个或两个组织的名称（以链接显示）之前。
event-meeting-with = 会谈对象：
event-outcome = 成果
# 尚未记录成果时，成果列表中的选项。
event-outcome-not-recorded = 未记录
# 参加方就会谈成果所作的简短备注。
event-note = 备注
event-save-outcome = 保存成果
event-availability = 您的可用时间
event-availability-hint = 请勾选您无法会谈的时段。
# 复选框；$slot 为时段，例如“09:00–09:30”。
event-not-available = { $slot } 无法参加
event-save-availability = 保存可用时间
event-requests = 会谈请求
event-no-requests = 尚无会谈请求。
event-requests-incoming = 收到的请求
event-requests-outgoing = 发出的请求
# 会谈请求的状态。
event-status-pending = 待回复
event-status-accepted = 已接受
event-status-declined = 已拒绝
event-reply-optional = 回复（可选）
event-accept = 接受
event-decline = 拒绝
# $reply：您对会谈请求的回复原文。
event-your-reply = 您的回复：{ $reply }
# $reply：对方组织对您的请求的回复原文。
event-their-reply = 回复：{ $reply }
event-withdraw = 撤回
event-partners-heading = 参加方（按匹配程度排序）
# 仅列出最匹配的参加方时，显示在其他参加方列表上方：
# 共 $total 个，显示 $shown 个。
event-partners-shown = 显示 { $total } 个参加方中最匹配的 { $shown } 个。
# 接在“显示 120 个参加方中最匹配的 50 个。”之后的链接：列出全部参加方。
event-partners-show-all = 显示全部，包括没有任何共同点的参加方
event-col-organization = 组织
event-col-score = 评分
event-col-meeting = 会谈
event-message-placeholder = 留言（可选）
# 供屏幕阅读器使用：会谈请求的留言字段；$name 为组织名称。
event-message-to = 给 { $name } 的留言
event-request-meeting = 请求会谈
event-leave = 退出此活动
# 按钮；$name 为访问者所属组织的名称。
event-join-as = 以 { $name } 的名义加入
event-closed = 本次活动不再接受新的参加方。
# 其后为“登录”链接。
event-log-in-to-join = 只有已登录的组织才能加入此活动并请求会谈。
# $count：参加活动的组织数量。
event-participants-heading = 参加方（{ $count }）
event-nobody-yet = 尚无组织加入。

## 组织在活动中的可打印会谈日程。

# $name：该会谈日程所属组织的名称。
event-agenda-title = { $name } 的会谈日程
# 返回活动页面的链接。
event-back-to-event = ← 返回活动页面
event-agenda-empty = 尚未安排任何会谈。
event-col-time = 时间
event-col-table = 会谈桌
# 会谈日程的一列：会谈对象组织。
event-col-with = 会谈对象
# 会谈日程的一列：提议该会谈的原因。
event-col-why = 理由

## What came of a meeting; where a meeting request with a partner stands.

outcome-follow_up = 已商定后续行动
outcome-agreement = 谅解备忘录或协议
outcome-project = 项目已启动
outcome-no_fit = 不匹配
outcome-none = 未记录
outcome-not-yet = 尚未记录
partner-you-asked = 您已发出请求，正在等待答复。
partner-they-asked = 对方已向您发出请求：请在“会谈请求”下答复。
partner-accepted = 会谈请求已接受。
partner-declined = 会谈请求已拒绝。
partner-not-interested = 您已将其标记为“不感兴趣”。

## On the day: the meeting going on and the next one. $table is a table's name; $partners the partners' names.

agenda-now = 进行中，至 { $until }：{ $table }，与 { $partners }
agenda-next = 下一场，{ $time }：{ $table }，与 { $partners }

## 活动表单中的错误。$line：字段中的行号。

event-form-group-tables = 三方小组会谈至少需要一张设有 3 个或以上座位的会谈桌。
event-form-name-empty = 请输入活动名称。
event-form-date = 请按 YYYY-MM-DD 格式输入日期，例如 2026-12-03。
event-form-time-zone-empty = 请输入时区，例如 Europe/Zurich 或 America/New_York。
event-form-time-zone-unknown = “{ $value }”不是时区名称。请使用 Europe/Zurich、Africa/Nairobi 或 UTC 等名称。
event-form-min-meetings = 请输入 0 至 { $max } 之间的整数。
event-form-slot-bad = 第 { $line } 行：“{ $value }”不是有效的时段。请填写开始时间和分钟数，例如“09:00 30”。
event-form-slot-length = 第 { $line } 行：时段时长应为 5 至 240 分钟。
event-form-slot-same-day = 第 { $line } 行：时段必须在当天结束。
event-form-slot-overlap = 第 { $line } 行：{ $slot } 在上一个时段结束之前就已开始；请按顺序列出时段，且不得重叠。
event-form-slots-many = 最多列出 { $max } 个时段。
event-form-slots-none = 请至少列出一个时段，例如“09:00 30”。
event-form-seats-bad = 第 { $line } 行：请在冒号后填写座位数，例如“Table 1: 2”。
event-form-seats-range = 第 { $line } 行：每张会谈桌的座位数应为 2 至 { $max } 个。
event-form-range = 第 { $line } 行：编号范围应从较小的数字到较大的数字。
event-form-table-name = 第 { $line } 行：请为会谈桌命名。
event-form-table-name-long = 第 { $line } 行：桌名最多 { $max } 个字符。
event-form-table-twice = 第 { $line } 行：已有名为“{ $name }”的会谈桌。
event-form-tables-many = 最多列出 { $max } 张会谈桌。
event-form-tables-none = 请至少列出一张会谈桌，例如“Table 1: 2”。

## 活动组织方。

organizers-title = 组织方
organizers-intro = 本次活动的组织方负责管理活动的参加方、会谈安排和会谈；他们对其他活动没有任何权限。网站管理员可组织所有活动，不在此列出。
organizers-none = 除网站管理员外，没有其他组织方。
organizers-organization = 组织
organizers-add-heading = 添加组织方
organizers-add-email = 对方 Roundtable 账户的电子邮件地址
organizers-add-hint = 对方必须已有账户（其组织已注册）；系统将通过电子邮件通知对方。
organizers-add = 添加为组织方
organizers-added = 已添加该组织方，并已通过电子邮件通知对方。
organizers-removed = 已移除该组织方。
organizers-no-account = 没有账户使用此地址。请先让对方在 Roundtable 上注册其组织，然后再添加。
organizers-already = 此人已是本次活动的组织方。
mail-organizer-subject = 您现在是 Roundtable 上 { $event } 的组织方
mail-organizer-intro = { $by } 已将您设为 { $event } 的组织方：您现在可以管理该活动的参加方、会谈安排和会谈。
mail-organizer-action = 打开会谈安排
