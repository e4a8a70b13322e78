## Ce qui ne va pas dans une valeur saisie dans un formulaire (ou dans un champ d'un fichier importé).

form-email-empty = Saisissez une adresse électronique.
form-email-long = Une adresse électronique ne peut pas dépasser 254 caractères.
form-email-invalid = Saisissez une adresse électronique de la forme name@example.org.
form-password-short = Utilisez au moins { $min } caractères.
form-password-long = Utilisez au maximum { $max } caractères.
# $why : la remarque du vérificateur de mots de passe, en anglais (« this is a top-10 common password ») ; peut être vide.
form-password-guessable = { $why ->
    [none] Ce mot de passe est trop facile à deviner. Utilisez une phrase plus longue, composée de quelques mots sans rapport entre eux.
   *[other] Ce mot de passe est trop facile à deviner ({ $why }). Utilisez une phrase plus longue, composée de quelques mots sans rapport entre eux.
}
form-name-empty = Saisissez le nom de l'organisation.
form-name-long = Un nom ne peut pas dépasser { $max } caractères (celui-ci en compte { $count }).
form-name-control = Le nom contient des caractères de contrôle.
form-name-bidi = Le nom contient un caractère invisible de contrôle du sens de l'écriture (par exemple un forçage de droite à gauche), qui peut le faire ressembler à un autre nom. Saisissez le nom sans ce caractère.
form-kind-empty = Choisissez le type d'organisation dans la liste.
# $value : ce qui a été saisi.
form-kind-unknown = Choisissez un type dans la liste (valeur reçue : « { $value } »).
form-region-unknown = Choisissez une région dans la liste : { $regions }.
form-description-long = Une description ne peut pas dépasser { $max } caractères (celle-ci en compte { $count }).
form-website-long = Une adresse web ne peut pas dépasser { $max } caractères.
form-website-scheme = Saisissez une adresse web telle que www.example.org ou https://www.example.org.
form-website-invalid = Saisissez une adresse web complète, telle que www.example.org.
# $what : capability, need ou private_need ; $start : les 40 premiers caractères de l'élément.
form-item-long = { $what ->
    [capability] Chaque capacité est limitée à { $max } caractères ; « { $start }… » en compte { $count }.
    [private_need] Chaque besoin confidentiel est limité à { $max } caractères ; « { $start }… » en compte { $count }.
   *[need] Chaque besoin est limité à { $max } caractères ; « { $start }… » en compte { $count }.
}
form-items-many = { $what ->
    [capability] Indiquez au maximum { $max } capacités (il y en a { $count }).
    [private_need] Indiquez au maximum { $max } besoins confidentiels (il y en a { $count }).
   *[need] Indiquez au maximum { $max } besoins (il y en a { $count }).
}
form-country-unknown = Aucun pays ne s'appelle « { $value } » : choisissez-le dans la liste (ou indiquez son code à deux lettres, par exemple KE).
form-language-unknown = Langue inconnue : { $values }. Écrivez le nom de la langue, par exemple French ou Français, ou son code, par exemple fr.
form-languages-many = Indiquez au maximum { $max } langues.

## A text longer than its field allows.

form-at-most = Utilisez au maximum { $max } caractères.
