## 组织名录。

directory-heading = 组织名录
directory-filters-left-out = 部分筛选条件未被采用：
directory-words = 搜索词
directory-placeholder = 搜索词，例如：incident response, forensics, Kenya
directory-search = 搜索
directory-filters = 筛选
directory-words-in = 搜索范围
directory-side-all = 全部资料
directory-side-offers = 可提供的内容
directory-side-seeks = 寻求的内容
directory-any-kind = 所有类别
directory-any-theme = 所有主题
directory-any-region = 所有地区
directory-name-or-code = 名称或代码
directory-apply = 应用
directory-found = 找到 { $count } 个组织
directory-filters-in-use = 当前筛选条件
directory-remove-filter = 移除筛选条件 { $filter }
directory-narrow = 缩小结果范围
directory-only-common-words = “{ $text }”仅包含常用词或符号，不予搜索：请输入名称、能力或需求中的某个词。
directory-no-match = 没有匹配的组织。
directory-try-fewer = 请减少搜索词或移除某个筛选条件。

## 多个页面共用的字段和控件。

field-kind = 类别
field-theme = 主题
field-region = 地区
field-country = 国家
field-language = 语言
download-csv = 下载 CSV 文件
badge-fictional = 虚构
pager-pages = 分页
pager-previous = 上一页
pager-next = 下一页
pager-page-of = 第 { $page } 页，共 { $pages } 页
directory-in-offers = 在可提供的内容中
directory-in-seeks = 在寻求的内容中
directory-works-in = 工作语言：{ $language }
