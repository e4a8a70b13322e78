## Titles and descriptions of the charts (read by screen readers too).

chart-org-title = الاحتياجات المُلبّاة في المجال، حسب الموضوع
chart-org-desc = لكل موضوع، عدد احتياجاته وعدد ما يلبّيه منها عرض منظمة أخرى. ترد الأرقام نفسها في الجدول أدناه.
chart-report-title = الاجتماعات حسب الموضوع، وما أفضى منها إلى متابعة أو اتفاق أو مشروع
chart-report-desc = لكل موضوع، عدد الاجتماعات وعدد ما أفضى منها إلى نتيجة. ترد الأرقام نفسها في الجدول أدناه.
chart-report-meetings = الاجتماعات
chart-report-fruitful = أفضت إلى نتيجة
chart-landscape-title = الاحتياجات التي تلبّيها عروض المجال، حسب الموضوع والمنطقة
chart-landscape-desc = لُبّي { $covered } من أصل { $needs } من الاحتياجات. الصفوف هي المواضيع والأعمدة هي المناطق؛ تبيّن كل خانة الاحتياجات المُلبّاة من مجموع الاحتياجات ونسبتها، ويزداد لونها قتامةً كلما زادت النسبة. ترد الأرقام نفسها في الجدول أدناه.
chart-topics-title = المسائل المطلوبة والأقل عرضًا
chart-topics-desc = لكل مسألة، عدد الاحتياجات وعدد العروض التي تذكرها. ترد الأرقام نفسها في الجدول أدناه.
chart-offers = العروض

## The heat map's legend; the themes of the vocabulary (after the GFCE's themes); needs without a theme or region.

chart-legend-covered = الاحتياجات المُلبّاة:
chart-legend-no-needs = لا احتياجات
theme-strategy = سياسات الأمن السيبراني واستراتيجيته
theme-incidents = إدارة الحوادث السيبرانية وحماية البنى التحتية الحيوية
theme-cybercrime = الجريمة السيبرانية
theme-skills = ثقافة الأمن السيبراني ومهاراته
theme-standards = معايير الأمن السيبراني
theme-cooperation = التعاون والموارد
theme-none = احتياجات أخرى
region-none = لم تُحدَّد المنطقة
