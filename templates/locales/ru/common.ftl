## Макет всех страниц: меню, нижний колонтитул, выбор языка.

site-name = Roundtable
skip-to-content = Перейти к основному содержанию
nav-main = Основная навигация
nav-directory = Справочник
nav-events = Мероприятия
nav-landscape = Общая картина
nav-how-scores-work = Как рассчитываются баллы
nav-my-profile = Мой профиль
nav-my-suggestions = Мои рекомендации
nav-settings = { $email } — настройки
nav-log-out = Выйти
nav-log-in = Войти
nav-register = Зарегистрироваться
footer-tagline = Roundtable — подбор партнеров для сотрудничества в целях развития.
footer-landscape = Общая картина
language-switcher = Язык

## Количества, используемые на разных страницах.

count-organizations = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}

## Даты: шаблон даты, записанной полностью, и названия месяцев в том виде,
## в каком они стоят в этом шаблоне (родительный падеж: «7 декабря 2026 г.»).

date-long = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## A date with its weekday: $date is written with date-long.

date-full = { $weekday }, { $date }
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
