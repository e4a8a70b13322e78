## إشعارات البريد الإلكتروني: صفحة الإعدادات.

notify-title = إشعارات البريد الإلكتروني
notify-intro = اختاروا لكل نوع من المستجدات رسالة فورية، أو رسالة واحدة يوميًا تجمع كل شيء، أو لا شيء. ولا تُرسَل الرسائل إلا إلى عنوان مؤكَّد.
notify-kind-requests = طلبات عقد الاجتماعات الموجّهة إلى منظمتكم
notify-kind-answers = الردود على طلبات عقد الاجتماعات التي أرسلتها منظمتكم
notify-kind-mutual = اهتمام متبادل جديد
notify-kind-schedule = الجداول الزمنية للفعاليات: نشرها، ونقل الاجتماعات أو حذفها أو إضافتها
notify-kind-reminder = تذكير في اليوم السابق للفعالية، مع جدول الاجتماعات
notify-mode-immediate = فورًا
notify-mode-digest = في ملخص يومي
notify-mode-off = إيقاف
notify-save = حفظ اختياراتي
notify-saved = حُفظت اختياراتكم.
notify-invalid = اختاروا «فورًا» أو «في ملخص يومي» أو «إيقاف» لكل نوع.
notify-digest-name = الملخص اليومي

## رابط إلغاء الاشتراك بنقرة واحدة في كل رسالة بريد إلكتروني.

unsubscribe-title = إيقاف هذه الرسائل
unsubscribe-ask = هل تريدون إيقاف الرسائل بشأن: { $kind }؟
unsubscribe-button = إيقاف هذه الرسائل
unsubscribe-done = تم: لن تصلكم بعد الآن رسائل بشأن: { $kind }. ويمكنكم تغيير ذلك في إعداداتكم في أي وقت.
unsubscribe-unknown = هذا الرابط لا يعمل: ربما لم يعد الحساب المرتبط به موجودًا.

## رسائل البريد الإلكتروني.

notify-request-subject = تطلب { $org } الاجتماع بكم في { $event }
notify-request-intro = تطلب { $org } عقد اجتماع مع منظمتكم في { $event }.
notify-message = رسالتها: «{ $message }»
notify-request-action = الرد في صفحة الفعالية
notify-accepted-subject = قبلت { $org } طلب الاجتماع الذي أرسلتموه
notify-accepted-intro = قبلت { $org } طلب الاجتماع الذي أرسلته منظمتكم في { $event }.
notify-declined-subject = رفضت { $org } طلب الاجتماع الذي أرسلتموه
notify-declined-intro = رفضت { $org } طلب الاجتماع الذي أرسلته منظمتكم في { $event }.
notify-reply = ردّها: «{ $reply }»
notify-answer-action = عرض صفحة الفعالية
notify-mutual-subject = اهتمام متبادل مع { $org }
notify-mutual-intro = تهتم { $org } بالعمل مع منظمتكم، كما تهتمون أنتم بالعمل معها: فالاهتمام متبادل. ويمكن الآن لكل طرف الاطلاع على بيانات الاتصال والاحتياجات غير العلنية للطرف الآخر.
notify-mutual-action = عرض حالات الاهتمام المتبادل
mail-footer-settings = اختيار الرسائل التي تصلكم
mail-footer-unsubscribe = إيقاف الرسائل من هذا النوع
digest-subject = مستجداتكم في Roundtable: { $count ->
    [zero] لا توجد بنود
    [one] بند واحد
    [two] بندان
    [few] { $count } بنود
    [many] { $count } بندًا
   *[other] { $count } بند
}
digest-intro = ما استجدّ منذ ملخصكم الأخير:

## الجدول الزمني للفعالية، يُرسَل بالبريد الإلكتروني مع ملف تقويم.

schedule-published-subject = نُشر الجدول الزمني لفعالية { $event }
schedule-published-intro = جدول اجتماعات { $org } في { $event } يوم { $date } { $count ->
    [zero] لا يضم أي اجتماع
    [one] يضم اجتماعًا واحدًا
    [two] يضم اجتماعين
    [few] يضم { $count } اجتماعات
    [many] يضم { $count } اجتماعًا
   *[other] يضم { $count } اجتماع
}.
schedule-calendar-note = يضيف ملف التقويم المرفق هذه الاجتماعات إلى تقويمكم، ويحدّثها إذا تغيّرت.
schedule-action = عرض جدول اجتماعاتكم
schedule-changed-subject = تغيّرت اجتماعاتكم في { $event }
schedule-changed-intro = غيّر المنظمون جدولكم الزمني في { $event }:
schedule-line-added = جديد: { $time }، { $table }، مع { $partners }
schedule-line-moved = منقول: { $time }، { $table }، مع { $partners }
schedule-removed-subject = أُلغي اجتماع في { $event }
schedule-removed-intro = حذف المنظمون من جدولكم الزمني في { $event }:
schedule-line-removed = ملغى: { $time }، { $table }، مع { $partners }

## التذكير في اليوم السابق للفعالية.

reminder-subject = غدًا: { $event }
reminder-intro = جدول اجتماعات { $org } في { $event } غدًا، يوم { $date }، في { $venue } { $count ->
    [zero] لا يضم أي اجتماع
    [one] يضم اجتماعًا واحدًا
    [two] يضم اجتماعين
    [few] يضم { $count } اجتماعات
    [many] يضم { $count } اجتماعًا
   *[other] يضم { $count } اجتماع
}:
reminder-line = { $time } · { $table } · مع { $partners }
