## تخطيط جميع الصفحات: القائمة والتذييل ومبدّل اللغة.

site-name = Roundtable
skip-to-content = الانتقال إلى المحتوى
nav-main = التنقل الرئيسي
nav-directory = الدليل
nav-events = الفعاليات
nav-landscape = المشهد العام
nav-how-scores-work = كيفية احتساب الدرجات
nav-my-profile = ملفي التعريفي
nav-my-suggestions = اقتراحاتي
nav-settings = { $email } — الإعدادات
nav-log-out = تسجيل الخروج
nav-log-in = تسجيل الدخول
nav-register = التسجيل
footer-tagline = Roundtable — التوفيق بين الشركاء في مجال التعاون الإنمائي.
footer-landscape = المشهد العام
language-switcher = اللغة

## الأعداد المستخدمة في مختلف الصفحات.

count-organizations = { $count ->
    [zero] لا توجد أي منظمة
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمة
   *[other] { $count } منظمة
}

## التواريخ: نمط كتابة التاريخ كاملًا، وأسماء الأشهر كما ترد فيه
## («7 كانون الأول/ديسمبر 2026»، على نحو ما يرد في وثائق الأمم المتحدة).

date-long = { $day } { $month } { $year }
month-1 = كانون الثاني/يناير
month-2 = شباط/فبراير
month-3 = آذار/مارس
month-4 = نيسان/أبريل
month-5 = أيار/مايو
month-6 = حزيران/يونيه
month-7 = تموز/يوليه
month-8 = آب/أغسطس
month-9 = أيلول/سبتمبر
month-10 = تشرين الأول/أكتوبر
month-11 = تشرين الثاني/نوفمبر
month-12 = كانون الأول/ديسمبر

## A date with its weekday: $date is written with date-long.

date-full = { $weekday }، { $date }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
