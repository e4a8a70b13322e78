## Уведомления по электронной почте: страница настроек.

notify-title = Уведомления по электронной почте
notify-intro = Для каждого вида новостей выберите: письмо сразу, одно письмо в день со всеми новостями или ничего. Письма отправляются только на подтвержденный адрес.
notify-kind-requests = Запросы на встречу, адресованные вашей организации
notify-kind-answers = Ответы на запросы на встречу, отправленные вашей организацией
notify-kind-mutual = Новый взаимный интерес
notify-kind-schedule = Расписания мероприятий: публикация, а также перенесенные, отмененные или добавленные встречи
notify-kind-reminder = Напоминание накануне мероприятия с программой встреч
notify-mode-immediate = Сразу
notify-mode-digest = В ежедневной сводке
notify-mode-off = Отключено
notify-save = Сохранить выбор
notify-saved = Ваш выбор сохранен.
notify-invalid = Для каждого вида выберите «Сразу», «В ежедневной сводке» или «Отключено».
notify-digest-name = ежедневная сводка

## Ссылка в каждом письме для отказа от рассылки одним щелчком.

unsubscribe-title = Отказаться от этих писем
unsubscribe-ask = Больше не получать письма: { $kind }?
unsubscribe-button = Отказаться от этих писем
unsubscribe-done = Готово: вы больше не будете получать письма: { $kind }. Это можно в любой момент изменить в настройках.
unsubscribe-unknown = Эта ссылка не работает: возможно, учетной записи больше не существует.

## Письма.

notify-request-subject = { $org } предлагает вам встретиться на мероприятии { $event }
notify-request-intro = { $org } запрашивает встречу с вашей организацией в рамках мероприятия { $event }.
notify-message = Сообщение организации: «{ $message }»
notify-request-action = Ответить на странице мероприятия
notify-accepted-subject = Организация { $org } приняла ваш запрос на встречу
notify-accepted-intro = Организация { $org } приняла запрос вашей организации на встречу в рамках мероприятия { $event }.
notify-declined-subject = Организация { $org } отклонила ваш запрос на встречу
notify-declined-intro = Организация { $org } отклонила запрос вашей организации на встречу в рамках мероприятия { $event }.
notify-reply = Ответ организации: «{ $reply }»
notify-answer-action = Открыть страницу мероприятия
notify-mutual-subject = Взаимный интерес с { $org }
notify-mutual-intro = Организация { $org } заинтересована в работе с вашей организацией, как и вы в работе с ней: интерес взаимный. Теперь вы можете видеть контактные данные и конфиденциальные потребности друг друга.
notify-mutual-action = Посмотреть организации со взаимным интересом
mail-footer-settings = Выбрать, какие письма получать
mail-footer-unsubscribe = Отказаться от подобных писем
digest-subject = Ваши новости в Roundtable: { $count ->
    [one] { $count } новость
    [few] { $count } новости
    [many] { $count } новостей
   *[other] { $count } новости
}
digest-intro = Что произошло со времени вашей последней сводки:

## Расписание мероприятия, сообщаемое по электронной почте с файлом календаря.

schedule-published-subject = Опубликовано расписание мероприятия { $event }
schedule-published-intro = Для организации { $org } { $count ->
    [one] запланирована { $count } встреча
    [few] запланированы { $count } встречи
    [many] запланировано { $count } встреч
   *[other] запланировано { $count } встречи
} на мероприятии { $event } ({ $date }).
schedule-calendar-note = Прилагаемый файл календаря добавит эти встречи в ваш календарь и обновит их, если они изменятся.
schedule-action = Открыть программу встреч
schedule-changed-subject = Ваши встречи на мероприятии { $event } изменены
schedule-changed-intro = Организаторы изменили ваше расписание на мероприятии { $event }:
schedule-line-added = Новая: { $time }, { $table }, с { $partners }
schedule-line-moved = Перенесена: { $time }, { $table }, с { $partners }
schedule-removed-subject = Встреча на мероприятии { $event } отменена
schedule-removed-intro = Организаторы удалили из вашего расписания на мероприятии { $event }:
schedule-line-removed = Отменена: { $time }, { $table }, с { $partners }

## Напоминание накануне мероприятия.

reminder-subject = Завтра: { $event }
reminder-intro = Для организации { $org } { $count ->
    [one] запланирована { $count } встреча
    [few] запланированы { $count } встречи
    [many] запланировано { $count } встреч
   *[other] запланировано { $count } встречи
} на мероприятии { $event } завтра ({ $date }, { $venue }):
reminder-line = { $time } · { $table } · с { $partners }
