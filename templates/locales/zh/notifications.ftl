## 电子邮件通知：设置页面。

notify-title = 电子邮件通知
notify-intro = 对于每类消息，您可以选择立即发送邮件、每天发送一封汇总全部内容的邮件，或不发送。邮件只会发送到已确认的地址。
notify-kind-requests = 发给贵组织的会谈请求
notify-kind-answers = 对贵组织会谈请求的答复
notify-kind-mutual = 新增相互感兴趣的组织
notify-kind-schedule = 活动的会谈安排：发布，以及会谈的调整、取消或新增
notify-kind-reminder = 活动前一天的提醒，附会谈日程
notify-mode-immediate = 立即
notify-mode-digest = 每日摘要
notify-mode-off = 关闭
notify-save = 保存我的选择
notify-saved = 您的选择已保存。
notify-invalid = 请为每类消息选择“立即”、“每日摘要”或“关闭”。
notify-digest-name = 每日摘要

## 每封邮件中的一键退订链接。

unsubscribe-title = 退订这些邮件
unsubscribe-ask = 不再接收以下邮件：{ $kind }？
unsubscribe-button = 退订这些邮件
unsubscribe-done = 已完成：您将不再收到以下邮件：{ $kind }。您可以随时在设置中更改。
unsubscribe-unknown = 此链接无效：相关账户可能已不存在。

## 邮件。

notify-request-subject = { $org } 希望在 { $event } 上与您会谈
notify-request-intro = { $org } 请求在 { $event } 上与贵组织会谈。
notify-message = 对方留言：“{ $message }”
notify-request-action = 在活动页面上答复
notify-accepted-subject = { $org } 已接受您的会谈请求
notify-accepted-intro = { $org } 已接受贵组织在 { $event } 上的会谈请求。
notify-declined-subject = { $org } 已拒绝您的会谈请求
notify-declined-intro = { $org } 已拒绝贵组织在 { $event } 上的会谈请求。
notify-reply = 对方回复：“{ $reply }”
notify-answer-action = 查看活动页面
notify-mutual-subject = 与 { $org } 相互感兴趣
notify-mutual-intro = { $org } 有意与贵组织合作，贵组织也有同样的意向：双方相互感兴趣。现在，双方可以看到彼此的联系方式和不公开的需求。
notify-mutual-action = 查看相互感兴趣的组织
mail-footer-settings = 选择您要接收的邮件
mail-footer-unsubscribe = 退订此类邮件
digest-subject = 您的 Roundtable 动态：{ $count } 条
digest-intro = 自您上次收到摘要以来的动态：

## 活动的会谈安排：通过电子邮件发送，并附日历文件。

schedule-published-subject = { $event } 的会谈安排已发布
schedule-published-intro = { $org } 于 { $date } 在 { $event } 上共有 { $count } 场会谈。
schedule-calendar-note = 随附的日历文件会将这些会谈添加到您的日历中，并在会谈变动时自动更新。
schedule-action = 查看您的会谈日程
schedule-changed-subject = 您在 { $event } 上的会谈有变动
schedule-changed-intro = 组织方调整了您在 { $event } 上的会谈安排：
schedule-line-added = 新增：{ $time }，{ $table }，与 { $partners }
schedule-line-moved = 调整：{ $time }，{ $table }，与 { $partners }
schedule-removed-subject = 您在 { $event } 上的一场会谈已取消
schedule-removed-intro = 组织方已从您在 { $event } 上的会谈安排中删除以下会谈：
schedule-line-removed = 取消：{ $time }，{ $table }，与 { $partners }

## 活动前一天的提醒。

reminder-subject = 明天：{ $event }
reminder-intro = { $org } 明天（{ $date }）在 { $venue } 举行的 { $event } 上共有 { $count } 场会谈：
reminder-line = { $time } · { $table } · 与 { $partners }
