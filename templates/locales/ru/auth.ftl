## Вход и регистрация.

login-title = Вход в систему
login-button = Войти
login-new-here = Вы здесь впервые?
register-title = Регистрация
register-intro = Вы создаете профиль организации и ее первую учетную запись. Заполнить профиль полностью можно на следующем шаге.
register-password-hint = Не менее { $min ->
    [one] { $min } символа
    [few] { $min } символов
    [many] { $min } символов
   *[other] { $min } символа
}. Короткую фразу легко запомнить.
register-button = Зарегистрироваться
register-already = Уже зарегистрированы?
field-email = Адрес электронной почты
field-your-email = Ваш адрес электронной почты
field-password = Пароль
field-organization-name = Название организации

## Формы на всех страницах.

form-correct-fields = Исправьте поля, отмеченные ниже.
confirm-cancel = Отмена: оставить все без изменений
