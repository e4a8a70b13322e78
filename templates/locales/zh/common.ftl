## 所有页面的布局：菜单、页脚、语言切换。

site-name = Roundtable
skip-to-content = 跳至正文
nav-main = 主导航
nav-directory = 名录
nav-events = 活动
nav-landscape = 全景概览
nav-how-scores-work = 评分方法
nav-my-profile = 我的资料
nav-my-suggestions = 我的推荐
nav-settings = { $email } — 设置
nav-log-out = 退出登录
nav-log-in = 登录
nav-register = 注册
footer-tagline = Roundtable——发展合作伙伴对接平台。
footer-landscape = 全景概览
language-switcher = 语言

## 各页面通用的数量表述（中文无复数形式）。

count-organizations = { $count } 个组织

## 日期：完整日期的格式，以及该格式中使用的月份名称
## （“2026年12月7日”）。

date-long = { $year }年{ $monthnum }月{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## A date with its weekday: $date is written with date-long.

date-full = { $date }{ $weekday }
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
