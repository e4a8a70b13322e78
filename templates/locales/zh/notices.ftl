## 上一操作的结果，显示在页面顶部。

notice-joined = 您已加入此活动。
notice-left = 您已退出此活动。
notice-availability = 您的可用时间已保存。
notice-requested = 您的会谈请求已发出。
notice-accepted = 您已接受该请求。
notice-declined = 您已拒绝该请求。
notice-withdrawn = 您的请求已撤回。
notice-outcome = 成果已保存。
notice-event-deleted = 活动已删除。
notice-locked = 会谈已锁定：重新生成会谈安排时将保持不变。
notice-unlocked = 会谈已解除锁定：下次生成会谈安排时可能会有变动。
notice-moved = 会谈已移动，并在新位置上锁定。
notice-swapped = 两次会谈已互换位置，并均在新位置上锁定。
notice-removed = 会谈已删除，其会谈桌已空出。
notice-restored = 会谈已恢复到原来的位置。
notice-present = 该参加方已签到。
notice-unchecked = 已撤销该参加方的签到。
notice-absent = 该参加方已标记为缺席，其尚未记录成果的会谈已被删除。请从下一个时段起重新生成会谈安排，为其伙伴安排新的会谈。
notice-added = 已添加该参加方。
notice-built = 会谈安排已生成：共安排 { $count } 次会谈。
# $registered：导入的组织中已有账户的组织数量。
notice-imported = { $registered ->
    [0] 已导入 { $count } 个组织，并将其添加为参加方。
   *[other] 已导入 { $count } 个组织，并将其添加为参加方。其中 { $registered } 个组织已有账户：它们保留各自的资料，只有其自己的账户才能修改。
}

## 通知中用于撤销上一操作的按钮。

undo-removal = 撤销：恢复该会谈
undo-absent = 撤销：取消缺席标记
undo-move = 撤销：移回原位
undo-swap = 撤销：换回原位
