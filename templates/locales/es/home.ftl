## La página de inicio.

home-title = Encuentre socios de cooperación para el desarrollo
home-heading = Encuentre los socios que se ajustan a lo que usted ofrece y a lo que necesita
home-lead-html = Ministerios, agencias de ciberseguridad, agencias de desarrollo, organizaciones internacionales y regionales, CERT, sociedad civil, instituciones académicas y empresas describen sus <strong>capacidades</strong> y sus <strong>necesidades</strong>. Roundtable ayuda a cada uno de ellos a encontrar socios complementarios.
home-register = Registre su organización
home-browse = { $count ->
    [one] Consultar { $count } organización
   *[other] Consultar { $count } organizaciones
}
home-events = Eventos de búsqueda de socios
home-landscape = Dónde quedan necesidades sin cubrir
home-how = Cómo funciona
home-step-register = Registre su organización e indique, con sus propias palabras, lo que ofrece y lo que busca.
home-step-suggestions = Consulte sus sugerencias de socios, cada una con sus motivos en ambos sentidos, marque las que le interesen y exporte la lista para sus reuniones.
home-step-event = En un evento de búsqueda de socios, solicite reuniones a otros socios, indique cuándo no está disponible y obtenga su agenda: para imprimir, como hoja de cálculo o para su calendario.
home-step-after = Después del evento, registre el resultado de cada reunión; los organizadores reciben el informe de la sesión.
home-step-landscape-html = Los donantes y los proveedores tienen una visión de conjunto en <a href="/landscape">el panorama</a>: qué necesidades están cubiertas, por tema y por región, y cuáles esperan todavía un socio.
