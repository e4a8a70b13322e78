## قيمة `detail` في مستندات المشكلات التي تُرسلها API (تبقى المفاتيح والعناوين بالإنكليزية).

api-error-unexpected = حدث خطأ غير متوقع؛ وقد سُجّل هذا الخطأ.
api-error-unavailable = يتعذّر على الخدمة الاتصال بقاعدة بياناتها في الوقت الحالي؛ يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
api-error-unauthorized = أرسلوا رمز وصول إلى API بصيغة `Authorization: Bearer TOKEN` (يمكنكم إنشاء رمز في /settings/tokens).
api-error-conflict = عُدّل الملف التعريفي منذ الإصدار { $version }؛ اجلبوه مرة أخرى ثم أعيدوا إرسال تعديلكم.
api-error-invalid = بعض الحقول غير صالحة.
api-error-too-large = حجم متن الطلب كبير جدًا.
api-error-method = تقبل نقطة النهاية هذه الطرق التالية: { $methods }.
