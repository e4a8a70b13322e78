## 相互感兴趣（/organizations/…/mutual）：互相标记为感兴趣的组织。
## 页面标题为 matches-mutual。

# { $name } 为访问者所属组织的名称。
mutual-lead = { $name } 标记为感兴趣、同时也将 { $name } 标记为感兴趣的组织。
mutual-get-in-touch = 请与对方联系：伙伴关系由此开始。
mutual-contacts-shown = 在此，双方均可看到对方的公开联系方式，以及持有对方账户的人员的电子邮件地址。
# “感兴趣”是推荐页面上按钮的文字（matches-interested）：请使用同一词语。
mutual-empty = 尚无相互感兴趣的组织。请将您希望会面的推荐标记为“感兴趣”；当对方也这样做时，它们就会显示在这里。
# mutual-empty 之后指向推荐列表的链接。
mutual-to-suggestions = 前往您的推荐
# 合作伙伴表格的列标题。
mutual-partner = 合作伙伴
mutual-score = 评分
mutual-no-contact = 未提供联系方式，也尚无人持有该组织的账户；其资料中可能有更多信息。

## 可打印的推荐列表（/organizations/…/matches/print）。
## 其标题为 matches-title；下方依次为网站名称、日期和
## 推荐数量（matches-count），然后是 print-scores-explained。

# 地址 /how-scores-work 请保持原样：它会被打印在纸上。
print-scores-explained = 评分范围为 0 至 100，说明见 /how-scores-work
# 位于每个合作伙伴名称之后；{ $score } 为 0 至 100 之间的数字。
print-score = 评分 { $score }
# 位于打印出的推荐理由之后：网站上的列表还列出多少条理由。
print-more-reasons = （在线推荐列表中还有 { $count } 条理由）

## API 令牌（/settings/tokens）。

tokens-title = API 令牌
# <code> 中的“Authorization: Bearer TOKEN”请保持原样：这是程序发送的内容。
tokens-intro-html = 令牌可使程序代表贵组织使用 <a href="/api/docs">Roundtable API</a>：以 <code>Authorization: Bearer TOKEN</code> 的形式发送。请像对待密码一样妥善保管。
# 在刚创建的令牌上方以粗体显示一次；其后为 tokens-copy-now。
tokens-new = 您的新令牌。
tokens-copy-now = 请立即复制：该令牌不会再次显示。
tokens-none = 尚无令牌。
# 列标题：令牌的创建日期。
tokens-created = 创建日期
# 撤销令牌、使其失效的按钮。
tokens-revoke = 撤销
tokens-create-heading = 创建令牌
# 位于新令牌“名称”标签之后的提示。
tokens-name-hint = 用途
tokens-create = 创建令牌

## API 文档（/api/docs）。

api-docs-title = API
api-docs-heading = Roundtable API
# <code> 中的文字和地址请保持原样。
api-docs-intro-html = 位于 <code>/api/v1</code> 下的 JSON API，由 <a href="/api/openapi.json">/api/openapi.json</a> 上的 OpenAPI 3.1 文档描述。
api-docs-writes-html = 读取操作公开；写入操作需要令牌，令牌可在<a href="/settings/tokens">您的设置</a>中获取，并以 <code>Authorization: Bearer TOKEN</code> 的形式发送。
api-docs-errors-html = 错误以 RFC 9457 问题文档（<code>application/problem+json</code>）的形式返回。
# 操作表格的列标题：HTTP 方法、地址、简要说明以及是否需要令牌。
api-docs-method = 方法
api-docs-path = 路径
api-docs-what = 功能
api-docs-token = 令牌
# 位于“令牌”一列：操作是否需要令牌。
api-docs-token-required = 必需
api-docs-token-optional = 可选
api-docs-updating-heading = 更新资料
# <code>version</code> 请保持原样：它是字段名称。
api-docs-updating-html = 读取资料，修改后连同您读取时的 <code>version</code> 一并发回。如果在此期间有人修改了资料，将返回 409：请重新读取。
# { $kinds } 为字段“kind”的取值列表（government、cert……）：这些值保留英文。
api-docs-kinds = 类别：{ $kinds }。

tokens-name-invalid = 请为令牌填写 1 至 100 个字符的名称，例如“CRM sync”。

## The outbox, for a site administrator.

outbox-title = 发件箱
outbox-intro-smtp = 本站最近的电子邮件，以及邮件服务器是否已接收。不显示其正文：正文中含有代表收件人操作的链接。
outbox-intro-no-smtp = 未配置邮件服务器（SMTP_URL）：邮件在此等待。不显示其正文：正文中含有代表收件人操作的链接。
outbox-empty = 尚无电子邮件。
outbox-col-written = 写入时间
outbox-col-to = 收件人
outbox-col-subject = 主题
outbox-col-state = 状态
outbox-sent = 已发送
outbox-waiting = 等待中
outbox-failed = 未发送：已失败 { $count } 次，稍后重试
