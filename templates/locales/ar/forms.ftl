## الخطأ في قيمة مُدخلة في نموذج (أو في حقل من حقول ملف مستورد).

form-email-empty = أدخلوا عنوان بريد إلكتروني.
form-email-long = لا يجوز أن يتجاوز عنوان البريد الإلكتروني 254 حرفًا.
form-email-invalid = أدخلوا عنوان بريد إلكتروني على غرار name@example.org.
form-password-short = يجب ألا يقل عدد الأحرف عن { $min }.
form-password-long = يجب ألا يزيد عدد الأحرف على { $max }.
# $why: ملاحظة أداة فحص كلمات المرور، بالإنكليزية («this is a top-10 common password»)؛ وقد تكون فارغة.
form-password-guessable = { $why ->
    [none] من السهل جدًا تخمين كلمة المرور هذه. استخدموا عبارة أطول تتألف من بضع كلمات لا رابط بينها.
   *[other] من السهل جدًا تخمين كلمة المرور هذه ({ $why }). استخدموا عبارة أطول تتألف من بضع كلمات لا رابط بينها.
}
form-name-empty = أدخلوا اسم المنظمة.
form-name-long = الحد الأقصى لعدد أحرف الاسم هو { $max } (وعدد أحرف هذا الاسم { $count }).
form-name-control = يحتوي الاسم على أحرف تحكّم.
form-name-bidi = يحتوي الاسم على حرف تحكّم غير مرئي في اتجاه الكتابة (مثل حرف فرض الاتجاه من اليمين إلى اليسار)، قد يجعله يبدو اسمًا آخر. اكتبوا الاسم من دون هذا الحرف.
form-kind-empty = اختاروا فئة المنظمة من القائمة.
# $value: ما أُدخل.
form-kind-unknown = اختاروا فئة من القائمة (القيمة المُدخلة: «{ $value }»).
form-region-unknown = اختاروا منطقة من القائمة: { $regions }.
form-description-long = الحد الأقصى لعدد أحرف الوصف هو { $max } (وعدد أحرف هذا الوصف { $count }).
form-website-long = الحد الأقصى لعدد أحرف العنوان الشبكي هو { $max }.
form-website-scheme = أدخلوا عنوانًا شبكيًا مثل www.example.org أو https://www.example.org.
form-website-invalid = أدخلوا عنوانًا شبكيًا كاملًا، مثل www.example.org.
# $what: capability أو need أو private_need؛ $start: أول 40 حرفًا من البند.
form-item-long = { $what ->
    [capability] الحد الأقصى لعدد أحرف كل قدرة هو { $max }؛ وعدد أحرف «{ $start }…» هو { $count }.
    [private_need] الحد الأقصى لعدد أحرف كل حاجة غير علنية هو { $max }؛ وعدد أحرف «{ $start }…» هو { $count }.
   *[need] الحد الأقصى لعدد أحرف كل حاجة هو { $max }؛ وعدد أحرف «{ $start }…» هو { $count }.
}
form-items-many = { $what ->
    [capability] الحد الأقصى لعدد القدرات المُدرجة هو { $max } (وعددها الحالي { $count }).
    [private_need] الحد الأقصى لعدد الاحتياجات غير العلنية المُدرجة هو { $max } (وعددها الحالي { $count }).
   *[need] الحد الأقصى لعدد الاحتياجات المُدرجة هو { $max } (وعددها الحالي { $count }).
}
form-country-unknown = لا يوجد بلد باسم «{ $value }»: اختاروه من القائمة (أو أدخلوا رمزه المكوّن من حرفين، مثل KE).
form-language-unknown = لغة غير معروفة: { $values }. اكتبوا اسم اللغة، مثل French أو Français، أو رمزها، مثل fr.
form-languages-many = الحد الأقصى لعدد اللغات المُدرجة هو { $max }.

## A text longer than its field allows.

form-at-most = يجب ألا يزيد عدد الأحرف على { $max }.
