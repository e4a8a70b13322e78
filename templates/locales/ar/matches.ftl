## الشركاء المقترحون.

matches-title = الشركاء المقترحون لـ { $name }
matches-heading = الشركاء المقترحون لـ
matches-lead-own = مرتّبة حسب مدى تكامل كل منظمة مع منظمتكم، في الاتجاهين.
matches-lead-other = مرتّبة حسب مدى تكامل كل منظمة مع هذه المنظمة، في الاتجاهين.
any = الكل
matches-language-example = مثلًا fr
matches-min-score = الحد الأدنى للدرجة
matches-show-hidden = إظهار «غير مهتم»
matches-export = تصدير هذه القائمة:
matches-printable = صفحة قابلة للطباعة
matches-mutual = اهتمام متبادل
matches-updating = يجري تحديث الاقتراحات بعد التعديلات الأخيرة على الملفات التعريفية؛ أعيدوا تحميل الصفحة بعد بضع ثوانٍ لرؤيتها.
matches-count = { $count ->
    [zero] لا توجد اقتراحات
    [one] اقتراح واحد
    [two] اقتراحان
    [few] { $count } اقتراحات
    [many] { $count } اقتراحًا
   *[other] { $count } اقتراح
}
matches-empty-own = أضيفوا القدرات والاحتياجات إلى ملفكم التعريفي للحصول على اقتراحات.
matches-empty-other = لم تُدرج هذه المنظمة أي قدرات أو احتياجات بعد.
matches-none-fits = لا يوجد اقتراح مطابق. خفّفوا عوامل التصفية، أو اذكروا مزيدًا من الاحتياجات والقدرات في الملف التعريفي.
matches-score-title = الدرجة من 100
matches-score-label = الدرجة: { $score } من 100
matches-you-are-interested = أبديتم اهتمامكم.
matches-you-marked-not = وضعتم على هذا الاقتراح علامة «غير مهتم».
matches-undo-label = إلغاء العلامة الموضوعة على { $name }
matches-interested-label = مهتم بـ { $name }
matches-not-interested-label = غير مهتم بـ { $name }
matches-interested = مهتم
matches-not-interested = غير مهتم
undo = تراجع

## أسباب الاقتراح. «offer» و«need» هما ما كتبته المنظمتان؛ و«who» يبيّن
## نوع الشريك (عبارة بالإنكليزية، مثل «a development agency in Europe»).

reason-they-cover = يقدّم الشريك { $offer }، وهو ما يلبّي حاجتكم { $need }.
reason-they-cover-its = يقدّم الشريك { $offer }، وهو ما يلبّي حاجة هذه المنظمة { $need }.
reason-you-cover = تقدّمون { $offer }، وهو ما يلبّي حاجة الشريك { $need }.
reason-it-covers = تقدّم هذه المنظمة { $offer }، وهو ما يلبّي حاجة الشريك { $need }.
reason-they-fit = الشريك هو { $who }، وهو ما يتناسب مع حاجتكم { $need }.
reason-they-fit-its = الشريك هو { $who }، وهو ما يتناسب مع حاجة هذه المنظمة { $need }.
reason-you-fit = منظمتكم هي { $who }، وهو ما يتناسب مع حاجة الشريك { $need }.
reason-it-fits = هذه المنظمة هي { $who }، وهو ما يتناسب مع حاجة الشريك { $need }.
reason-same-field = مجالات العمل المشتركة بينكم وبين الشريك: { $topics }.
reason-same-field-both = مجالات العمل المشتركة بين الطرفين: { $topics }.
reason-shared-languages = لغات العمل المشتركة: { $languages }.
reason-no-shared-language = لم تُدرَج أي لغة عمل مشتركة.
reason-same-region = منطقة العمل المشتركة: { $region }.
reason-kinds-complement = كثيرًا ما تتكامل فئتا «{ $yours }» و«{ $theirs }».

## The printable list: a phrase that an organization wrote, in quotation marks; the mark on a suggestion.

quoted = «{ $text }»
interest-mutual = اهتمام متبادل
interest-interested = مهتم
interest-not-interested = غير مهتم
