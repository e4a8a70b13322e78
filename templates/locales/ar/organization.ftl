## صفحة المنظمة.

org-fictional = هذه منظمة افتراضية، وهي جزء من البيانات التجريبية.
org-edit = تعديل الملف التعريفي
org-suggestions = الشركاء المقترحون
org-hint-needs-html = <strong>أضيفوا احتياجاتكم للحصول على اقتراحات:</strong> ما تسعى إليه منظمتكم، بندًا واحدًا في كل سطر.
org-hint-offers-html = <strong>أضيفوا ما تقدّمونه</strong>، لكي يعثر عليكم من يحتاجون إليه.
org-complete = استكمال الملف التعريفي
org-last-updated = آخر تحديث
org-capabilities = القدرات
org-capabilities-sub = ما تقدّمه المنظمة
org-needs = الاحتياجات
org-needs-sub = ما تسعى إليه المنظمة
org-none-yet = لم يُدرَج أي شيء بعد.
org-private = غير علنية
org-coverage = مدى تلبية هذه الاحتياجات في هذا المجال
org-coverage-caption = الاحتياجات حسب الموضوع: عدد ما تلبّيه منها عروض منظمات أخرى
org-coverage-private = تُحتسب هنا الاحتياجات غير العلنية دون ذكرها.
org-whole-landscape = المشهد العام بأكمله
org-coverage-pending = يجري تحديث الاقتراحات في ضوء هذه الاحتياجات؛ وستظهر هذه الصورة بعد لحظات.
col-covered = مُلبّاة
col-providers = المنظمات التي تقدّمها
field-working-languages = لغات العمل
field-website = الموقع الشبكي
field-contact = بيانات الاتصال

## فئات المنظمات.

kind-government = جهة حكومية أو وزارة أو وكالة
kind-development_agency = وكالة إنمائية
kind-international_org = منظمة دولية
kind-regional_org = منظمة إقليمية
kind-cert = فريق وطني للاستجابة لطوارئ الحاسوب (CERT/CSIRT)
kind-civil_society = المجتمع المدني
kind-academia = الأوساط الأكاديمية والبحثية
kind-private_sector = القطاع الخاص
kind-other = أخرى

## مناطق العالم.

region-africa = أفريقيا
region-americas = الأمريكتان
region-asia = آسيا
region-europe = أوروبا
region-middle-east = الشرق الأوسط
region-pacific = منطقة المحيط الهادئ
region-global = عالمي

## نموذج الملف التعريفي.

edit-first-heading = الملف التعريفي لمنظمتكم
guide-title = مقوّمات الملف التعريفي الجيد
guide-intro-html = تستند الاقتراحات إلى ما تكتبونه تحت <strong>القدرات</strong> (ما تقدّمونه) و<strong>الاحتياجات</strong> (ما تسعون إليه). ويقرأ الشركاء ذلك أيضًا.
guide-one-per-line = بند واحد في كل سطر، بإيجاز وبشكل محدد: «incident response training for SOC analysts»، وليس «cybersecurity».
guide-who-where = اذكروا الفئة المستهدفة أو المكان عندما يكون ذلك مهمًا: «legal drafting support for a cybercrime law in West Africa».
guide-languages = اكتبوا بالإنكليزية أو الفرنسية أو الإسبانية: فالاقتراحات تعمل عبر هذه اللغات الثلاث.
guide-examples = أمثلة حسب فئة المنظمة
guide-ministry = وزارة أو وكالة وطنية للأمن السيبراني
guide-ministry-example = الاحتياجات: «help to draft our national cybersecurity strategy»، «training for our national CERT staff». العروض: «hosting of regional meetings».
guide-cert = فريق وطني للاستجابة لطوارئ الحاسوب
guide-cert-example = العروض: «incident handling training»، «malware analysis mentoring». الاحتياجات: «CSIRT maturity assessment»، «funding for a SOC platform».
guide-donor = وكالة إنمائية أو جهة مانحة
guide-donor-example = العروض: «grant funding for cyber capacity building in Africa». الاحتياجات: «local implementing partners in the Pacific».
guide-academia = الأوساط الأكاديمية أو المجتمع المدني
guide-academia-example = العروض: «a master's curriculum in cybersecurity»، «research on online child protection». الاحتياجات: «partners for a regional awareness campaign».
edit-conflict = حفظ شخص آخر هذا الملف التعريفي أثناء تعديلكم له. وقد احتُفظ بتغييراتكم أدناه لكنها لم تُحفظ. قارنوها بالملف التعريفي الحالي، ثم احفظوا مرة أخرى للاستعاضة عنه.
edit-conflict-link = عرض الملف التعريفي الحالي
edit-not-saved = لم يُحفظ أي شيء. يُرجى تصحيح الحقول المشار إليها أدناه.
field-name = الاسم
field-description = الوصف
edit-up-to = الحد الأقصى لعدد الأحرف: { $max }
edit-kind = فئة المنظمة
edit-choose-kind = اختاروا فئة المنظمة
edit-languages-hint = أسماء مفصولة بفواصل، بإحدى لغات الواجهة أو باللغة نفسها، مثل البرتغالية، الكينيارواندا، Bahasa Indonesia
edit-capabilities-hint = ما تقدّمونه، بندًا واحدًا في كل سطر (50 بندًا كحد أقصى)
edit-needs-hint = ما تسعون إليه، بندًا واحدًا في كل سطر (50 بندًا كحد أقصى)
edit-private-needs = الاحتياجات غير العلنية
edit-private-needs-hint = بندًا واحدًا في كل سطر: تُحتسب هذه الاحتياجات في الاقتراحات، لكن الآخرين لا يرون إلا موضوعها إلى أن يبدي الطرفان كلاهما اهتمامًا متبادلًا
edit-contact = البريد الإلكتروني العلني للاتصال
edit-contact-hint = يظهر في ملفكم التعريفي؛ وتطّلع المنظمات التي يجمعكم بها اهتمام متبادل أيضًا على عناوين البريد الإلكتروني لحساباتكم
edit-save = حفظ الملف التعريفي
cancel = إلغاء
edit-other-languages = لغات أخرى
