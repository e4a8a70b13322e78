## 在执行无法撤销的操作之前请求确认的页面。$names：会谈的各个组织，
## 以逗号分隔；$slot：会谈时间。

confirm-remove-title = 删除 { $names } 在 { $slot } 的会谈？
confirm-remove-consequence = { $table } 将空出；该会谈将从参加方的会谈日程中删除。重新生成会谈安排时，可能会再次安排他们会谈。
confirm-remove-button = 删除会谈
confirm-absent-title = 将 { $name } 标记为缺席？
confirm-absent-meetings = 其 { $count } 次尚未记录成果的会谈将被删除，相应的会谈桌将空出。
confirm-absent-rerun = 请从下一个时段起重新生成会谈安排，为其伙伴安排新的会谈。
confirm-absent-undo = 完成后，您可立即在会谈安排页面上撤销此操作。
confirm-absent-button = 标记为缺席
confirm-leave-title = 退出 { $event }？
confirm-leave-meetings = 已为您安排的 { $count } 次会谈将被取消；您的伙伴也将失去这些会谈。
confirm-leave-requests = 您发出或收到的 { $count } 个会谈请求将被撤回。
confirm-leave-outcomes = 已记录成果的会谈将保留在记录中。
confirm-leave-button = 退出活动
