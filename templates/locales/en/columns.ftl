## Column headings and sheet names of downloaded files (CSV, Excel).

col-time = Time
col-table = Table
col-partners = Partners
col-topic = Topic
col-score = Score
col-why = Why
col-organization = Organization
col-rank = Rank
col-partner = Partner
col-website = Website
col-contact = Contact
col-interest = Interest
col-contact-e-mail = Contact e-mail
col-country = Country
col-covered-pct = Covered (%)
col-kind = Kind
col-languages = Languages
col-meetings = Meetings
col-need = Need
col-needs-of-others-covered = Needs of others covered
col-needs = Needs
col-not-available = Not available
col-note = Note
col-offers = Offers
col-outcome = Outcome
col-participants = Participants
col-profile = Profile
col-region = Region
col-theme = Theme
col-unmet-needs = Unmet needs
col-agenda = Agenda
col-table-plan = Table plan
col-report = Report
col-landscape = Landscape
col-name = Name
col-seeks = Seeks
col-matches = Matches

## The calendar file (.ics): each meeting's title and description. $partners: organizations separated by commas.

ics-summary = Meeting with { $partners }
ics-topic = Topic: { $topic }
ics-score = Match score { $score } of 100.
