## Las personas de una organización: miembros, propietarios, invitaciones.

members-title = Personas
members-intro = Todas las personas que figuran aquí actúan en nombre de la organización: editan su perfil, marcan su interés y responden a las solicitudes de reunión. Los propietarios, además, invitan y retiran a personas.
members-role = Rol
members-since = Desde
members-you = usted
members-unconfirmed = (dirección no confirmada)
members-owner = Propietario
members-member = Miembro
members-owner-hint = además invita y retira a personas
members-member-hint = todo, salvo gestionar a las personas
members-make-owner = Convertir en propietario
members-make-member = Convertir en miembro
members-remove = Quitar
members-leave = Salir de la organización
members-invite-heading = Invitar a un colega
members-invite-email = Dirección de correo electrónico del colega
members-invite-hint = Recibirá un enlace, válido una sola vez durante una semana, para elegir una contraseña y unirse.
members-invite-send = Enviar la invitación
members-pending-heading = Invitaciones aún no aceptadas
members-invited-by = Invitación enviada por
members-until = Válida hasta
members-withdraw = Retirar
members-ask-owner = Para invitar a un colega, pídaselo a uno de los propietarios.
members-invited = La invitación está en camino.
members-withdrawn = Se ha retirado la invitación; su enlace ya no funciona.
members-removed = Se ha quitado a la persona de la organización; su cuenta se ha eliminado.
members-role-changed = Se ha cambiado el rol.
members-joined = Bienvenido: ahora forma parte de la organización.
members-left = Ha salido de la organización; su cuenta se ha eliminado.
members-already = Esta persona ya forma parte de la organización.
members-elsewhere = Esta dirección ya tiene una cuenta en otra organización; una dirección solo puede pertenecer a una organización.
members-too-many = Demasiadas invitaciones en poco tiempo. Vuelva a intentarlo dentro de un cuarto de hora.
members-last-owner = Una organización siempre debe tener un propietario: primero convierta a otra persona en propietario.
members-sole-owner = Único propietario. Para dejar este rol o la organización, convierta primero a otra persona en propietario.
members-role-unknown = Elija «Propietario» o «Miembro».
error-members-own-only = Solo las personas de la organización pueden ver quiénes la integran.
error-members-owners-only = Solo un propietario de la organización puede realizar esta acción.

## Aceptar una invitación.

invitation-title = Únase a su organización en Roundtable
invitation-intro = { $by } le ha invitado a unirse a { $organization }. Elija una contraseña para crear su cuenta.
invitation-join = Unirse
invitation-taken = Esta dirección ya tiene una cuenta. Inicie sesión con ella.
invitation-expired = Esta invitación ya no es válida: se utilizó o se retiró, o tiene más de una semana. Pida una nueva a la persona que le invitó.
mail-invite-subject = Únase a { $organization } en Roundtable
mail-invite-intro = { $by } le ha invitado a unirse a { $organization } en Roundtable, donde las organizaciones que trabajan en la cooperación para el desarrollo encuentran socios y se reúnen en eventos.
mail-invite-action = Elegir una contraseña y unirse
mail-invite-expiry = El enlace funciona una vez, durante una semana.
mail-invite-ignore = Si no esperaba este mensaje, ignórelo: no se crea ninguna cuenta.

## Quién ve la organización.

visibility-heading = Quién ve la organización
visibility-legend = El perfil, y la presencia de la organización en las sugerencias de otras organizaciones
visibility-public = Todos, incluidos los visitantes que no hayan iniciado sesión; figura en el directorio público
visibility-hidden = Solo las organizaciones que hayan iniciado sesión; no figura en el directorio público
visibility-save = Guardar
visibility-saved = Se ha guardado su elección de quién ve la organización.
visibility-invalid = Elija quién ve la organización.

## Los datos de la organización: descarga y eliminación.

data-heading = Los datos de la organización
data-download = Descargarlo todo (JSON)
data-download-hint = El perfil con sus necesidades confidenciales, las personas y su configuración, las invitaciones, las marcas de interés, los eventos, las solicitudes de reunión y las reuniones con sus notas.
data-delete-heading = Eliminar la organización
data-delete-consequence = Su perfil, las cuentas de las personas que la integran, sus marcas, solicitudes y reuniones se eliminan definitivamente. Si desea conservar sus datos, descárguelos primero.
data-delete-confirm = Quiero eliminar { $organization } y todo lo que le concierne.
data-delete-button = Eliminar la organización
data-delete-unconfirmed = Marque la casilla para confirmar la eliminación.
data-delete-kept = Personas de la organización han creado eventos de los que ningún administrador del sitio puede hacerse cargo; diríjase primero a un administrador del sitio.
data-deleted = Se han eliminado la organización y todo lo relacionado con ella.
