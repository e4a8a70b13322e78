## La estructura de todas las páginas: menú, pie de página, selector de idioma.

site-name = Roundtable
skip-to-content = Ir al contenido
nav-main = Navegación principal
nav-directory = Directorio
nav-events = Eventos
nav-landscape = Panorama
nav-how-scores-work = Cómo se calculan las puntuaciones
nav-my-profile = Mi perfil
nav-my-suggestions = Mis sugerencias
nav-settings = { $email } — configuración
nav-log-out = Cerrar sesión
nav-log-in = Iniciar sesión
nav-register = Registrarse
footer-tagline = Roundtable — búsqueda de socios para la cooperación para el desarrollo.
footer-landscape = El panorama
language-switcher = Idioma

## Recuentos, utilizados en varias páginas.

count-organizations = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}

## Fechas: el modelo de una fecha escrita con el mes en letras, y los nombres
## de los meses tal como figuran en ese modelo («7 de diciembre de 2026»).

date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## A date with its weekday: $date is written with date-long.

date-full = { $weekday }, { $date }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
