## 组织的人员：成员、所有者和邀请。

members-title = 人员
members-intro = 此处列出的每个人都代表本组织：编辑组织资料、标记感兴趣的伙伴并回复会谈请求。所有者还可以邀请和移除人员。
members-role = 角色
members-since = 加入时间
members-you = 您
members-unconfirmed = （地址未确认）
members-owner = 所有者
members-member = 成员
members-owner-hint = 还可邀请和移除人员
members-member-hint = 除管理人员外的所有操作
members-make-owner = 设为所有者
members-make-member = 设为成员
members-remove = 移除
members-leave = 退出组织
members-invite-heading = 邀请同事
members-invite-email = 对方的电子邮件地址
members-invite-hint = 对方将收到一个链接，用于设置密码并加入；该链接只能使用一次，有效期为一周。
members-invite-send = 发送邀请
members-pending-heading = 尚未接受的邀请
members-invited-by = 邀请人
members-until = 有效期至
members-withdraw = 撤回
members-ask-owner = 如需邀请同事，请联系任一所有者。
members-invited = 邀请已发出。
members-withdrawn = 邀请已撤回，其链接已失效。
members-removed = 该人员已被移除，其账户已删除。
members-role-changed = 角色已更改。
members-joined = 欢迎：您现在已是本组织的一员。
members-left = 您已退出该组织，您的账户已删除。
members-already = 此人已属于本组织。
members-elsewhere = 此地址已在另一个组织拥有账户；一个地址只能属于一个组织。
members-too-many = 短时间内发送的邀请过多。请一刻钟后重试。
members-last-owner = 组织必须始终保留一名所有者：请先将其他人设为所有者。
members-sole-owner = 唯一的所有者。如需卸任或离开组织，请先将其他人设为所有者。
members-role-unknown = 请选择“所有者”或“成员”。
error-members-own-only = 只有组织自己的人员才能查看其人员名单。
error-members-owners-only = 只有组织的所有者才能执行此操作。

## 接受邀请。

invitation-title = 在 Roundtable 上加入您的组织
invitation-intro = { $by } 邀请您加入 { $organization }。请设置密码以创建您的账户。
invitation-join = 加入
invitation-taken = 此地址已有账户。请使用该地址登录。
invitation-expired = 此邀请已失效：它已被使用或撤回，或发出已超过一周。请联系邀请您的人重新发送邀请。
mail-invite-subject = 在 Roundtable 上加入 { $organization }
mail-invite-intro = { $by } 邀请您在 Roundtable 上加入 { $organization }。在 Roundtable 上，从事发展合作的组织可以寻找合作伙伴，并在活动中会面。
mail-invite-action = 设置密码并加入
mail-invite-expiry = 该链接仅可使用一次，有效期一周。
mail-invite-ignore = 如果您并未预期收到此邮件，请忽略：不会创建任何账户。

## 谁能看到本组织。

visibility-heading = 谁能看到本组织
visibility-legend = 本组织的资料，以及本组织在其他组织的推荐中的显示
visibility-public = 所有人，包括未登录的访客；列入公开名录
visibility-hidden = 仅限已登录的组织；不列入公开名录
visibility-save = 保存
visibility-saved = 您对谁能看到本组织的选择已保存。
visibility-invalid = 请选择谁能看到本组织。

## 组织的数据：下载和删除。

data-heading = 本组织的数据
data-download = 下载全部数据（JSON）
data-download-hint = 组织资料（含不公开的需求）、人员及其设置、邀请、兴趣标记、活动、会谈请求，以及会谈及其备注。
data-delete-heading = 删除本组织
data-delete-consequence = 本组织的资料、其人员的账户，以及其标记、会谈请求和会谈都将被永久删除。如需保留本组织的数据，请先下载。
data-delete-confirm = 我要删除 { $organization } 及与其相关的全部内容。
data-delete-button = 删除本组织
data-delete-unconfirmed = 请勾选复选框以确认删除。
data-delete-kept = 本组织的人员创建了一些活动，而没有任何网站管理员可以接管这些活动；请先联系网站管理员。
data-deleted = 本组织及与其相关的全部内容已删除。
