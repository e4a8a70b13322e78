## Shown on several event pages.

# After the date and venue of an event: the time zone of all times shown.
# $zone is a time zone name such as "Europe/Zurich".
event-times-in = times in { $zone }
# The subject of a meeting (a need that one participant wrote), as the
# organizers or the group table set it.
event-topic = Topic: { $topic }
event-edit = Edit event

## The list of events (/events).

event-list-title = Events
event-list-heading = Matchmaking events
event-list-lead = At a matchmaking session, participants meet for short talks at tables, on a schedule built from their requests and suggestions.
event-create-link = Create an event
event-list-empty = There are no events yet.
# Follows "There are no events yet." for visitors who are not organizers.
event-list-empty-ask = Organizers create them; ask yours to invite you.
event-participant-count = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
# After the date of an event in the list: new participants cannot join it.
event-closed-tag = closed

## The form to create or edit an event (organizers only).

event-new = New event
event-not-saved = Nothing was saved. Please correct the fields marked below.
event-field-date = Date
# How to write a date in the date field; translate the letters (year, month, day), keep the order.
event-date-format = YYYY-MM-DD
event-field-time-zone = Time zone
# Time zone names stay as they are (they are codes).
event-time-zone-hint = e.g. Europe/Zurich, America/New_York
event-field-venue = Venue
event-field-slots = Time slots
# "09:00 30" is what to type: a start time and a length in minutes. Keep it as it is.
event-slots-hint = one per line: start and minutes, e.g. “09:00 30”
event-field-tables = Tables
# What to type: a table's name, a colon and its number of seats; "1-40" makes
# tables 1 to 40 at once. "Table" is only an example name and may be translated.
event-tables-hint = one per line: name and seats, e.g. “Table 1: 2”; a numbered run as “Table 1-40: 2”
event-field-interpretation = Interpretation
# The codes stay as they are (two-letter language codes).
event-interpretation-hint = languages interpreted at the event, as codes: en, fr, es
event-field-min-meetings = Meetings each participant should get at least
event-group-tables-check = Propose group tables of three (provider, funder, beneficiary) on tables with 3 or more seats
event-open-check = Open: registered organizations may join
event-save = Save event
event-create = Create event
event-delete-heading = Delete this event
event-delete-confirm = Delete the event with its participants, requests, meetings and outcomes. This cannot be undone.
event-delete = Delete event

## The event page.

event-manage = Manage participants and schedule
event-session-report = Session report
event-programme = Programme
event-slots = { $count ->
    [one] { $count } time slot
   *[other] { $count } time slots
}
event-tables = { $count ->
    [one] { $count } table
   *[other] { $count } tables
}
# $count tables in all, of which $groups (3 or more seats) take groups of three.
event-tables-with-groups = { $count ->
    [one] { $count } table, { $groups } for groups of three
   *[other] { $count } tables, { $groups } for groups of three
}
event-min-meetings = { $count ->
    [one] at least { $count } meeting per participant where possible
   *[other] at least { $count } meetings per participant where possible
}
# $languages: names of languages separated by commas.
event-interpretation = interpretation: { $languages }
event-your-meetings = Your meetings
event-none-for-you = No meetings are scheduled for you.
event-not-built = The schedule is not built yet. Meanwhile, send meeting requests below.
event-printable-agenda = Printable agenda
event-add-to-calendar = Add to calendar (.ics)
event-in-numbers = The session in numbers
# Before the names of the one or two organizations met in a meeting (shown as links).
event-meeting-with = With:
event-outcome = Outcome
# The choice in the outcome list when nothing is recorded yet.
event-outcome-not-recorded = Not recorded
# A short note that participants keep about a meeting's outcome.
event-note = Note
event-save-outcome = Save outcome
event-availability = When you are available
event-availability-hint = Tick the slots in which you cannot meet.
# A checkbox; $slot is a time slot such as "09:00–09:30".
event-not-available = Not available { $slot }
event-save-availability = Save availability
event-requests = Meeting requests
event-no-requests = No requests yet.
event-requests-incoming = Asked of you
event-requests-outgoing = Sent by you
# Where a meeting request stands.
event-status-pending = pending
event-status-accepted = accepted
event-status-declined = declined
event-reply-optional = Reply (optional)
event-accept = Accept
event-decline = Decline
# $reply: what you answered to a meeting request, as you wrote it.
event-your-reply = Your reply: { $reply }
# $reply: what the other organization answered to your request, as it wrote it.
event-their-reply = Reply: { $reply }
event-withdraw = Withdraw
event-partners-heading = Participants, best match first
# Above the list of other participants when only the best matches are listed:
# $shown of them out of $total.
event-partners-shown = { $shown ->
    [one] The best one of { $total }.
   *[other] The { $shown } best of { $total }.
}
# A link after "The 50 best of 120.": list every participant.
event-partners-show-all = Show all, including those with nothing in common
event-col-organization = Organization
event-col-score = Score
event-col-meeting = Meeting
event-message-placeholder = Message (optional)
# For screen readers: the message field of a meeting request; $name is an organization's name.
event-message-to = Message to { $name }
event-request-meeting = Request a meeting
event-leave = Leave this event
# A button; $name is the name of the visitor's organization.
event-join-as = Join as { $name }
event-closed = This event is closed to new participants.
# Followed by a "Log in" link.
event-log-in-to-join = Only logged-in organizations can join this event and ask for meetings.
# $count: how many organizations take part.
event-participants-heading = Participants ({ $count })
event-nobody-yet = Nobody has joined yet.

