## The landscape (/landscape): heading and lead.

landscape-title = The landscape
landscape-heading = The landscape: where needs go unmet
landscape-lead = Every need that organizations have written into their profiles, and whether another organization offers what it takes.
# Shown when the landscape is narrowed to one event; { $event } is the event's name.
landscape-lead-event = Every need that organizations have written into their profiles, and whether another organization offers what it takes — among the participants of { $event }.

## The landscape: the filters at the top.

landscape-all-themes = all themes
# Label of the region filter: the region of the organizations that have the needs.
landscape-region-of-needs = Region of the organizations with needs
landscape-all-regions = all regions
landscape-kind-of-organization = Kind of organization
landscape-all-kinds = all kinds
landscape-working-language = Working language
# Placeholder of the language field: a language may be typed by name or by its two-letter code.
landscape-language-placeholder = French or fr
landscape-event = Event
# The choice of the event filter that means: no event, all organizations.
landscape-whole-field = the whole field
# Button that applies the filters.
landscape-show = Show
landscape-clear-filters = Clear the filters

## The landscape: the key figures under the filters.

landscape-orgs-with-needs = Organizations with needs
landscape-covered-by-offer = Covered by an offer
# The share of needs covered, after the number covered: "(58 %)".
landscape-percent = ({ $percent } %)
# How many of the needs are private (their text is never shown).
landscape-of-them-private = Of them private
landscape-empty-html = No needs in this view. Clear a filter, or <a href="/register">register</a> and write what your organization seeks.

## The landscape: needs covered by theme and region (a heat map and a table).

landscape-coverage-heading = Needs covered, by theme and region
landscape-coverage-caption = Needs covered by theme and region (covered / needs)
# Column of the totals of each theme, over all regions.
landscape-col-all-regions = All regions
# Stands before the links "CSV" and "Excel" that download a table.
landscape-download = Download:

## The landscape: unmet needs.

# { $count } is the number of unmet needs, public and private.
landscape-unmet-heading = Unmet needs ({ $count })
landscape-unmet-intro = Needs that no other organization offers — where a donor or a provider would make a difference.
# As landscape-unmet-intro, when the landscape is narrowed to one event.
landscape-unmet-intro-event = Needs that no other organization at the event offers — where a donor or a provider would make a difference.
# { $count } unmet needs are private: counted, not shown.
landscape-unmet-private = { $count ->
    [one] { $count } of them is private: it is counted, not shown.
   *[other] { $count } of them are private: they are counted, not shown.
}
landscape-all-covered = Every public need here is covered by someone.
# Under a long list of unmet needs: { $shown } are listed on the page; the downloadable files hold all { $total }.
landscape-unmet-first = The first { $shown } are shown; the files hold all { $total }.

## The landscape: topics asked for and offered.

landscape-topics-heading = Topics asked for and least offered
landscape-least-caption = Topics that needs name, least offered first
landscape-topic = Topic
# Column: how many offers name the topic.
landscape-offers = Offers
landscape-unmet-needs = Unmet needs
landscape-most-offered-heading = Most offered topics
landscape-most-caption = Topics that offers name, most offered first
# Stands before the links "CSV" and "Excel" that download the table of all topics.
landscape-every-topic = Every topic:

## The landscape: the organizations whose offers cover most needs.

landscape-providers-heading = The field's providers
landscape-providers-intro = Organizations whose offers cover the most needs of others in this view.
landscape-organization = Organization
landscape-needs-of-others-covered = Needs of others covered

## The landscape: "How this is counted", at the bottom of the page.

landscape-definitions-heading = How this is counted
landscape-def-need-html = A <strong>need</strong> is one line of what an organization seeks. Its <strong>theme</strong> is that of the first topic of the vocabulary it names (the Global Forum on Cyber Expertise's themes, and the field's resources); needs in French or Spanish land in the same themes.
# Follows landscape-def-need-html; { $name } is the name of the row of needs without a theme ("Other needs").
landscape-def-no-theme = Needs that name no topic are "{ $name }".
landscape-def-covered-html = A need is <strong>covered</strong> when at least one other organization offers something close enough that its suggestions would give it as a reason, in the region and languages the need names — or is the kind of partner the need asks for (a donor, a CERT in Africa).
# As landscape-def-covered-html, when the landscape is narrowed to one event.
landscape-def-covered-event-html = A need is <strong>covered</strong> when at least one other organization of the event offers something close enough that its suggestions would give it as a reason, in the region and languages the need names — or is the kind of partner the need asks for (a donor, a CERT in Africa).
# Follows landscape-def-covered-html; the link leads to the page that explains the scores.
landscape-def-scores-html = This is what the <a href="/how-scores-work">scores</a> use.
landscape-def-region = The region is the region of the organization that has the need. Filters choose the organizations with needs; coverage is by the whole field, or by the participants of the event chosen.
landscape-def-private = Private needs count in the numbers; their text is never shown.
