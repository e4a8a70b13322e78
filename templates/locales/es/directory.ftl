## El directorio de organizaciones.

directory-heading = Directorio de organizaciones
directory-filters-left-out = Algunos filtros no se han aplicado:
directory-words = Palabras que buscar
directory-placeholder = Palabras, p. ej. respuesta a incidentes, análisis forense, Kenya
directory-search = Buscar
directory-filters = Filtros
directory-words-in = Buscar en
directory-side-all = todo el perfil
directory-side-offers = lo que ofrecen
directory-side-seeks = lo que buscan
directory-any-kind = Cualquier tipo
directory-any-theme = Cualquier tema
directory-any-region = Cualquier región
directory-name-or-code = Nombre o código
directory-apply = Aplicar
directory-found = { $count ->
    [one] { $count } organización encontrada
   *[other] { $count } organizaciones encontradas
}
directory-filters-in-use = Filtros aplicados
directory-remove-filter = Quitar el filtro { $filter }
directory-narrow = Acotar los resultados
directory-only-common-words = «{ $text }» solo contiene palabras comunes o símbolos, que no se buscan: escriba una palabra de un nombre, una capacidad o una necesidad.
directory-no-match = Ninguna organización coincide.
directory-try-fewer = Pruebe con menos palabras o quite un filtro.

## Campos y controles comunes a varias páginas.

field-kind = Tipo
field-theme = Tema
field-region = Región
field-country = País
field-language = Idioma
download-csv = Descargar en CSV
badge-fictional = Ficticia
pager-pages = Páginas
pager-previous = Anterior
pager-next = Siguiente
pager-page-of = Página { $page } de { $pages }
directory-in-offers = En lo que ofrecen
directory-in-seeks = En lo que buscan
directory-works-in = Idioma de trabajo: { $language }
