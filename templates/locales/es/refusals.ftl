## Por qué se rechazó una solicitud (se muestra en la página de error).

refused-message-long = El mensaje es demasiado largo: utilice como máximo { $max } caracteres.
refused-request-partner = Elija una organización de la lista de participantes.
refused-request-own = No puede solicitar una reunión a su propia organización.
refused-request-not-participant = { $org } no participa en este evento.
refused-request-not-interested = Ha marcado a { $org } como «no me interesa». Deshaga esa marca en su página de sugerencias para solicitar una reunión.
refused-request-duplicate = Ya existe una solicitud de reunión entre usted y { $org }; consulte «Solicitudes de reunión» en la página del evento.
refused-answer-choice = Elija «Aceptar» o «Rechazar».
refused-filter-value = El filtro «{ $filter }» tiene un valor que esta lista no puede utilizar.
refused-mark-self = Una organización no puede marcarse a sí misma.
refused-mark-choice = Elija «me interesa», «no me interesa» o «deshacer».
refused-outcome-choice = Elija un resultado de la lista.
refused-note-long = La nota es demasiado larga: utilice como máximo { $max } caracteres.
refused-form-unreadable = No se pudo leer el formulario.
refused-slot-unknown = No hay ninguna franja horaria «{ $slot }» en este evento.
refused-participant-unknown = Ninguna organización registrada se llama «{ $name }». Utilice su nombre o la última parte de la dirección de su página.
refused-landscape-table = Elija un cuadro: coverage, unmet, topics o providers.
refused-slot-choose = Elija una franja horaria de este evento.
