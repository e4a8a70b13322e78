## 表单中输入的值（或导入文件中的某个字段）存在的问题。

form-email-empty = 请输入电子邮件地址。
form-email-long = 电子邮件地址最多 254 个字符。
form-email-invalid = 请输入格式如 name@example.org 的电子邮件地址。
form-password-short = 请至少使用 { $min } 个字符。
form-password-long = 请最多使用 { $max } 个字符。
# $why：密码检查程序给出的英文说明（“this is a top-10 common password”）；可能为空。
form-password-guessable = { $why ->
    [none] 此密码太容易被猜到。请使用由几个互不相关的词组成的较长短语。
   *[other] 此密码太容易被猜到（{ $why }）。请使用由几个互不相关的词组成的较长短语。
}
form-name-empty = 请输入组织名称。
form-name-long = 名称最多 { $max } 个字符（此名称有 { $count } 个字符）。
form-name-control = 名称中含有控制字符。
form-name-bidi = 名称中含有不可见的文字方向控制字符（例如从右到左强制字符），可能使其看起来像另一个名称。请输入不含该字符的名称。
form-kind-empty = 请从列表中选择组织类别。
# $value：输入的内容。
form-kind-unknown = 请从列表中选择类别（收到的值为“{ $value }”）。
form-region-unknown = 请从列表中选择地区：{ $regions }。
form-description-long = 简介最多 { $max } 个字符（此简介有 { $count } 个字符）。
form-website-long = 网址最多 { $max } 个字符。
form-website-scheme = 请输入网址，例如 www.example.org 或 https://www.example.org。
form-website-invalid = 请输入完整的网址，例如 www.example.org。
# $what：capability、need 或 private_need；$start：该项的前 40 个字符。
form-item-long = { $what ->
    [capability] 每项能力最多 { $max } 个字符；“{ $start }…”有 { $count } 个字符。
    [private_need] 每项不公开的需求最多 { $max } 个字符；“{ $start }…”有 { $count } 个字符。
   *[need] 每项需求最多 { $max } 个字符；“{ $start }…”有 { $count } 个字符。
}
form-items-many = { $what ->
    [capability] 最多列出 { $max } 项能力（目前有 { $count } 项）。
    [private_need] 最多列出 { $max } 项不公开的需求（目前有 { $count } 项）。
   *[need] 最多列出 { $max } 项需求（目前有 { $count } 项）。
}
form-country-unknown = 没有名为“{ $value }”的国家：请从列表中选择（或填写其两个字母的代码，例如 KE）。
form-language-unknown = 未知语言：{ $values }。请填写语言名称（例如 French 或 Français）或其代码（例如 fr）。
form-languages-many = 最多列出 { $max } 种语言。

## A text longer than its field allows.

form-at-most = 请最多使用 { $max } 个字符。
