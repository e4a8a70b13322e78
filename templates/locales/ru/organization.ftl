## Страница организации.

org-fictional = Это вымышленная организация из демонстрационных данных.
org-edit = Редактировать профиль
org-suggestions = Рекомендуемые партнеры
org-hint-needs-html = <strong>Укажите свои потребности, чтобы получать рекомендации:</strong> что ищет ваша организация, по одному пункту в строке.
org-hint-offers-html = <strong>Укажите, что вы предлагаете</strong>, чтобы вас могли найти те, кому это нужно.
org-complete = Заполнить профиль
org-last-updated = Последнее обновление
org-capabilities = Возможности
org-capabilities-sub = что организация предлагает
org-needs = Потребности
org-needs-sub = что организация ищет
org-none-yet = Пока ничего не указано.
org-private = конфиденциально
org-coverage = Насколько эти потребности покрываются в данной сфере
org-coverage-caption = Потребности по темам: сколько из них покрывают предложения других организаций
org-coverage-private = Конфиденциальные потребности здесь учитываются, но не называются.
org-whole-landscape = Общая картина по всей сфере
org-coverage-pending = Рекомендации обновляются с учетом этих потребностей; эти данные появятся через несколько секунд.
col-covered = Покрыто
col-providers = Организации, которые это предлагают
field-working-languages = Рабочие языки
field-website = Веб-сайт
field-contact = Контактные данные

## Категории организаций.

kind-government = Государственный орган, министерство или ведомство
kind-development_agency = Агентство по вопросам развития
kind-international_org = Международная организация
kind-regional_org = Региональная организация
kind-cert = Национальная группа CERT/CSIRT
kind-civil_society = Гражданское общество
kind-academia = Академические и научные круги
kind-private_sector = Частный сектор
kind-other = Другое

## Регионы мира.

region-africa = Африка
region-americas = Америка
region-asia = Азия
region-europe = Европа
region-middle-east = Ближний Восток
region-pacific = Тихоокеанский регион
region-global = Весь мир

## Форма профиля.

edit-first-heading = Профиль вашей организации
guide-title = Как составить хороший профиль
guide-intro-html = Рекомендации формируются на основе того, что вы указываете в разделах <strong>«Возможности»</strong> (что вы предлагаете) и <strong>«Потребности»</strong> (что вы ищете). Партнеры также читают эти разделы.
guide-one-per-line = Один пункт в строке, кратко и конкретно: «incident response training for SOC analysts», а не «cybersecurity».
guide-who-where = Если это важно, укажите, для кого или где: «legal drafting support for a cybercrime law in West Africa».
guide-languages = Пишите на английском, французском или испанском языке: рекомендации подбираются с учетом всех трех языков.
guide-examples = Примеры для разных категорий организаций
guide-ministry = Министерство или национальное ведомство по кибербезопасности
guide-ministry-example = Потребности: «help to draft our national cybersecurity strategy», «training for our national CERT staff». Предложения: «hosting of regional meetings».
guide-cert = Национальная группа CERT
guide-cert-example = Предложения: «incident handling training», «malware analysis mentoring». Потребности: «CSIRT maturity assessment», «funding for a SOC platform».
guide-donor = Агентство по вопросам развития или донор
guide-donor-example = Предложения: «grant funding for cyber capacity building in Africa». Потребности: «local implementing partners in the Pacific».
guide-academia = Академические круги или гражданское общество
guide-academia-example = Предложения: «a master's curriculum in cybersecurity», «research on online child protection». Потребности: «partners for a regional awareness campaign».
edit-conflict = Пока вы редактировали этот профиль, его сохранил другой пользователь. Ваши изменения приведены ниже, но не сохранены. Сравните их с текущей версией профиля и сохраните еще раз, чтобы заменить ее.
edit-conflict-link = Открыть текущую версию профиля
edit-not-saved = Изменения не сохранены. Исправьте поля, отмеченные ниже.
field-name = Название
field-description = Описание
edit-up-to = не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}
edit-kind = Категория организации
edit-choose-kind = Выберите категорию организации
edit-languages-hint = названия через запятую на любом из языков интерфейса или на самом этом языке, например: португальский, киньяруанда, Bahasa Indonesia
edit-capabilities-hint = что вы предлагаете, по одному пункту в строке (не более 50)
edit-needs-hint = что вы ищете, по одному пункту в строке (не более 50)
edit-private-needs = Конфиденциальные потребности
edit-private-needs-hint = по одному пункту в строке: они учитываются при подборе рекомендаций, но другие видят только их тему, пока обе стороны не отметят взаимный интерес
edit-contact = Публичный адрес электронной почты для связи
edit-contact-hint = отображается в вашем профиле; организации, с которыми у вас есть взаимный интерес, видят также адреса электронной почты ваших учетных записей
edit-save = Сохранить профиль
cancel = Отмена
edit-other-languages = Другие языки
