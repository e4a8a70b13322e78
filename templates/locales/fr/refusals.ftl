## Pourquoi une requête a été refusée (affiché sur la page d'erreur).

refused-message-long = Le message est trop long : utilisez au maximum { $max } caractères.
refused-request-partner = Choisissez une organisation dans la liste des participants.
refused-request-own = Vous ne pouvez pas demander une réunion à votre propre organisation.
refused-request-not-participant = { $org } ne participe pas à cet événement.
refused-request-not-interested = Vous avez marqué { $org } « sans intérêt ». Annulez cette marque sur votre page de suggestions pour demander une réunion.
refused-request-duplicate = Il existe déjà une demande de réunion entre vous et { $org } ; consultez « Demandes de réunion » sur la page de l'événement.
refused-answer-choice = Choisissez « Accepter » ou « Refuser ».
refused-filter-value = Le filtre « { $filter } » a une valeur que cette liste ne peut pas utiliser.
refused-mark-self = Une organisation ne peut pas se marquer elle-même.
refused-mark-choice = Choisissez « intéressant », « sans intérêt » ou « annuler ».
refused-outcome-choice = Choisissez un résultat dans la liste.
refused-note-long = La note est trop longue : utilisez au maximum { $max } caractères.
refused-form-unreadable = Le formulaire n'a pas pu être lu.
refused-slot-unknown = Il n'existe aucun créneau « { $slot } » pour cet événement.
refused-participant-unknown = Aucune organisation inscrite ne s'appelle « { $name } ». Utilisez son nom ou la dernière partie de l'adresse de sa page.
refused-landscape-table = Choisissez un tableau : coverage, unmet, topics ou providers.
refused-slot-choose = Choisissez un créneau de cet événement.
