## Le résultat de la dernière action, affiché en haut de la page.

notice-joined = Votre organisation est inscrite à cet événement.
notice-left = Votre organisation n'est plus inscrite à cet événement.
notice-availability = Vos disponibilités sont enregistrées.
notice-requested = Votre demande de réunion a été envoyée.
notice-accepted = Vous avez accepté la demande.
notice-declined = Vous avez refusé la demande.
notice-withdrawn = Votre demande a été retirée.
notice-outcome = Le résultat est enregistré.
notice-event-deleted = L'événement a été supprimé.
notice-locked = La réunion est verrouillée : les relances du programme la conservent telle quelle.
notice-unlocked = La réunion est déverrouillée : la prochaine relance du programme pourra la modifier.
notice-moved = La réunion a été déplacée et verrouillée à sa nouvelle place.
notice-swapped = Les deux réunions ont échangé leurs places ; toutes deux y sont verrouillées.
notice-removed = La réunion a été retirée ; sa table est libre.
notice-restored = Les réunions ont retrouvé leur place précédente.
notice-present = Le participant est marqué présent.
notice-unchecked = Le participant n'est plus marqué présent.
notice-absent = Le participant est marqué absent et ses réunions sans résultat ont été supprimées. Relancez le programme à partir du créneau suivant pour proposer de nouvelles réunions à ses partenaires.
notice-added = Le participant a été ajouté.
notice-built = { $count ->
    [one] Le programme des réunions est établi : { $count } réunion programmée.
   *[other] Le programme des réunions est établi : { $count } réunions programmées.
}
# $registered : le nombre d'organisations importées qui avaient déjà un compte.
notice-imported = { $registered ->
    [0] { $count ->
        [one] { $count } organisation importée et ajoutée aux participants.
       *[other] { $count } organisations importées et ajoutées aux participants.
    }
   *[other] { $count ->
        [one] { $count } organisation importée et ajoutée aux participants.
       *[other] { $count } organisations importées et ajoutées aux participants.
    } { $registered ->
        [one] { $registered } d'entre elles avait déjà un compte : elle conserve son propre profil, que seuls ses comptes peuvent modifier.
       *[other] { $registered } d'entre elles avaient déjà un compte : elles conservent leur propre profil, que seuls leurs comptes peuvent modifier.
    }
}

## Le bouton du message qui annule la dernière action.

undo-removal = Annuler : rétablir la réunion
undo-absent = Annuler : ne plus marquer absent
undo-move = Annuler : ramener la réunion à sa place
undo-swap = Annuler : ramener les réunions à leur place
