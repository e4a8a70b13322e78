## The directory of organizations.

directory-heading = Directory of organizations
directory-filters-left-out = Some filters were left out:
directory-words = Words to find
directory-placeholder = Words, e.g. incident response, forensics, Kenya
directory-search = Search
directory-filters = Filters
directory-words-in = Words in
directory-side-all = the whole profile
directory-side-offers = what they offer
directory-side-seeks = what they seek
directory-any-kind = Any kind
directory-any-theme = Any theme
directory-any-region = Any region
directory-name-or-code = Name or code
directory-apply = Apply
directory-found = { $count ->
    [one] { $count } organization found
   *[other] { $count } organizations found
}
directory-filters-in-use = Filters in use
directory-remove-filter = Remove the filter { $filter }
directory-narrow = Narrow the results
directory-only-common-words = “{ $text }” holds only common words or symbols, which are not searched: type a word of a name, a capability or a need.
directory-no-match = No organization matches.
directory-try-fewer = Try fewer words or remove a filter.

## Fields and controls shared by several pages.

field-kind = Kind
field-theme = Theme
field-region = Region
field-country = Country
field-language = Language
download-csv = Download as CSV
badge-fictional = Fictional
pager-pages = Pages
pager-previous = Previous
pager-next = Next
pager-page-of = Page { $page } of { $pages }
directory-in-offers = In what they offer
directory-in-seeks = In what they seek
directory-works-in = Works in { $language }
