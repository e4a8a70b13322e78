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
register-name-taken = 已有同名组织注册。如果这是您的组织，请联系其任一所有者，从其“人员”页面邀请您。
register-email-taken = 已存在使用此电子邮件地址的账户。请直接登录。

## 各处通用的表单。

form-correct-fields = 请更正下方标出的字段。
confirm-cancel = 取消：不作任何更改

## 忘记密码：页面和电子邮件。

login-forgot = 忘记密码？
reset-title = 设置新密码
reset-intro = 请输入您账户的电子邮件地址。我们将发送一个用于设置新密码的链接；该链接只能使用一次，有效期为一小时。
reset-send = 发送链接
reset-sent = 如果有账户使用此地址，用于设置新密码的链接已经发出。该链接只能使用一次，有效期为一小时。如未收到，请检查您的垃圾邮件文件夹。
reset-new-password = 新密码
reset-save = 保存新密码
reset-done = 您的密码已更改，您账户的所有其他登录会话均已结束。请使用新密码登录。
reset-expired = 此链接已失效：它已被使用过，或发出已超过一小时。
reset-again = 申请新链接
mail-reset-subject = 为 Roundtable 设置新密码
mail-reset-intro = 有人（很可能是您本人）申请为您的 Roundtable 账户设置新密码。
mail-reset-action = 设置新密码
mail-reset-expiry = 该链接只能使用一次，有效期为一小时。
mail-reset-ignore = 如果您并未提出此申请，请忽略本邮件：您的密码将保持不变。

## Confirming the e-mail address of an account.

verify-title = 电子邮件地址已确认
verify-done = 谢谢：您的电子邮件地址已确认。
verify-pending = 您的电子邮件地址 { $email } 尚未确认：请打开我们发送到该地址的链接。确认之前，不会向其发送任何通知。
verify-resend = 重新发送链接
verify-sent = 新的确认链接已发出。
mail-verify-subject = 确认您在 Roundtable 的电子邮件地址
mail-verify-intro = 欢迎使用 Roundtable。请确认这是您的电子邮件地址。
mail-verify-action = 确认我的地址
mail-verify-expiry = 该链接仅可使用一次，有效期一周。
mail-verify-ignore = 如果您没有注册，请忽略此邮件。

## Changing the password from the settings.

password-heading = 密码
password-current = 当前密码
password-change = 更改密码
password-other-sessions = 您的其他会话将结束；当前会话保持登录。
password-changed = 您的密码已更改；其他会话已结束。
password-current-wrong = 当前密码不正确。

## 在设置中更改电子邮件地址。

email-heading = 电子邮件地址
email-yours = 您的地址：{ $email }
email-new = 新地址
email-hint = 我们会向新地址发送一个链接以确认该地址；确认之前，不会发送任何通知。您的旧地址也会收到此次更改的通知。
email-change = 更改地址
email-changed = 您的地址已更改。请打开我们发送到新地址的链接以确认该地址。
email-same = 这已经是您的地址。
mail-email-changed-subject = 您的 Roundtable 账户地址已更改
mail-email-changed-intro = 您的 Roundtable 账户的电子邮件地址已从 { $old } 更改为 { $new }。
mail-email-changed-ignore = 如果您并未更改地址，说明有他人知道您的密码：请让您组织的一名所有者移除该账户并重新邀请您。
