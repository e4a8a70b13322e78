## What is wrong with a value typed in a form (or a field of an imported file).

form-email-empty = Enter an e-mail address.
form-email-long = An e-mail address has at most 254 characters.
form-email-invalid = Enter an e-mail address like name@example.org.
form-password-short = Use at least { $min } characters.
form-password-long = Use at most { $max } characters.
# $why: the password checker's own remark, in English ("this is a top-10 common password"); may be empty.
form-password-guessable = { $why ->
    [none] This password is too easy to guess. Use a longer phrase of a few unrelated words.
   *[other] This password is too easy to guess ({ $why }). Use a longer phrase of a few unrelated words.
}
form-name-empty = Enter the organization's name.
form-name-long = A name has at most { $max } characters (this one has { $count }).
form-name-control = The name contains control characters.
form-name-bidi = The name contains an invisible text-direction control (such as a right-to-left override), which can make it look like another name. Type the name without it.
form-kind-empty = Choose the kind of organization from the list.
# $value: what was typed.
form-kind-unknown = Choose a kind from the list (got "{ $value }").
form-region-unknown = Choose a region from the list: { $regions }.
form-description-long = A description has at most { $max } characters (this one has { $count }).
form-website-long = A web address has at most { $max } characters.
form-website-scheme = Enter a web address such as www.example.org or https://www.example.org.
form-website-invalid = Enter a full web address, such as www.example.org.
# $what: capability, need or private_need; $start: the first 40 characters of the item.
form-item-long = { $what ->
    [capability] Each capability has at most { $max } characters; "{ $start }…" has { $count }.
    [private_need] Each private need has at most { $max } characters; "{ $start }…" has { $count }.
   *[need] Each need has at most { $max } characters; "{ $start }…" has { $count }.
}
form-items-many = { $what ->
    [capability] List at most { $max } capabilities (there are { $count }).
    [private_need] List at most { $max } private needs (there are { $count }).
   *[need] List at most { $max } needs (there are { $count }).
}
form-country-unknown = No country is called "{ $value }": choose it from the list (or give its two-letter code, such as KE).
form-language-unknown = Unknown language: { $values }. Write the language's name, such as French or Français, or its code, such as fr.
form-languages-many = List at most { $max } languages.

## A text longer than its field allows.

form-at-most = Use at most { $max } characters.