## An organization's printable agenda at an event.

# $name: the name of the organization whose agenda this is.
event-agenda-title = Agenda of { $name }
# A link back to the event page; turn the arrow for right-to-left languages.
event-back-to-event = ← Back to the event
event-agenda-empty = No meetings are scheduled.
event-col-time = Time
event-col-table = Table
# Column of the agenda: the organizations met.
event-col-with = With
# Column of the agenda: why the meeting was proposed.
event-col-why = Why

## What came of a meeting; where a meeting request with a partner stands.

outcome-follow_up = Follow-up agreed
outcome-agreement = MoU or agreement
outcome-project = Project started
outcome-no_fit = No fit
outcome-none = Not recorded
outcome-not-yet = Not yet recorded
partner-you-asked = You asked; waiting for their answer.
partner-they-asked = They asked you: answer under “Meeting requests”.
partner-accepted = Meeting request accepted.
partner-declined = Meeting request declined.
partner-not-interested = You marked them “not interested”.

## On the day: the meeting going on and the next one. $table is a table's name; $partners the partners' names.

agenda-now = Now, until { $until }: { $table } with { $partners }
agenda-next = Next, { $time }: { $table } with { $partners }

## What is wrong with the event form. $line: the line of the field.

event-form-group-tables = Group tables of three need at least one table with 3 or more seats.
event-form-name-empty = Enter the event's name.
event-form-date = Enter the date as YYYY-MM-DD, for example 2026-12-03.
event-form-time-zone-empty = Enter the time zone, for example Europe/Zurich or America/New_York.
event-form-time-zone-unknown = “{ $value }” is not a time zone name. Use a name such as Europe/Zurich, Africa/Nairobi or UTC.
event-form-min-meetings = Enter a whole number from 0 to { $max }.
event-form-slot-bad = Line { $line }: “{ $value }” is not a slot. Write the start and the minutes, such as “09:00 30”.
event-form-slot-length = Line { $line }: a slot lasts from 5 to 240 minutes.
event-form-slot-same-day = Line { $line }: a slot must end on the same day.
event-form-slot-overlap = Line { $line }: { $slot } starts before the slot above it ends; list slots in order, without overlaps.
event-form-slots-many = List at most { $max } slots.
event-form-slots-none = List at least one time slot, such as “09:00 30”.
event-form-seats-bad = Line { $line }: after the colon, give the number of seats, such as “Table 1: 2”.
event-form-seats-range = Line { $line }: a table has from 2 to { $max } seats.
event-form-range = Line { $line }: a range goes from a lower to a higher number.
event-form-table-name = Line { $line }: give the table a name.
event-form-table-name-long = Line { $line }: a table name has at most { $max } characters.
event-form-table-twice = Line { $line }: there is already a table called “{ $name }”.
event-form-tables-many = List at most { $max } tables.
event-form-tables-none = List at least one table, such as “Table 1: 2”.

## The organizers of an event.

organizers-title = Organizers
organizers-intro = The organizers of this event manage its participants, schedule and meetings; they have no power over other events. Site administrators organize every event and are not listed.
organizers-none = No organizers besides the site administrators.
organizers-organization = Organization
organizers-add-heading = Add an organizer
organizers-add-email = The e-mail address of their Roundtable account
organizers-add-hint = They must have an account (their organization registered); they are told by e-mail.
organizers-add = Add as organizer
organizers-added = The organizer is added and told by e-mail.
organizers-removed = The organizer is removed.
organizers-no-account = No account uses this address. Ask them to register their organization on Roundtable first, then add them.
organizers-already = This person already organizes the event.
mail-organizer-subject = You now organize { $event } on Roundtable
mail-organizer-intro = { $by } made you an organizer of { $event }: you can now manage its participants, schedule and meetings.
mail-organizer-action = Open the schedule
