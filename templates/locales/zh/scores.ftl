## “评分方法”页面（/how-scores-work）：推荐如何评分。
## 页面标题为 nav-how-scores-work。每条消息为一个段落或标题。
## 引号中的词语是各组织所填内容的示例；由于组织使用英文、法文或西班牙文填写，
## 这些示例保留原文。

scores-intro-html = 每项推荐都有一个 0 至 100 的评分。评分反映两个组织作为合作伙伴的契合程度：一方所需的内容有多少是另一方能够提供或本身即可满足的（<strong>双向计算</strong>），以及双方工作的相关程度。

scores-reading-heading = 1. 解读您填写的内容
# “Roundtable”是网站名称（site-name）。CERT、CSIRT、CIRT 和 GFCE 是本领域的名称，请保留。
# 引号中关于事件响应的三个短语是同一议题的法文、西班牙文和英文表述，请保持原样。
scores-reading = 各组织会用不同的词语、以不同的语言描述同一事物。在比较之前，Roundtable 以统一的方式解读每项能力、需求和简介：忽略大小写、重音符号和标点，将词语还原为词干（“trainers”、“training”→“train”），识别本领域的缩写和不同拼写（CERT、CSIRT 和 CIRT；cyber security 和 cybersecurity；programme 和 program），纠正不构成真实词语的细微拼写错误（“incidnet”→“incident”，但“police”仍为“police”），并以英文、法文和西班牙文识别本领域的议题，这些议题按照 GFCE 能力建设主题分组——因此，“formation en réponse aux incidents”、“capacitación en respuesta a incidentes”和“incident response training”属于同一议题。
scores-common-words = “cyber”、“support”或“capacity”等常用词的权重低于“forensics”、“CSIRT”或“judges”等具有区分度的词语。

scores-cover-heading = 2. 合作伙伴能否满足某项需求？
scores-cover = 对于您的每项需求，Roundtable 会在合作伙伴的能力中寻找最能满足该需求的一项：该能力与需求共有的词语和议题越多，契合度就越高。对资金、差旅支助、设备或场地的需求，只能由同类的可提供内容来满足。与某一世界地区相关的需求（“local partners in Pacific island states”）或与某种语言相关的需求（“Russian-language training”），不能由仅与其他地区或语言相关的可提供内容来满足。
scores-kind-of-partner = 有些需求指明的是合作伙伴的类别，而非某项技能：“donor co-financing”、“a local implementing partner in West Africa”、“a counterpart ministry”、“a university partner”。此类需求也可以由合作伙伴本身的身份来满足——寻求资助方时，发展机构或任何提供资金的组织；寻求对口部委时，部委；寻求西非当地合作伙伴时，西非的计算机应急响应小组、非政府组织、大学或部委——但其满足程度略低于相匹配的可提供内容。

scores-complementarity-heading = 3. 双向互补
scores-complementarity = 系统计算两个比例：合作伙伴能满足的您的需求所占比例，以及您能满足的合作伙伴需求所占比例。两者的平均值即为互补程度。现实中的伙伴关系往往是单向的，因此，一个能满足您的需求而无需您提供任何支持的合作伙伴，与同样需要您的合作伙伴计分相同。

scores-same-field-heading = 4. 在同一领域开展工作
scores-same-field = 针对相同议题、服务相同人群的组织，即使没有任何需求与可提供的内容相对应，也常常彼此合作。Roundtable 从整体上比较双方资料中的议题和具有区分度的词语——简介、能力和公开需求（从不包括不公开的需求）——并计算其共有内容的多少，罕见议题的权重高于常见议题。

scores-context-heading = 5. 背景因素
scores-context = 互补程度与共同领域的权重相同。结果还会根据以下因素略作调整：工作语言（没有共同语言的组织评分较低）、是否在同一地区开展工作，以及组织类别是否经常相互合作（例如发展机构与部委）。

scores-broad-heading = 6. 业务范围广泛的组织
scores-broad = 少数业务范围非常广泛的组织与所有组织都有一定程度的契合，如不加以调整，就会充斥每个组织的推荐列表。因此，每个评分都会与双方各自与其最佳合作伙伴的契合程度进行比较：如果某一组合对双方而言都较为突出，其评分就会较高；而与所有组织都只有一般契合度的组织，在每个组织的列表中排名都会下降。这一校正对双方相同，因此每一组合只有一个评分。

scores-reasons-heading = 7. 推荐理由
scores-reasons = 每项推荐都会列出理由：合作伙伴以哪项可提供的内容满足您的哪些需求，或因其本身属于您所寻求的合作伙伴类别而满足需求；您满足对方的哪些需求；双方共同涉及的议题；共同的语言、地区和组织类别。每条理由均以各方自己的语言引用其填写的原文。

# <code> 中的文件名请保持原样。
scores-formula-html = 精确的计算公式载于本项目关于匹配引擎的文档（<code>src/matching/mod.rs</code>）。
