## Partner suggestions.

matches-title = Partner suggestions for { $name }
matches-heading = Partner suggestions for
matches-lead-own = Ranked by how well each organization complements yours, in both directions.
matches-lead-other = Ranked by how well each organization complements this one, in both directions.
any = Any
matches-language-example = e.g. fr
matches-min-score = Minimum score
matches-show-hidden = Show “not interested”
matches-export = Export this list:
matches-printable = Printable page
matches-mutual = Mutual interest
matches-updating = Suggestions are being updated after recent profile edits; reload in a few seconds to see them.
matches-count = { $count ->
    [one] { $count } suggestion
   *[other] { $count } suggestions
}
matches-empty-own = Add capabilities and needs to your profile to get suggestions.
matches-empty-other = This organization has not listed capabilities or needs yet.
matches-none-fits = No suggestion fits. Loosen the filters, or describe more needs and capabilities in the profile.
matches-score-title = Score out of 100
matches-score-label = Score: { $score } of 100
matches-you-are-interested = You are interested.
matches-you-marked-not = You marked this “not interested”.
matches-undo-label = Undo the mark on { $name }
matches-interested-label = Interested in { $name }
matches-not-interested-label = Not interested in { $name }
matches-interested = Interested
matches-not-interested = Not interested
undo = Undo

## The reasons of a suggestion. "offer" and "need" are what the
## organizations wrote; "who" says what kind of partner they are.

reason-they-cover = They offer { $offer }, which covers your need { $need }.
reason-they-cover-its = They offer { $offer }, which covers its need { $need }.
reason-you-cover = You offer { $offer }, which covers their need { $need }.
reason-it-covers = It offers { $offer }, which covers their need { $need }.
reason-they-fit = They are { $who }, which fits your need { $need }.
reason-they-fit-its = They are { $who }, which fits its need { $need }.
reason-you-fit = You are { $who }, which fits their need { $need }.
reason-it-fits = It is { $who }, which fits their need { $need }.
reason-same-field = You both work on { $topics }.
reason-same-field-both = Both work on { $topics }.
reason-shared-languages = You share working languages: { $languages }.
reason-no-shared-language = You list no working language in common.
reason-same-region = You both work in { $region }.
reason-kinds-complement = { $yours } and { $theirs } often complement each other.

## The printable list: a phrase that an organization wrote, in quotation marks; the mark on a suggestion.

quoted = “{ $text }”
interest-mutual = mutual interest
interest-interested = interested
interest-not-interested = not interested
