## 错误页面：各有一个标题和一条消息。

error-not-found-title = 未找到页面
error-not-found = 此地址没有任何内容。该页面可能已被重命名或删除。
error-forbidden-title = 无权访问
error-login-title = 请登录
error-login = 请登录后继续。
error-bad-request-title = 请求有误
error-too-large-title = 数据量过大
error-too-large = 您提交的内容超出了此表单的上限。请删减后重试。
error-registrations-title = 注册次数过多
error-registrations = 过去几分钟内，您所在的网络注册了大量组织。请等待 15 分钟后重试。
error-busy-title = 系统繁忙
error-busy = 目前登录人数较多。请稍候几秒钟后重试。
error-attempts-title = 尝试次数过多
error-attempts = 登录失败次数过多。请等待 15 分钟后重试。
error-unavailable-title = 暂时无法使用
error-unavailable = 网站目前无法连接数据库。请几秒钟后重试。
error-unexpected-title = 出现错误
error-unexpected = 我方发生了意外错误，已记录在案；请稍后重试。
error-back = 返回上一页
error-next-steps-html = <a href="/">前往首页</a>或<a href="/organizations">浏览名录</a>。

## 不允许操作的原因。

error-form-expired = 此表单已过期，或并非来自本网站。请返回并刷新页面后重试。
error-cross-site = 不接受来自其他网站的请求。
error-organizers-only = 只有活动组织方才能打开此页面或执行此操作。如果您是本次活动的组织方，请联系本网站管理员，将您的账户设为组织方账户。
error-mark-own-only = 您只能为本组织标记推荐。
error-mutual-own-only = 只有组织本身才能查看其相互感兴趣的伙伴。
error-print-own-only = 只有组织本身才能打印其配对列表。
error-export-own-only = 只有组织本身才能导出其配对列表。
error-edit-own-only = 您只能编辑本组织的资料。
error-outcome-members-only = 只有会谈参加方和组织方才能记录会谈成果。
error-agenda-own-only = 只有组织本身和组织方才能查看其会谈日程。
error-event-closed = 本次活动不再接受新的参加方。请联系组织方将您加入。
error-participants-only = 请先加入活动：只有参加方才能执行此操作。
error-report-members-only = 只有活动组织方和参加方才能查看活动报告。
