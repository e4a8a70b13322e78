## The start page.

home-title = Find partners for development cooperation
home-heading = Find the partners that fit what you offer and what you need
home-lead-html = Ministries, cyber agencies, development agencies, international and regional organizations, CERTs, civil society, academia and companies describe their <strong>capabilities</strong> and their <strong>needs</strong>. Roundtable helps each of them find partners that complement them.
home-register = Register your organization
home-browse = { $count ->
    [one] Browse { $count } organization
   *[other] Browse { $count } organizations
}
home-events = Matchmaking events
home-landscape = Where needs go unmet
home-how = How it works
home-step-register = Register your organization and list what it offers and what it seeks, in your own words.
home-step-suggestions = See your partner suggestions, each with its reasons in both directions, mark the ones that interest you and export the list for your meetings.
home-step-event = At a matchmaking event, ask partners for meetings, mark when you are not available, and get your agenda — printable, as a spreadsheet or for your calendar.
home-step-after = After the event, record what came of each meeting; the organizers get the session's report.
home-step-landscape-html = Donors and providers see the whole field on <a href="/landscape">the landscape</a>: which needs are covered, by theme and region, and which wait for a partner.
