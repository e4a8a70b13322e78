## 请求被拒绝的原因（显示在错误页面上）。

refused-message-long = 留言过长：请最多使用 { $max } 个字符。
refused-request-partner = 请从参加方名单中选择一个组织。
refused-request-own = 您不能向本组织请求会谈。
refused-request-not-participant = { $org } 未参加此活动。
refused-request-not-interested = 您已将 { $org } 标记为“不感兴趣”。请先在推荐页面上撤销该标记，再请求会谈。
refused-request-duplicate = 您与 { $org } 之间已有会谈请求；请查看活动页面上的“会谈请求”。
refused-answer-choice = 请选择“接受”或“拒绝”。
refused-filter-value = 筛选条件“{ $filter }”的值无法用于此列表。
refused-mark-self = 组织不能标记自身。
refused-mark-choice = 请选择“感兴趣”、“不感兴趣”或“撤销”。
refused-outcome-choice = 请从列表中选择一项成果。
refused-note-long = 备注过长：请最多使用 { $max } 个字符。
refused-form-unreadable = 无法读取该表单。
refused-slot-unknown = 此活动没有“{ $slot }”这一时段。
refused-participant-unknown = 没有名为“{ $name }”的已注册组织。请使用其名称或其页面地址的最后一部分。
refused-landscape-table = 请选择一个表格：coverage、unmet、topics 或 providers。
refused-slot-choose = 请选择此活动的一个时段。
