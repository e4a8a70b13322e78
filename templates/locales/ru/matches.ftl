## Рекомендуемые партнеры.

matches-title = Рекомендуемые партнеры: { $name }
matches-heading = Рекомендуемые партнеры:
matches-lead-own = Организации ранжированы по степени взаимодополняемости с вашей организацией — в обоих направлениях.
matches-lead-other = Организации ранжированы по степени взаимодополняемости с данной организацией — в обоих направлениях.
any = Все
matches-language-example = например, fr
matches-min-score = Минимальный балл
matches-show-hidden = Показывать «Не интересует»
matches-export = Экспортировать список:
matches-printable = Версия для печати
matches-mutual = Взаимный интерес
matches-updating = Рекомендации обновляются после недавних изменений профилей; обновите страницу через несколько секунд.
matches-count = { $count ->
    [one] { $count } рекомендация
    [few] { $count } рекомендации
    [many] { $count } рекомендаций
   *[other] { $count } рекомендации
}
matches-empty-own = Укажите в профиле возможности и потребности, чтобы получать рекомендации.
matches-empty-other = Эта организация пока не указала возможности или потребности.
matches-none-fits = Подходящих рекомендаций нет. Ослабьте условия фильтрации или опишите в профиле больше потребностей и возможностей.
matches-score-title = Балл из 100
matches-score-label = Балл: { $score } из 100
matches-you-are-interested = Вы отметили интерес.
matches-you-marked-not = Вы отметили: «Не интересует».
matches-undo-label = Снять отметку: { $name }
matches-interested-label = Интересует: { $name }
matches-not-interested-label = Не интересует: { $name }
matches-interested = Интересует
matches-not-interested = Не интересует
undo = Отменить

## Обоснование рекомендации. «offer» и «need» — то, что написали организации;
## «who» указывает, каким партнером они являются (фраза на английском языке).

reason-they-cover = Партнер предлагает { $offer }, что отвечает вашей потребности { $need }.
reason-they-cover-its = Партнер предлагает { $offer }, что отвечает потребности этой организации { $need }.
reason-you-cover = Вы предлагаете { $offer }, что отвечает потребности партнера { $need }.
reason-it-covers = Эта организация предлагает { $offer }, что отвечает потребности партнера { $need }.
reason-they-fit = Партнер — { $who }, что отвечает вашей потребности { $need }.
reason-they-fit-its = Партнер — { $who }, что отвечает потребности этой организации { $need }.
reason-you-fit = Ваша организация — { $who }, что отвечает потребности партнера { $need }.
reason-it-fits = Эта организация — { $who }, что отвечает потребности партнера { $need }.
reason-same-field = Общие с партнером направления работы: { $topics }.
reason-same-field-both = Общие направления работы: { $topics }.
reason-shared-languages = Общие рабочие языки: { $languages }.
reason-no-shared-language = Общие рабочие языки не указаны.
reason-same-region = Общий регион работы: { $region }.
reason-kinds-complement = Категории «{ $yours }» и «{ $theirs }» часто дополняют друг друга.

## The printable list: a phrase that an organization wrote, in quotation marks; the mark on a suggestion.

quoted = «{ $text }»
interest-mutual = взаимный интерес
interest-interested = интересует
interest-not-interested = не интересует
