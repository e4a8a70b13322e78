## Справочник организаций.

directory-heading = Справочник организаций
directory-filters-left-out = Некоторые фильтры не были применены:
directory-words = Слова для поиска
directory-placeholder = Слова, например: incident response, forensics, Kenya
directory-search = Найти
directory-filters = Фильтры
directory-words-in = Область поиска
directory-side-all = Весь профиль
directory-side-offers = Что предлагают
directory-side-seeks = Что ищут
directory-any-kind = Все категории
directory-any-theme = Все темы
directory-any-region = Все регионы
directory-name-or-code = Название или код
directory-apply = Применить
directory-found = { $count ->
    [one] Найдена { $count } организация
    [few] Найдено { $count } организации
    [many] Найдено { $count } организаций
   *[other] Найдено { $count } организации
}
directory-filters-in-use = Примененные фильтры
directory-remove-filter = Удалить фильтр { $filter }
directory-narrow = Уточнить результаты
directory-only-common-words = «{ $text }» содержит только общеупотребительные слова или символы, по которым поиск не ведется: введите слово из названия, возможностей или потребностей.
directory-no-match = Подходящих организаций нет.
directory-try-fewer = Сократите число слов или удалите один из фильтров.

## Поля и элементы управления, общие для нескольких страниц.

field-kind = Категория
field-theme = Тема
field-region = Регион
field-country = Страна
field-language = Язык
download-csv = Скачать в формате CSV
badge-fictional = Вымышленная
pager-pages = Страницы
pager-previous = Предыдущая
pager-next = Следующая
pager-page-of = Страница { $page } из { $pages }
directory-in-offers = В том, что предлагают
directory-in-seeks = В том, что ищут
directory-works-in = Рабочий язык: { $language }
