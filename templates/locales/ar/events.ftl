## عناصر تظهر في عدة صفحات من صفحات الفعاليات.

# بعد تاريخ الفعالية ومكان انعقادها: المنطقة الزمنية لجميع الأوقات المعروضة.
# $zone اسم منطقة زمنية، مثل "Europe/Zurich".
event-times-in = الأوقات حسب المنطقة الزمنية { $zone }
# محور نقاش الاجتماع (حاجة كتبها أحد المشاركين)، كما حدّده المنظمون أو
# الطاولة الجماعية.
event-topic = محور النقاش: { $topic }
event-edit = تعديل الفعالية

## قائمة الفعاليات (/events).

event-list-title = الفعاليات
event-list-heading = فعاليات التوفيق بين الشركاء
event-list-lead = في جلسة التوفيق بين الشركاء، يلتقي المشاركون في محادثات قصيرة حول الطاولات، وفق جدول زمني يُعَدّ استنادًا إلى طلباتهم والاقتراحات المقدَّمة لهم.
event-create-link = إنشاء فعالية
event-list-empty = لا توجد فعاليات بعد.
# تلي عبارة «لا توجد فعاليات بعد.» للزوار الذين ليسوا من المنظمين.
event-list-empty-ask = ينشئ المنظمون الفعاليات؛ اطلبوا من منظمي الفعالية التي تهمّكم دعوتكم إليها.
event-participant-count = { $count ->
    [zero] لا يوجد أي مشارك
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
# بعد تاريخ الفعالية في القائمة: لا يمكن للمشاركين الجدد الانضمام إليها.
event-closed-tag = مغلقة

## نموذج إنشاء فعالية أو تعديلها (للمنظمين فقط).

event-new = فعالية جديدة
event-not-saved = لم يُحفظ أي شيء. يُرجى تصحيح الحقول المشار إليها أدناه.
event-field-date = التاريخ
# طريقة كتابة التاريخ في حقل التاريخ: تُرجمت الحروف (السنة والشهر واليوم) مع الإبقاء على ترتيبها.
event-date-format = سسسس-شش-يي
event-field-time-zone = المنطقة الزمنية
# تبقى أسماء المناطق الزمنية على حالها (فهي رموز).
event-time-zone-hint = مثل Europe/Zurich أو America/New_York
event-field-venue = المكان
event-field-slots = الفترات الزمنية
# «09:00 30» هو ما يُكتب: وقت البدء والمدة بالدقائق. يُترك على حاله.
event-slots-hint = فترة واحدة في كل سطر: وقت البدء وعدد الدقائق، مثل «09:00 30»
event-field-tables = الطاولات
# ما يُكتب: اسم الطاولة ثم نقطتان ثم عدد المقاعد؛ و«1-40» ينشئ الطاولات
# من 1 إلى 40 دفعة واحدة. «طاولة» مجرد اسم على سبيل المثال.
event-tables-hint = طاولة واحدة في كل سطر: الاسم وعدد المقاعد، مثل «طاولة 1: 2»؛ ولسلسلة مرقّمة: «طاولة 1-40: 2»
event-field-interpretation = الترجمة الشفوية
# تبقى الرموز على حالها (رموز اللغات المكوّنة من حرفين).
event-interpretation-hint = اللغات التي تتوفر إليها الترجمة الشفوية في الفعالية، في شكل رموز: en, fr, es
event-field-min-meetings = الحد الأدنى لعدد الاجتماعات لكل مشارك
event-group-tables-check = اقتراح طاولات جماعية ثلاثية (مقدّم المساعدة، والجهة الممولة، والجهة المستفيدة) على الطاولات التي تضم 3 مقاعد أو أكثر
event-open-check = مفتوحة: يجوز للمنظمات المسجّلة الانضمام إليها
event-save = حفظ الفعالية
event-create = إنشاء الفعالية
event-delete-heading = حذف هذه الفعالية
event-delete-confirm = حذف الفعالية مع المشاركين فيها وطلبات الاجتماعات والاجتماعات ونتائجها. ولا يمكن التراجع عن ذلك.
event-delete = حذف الفعالية

## صفحة الفعالية.

event-manage = إدارة المشاركين والجدول الزمني
event-session-report = تقرير الجلسة
event-programme = البرنامج
event-slots = { $count ->
    [zero] لا توجد أي فترة زمنية
    [one] فترة زمنية واحدة
    [two] فترتان زمنيتان
    [few] { $count } فترات زمنية
    [many] { $count } فترة زمنية
   *[other] { $count } فترة زمنية
}
event-tables = { $count ->
    [zero] لا توجد أي طاولة
    [one] طاولة واحدة
    [two] طاولتان
    [few] { $count } طاولات
    [many] { $count } طاولة
   *[other] { $count } طاولة
}
# مجموع الطاولات $count، منها $groups (ذات 3 مقاعد أو أكثر) تستوعب مجموعات ثلاثية.
event-tables-with-groups = { $count ->
    [zero] { $count } طاولة، منها للمجموعات الثلاثية: { $groups }
    [one] طاولة واحدة، منها للمجموعات الثلاثية: { $groups }
    [two] طاولتان، منها للمجموعات الثلاثية: { $groups }
    [few] { $count } طاولات، منها للمجموعات الثلاثية: { $groups }
    [many] { $count } طاولة، منها للمجموعات الثلاثية: { $groups }
   *[other] { $count } طاولة، منها للمجموعات الثلاثية: { $groups }
}
event-min-meetings = { $count ->
    [zero] دون حد أدنى لعدد الاجتماعات لكل مشارك
    [one] اجتماع واحد على الأقل لكل مشارك حيثما أمكن
    [two] اجتماعان على الأقل لكل مشارك حيثما أمكن
    [few] { $count } اجتماعات على الأقل لكل مشارك حيثما أمكن
    [many] { $count } اجتماعًا على الأقل لكل مشارك حيثما أمكن
   *[other] { $count } اجتماع على الأقل لكل مشارك حيثما أمكن
}
# $languages: أسماء اللغات مفصولة بفواصل.
event-interpretation = الترجمة الشفوية: { $languages }
event-your-meetings = اجتماعاتكم
event-none-for-you = لم يُحدَّد لكم أي اجتماع.
event-not-built = لم يُعَدّ الجدول الزمني بعد. وفي الأثناء، أرسلوا طلبات عقد الاجتماعات أدناه.
event-printable-agenda = جدول الاجتماعات للطباعة
event-add-to-calendar = إضافة إلى التقويم (.ics)
event-in-numbers = الجلسة بالأرقام
# قبل اسم المنظمة أو المنظمتين اللتين يُعقد معهما الاجتماع (في شكل روابط).
event-meeting-with = مع:
event-outcome = النتيجة
# الخيار في قائمة النتائج عندما لا تكون أي نتيجة مسجّلة بعد.
event-outcome-not-recorded = لم تُسجَّل
# ملاحظة قصيرة يدوّنها المشاركون عن نتيجة الاجتماع.
event-note = ملاحظة
event-save-outcome = حفظ النتيجة
event-availability = الأوقات التي تكونون فيها متاحين
event-availability-hint = ضعوا علامة على الفترات التي لا يمكنكم فيها عقد اجتماعات.
# خانة اختيار؛ $slot فترة زمنية مثل "09:00–09:30".
event-not-available = غير متاحين في الفترة { $slot }
event-save-availability = حفظ الأوقات المتاحة
event-requests = طلبات عقد الاجتماعات
event-no-requests = لا توجد طلبات بعد.
event-requests-incoming = الطلبات الموجّهة إليكم
event-requests-outgoing = الطلبات التي أرسلتموها
# حالة طلب عقد الاجتماع.
event-status-pending = قيد الانتظار
event-status-accepted = مقبول
event-status-declined = مرفوض
event-reply-optional = الرد (اختياري)
event-accept = قبول
event-decline = رفض
# $reply: ما رددتم به على طلب عقد اجتماع، كما كتبتموه.
event-your-reply = ردّكم: { $reply }
# $reply: ما ردّت به المنظمة الأخرى على طلبكم، كما كتبته.
event-their-reply = الرد: { $reply }
event-withdraw = سحب الطلب
event-partners-heading = المشاركون، بدءًا بالأكثر تطابقًا
# فوق قائمة المشاركين الآخرين عندما لا تُدرج إلا أفضل التطابقات:
# $shown منهم من أصل $total.
event-partners-shown = { $shown ->
    [zero] لا يُعرض أي مشارك من أصل { $total }.
    [one] يُعرض المشارك الأفضل تطابقًا من أصل { $total }.
    [two] يُعرض المشاركان الأفضل تطابقًا من أصل { $total }.
    [few] يُعرض أفضل { $shown } مشاركين تطابقًا من أصل { $total }.
    [many] يُعرض أفضل { $shown } مشاركًا تطابقًا من أصل { $total }.
   *[other] يُعرض أفضل { $shown } مشارك تطابقًا من أصل { $total }.
}
# رابط يلي عبارة عدد المشاركين المعروضين: عرض جميع المشاركين.
event-partners-show-all = عرض الجميع، بمن فيهم من لا يجمعكم بهم أي قاسم مشترك
event-col-organization = المنظمة
event-col-score = الدرجة
event-col-meeting = الاجتماع
event-message-placeholder = رسالة (اختيارية)
# لقارئات الشاشة: حقل الرسالة في طلب عقد اجتماع؛ $name اسم منظمة.
event-message-to = رسالة إلى { $name }
event-request-meeting = طلب عقد اجتماع
event-leave = مغادرة هذه الفعالية
# زر؛ $name اسم منظمة الزائر.
event-join-as = الانضمام باسم { $name }
event-closed = هذه الفعالية مغلقة أمام المشاركين الجدد.
# يليها رابط «تسجيل الدخول».
event-log-in-to-join = لا يمكن الانضمام إلى هذه الفعالية وطلب عقد اجتماعات إلا للمنظمات التي سجّلت الدخول.
# $count: عدد المنظمات المشاركة.
event-participants-heading = المشاركون ({ $count })
event-nobody-yet = لم ينضم أحد بعد.

## جدول اجتماعات المنظمة في الفعالية، في صيغة قابلة للطباعة.

# $name: اسم المنظمة صاحبة جدول الاجتماعات.
event-agenda-title = جدول اجتماعات { $name }
# رابط للعودة إلى صفحة الفعالية؛ السهم معكوس للغات التي تُكتب من اليمين إلى اليسار.
event-back-to-event = → العودة إلى الفعالية
event-agenda-empty = لم يُحدَّد أي اجتماع.
event-col-time = الوقت
event-col-table = الطاولة
# عمود في جدول الاجتماعات: المنظمات التي يُعقد معها الاجتماع.
event-col-with = مع
# عمود في جدول الاجتماعات: سبب اقتراح الاجتماع.
event-col-why = السبب

## What came of a meeting; where a meeting request with a partner stands.

outcome-follow_up = تم الاتفاق على المتابعة
outcome-agreement = مذكرة تفاهم أو اتفاق
outcome-project = بدء مشروع
outcome-no_fit = لا توافق
outcome-none = لم يُسجَّل
outcome-not-yet = لم يُسجَّل بعد
partner-you-asked = أرسلتم طلبًا؛ في انتظار الرد.
partner-they-asked = أرسلت إليكم طلبًا: يُرجى الرد في «طلبات الاجتماع».
partner-accepted = قُبل طلب الاجتماع.
partner-declined = رُفض طلب الاجتماع.
partner-not-interested = وضعتم عليها علامة «غير مهتم».

## On the day: the meeting going on and the next one. $table is a table's name; $partners the partners' names.

agenda-now = الآن، حتى { $until }: { $table } مع { $partners }
agenda-next = التالي، { $time }: { $table } مع { $partners }

## الأخطاء في نموذج الفعالية. $line: رقم السطر في الحقل.

event-form-group-tables = تتطلب الطاولات الجماعية الثلاثية طاولة واحدة على الأقل تضم 3 مقاعد أو أكثر.
event-form-name-empty = أدخلوا اسم الفعالية.
event-form-date = أدخلوا التاريخ بالصيغة YYYY-MM-DD، مثل 2026-12-03.
event-form-time-zone-empty = أدخلوا المنطقة الزمنية، مثل Europe/Zurich أو America/New_York.
event-form-time-zone-unknown = «{ $value }» ليس اسم منطقة زمنية. استخدموا اسمًا مثل Europe/Zurich أو Africa/Nairobi أو UTC.
event-form-min-meetings = أدخلوا عددًا صحيحًا من 0 إلى { $max }.
event-form-slot-bad = السطر { $line }: «{ $value }» ليس فترة زمنية. اكتبوا وقت البدء وعدد الدقائق، مثل «09:00 30».
event-form-slot-length = السطر { $line }: تتراوح مدة الفترة الزمنية بين 5 دقائق و240 دقيقة.
event-form-slot-same-day = السطر { $line }: يجب أن تنتهي الفترة الزمنية في اليوم نفسه.
event-form-slot-overlap = السطر { $line }: تبدأ الفترة { $slot } قبل انتهاء الفترة التي تسبقها؛ أدرجوا الفترات بالترتيب ومن دون تداخل.
event-form-slots-many = الحد الأقصى لعدد الفترات الزمنية المُدرجة هو { $max }.
event-form-slots-none = أدرجوا فترة زمنية واحدة على الأقل، مثل «09:00 30».
event-form-seats-bad = السطر { $line }: اكتبوا بعد النقطتين عدد المقاعد، مثل «Table 1: 2».
event-form-seats-range = السطر { $line }: يتراوح عدد مقاعد الطاولة بين 2 و{ $max }.
event-form-range = السطر { $line }: تبدأ السلسلة بالرقم الأصغر وتنتهي بالرقم الأكبر.
event-form-table-name = السطر { $line }: أعطوا الطاولة اسمًا.
event-form-table-name-long = السطر { $line }: الحد الأقصى لعدد أحرف اسم الطاولة هو { $max }.
event-form-table-twice = السطر { $line }: توجد بالفعل طاولة باسم «{ $name }».
event-form-tables-many = الحد الأقصى لعدد الطاولات المُدرجة هو { $max }.
event-form-tables-none = أدرجوا طاولة واحدة على الأقل، مثل «Table 1: 2».

## منظمو الفعالية.

organizers-title = المنظمون
organizers-intro = يدير منظمو هذه الفعالية المشاركين فيها وجدولها الزمني واجتماعاتها؛ ولا سلطة لهم على الفعاليات الأخرى. أما مديرو الموقع فينظمون جميع الفعاليات ولا يُدرَجون في هذه القائمة.
organizers-none = لا يوجد منظمون غير مديري الموقع.
organizers-organization = المنظمة
organizers-add-heading = إضافة منظِّم
organizers-add-email = عنوان البريد الإلكتروني لحسابه في Roundtable
organizers-add-hint = يجب أن يكون للشخص حساب (أي أن تكون منظمته مسجّلة)؛ ويُبلَّغ بذلك بالبريد الإلكتروني.
organizers-add = إضافة بصفة منظِّم
organizers-added = أُضيف المنظِّم وأُبلغ بذلك بالبريد الإلكتروني.
organizers-removed = أُزيل المنظِّم.
organizers-no-account = لا يستخدم أي حساب هذا العنوان. اطلبوا من الشخص أن يسجّل منظمته في Roundtable أولًا، ثم أضيفوه.
organizers-already = هذا الشخص من منظمي هذه الفعالية بالفعل.
mail-organizer-subject = أصبحتم من منظمي فعالية { $event } في Roundtable
mail-organizer-intro = جعلكم { $by } من منظمي فعالية { $event }: يمكنكم الآن إدارة المشاركين فيها وجدولها الزمني واجتماعاتها.
mail-organizer-action = فتح الجدول الزمني
