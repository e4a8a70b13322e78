## أفراد المنظمة: الأعضاء والمالكون والدعوات.

members-title = الأشخاص
members-intro = يتصرف كل شخص مُدرج هنا باسم المنظمة: يعدّل ملفها التعريفي، ويحدد الاهتمام، ويردّ على طلبات عقد الاجتماعات. ويستطيع المالكون أيضًا دعوة الأشخاص وإزالتهم.
members-role = الدور
members-since = تاريخ الانضمام
members-you = أنتم
members-unconfirmed = (العنوان غير مؤكَّد)
members-owner = مالك
members-member = عضو
members-owner-hint = يدعو الأشخاص ويزيلهم أيضًا
members-member-hint = كل شيء باستثناء إدارة الأشخاص
members-make-owner = تحويل إلى مالك
members-make-member = تحويل إلى عضو
members-remove = إزالة
members-leave = مغادرة المنظمة
members-invite-heading = دعوة زميل
members-invite-email = عنوان البريد الإلكتروني للزميل
members-invite-hint = سيتلقى الزميل رابطًا يعمل مرة واحدة، لمدة أسبوع، لاختيار كلمة مرور والانضمام.
members-invite-send = إرسال الدعوة
members-pending-heading = دعوات لم تُقبَل بعد
members-invited-by = مُرسِل الدعوة
members-until = صالحة حتى
members-withdraw = سحب الدعوة
members-ask-owner = لدعوة زميل، اطلبوا ذلك من أحد المالكين.
members-invited = الدعوة في طريقها.
members-withdrawn = سُحبت الدعوة، ولم يعد رابطها يعمل.
members-removed = أُزيل الشخص، وحُذف حسابه.
members-role-changed = تم تغيير الدور.
members-joined = مرحبًا بكم: أصبحتم الآن من أفراد المنظمة.
members-left = غادرتم المنظمة، وحُذف حسابكم.
members-already = هذا الشخص من أفراد المنظمة بالفعل.
members-elsewhere = لهذا العنوان حساب بالفعل لدى منظمة أخرى؛ ولا يمكن أن ينتمي العنوان إلا إلى منظمة واحدة.
members-too-many = عدد كبير جدًا من الدعوات في وقت قصير. يُرجى المحاولة مرة أخرى بعد ربع ساعة.
members-last-owner = يجب أن يبقى للمنظمة مالك واحد على الأقل: اجعلوا شخصًا آخر مالكًا أولًا.
members-sole-owner = المالك الوحيد. للتخلي عن هذا الدور أو مغادرة المنظمة، اجعلوا شخصًا آخر مالكًا أولًا.
members-role-unknown = اختاروا «مالك» أو «عضو».
error-members-own-only = لا يطّلع على أفراد المنظمة إلا أفرادها أنفسهم.
error-members-owners-only = لا يمكن القيام بهذا الإجراء إلا لمالك المنظمة.

## قبول دعوة.

invitation-title = انضموا إلى منظمتكم في Roundtable
invitation-intro = دعاكم { $by } إلى الانضمام إلى { $organization }. اختاروا كلمة مرور لإنشاء حسابكم.
invitation-join = انضمام
invitation-taken = لهذا العنوان حساب بالفعل. سجّلوا الدخول باستخدامه.
invitation-expired = لم تعد هذه الدعوة صالحة: فقد استُخدمت أو سُحبت، أو مضى عليها أكثر من أسبوع. اطلبوا دعوة جديدة من الشخص الذي دعاكم.
mail-invite-subject = انضموا إلى { $organization } في Roundtable
mail-invite-intro = دعاكم { $by } إلى الانضمام إلى { $organization } في Roundtable، حيث تجد المنظمات العاملة في مجال التعاون الإنمائي شركاء وتلتقي في الفعاليات.
mail-invite-action = اختيار كلمة مرور والانضمام
mail-invite-expiry = يعمل الرابط مرة واحدة، لمدة أسبوع.
mail-invite-ignore = إذا لم تكونوا تتوقعون هذه الرسالة، فتجاهلوها: لن يُنشأ أي حساب.

## من يرى المنظمة.

visibility-heading = من يرى المنظمة
visibility-legend = الملف التعريفي، وظهور المنظمة في اقتراحات المنظمات الأخرى
visibility-public = الجميع، بمن فيهم الزوار الذين لم يسجّلوا الدخول؛ وتظهر المنظمة في الدليل العام
visibility-hidden = المنظمات التي سجّلت الدخول فقط؛ ولا تظهر المنظمة في الدليل العام
visibility-save = حفظ
visibility-saved = حُفظ اختياركم لمن يرى المنظمة.
visibility-invalid = اختاروا من يرى المنظمة.

## بيانات المنظمة: التنزيل والحذف.

data-heading = بيانات المنظمة
data-download = تنزيل كل البيانات (JSON)
data-download-hint = الملف التعريفي مع احتياجاته غير العلنية، والأشخاص وإعداداتهم، والدعوات، وعلامات الاهتمام، والفعاليات، وطلبات عقد الاجتماعات، والاجتماعات مع ملاحظاتها.
data-delete-heading = حذف المنظمة
data-delete-consequence = يُحذف نهائيًا ملفها التعريفي وحسابات أفرادها وعلاماتها وطلباتها واجتماعاتها. نزّلوا بياناتها أولًا إذا أردتم الاحتفاظ بها.
data-delete-confirm = أريد حذف { $organization } وكل ما يتعلق بها.
data-delete-button = حذف المنظمة
data-delete-unconfirmed = ضعوا علامة في المربع لتأكيد الحذف.
data-delete-kept = أنشأ أفراد المنظمة فعاليات لا يمكن لأي من مديري الموقع تولّيها؛ راجعوا أحد مديري الموقع أولًا.
data-deleted = حُذفت المنظمة وكل ما يتعلق بها.
