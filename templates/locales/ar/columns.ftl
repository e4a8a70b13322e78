## Column headings and sheet names of downloaded files (CSV, Excel).

col-time = الوقت
col-table = الطاولة
col-partners = الشركاء
col-topic = المحور
col-score = الدرجة
col-why = السبب
col-organization = المنظمة
col-rank = الترتيب
col-partner = الشريك
col-website = الموقع الإلكتروني
col-contact = جهة الاتصال
col-interest = الاهتمام
col-contact-e-mail = البريد الإلكتروني للاتصال
col-country = البلد
col-covered-pct = المُلبّاة (%)
col-kind = الفئة
col-languages = اللغات
col-meetings = الاجتماعات
col-need = الاحتياج
col-needs-of-others-covered = احتياجات الآخرين المُلبّاة
col-needs = الاحتياجات
col-not-available = غير متاح
col-note = ملاحظة
col-offers = العروض
col-outcome = النتيجة
col-participants = المشاركون
col-profile = الملف التعريفي
col-region = المنطقة
col-theme = الموضوع
col-unmet-needs = الاحتياجات غير المُلبّاة
col-agenda = جدول الاجتماعات
col-table-plan = مخطط الطاولات
col-report = التقرير
col-landscape = المشهد العام
col-name = الاسم
col-seeks = يبحث عن
col-matches = الاقتراحات

## The calendar file (.ics): each meeting's title and description. $partners: organizations separated by commas.

ics-summary = اجتماع مع { $partners }
ics-topic = المحور: { $topic }
ics-score = درجة التوافق: { $score } من 100.
