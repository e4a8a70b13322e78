## دليل المنظمات.

directory-heading = دليل المنظمات
directory-filters-left-out = لم تُطبَّق بعض عوامل التصفية:
directory-words = كلمات البحث
directory-placeholder = كلمات، مثل: incident response, forensics, Kenya
directory-search = بحث
directory-filters = عوامل التصفية
directory-words-in = البحث في
directory-side-all = الملف التعريفي كاملًا
directory-side-offers = ما تقدّمه المنظمات
directory-side-seeks = ما تسعى إليه المنظمات
directory-any-kind = جميع الفئات
directory-any-theme = جميع المواضيع
directory-any-region = جميع المناطق
directory-name-or-code = الاسم أو الرمز
directory-apply = تطبيق
directory-found = { $count ->
    [zero] لم يُعثر على أي منظمة
    [one] تم العثور على منظمة واحدة
    [two] تم العثور على منظمتين
    [few] تم العثور على { $count } منظمات
    [many] تم العثور على { $count } منظمة
   *[other] تم العثور على { $count } منظمة
}
directory-filters-in-use = عوامل التصفية المطبّقة
directory-remove-filter = إزالة عامل التصفية { $filter }
directory-narrow = تضييق نطاق النتائج
directory-only-common-words = لا يتضمّن «{ $text }» سوى كلمات شائعة أو رموز لا يشملها البحث: اكتبوا كلمة من اسم أو قدرة أو حاجة.
directory-no-match = لا توجد منظمة مطابقة.
directory-try-fewer = جرّبوا عددًا أقل من الكلمات أو أزيلوا أحد عوامل التصفية.

## الحقول وعناصر التحكم المشتركة بين عدة صفحات.

field-kind = الفئة
field-theme = الموضوع
field-region = المنطقة
field-country = البلد
field-language = اللغة
download-csv = تنزيل بصيغة CSV
badge-fictional = افتراضية
pager-pages = الصفحات
pager-previous = السابق
pager-next = التالي
pager-page-of = الصفحة { $page } من { $pages }
directory-in-offers = فيما تقدّمه المنظمات
directory-in-seeks = فيما تسعى إليه المنظمات
directory-works-in = لغة العمل: { $language }
