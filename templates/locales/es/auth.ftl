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
register-name-taken = Ya hay una organización registrada con este nombre. Si es la suya, pida a uno de sus propietarios que le invite desde su página «Personas».
register-email-taken = Ya existe una cuenta con esta dirección de correo electrónico. Inicie sesión en su lugar.

## Formularios, en todas partes.

form-correct-fields = Corrija los campos señalados a continuación.
confirm-cancel = Cancelar: no modificar nada

## Contraseña olvidada: la página y el correo electrónico.

login-forgot = ¿Ha olvidado su contraseña?
reset-title = Elegir una nueva contraseña
reset-intro = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña; solo puede utilizarse una vez, durante una hora.
reset-send = Enviar el enlace
reset-sent = Si alguna cuenta utiliza esta dirección, se le ha enviado un enlace para elegir una nueva contraseña. Solo puede utilizarse una vez, durante una hora. Si no lo recibe, revise su carpeta de correo no deseado.
reset-new-password = Nueva contraseña
reset-save = Guardar la nueva contraseña
reset-done = Su contraseña se ha cambiado y se han cerrado todas las demás sesiones abiertas con su cuenta. Inicie sesión con la nueva contraseña.
reset-expired = Este enlace ya no es válido: ya se ha utilizado o se envió hace más de una hora.
reset-again = Solicitar un nuevo enlace
mail-reset-subject = Elija una nueva contraseña para Roundtable
mail-reset-intro = Alguien, probablemente usted, ha solicitado elegir una nueva contraseña para su cuenta de Roundtable.
mail-reset-action = Elegir una nueva contraseña
mail-reset-expiry = El enlace solo puede utilizarse una vez, durante una hora.
mail-reset-ignore = Si usted no lo ha solicitado, no tenga en cuenta este mensaje: su contraseña seguirá siendo la misma.

## Confirming the e-mail address of an account.

verify-title = Dirección de correo confirmada
verify-done = Gracias: su dirección de correo electrónico está confirmada.
verify-pending = Su dirección de correo electrónico { $email } aún no está confirmada: abra el enlace que le enviamos. Hasta entonces, no se le envían notificaciones.
verify-resend = Volver a enviar el enlace
verify-sent = Un nuevo enlace de confirmación está en camino.
mail-verify-subject = Confirme su dirección de correo electrónico para Roundtable
mail-verify-intro = Bienvenido a Roundtable. Confirme que esta es su dirección de correo electrónico.
mail-verify-action = Confirmar mi dirección
mail-verify-expiry = El enlace funciona una vez, durante una semana.
mail-verify-ignore = Si usted no se registró, ignore este mensaje.

## Changing the password from the settings.

password-heading = Contraseña
password-current = Contraseña actual
password-change = Cambiar la contraseña
password-other-sessions = Sus demás sesiones terminan; esta sigue abierta.
password-changed = Su contraseña se ha cambiado; sus demás sesiones han terminado.
password-current-wrong = La contraseña actual no es correcta.

## Cambio de la dirección de correo electrónico desde la configuración.

email-heading = Dirección de correo electrónico
email-yours = Su dirección: { $email }
email-new = Nueva dirección
email-hint = Enviamos un enlace a la nueva dirección para confirmarla; hasta entonces, no se envían notificaciones. Se informa del cambio a su dirección anterior.
email-change = Cambiar la dirección
email-changed = Su dirección se ha cambiado. Abra el enlace que enviamos a la nueva dirección para confirmarla.
email-same = Esta ya es su dirección.
mail-email-changed-subject = Se ha cambiado la dirección de su cuenta de Roundtable
mail-email-changed-intro = La dirección de correo electrónico de su cuenta de Roundtable se ha cambiado de { $old } a { $new }.
mail-email-changed-ignore = Si usted no la ha cambiado, otra persona conoce su contraseña: pida a un propietario de su organización que quite esa cuenta y vuelva a invitarle.
