## الاهتمام المتبادل (/organizations/…/mutual): المنظمات التي وضعت كل منها على
## الأخرى علامة الاهتمام. عنوان الصفحة هو matches-mutual.

# { $name } اسم منظمة الزائر نفسه.
mutual-lead = المنظمات التي أبدت { $name } اهتمامها بها، والتي أبدت بدورها اهتمامها بـ { $name }.
mutual-get-in-touch = تواصلوا معها: فمن هنا تبدأ الشراكات.
mutual-contacts-shown = يرى كل طرف هنا بيانات الاتصال العلنية للطرف الآخر وعناوين البريد الإلكتروني للأشخاص الذين يملكون حساباته.
# «مهتم» هي تسمية الزر في صفحة الاقتراحات (matches-interested): تُستخدم الكلمة نفسها.
mutual-empty = لا يوجد اهتمام متبادل بعد. ضعوا علامة «مهتم» على الاقتراحات التي تودّون الاجتماع بها؛ وعندما تفعل هي الشيء نفسه، ستظهر هنا.
# رابط بعد mutual-empty يؤدي إلى قائمة الاقتراحات.
mutual-to-suggestions = الانتقال إلى اقتراحاتكم
# عناوين أعمدة جدول الشركاء.
mutual-partner = الشريك
mutual-score = الدرجة
mutual-no-contact = لم تُقدَّم بيانات للاتصال، ولا يملك أحد حسابًا لهذه المنظمة بعد؛ وقد يتضمن ملفها التعريفي مزيدًا من المعلومات.

## قائمة الاقتراحات القابلة للطباعة (/organizations/…/matches/print).
## عنوانها matches-title؛ ويرد تحته اسم الموقع والتاريخ و
## عدد الاقتراحات (matches-count)، ثم print-scores-explained.

# يُترك العنوان /how-scores-work على حاله: فهو يُطبع على الورق.
print-scores-explained = الدرجات من 0 إلى 100، ويرد شرحها في /how-scores-work
# بعد اسم كل شريك؛ { $score } عدد من 0 إلى 100.
print-score = الدرجة { $score }
# بعد الأسباب المطبوعة للاقتراح: عدد الأسباب الإضافية الواردة في القائمة على الموقع.
print-more-reasons = { $count ->
    [zero] (لا توجد أسباب أخرى في قائمة الاقتراحات على الإنترنت)
    [one] (سبب آخر في قائمة الاقتراحات على الإنترنت)
    [two] (سببان آخران في قائمة الاقتراحات على الإنترنت)
    [few] ({ $count } أسباب أخرى في قائمة الاقتراحات على الإنترنت)
    [many] ({ $count } سببًا آخر في قائمة الاقتراحات على الإنترنت)
   *[other] ({ $count } سبب آخر في قائمة الاقتراحات على الإنترنت)
}

## رموز الوصول إلى API (/settings/tokens).

tokens-title = رموز الوصول إلى API
# يُترك «Authorization: Bearer TOKEN» الوارد في <code> على حاله: فهو ما يرسله البرنامج.
tokens-intro-html = يتيح رمز الوصول لبرنامج ما استخدام <a href="/api/docs">Roundtable API</a> باسم منظمتكم:
    أرسلوه بصيغة <code>Authorization: Bearer TOKEN</code>. وتعاملوا معه كما تتعاملون مع كلمة المرور.
# يظهر مرة واحدة، بخط عريض، فوق رمز الوصول الذي أُنشئ للتو؛ ويليه tokens-copy-now.
tokens-new = رمز الوصول الجديد الخاص بكم.
tokens-copy-now = انسخوه الآن: فلن يُعرض مرة أخرى.
tokens-none = لا توجد رموز وصول بعد.
# عنوان عمود: تاريخ إنشاء رمز الوصول.
tokens-created = تاريخ الإنشاء
# زر يُبطل رمز الوصول فلا يعود صالحًا للاستعمال.
tokens-revoke = إبطال
tokens-create-heading = إنشاء رمز وصول
# تلميح بعد تسمية «الاسم» لرمز وصول جديد.
tokens-name-hint = الغرض منه
tokens-create = إنشاء رمز الوصول

## وثائق API (/api/docs).

api-docs-title = API
api-docs-heading = Roundtable API
# يُترك النص الوارد في <code> والعناوين على حالها.
api-docs-intro-html = واجهة JSON API تحت <code>/api/v1</code>، يصفها مستند OpenAPI 3.1 المتاح على
    <a href="/api/openapi.json">/api/openapi.json</a>.
api-docs-writes-html = القراءة متاحة للجميع؛ أما الكتابة فتتطلب رمز وصول يُحصل عليه من
    <a href="/settings/tokens">إعداداتكم</a>، ويُرسل بصيغة <code>Authorization: Bearer TOKEN</code>.
api-docs-errors-html = تُرسل الأخطاء في شكل مستندات مشكلات وفقًا للمعيار RFC 9457 (<code>application/problem+json</code>).
# عناوين أعمدة جدول العمليات: طريقة HTTP، والعنوان، والملخص، وهل يلزم رمز وصول.
api-docs-method = الطريقة
api-docs-path = المسار
api-docs-what = الوظيفة
api-docs-token = رمز الوصول
# في عمود «رمز الوصول»: هل تتطلب العملية رمز وصول.
api-docs-token-required = مطلوب
api-docs-token-optional = اختياري
api-docs-updating-heading = تحديث ملف تعريفي
# تُترك <code>version</code> على حالها: فهي اسم حقل.
api-docs-updating-html = اقرؤوا الملف التعريفي، وعدّلوه، ثم أعيدوا إرساله مع قيمة <code>version</code> التي قرأتموها. وإذا
    عدّله أحد في الأثناء، يكون الرد 409: اقرؤوه مرة أخرى.
# { $kinds } قائمة القيم التي يأخذها الحقل «kind» (government وcert و…): تبقى بالإنكليزية.
api-docs-kinds = الفئات: { $kinds }.

tokens-name-invalid = أعطوا رمز الوصول اسمًا يتألف من 1 إلى 100 حرف، مثل «CRM sync».

## The outbox, for a site administrator.

outbox-title = صندوق الصادر
outbox-intro-smtp = أحدث رسائل البريد الإلكتروني للموقع، وما إذا كان خادم البريد قد قبلها. لا تُعرض نصوصها لأنها تتضمن روابط تعمل نيابةً عن المرسَل إليهم.
outbox-intro-no-smtp = لم يُضبط أي خادم بريد (SMTP_URL): تنتظر الرسائل هنا. لا تُعرض نصوصها لأنها تتضمن روابط تعمل نيابةً عن المرسَل إليهم.
outbox-empty = لا توجد رسائل بعد.
outbox-col-written = كُتبت في
outbox-col-to = إلى
outbox-col-subject = الموضوع
outbox-col-state = الحالة
outbox-sent = أُرسلت
outbox-waiting = في الانتظار
outbox-failed = لم تُرسَل: عدد المحاولات الفاشلة { $count }، وستُعاد المحاولة لاحقًا
