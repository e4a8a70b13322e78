## Qué falla en un valor escrito en un formulario (o en un campo de un archivo importado).

form-email-empty = Introduzca una dirección de correo electrónico.
form-email-long = Una dirección de correo electrónico no puede superar los 254 caracteres.
form-email-invalid = Introduzca una dirección de correo electrónico del tipo name@example.org.
form-password-short = Utilice al menos { $min } caracteres.
form-password-long = Utilice como máximo { $max } caracteres.
# $why: la observación del verificador de contraseñas, en inglés («this is a top-10 common password»); puede estar vacía.
form-password-guessable = { $why ->
    [none] Esta contraseña es demasiado fácil de adivinar. Utilice una frase más larga formada por varias palabras sin relación entre sí.
   *[other] Esta contraseña es demasiado fácil de adivinar ({ $why }). Utilice una frase más larga formada por varias palabras sin relación entre sí.
}
form-name-empty = Introduzca el nombre de la organización.
form-name-long = Un nombre no puede superar los { $max } caracteres (este tiene { $count }).
form-name-control = El nombre contiene caracteres de control.
form-name-bidi = El nombre contiene un carácter invisible de control de la dirección del texto (como un forzado de derecha a izquierda), que puede hacer que parezca otro nombre. Escriba el nombre sin ese carácter.
form-kind-empty = Elija el tipo de organización en la lista.
# $value: lo que se escribió.
form-kind-unknown = Elija un tipo de la lista (valor recibido: «{ $value }»).
form-region-unknown = Elija una región de la lista: { $regions }.
form-description-long = Una descripción no puede superar los { $max } caracteres (esta tiene { $count }).
form-website-long = Una dirección web no puede superar los { $max } caracteres.
form-website-scheme = Introduzca una dirección web como www.example.org o https://www.example.org.
form-website-invalid = Introduzca una dirección web completa, como www.example.org.
# $what: capability, need o private_need; $start: los 40 primeros caracteres del elemento.
form-item-long = { $what ->
    [capability] Cada capacidad puede tener como máximo { $max } caracteres; «{ $start }…» tiene { $count }.
    [private_need] Cada necesidad confidencial puede tener como máximo { $max } caracteres; «{ $start }…» tiene { $count }.
   *[need] Cada necesidad puede tener como máximo { $max } caracteres; «{ $start }…» tiene { $count }.
}
form-items-many = { $what ->
    [capability] Indique como máximo { $max } capacidades (hay { $count }).
    [private_need] Indique como máximo { $max } necesidades confidenciales (hay { $count }).
   *[need] Indique como máximo { $max } necesidades (hay { $count }).
}
form-country-unknown = Ningún país se llama «{ $value }»: elíjalo de la lista (o indique su código de dos letras, como KE).
form-language-unknown = Idioma desconocido: { $values }. Escriba el nombre del idioma, como French o Français, o su código, como fr.
form-languages-many = Indique como máximo { $max } idiomas.

## A text longer than its field allows.

form-at-most = Utilice como máximo { $max } caracteres.
