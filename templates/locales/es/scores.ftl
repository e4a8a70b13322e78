## La página «Cómo se calculan las puntuaciones» (/how-scores-work): cómo se puntúan las sugerencias.
## Su título es nav-how-scores-work. Cada mensaje es un párrafo o un título.
## Las palabras entre comillas son ejemplos de lo que escriben las organizaciones:
## se traducen de modo que los ejemplos sigan teniendo sentido en español.

scores-intro-html = Cada sugerencia tiene una puntuación de 0 a 100. Indica en qué medida dos organizaciones encajan como socias: qué parte de
    lo que una necesita ofrece o representa la otra, <strong>en cualquiera de los dos sentidos</strong>, y cuán relacionado está su trabajo.

scores-reading-heading = 1. La lectura de lo que usted escribió
# «Roundtable» es el nombre del sitio (site-name). CERT, CSIRT, CIRT y GFCE son nombres propios del ámbito: se mantienen.
# Las tres expresiones citadas sobre respuesta a incidentes son el mismo asunto en francés, español e inglés: se mantienen tal cual.
scores-reading = Las organizaciones describen lo mismo con palabras distintas y en idiomas distintos. Antes de comparar,
    Roundtable lee cada capacidad, necesidad y descripción de la misma manera: no tiene en cuenta mayúsculas, acentos ni puntuación,
    reduce las palabras a su raíz (en inglés, «trainers», «training» → «train»), conoce las siglas y grafías del ámbito (CERT,
    CSIRT y CIRT; cyber security y cybersecurity; programme y program), corrige pequeñas erratas en palabras que
    no existen (en inglés, «incidnet» → «incident», pero «police» sigue siendo «police»), y reconoce los asuntos del ámbito,
    agrupados según los temas de fortalecimiento de capacidades del GFCE, en inglés, francés y español; así, «formation en réponse aux
    incidents», «capacitación en respuesta a incidentes» e «incident response training» son el mismo asunto.
scores-common-words = Las palabras comunes como «ciber», «apoyo» o «capacidad» cuentan menos que otras más reveladoras como «forense»,
    «CSIRT» o «jueces».

scores-cover-heading = 2. ¿Cubre el socio una necesidad?
scores-cover = Para cada una de sus necesidades, Roundtable busca la capacidad del socio que mejor la cubre: cuantas más palabras y asuntos
    comparta la capacidad con la necesidad, mejor. Una necesidad de financiación, apoyo para viajes, equipos o un lugar de reunión
    solo la cubre una oferta de ese tipo. Una necesidad vinculada a una región del mundo («socios locales en los pequeños Estados insulares del Pacífico»)
    o a un idioma («capacitación en idioma ruso») no la cubre una oferta vinculada únicamente a otra región u otro idioma.
scores-kind-of-partner = Algunas necesidades nombran un tipo de socio en lugar de una competencia: «cofinanciación de un donante», «un socio local
    de ejecución en África Occidental», «un ministerio homólogo», «una universidad asociada». Una necesidad así también la cubre lo que
    el socio es (una agencia de desarrollo o cualquiera que ofrezca financiación, para un donante; un ministerio, para un ministerio
    homólogo; un CERT, una ONG, una universidad o un ministerio de África Occidental, para un socio local de esa región), aunque algo
    menos que una oferta que coincida.

scores-complementarity-heading = 3. Complementariedad, en cualquiera de los dos sentidos
scores-complementarity = Se calculan dos proporciones: la de sus necesidades que cubre el socio y la de las necesidades del socio que cubre
    usted. Su media es la complementariedad. Las alianzas reales suelen ser unilaterales, por lo que un socio que cubre sus necesidades
    sin necesitar nada de usted cuenta tanto como uno que, además, necesita algo de usted.

scores-same-field-heading = 4. Trabajar en el mismo ámbito
scores-same-field = Las organizaciones que trabajan en los mismos asuntos, para las mismas personas, suelen asociarse aunque ninguna necesidad
    coincida con una oferta. Roundtable compara los asuntos y las palabras reveladoras de ambos perfiles en su conjunto (descripción,
    capacidades y necesidades públicas, nunca las confidenciales) y cuenta cuánto comparten; los asuntos poco frecuentes cuentan más que los comunes.

scores-context-heading = 5. Contexto
scores-context = La complementariedad y el ámbito compartido cuentan por igual. El resultado se ajusta ligeramente según los idiomas de trabajo
    (las organizaciones sin ningún idioma en común obtienen una puntuación menor), el hecho de trabajar en la misma región y los tipos de
    organización que suelen colaborar (por ejemplo, una agencia de desarrollo y un ministerio).

scores-broad-heading = 6. Organizaciones generalistas
scores-broad = Unas pocas organizaciones muy generalistas encajan un poco con todas y, de lo contrario, llenarían todas las listas. Por ello,
    cada puntuación se compara con el grado en que ambas organizaciones encajan con sus propios mejores socios: una pareja obtiene una puntuación
    más alta cuando destaca para ambas, y una organización que encaja medianamente con todas baja en todas las listas.
    La corrección es la misma desde ambos lados, de modo que cada pareja tiene una sola puntuación.

scores-reasons-heading = 7. Los motivos
scores-reasons = Cada sugerencia enumera sus motivos: cuáles de sus necesidades cubre el socio y con qué oferta, o por ser el tipo de socio
    que usted pidió; cuáles de las necesidades del socio cubre usted; los asuntos en los que ambas partes trabajan; los idiomas que comparten,
    la región y los tipos de organización. Cada motivo cita las palabras que escribió cada parte, en su propio idioma.

# El nombre de archivo en <code> se mantiene tal cual.
scores-formula-html = La fórmula exacta figura en la documentación del motor de búsqueda de socios del proyecto (<code>src/matching/mod.rs</code>).
