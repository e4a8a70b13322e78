## تسجيل الدخول والتسجيل.

login-title = تسجيل الدخول
login-button = دخول
login-new-here = مستخدم جديد؟
register-title = التسجيل
register-intro = تُنشئون الملف التعريفي للمنظمة وأول حساب لها. ويمكنكم استكمال الملف التعريفي بعد ذلك.
register-password-hint = يجب ألا يقل عدد الأحرف عن { $min }. ومن السهل تذكّر جملة قصيرة.
register-button = تسجيل
register-already = هل سبق لكم التسجيل؟
field-email = عنوان البريد الإلكتروني
field-your-email = عنوان بريدكم الإلكتروني
field-password = كلمة المرور
field-organization-name = اسم المنظمة

## النماذج في جميع الصفحات.

form-correct-fields = يُرجى تصحيح الحقول المشار إليها أدناه.
confirm-cancel = إلغاء: إبقاء كل شيء على حاله
