## أسباب رفض الطلب (تظهر في صفحة الخطأ).

refused-message-long = الرسالة طويلة جدًا: الحد الأقصى لعدد الأحرف هو { $max }.
refused-request-partner = اختاروا منظمة من قائمة المشاركين.
refused-request-own = لا يمكنكم طلب عقد اجتماع مع منظمتكم نفسها.
refused-request-not-participant = لا تشارك { $org } في هذه الفعالية.
refused-request-not-interested = وضعتم على { $org } علامة «غير مهتم». تراجعوا عن هذه العلامة في صفحة الاقتراحات لكي تتمكنوا من طلب عقد اجتماع.
refused-request-duplicate = يوجد بالفعل طلب لعقد اجتماع بينكم وبين { $org }؛ راجعوا «طلبات عقد الاجتماعات» في صفحة الفعالية.
refused-answer-choice = اختاروا «قبول» أو «رفض».
refused-filter-value = لعامل التصفية «{ $filter }» قيمة لا يمكن استخدامها في هذه القائمة.
refused-mark-self = لا يمكن للمنظمة أن تضع علامة على نفسها.
refused-mark-choice = اختاروا «مهتم» أو «غير مهتم» أو «تراجع».
refused-outcome-choice = اختاروا نتيجة من القائمة.
refused-note-long = الملاحظة طويلة جدًا: الحد الأقصى لعدد الأحرف هو { $max }.
refused-form-unreadable = تعذّرت قراءة النموذج.
refused-slot-unknown = لا توجد فترة زمنية «{ $slot }» في هذه الفعالية.
refused-participant-unknown = لا توجد منظمة مسجّلة باسم «{ $name }». استخدموا اسمها أو الجزء الأخير من عنوان صفحتها.
refused-landscape-table = اختاروا جدولًا: coverage أو unmet أو topics أو providers.
refused-slot-choose = اختاروا فترة زمنية من فترات هذه الفعالية.
