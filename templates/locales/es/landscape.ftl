## El panorama (/landscape): título e introducción.

landscape-title = El panorama
landscape-heading = El panorama: dónde quedan necesidades sin cubrir
landscape-lead = Todas las necesidades que las organizaciones han indicado en sus perfiles, y si otra organización ofrece lo necesario para cubrirlas.
# Se muestra cuando el panorama se limita a un evento; { $event } es el nombre del evento.
landscape-lead-event = Todas las necesidades que las organizaciones han indicado en sus perfiles, y si otra organización ofrece lo necesario para cubrirlas, entre los participantes de { $event }.

## El panorama: los filtros de la parte superior.

landscape-all-themes = todos los temas
# Etiqueta del filtro de región: la región de las organizaciones que tienen las necesidades.
landscape-region-of-needs = Región de las organizaciones con necesidades
landscape-all-regions = todas las regiones
landscape-kind-of-organization = Tipo de organización
landscape-all-kinds = todos los tipos
landscape-working-language = Idioma de trabajo
# Texto de ejemplo del campo de idioma: un idioma puede escribirse por su nombre o por su código de dos letras.
landscape-language-placeholder = español o es
landscape-event = Evento
# La opción del filtro de evento que significa: ningún evento, todas las organizaciones.
landscape-whole-field = todo el ámbito
# Botón que aplica los filtros.
landscape-show = Mostrar
landscape-clear-filters = Quitar los filtros

## El panorama: las cifras clave bajo los filtros.

landscape-orgs-with-needs = Organizaciones con necesidades
landscape-covered-by-offer = Cubiertas por una oferta
# La proporción de necesidades cubiertas, tras el número de cubiertas: «(58 %)».
landscape-percent = ({ $percent } %)
# Cuántas de las necesidades son confidenciales (su texto nunca se muestra).
landscape-of-them-private = De ellas, confidenciales
landscape-empty-html = No hay necesidades en esta vista. Quite un filtro o <a href="/register">regístrese</a> e indique lo que busca su organización.

## El panorama: necesidades cubiertas por tema y región (un mapa de calor y un cuadro).

landscape-coverage-heading = Necesidades cubiertas, por tema y región
landscape-coverage-caption = Necesidades cubiertas por tema y región (cubiertas / necesidades)
# Columna de los totales de cada tema, en todas las regiones.
landscape-col-all-regions = Todas las regiones
# Precede a los enlaces «CSV» y «Excel» que descargan un cuadro.
landscape-download = Descargar:

## El panorama: necesidades sin cubrir.

# { $count } es el número de necesidades sin cubrir, públicas y confidenciales.
landscape-unmet-heading = Necesidades sin cubrir ({ $count })
landscape-unmet-intro = Necesidades que ninguna otra organización ofrece cubrir: ahí es donde un donante o un proveedor marcaría la diferencia.
# Como landscape-unmet-intro, cuando el panorama se limita a un evento.
landscape-unmet-intro-event = Necesidades que ninguna otra organización participante en el evento ofrece cubrir: ahí es donde un donante o un proveedor marcaría la diferencia.
# { $count } necesidades sin cubrir son confidenciales: se cuentan, pero no se muestran.
landscape-unmet-private = { $count ->
    [one] { $count } de ellas es confidencial: se cuenta, pero no se muestra.
   *[other] { $count } de ellas son confidenciales: se cuentan, pero no se muestran.
}
landscape-all-covered = Todas las necesidades públicas que figuran aquí están cubiertas por alguna organización.
# Bajo una lista larga de necesidades sin cubrir: { $shown } se muestran en la página; los archivos descargables contienen las { $total }.
landscape-unmet-first = Se muestran las { $shown } primeras; los archivos contienen las { $total }.

## El panorama: asuntos solicitados y ofrecidos.

landscape-topics-heading = Asuntos solicitados y menos ofrecidos
landscape-least-caption = Asuntos que mencionan las necesidades, de menos a más ofrecidos
landscape-topic = Asunto
# Columna: cuántas ofertas mencionan el asunto.
landscape-offers = Ofertas
landscape-unmet-needs = Necesidades sin cubrir
landscape-most-offered-heading = Asuntos más ofrecidos
landscape-most-caption = Asuntos que mencionan las ofertas, de más a menos ofrecidos
# Precede a los enlaces «CSV» y «Excel» que descargan el cuadro de todos los asuntos.
landscape-every-topic = Todos los asuntos:

## El panorama: las organizaciones cuyas ofertas cubren más necesidades.

landscape-providers-heading = Los proveedores del ámbito
landscape-providers-intro = Organizaciones cuyas ofertas cubren más necesidades de otras organizaciones en esta vista.
landscape-organization = Organización
landscape-needs-of-others-covered = Necesidades de otras organizaciones cubiertas

## El panorama: «Cómo se calcula», al final de la página.

landscape-definitions-heading = Cómo se calcula
landscape-def-need-html = Una <strong>necesidad</strong> es una línea de lo que busca una organización. Su <strong>tema</strong> es el del primer asunto del vocabulario que menciona (los temas del Global Forum on Cyber Expertise y los recursos del ámbito); las necesidades se clasifican en los mismos temas tanto si están redactadas en inglés como en francés o en español.
# Sigue a landscape-def-need-html; { $name } es el nombre de la fila de necesidades sin tema («Otras necesidades»).
landscape-def-no-theme = Las necesidades que no mencionan ningún asunto figuran en «{ $name }».
landscape-def-covered-html = Una necesidad está <strong>cubierta</strong> cuando al menos otra organización ofrece algo lo bastante parecido como para que sus sugerencias lo indiquen como motivo, en la región y los idiomas que menciona la necesidad, o cuando es el tipo de socio que la necesidad pide (un donante, un CERT en África).
# Como landscape-def-covered-html, cuando el panorama se limita a un evento.
landscape-def-covered-event-html = Una necesidad está <strong>cubierta</strong> cuando al menos otra organización participante en el evento ofrece algo lo bastante parecido como para que sus sugerencias lo indiquen como motivo, en la región y los idiomas que menciona la necesidad, o cuando es el tipo de socio que la necesidad pide (un donante, un CERT en África).
# Sigue a landscape-def-covered-html; el enlace lleva a la página que explica las puntuaciones.
landscape-def-scores-html = Es lo que utilizan las <a href="/how-scores-work">puntuaciones</a>.
landscape-def-region = La región es la de la organización que tiene la necesidad. Los filtros seleccionan las organizaciones con necesidades; la cobertura la aporta todo el ámbito o los participantes del evento elegido.
landscape-def-private = Las necesidades confidenciales se cuentan en las cifras; su texto nunca se muestra.
