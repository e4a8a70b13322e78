## Suggestions de partenaires.

matches-title = Suggestions de partenaires pour { $name }
matches-heading = Suggestions de partenaires pour
matches-lead-own = Classées selon la complémentarité de chaque organisation avec la vôtre, dans les deux sens.
matches-lead-other = Classées selon la complémentarité de chaque organisation avec celle-ci, dans les deux sens.
any = Indifférent
matches-language-example = p. ex. fr
matches-min-score = Score minimal
matches-show-hidden = Afficher les suggestions « sans intérêt »
matches-export = Exporter cette liste :
matches-printable = Version imprimable
matches-mutual = Intérêt mutuel
matches-updating = Les suggestions sont en cours de mise à jour à la suite de modifications récentes des profils ; rechargez la page dans quelques secondes pour les voir.
matches-count = { $count ->
    [one] { $count } suggestion
   *[other] { $count } suggestions
}
matches-empty-own = Ajoutez des capacités et des besoins à votre profil pour obtenir des suggestions.
matches-empty-other = Cette organisation n'a encore indiqué ni capacités ni besoins.
matches-none-fits = Aucune suggestion ne correspond. Assouplissez les filtres ou décrivez davantage de besoins et de capacités dans le profil.
matches-score-title = Score sur 100
matches-score-label = Score : { $score } sur 100
matches-you-are-interested = Vous avez signalé votre intérêt.
matches-you-marked-not = Vous avez marqué cette suggestion « sans intérêt ».
matches-undo-label = Annuler le marquage de { $name }
matches-interested-label = Signaler votre intérêt pour { $name }
matches-not-interested-label = Marquer { $name } « sans intérêt »
matches-interested = Intéressant
matches-not-interested = Sans intérêt
undo = Annuler

## Les raisons d'une suggestion. « offer » et « need » sont ce que les
## organisations ont écrit ; « who » indique quel type de partenaire elles sont.

reason-they-cover = Ils proposent { $offer }, qui répond à votre besoin { $need }.
reason-they-cover-its = Ils proposent { $offer }, qui répond au besoin { $need } de cette organisation.
reason-you-cover = Vous proposez { $offer }, qui répond à leur besoin { $need }.
reason-it-covers = Cette organisation propose { $offer }, qui répond à leur besoin { $need }.
reason-they-fit = Leur profil ({ $who }) répond à votre besoin { $need }.
reason-they-fit-its = Leur profil ({ $who }) répond au besoin { $need } de cette organisation.
reason-you-fit = Votre profil ({ $who }) répond à leur besoin { $need }.
reason-it-fits = Le profil de cette organisation ({ $who }) répond à leur besoin { $need }.
reason-same-field = Vous travaillez tous deux sur les mêmes thèmes : { $topics }.
reason-same-field-both = Les deux organisations travaillent sur les mêmes thèmes : { $topics }.
reason-shared-languages = Vous avez des langues de travail en commun : { $languages }.
reason-no-shared-language = Vous n'indiquez aucune langue de travail commune.
reason-same-region = Vous intervenez tous deux dans la même région : { $region }.
reason-kinds-complement = { $yours } et { $theirs } : des profils souvent complémentaires.

## The printable list: a phrase that an organization wrote, in quotation marks; the mark on a suggestion.

quoted = « { $text } »
interest-mutual = intérêt mutuel
interest-interested = intéressé
interest-not-interested = sans intérêt
