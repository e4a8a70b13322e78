## 推荐合作伙伴。

matches-title = 推荐合作伙伴：{ $name }
matches-heading = 推荐合作伙伴：
matches-lead-own = 按各组织与贵组织的双向互补程度排序。
matches-lead-other = 按各组织与该组织的双向互补程度排序。
any = 不限
matches-language-example = 例如 fr
matches-min-score = 最低评分
matches-show-hidden = 显示“不感兴趣”
matches-export = 导出此列表：
matches-printable = 打印版
matches-mutual = 相互感兴趣
matches-updating = 近期资料有所修改，推荐正在更新；请几秒钟后刷新页面查看。
matches-count = { $count } 项推荐
matches-empty-own = 请在资料中添加能力和需求，以获得推荐。
matches-empty-other = 该组织尚未列出能力或需求。
matches-none-fits = 没有符合条件的推荐。请放宽筛选条件，或在资料中补充更多需求和能力。
matches-score-title = 评分（满分 100）
matches-score-label = 评分：{ $score }（满分 100）
matches-you-are-interested = 您已标记感兴趣。
matches-you-marked-not = 您已将此项标记为“不感兴趣”。
matches-undo-label = 撤销对 { $name } 的标记
matches-interested-label = 对 { $name } 感兴趣
matches-not-interested-label = 对 { $name } 不感兴趣
matches-interested = 感兴趣
matches-not-interested = 不感兴趣
undo = 撤销

## 推荐理由。“offer”和“need”是各组织填写的内容；“who”说明对方是
## 何种合作伙伴（英文短语，例如“a development agency in Europe”）。

reason-they-cover = 该合作伙伴提供{ $offer }，可满足您的需求{ $need }。
reason-they-cover-its = 该合作伙伴提供{ $offer }，可满足该组织的需求{ $need }。
reason-you-cover = 您提供{ $offer }，可满足该合作伙伴的需求{ $need }。
reason-it-covers = 该组织提供{ $offer }，可满足该合作伙伴的需求{ $need }。
reason-they-fit = 该合作伙伴为{ $who }，符合您的需求{ $need }。
reason-they-fit-its = 该合作伙伴为{ $who }，符合该组织的需求{ $need }。
reason-you-fit = 贵组织为{ $who }，符合该合作伙伴的需求{ $need }。
reason-it-fits = 该组织为{ $who }，符合该合作伙伴的需求{ $need }。
reason-same-field = 您与该合作伙伴的共同工作领域：{ $topics }。
reason-same-field-both = 双方的共同工作领域：{ $topics }。
reason-shared-languages = 共同的工作语言：{ $languages }。
reason-no-shared-language = 双方未列出任何共同的工作语言。
reason-same-region = 双方的共同工作地区：{ $region }。
reason-kinds-complement = “{ $yours }”与“{ $theirs }”这两类组织往往相辅相成。

## The printable list: a phrase that an organization wrote, in quotation marks; the mark on a suggestion.

quoted = “{ $text }”
interest-mutual = 双向意向
interest-interested = 感兴趣
interest-not-interested = 不感兴趣
