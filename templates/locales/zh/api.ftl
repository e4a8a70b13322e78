## API 问题文档中的 `detail` 字段（键和标题保留英文）。

api-error-unexpected = 发生了意外错误，已记录在案。
api-error-unavailable = 服务目前无法连接数据库；请几秒钟后重试。
api-error-unauthorized = 请以 `Authorization: Bearer TOKEN` 的形式发送 API 令牌（可在 /settings/tokens 创建）。
api-error-conflict = 该资料自版本 { $version } 之后已被修改；请重新获取，然后再次发送您的修改。
api-error-invalid = 部分字段无效。
api-error-too-large = 请求正文过大。
api-error-method = 此端点接受的方法：{ $methods }。
