## Inicio de sesión y registro.

login-title = Iniciar sesión
login-button = Iniciar sesión
login-new-here = ¿Es su primera visita?
register-title = Registro
register-intro = Usted crea el perfil de la organización y su primera cuenta. Después podrá completar el perfil.
register-password-hint = Al menos { $min } caracteres. Una frase corta es fácil de recordar.
register-button = Registrarse
register-already = ¿Ya tiene una cuenta?
field-email = Dirección de correo electrónico
field-your-email = Su dirección de correo electrónico
field-password = Contraseña
field-organization-name = Nombre de la organización

## Formularios, en todas partes.

form-correct-fields = Corrija los campos señalados a continuación.
confirm-cancel = Cancelar: no modificar nada
