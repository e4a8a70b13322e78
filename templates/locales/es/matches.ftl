## Sugerencias de socios.

matches-title = Sugerencias de socios para { $name }
matches-heading = Sugerencias de socios para
matches-lead-own = Ordenadas según el grado en que cada organización complementa a la suya, en ambos sentidos.
matches-lead-other = Ordenadas según el grado en que cada organización complementa a esta, en ambos sentidos.
any = Cualquiera
matches-language-example = p. ej. fr
matches-min-score = Puntuación mínima
matches-show-hidden = Mostrar las marcadas «No me interesa»
matches-export = Exportar esta lista:
matches-printable = Versión para imprimir
matches-mutual = Interés mutuo
matches-updating = Las sugerencias se están actualizando tras cambios recientes en los perfiles; recargue la página dentro de unos segundos para verlas.
matches-count = { $count ->
    [one] { $count } sugerencia
   *[other] { $count } sugerencias
}
matches-empty-own = Añada capacidades y necesidades a su perfil para recibir sugerencias.
matches-empty-other = Esta organización aún no ha indicado capacidades ni necesidades.
matches-none-fits = Ninguna sugerencia coincide. Flexibilice los filtros o describa más necesidades y capacidades en el perfil.
matches-score-title = Puntuación sobre 100
matches-score-label = Puntuación: { $score } sobre 100
matches-you-are-interested = Ha indicado su interés.
matches-you-marked-not = Ha marcado esta sugerencia con «No me interesa».
matches-undo-label = Deshacer la marca en { $name }
matches-interested-label = Me interesa { $name }
matches-not-interested-label = No me interesa { $name }
matches-interested = Me interesa
matches-not-interested = No me interesa
undo = Deshacer

## Los motivos de una sugerencia. «offer» y «need» son lo que escribieron
## las organizaciones; «who» indica qué tipo de socio son.

reason-they-cover = Ofrecen { $offer }, que responde a la necesidad { $need } de su organización.
reason-they-cover-its = Ofrecen { $offer }, que responde a la necesidad { $need } de esta organización.
reason-you-cover = Su organización ofrece { $offer }, que responde a la necesidad { $need } de la organización sugerida.
reason-it-covers = Esta organización ofrece { $offer }, que responde a la necesidad { $need } de la organización sugerida.
reason-they-fit = La organización sugerida ({ $who }) responde a la necesidad { $need } de su organización.
reason-they-fit-its = La organización sugerida ({ $who }) responde a la necesidad { $need } de esta organización.
reason-you-fit = Su organización ({ $who }) responde a la necesidad { $need } de la organización sugerida.
reason-it-fits = Esta organización ({ $who }) responde a la necesidad { $need } de la organización sugerida.
reason-same-field = Ambas partes trabajan en los mismos temas: { $topics }.
reason-same-field-both = Ambas organizaciones trabajan en los mismos temas: { $topics }.
reason-shared-languages = Comparten idiomas de trabajo: { $languages }.
reason-no-shared-language = No tienen ningún idioma de trabajo en común.
reason-same-region = Ambas partes trabajan en la misma región: { $region }.
reason-kinds-complement = { $yours } y { $theirs }: perfiles que suelen complementarse.

## The printable list: a phrase that an organization wrote, in quotation marks; the mark on a suggestion.

quoted = «{ $text }»
interest-mutual = interés mutuo
interest-interested = me interesa
interest-not-interested = no me interesa
