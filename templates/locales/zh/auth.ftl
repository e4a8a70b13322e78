## 登录和注册。

login-title = 登录
login-button = 登录
login-new-here = 首次使用？
register-title = 注册
register-intro = 您将创建本组织的资料及其第一个账户，随后可继续完善资料。
register-password-hint = 至少 { $min } 个字符。一个简短的句子便于记忆。
register-button = 注册
register-already = 已注册？
field-email = 电子邮件地址
field-your-email = 您的电子邮件地址
field-password = 密码
field-organization-name = 组织名称

## 各处通用的表单。

form-correct-fields = 请更正下方标出的字段。
confirm-cancel = 取消：不作任何更改
