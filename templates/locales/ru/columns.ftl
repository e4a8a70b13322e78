## Column headings and sheet names of downloaded files (CSV, Excel).

col-time = Время
col-table = Стол
col-partners = Партнеры
col-topic = Тема
col-score = Балл
col-why = Почему
col-organization = Организация
col-rank = Место
col-partner = Партнер
col-website = Веб-сайт
col-contact = Контакт
col-interest = Интерес
col-contact-e-mail = Контактный e-mail
col-country = Страна
col-covered-pct = Покрыто (%)
col-kind = Тип
col-languages = Языки
col-meetings = Встречи
col-need = Потребность
col-needs-of-others-covered = Покрытые потребности других
col-needs = Потребности
col-not-available = Недоступен
col-note = Примечание
col-offers = Предложения
col-outcome = Результат
col-participants = Участники
col-profile = Профиль
col-region = Регион
col-theme = Тема
col-unmet-needs = Непокрытые потребности
col-agenda = Программа встреч
col-table-plan = План столов
col-report = Отчет
col-landscape = Общая картина
col-name = Название
col-seeks = Ищет
col-matches = Рекомендации

## The calendar file (.ics): each meeting's title and description. $partners: organizations separated by commas.

ics-summary = Встреча с { $partners }
ics-topic = Тема: { $topic }
ics-score = Балл соответствия: { $score } из 100.
