## The organizer's console of an event (the schedule page), its move page,
## the printable room grid, table plan and table cards, and the session
## report. Words shared by several of these pages come first.

# Links to a table as a file to download: a comma-separated file and an
# Excel workbook.
console-csv = CSV
console-excel = Excel
# A link back to the event's own page.
console-event-page = Event page
# Column headers of the tables of meetings (console, room grid, table plan).
console-col-table = Table
console-col-participants = Participants
console-col-topic = Topic
# Said of a meeting that re-runs of the schedule keep where it is.
console-locked = locked

## The console (schedule page): top of the page and the build button.

# The browser tab's title. { $event } is the event's name.
console-title = Schedule · { $event }
# The page heading; the event's name follows it.
console-heading = Schedule:
# { $zone } is a time zone's name, e.g. Europe/Paris.
console-times-in = times in { $zone }
# A label before a list to choose from: "Change" [all slots | from 09:30–10:00
# on (earlier meetings stay)].
console-change = Change
console-change-all-slots = all slots
# { $slot } is a time slot, e.g. 09:30–10:00.
console-change-from-slot = from { $slot } on (earlier meetings stay)
console-build = Build the schedule
console-rerun = Re-run the schedule (locked meetings stay)
# { $min } is the number of meetings the event promises each participant.
console-build-explained = Accepted requests come first, then pending requests and mutual interest, then the best suggestions. Everyone gets at least { $min ->
        [one] { $min } meeting
       *[other] { $min } meetings
    } where possible. Lock a meeting to keep it on re-runs; a moved meeting is locked.

## The console: the report of the schedule.

console-report = Report
console-meetings = Meetings
# After the number of meetings: how many of them are at group tables (three
# or more participants).
console-at-group-tables = ({ $count } at group tables)
console-total-score = Total score
console-meetings-per-participant = Meetings per participant
# The fewest, the median and the most meetings that a participant has.
console-min-median-max = min { $min } · median { $median } · max { $max }
console-meeting-requests = Meeting requests
console-requests-figures = { $accepted } accepted · { $pending } pending · { $declined } declined
console-printable-plan = Printable table plan
console-table-cards = Table cards
console-session-report = Session report
console-not-placed = Not placed, or needing attention
console-all-placed = Every request is placed.
console-all-placed-minimum = Every request is placed and everyone has the minimum.
console-outcomes = Outcomes

## The console: the room grid, and the printable room grid page.

console-room = The room
console-room-explained = Tables down, time slots across. Choose a meeting to move it or swap it with another.
# A link at the end of the text above.
console-printable-room-grid = Printable room grid
# The browser tab's title of the printable grid. { $event } is the event's name.
console-room-title = Room grid · { $event }
# The heading of the printable grid; the event's name follows it.
console-room-heading = Room grid:
# After the event's date, on the printable grid.
console-room-meta = tables down, time slots across, scores from 0 to 100
# The name of the scrollable grid, for screen readers.
console-room-grid = Room grid
console-room-grid-caption = Tables down, time slots across; each cell is the meeting at that table and time, with its score.
# A table with no meeting at that time.
console-free = free

## The console: meetings by time slot.

console-meetings-by-slot = Meetings by time slot
# Before links to each time slot: "Show: all slots · 09:00–09:30 (4) · …"
console-show = Show:
console-show-all-slots = all slots
# After a time slot's heading.
console-slot-meetings = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
console-col-why = Why
console-col-score = Score
console-col-outcome = Outcome
console-col-actions = Actions
# The topic of a group table. { $topic } is what an organization wrote.
console-topic = topic: { $topic }
# Why a meeting is on the schedule. { $origin } is one of these codes:
# request = a meeting request (accepted or pending); mutual = both sides marked
# each other "interested"; suggestion = suggested by the matching; group = a
# group table around one need; manual = placed by hand by the organizers.
console-origin = { $origin ->
    [request] request
    [mutual] mutual
    [suggestion] suggestion
    [group] group
    [manual] manual
   *[other] { $origin }
}
# The buttons of a meeting. Each shows only the short word; screen readers
# read it followed by the -hidden message, e.g. "Lock" + "the meeting of
# Alpha, Beta". { $names } holds the participants' names, separated by commas.
console-lock = Lock
console-lock-hidden = the meeting of { $names }
console-unlock = Unlock
console-unlock-hidden = the meeting of { $names }
console-move = Move or swap
console-move-hidden = the meeting of { $names }
console-remove = Remove
console-remove-hidden = the meeting of { $names }

## The console: participants.

console-participants-heading = Participants ({ $count })
# Before links to the list as a CSV file and as an Excel workbook.
console-participant-list = Participant list:
console-add-organization = Add a registered organization
console-add-placeholder = Name or page address
console-add = Add
console-import-summary = Import participants from a file
# "roundtable import" is a command; do not translate it.
console-import-format-html = A JSON or CSV file in the import format (as for <code>roundtable import</code>). Organizations are created or updated, then all join the event — all or nothing, with a report of every bad row.
console-import-file = File
console-import-paste = Or paste its content
console-import = Import participants
# On the day of the event: how many participants the organizers checked in,
# marked as not come (no-shows), and not checked in yet.
console-on-the-day = On the day: { $present } checked in · { $absent ->
        [one] { $absent } no-show
       *[other] { $absent } no-shows
    } · { $unknown } not checked in. A no-show's meetings are removed so that a re-run can give its partners new ones.
console-col-organization = Organization
console-col-meetings = Meetings
console-col-on-the-day = On the day
console-col-agenda = Agenda
# Whether a participant came, in the "On the day" column.
console-checked-in = checked in
console-no-show = no-show
console-not-checked-in = not checked in
# Buttons; screen readers read the participant's name after them.
console-check-in = Check in
console-mark-no-show = No-show
console-undo-check-in = Undo check-in
# Read by screen readers after "Undo check-in". { $name } is the participant.
console-undo-check-in-hidden = of { $name }
# A link to a participant's agenda; screen readers read the -hidden message
# after it. { $name } is the participant.
console-agenda = agenda
console-agenda-hidden = of { $name }

## Moving or swapping a meeting by hand.

# The browser tab's title. { $event } is the event's name.
console-move-title = Move or swap · { $event }
console-move-heading = Move or swap a meeting
# { $who } is the names of the meeting's participants; { $place } its time
# slot and table, e.g. "09:00–09:30 · Table 4".
console-move-lead = { $who }, now at { $place }.
console-back-to-schedule = Back to the schedule
console-move-to-free-place = Move to a free place
console-no-free-place = No free place: at every other time a participant of this meeting is busy or away, or no table with enough seats is free. Swap it with another meeting below, or remove a meeting first.
console-free-places = Free times and tables, where everyone in this meeting is free
console-moved-is-locked = A moved meeting is locked: re-runs of the schedule keep it there.
console-move-button = Move the meeting
console-swap-heading = Swap with another meeting
console-no-swap = No meeting can trade places with this one: in each case a participant would be busy or away, or a table too small.
console-swap-label = The two meetings trade times and tables
console-swapped-are-locked = Both meetings are locked where they end up.
console-swap-button = Swap the meetings

## The printable table cards (one per table) and table plan.

# The browser tab's title. { $event } is the event's name.
console-cards-title = Table cards · { $event }
console-cards-empty = No meetings are scheduled yet, so there are no table cards.
# The number of seats at a table, after the event's name on its card.
console-seats = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
# The topic of a group table. { $topic } is what an organization wrote.
console-card-topic = Topic: { $topic }
# The browser tab's title. { $event } is the event's name.
console-plan-title = Table plan · { $event }
# The heading of the table plan; the event's name follows it.
console-plan-heading = Table plan:
# A time slot with no meeting.
console-plan-no-meetings = No meetings.

## The session report, for the organizers and the participants.

# The browser tab's title. { $event } is the event's name.
report-title = Report · { $event }
# The page heading; the event's name follows it.
report-heading = Report:
report-participants = Participants
# After the number of participants.
report-did-not-come = ({ $count } did not come)
report-meetings = Meetings
report-with-outcome = With an outcome recorded
report-meeting-requests = Meeting requests
# Requests made, accepted by the other side, and met by a meeting.
report-requests-figures = { $made } made · { $accepted } accepted · { $met } met
report-by-theme = Meetings by theme
report-no-schedule-yet = No meetings yet: the organizers build the schedule first.
report-themes-caption = Meetings by theme and outcome
report-theme-explained = A meeting's theme is that of its strongest reason (a group table's, that of its topic).
# Before links to a table as a CSV file and as an Excel workbook.
report-download = Download:
report-between-regions = Meetings between regions
report-no-meetings-yet = No meetings yet.
# { $min } is the number of meetings the event promises each participant.
report-below-minimum = Participants below their minimum of { $min ->
        [one] { $min } meeting
       *[other] { $min } meetings
    }
report-everyone-had-minimum = Everyone who came had at least { $min ->
        [one] { $min } meeting
       *[other] { $min } meetings
    }.
# { $count } needs of { $total } that no meeting addressed.
report-unaddressed-heading = Needs that no meeting addressed ({ $count } of { $total })
report-unaddressed-explained = Needs of participants that none of their meetings' partners covers: the agenda for the next session, or for a donor.
# Private needs are counted in the heading but not listed.
report-private-unaddressed = { $count ->
        [one] { $count } of them is private: counted, not shown.
       *[other] { $count } of them are private: counted, not shown.
    }

## Why a meeting cannot be moved or swapped. $problem is one of the move-…
## messages below; $who an organization; $slot a time; $table a table's name.

move-refused = The meeting could not be moved: { $problem }
swap-refused = The meetings could not be swapped: { $problem }
move-just-taken = { $table } was just taken at { $slot }: choose another place.
swap-choose = Choose a meeting of this event to swap with.
swap-changed = One of the meetings was changed meanwhile; nothing was swapped. Choose again.
move-no-slot = Choose a time slot of this event.
move-no-table = There is no table called “{ $table }” at this event.
move-too-few-seats = { $table } has { $seats } seats; this meeting needs { $needed }.
move-table-taken = { $table } is taken at { $slot }. Move or remove that meeting first.
move-member-busy = { $who } already meets at { $slot } (at { $table }). Move that meeting first, or choose another time.
move-member-unavailable = { $who } is not available at { $slot }.
move-same-meeting = Choose another meeting to swap with.

## What the schedule lets down, and why (the console's report).
## $a, $b, $name: organizations; $names: organizations separated by commas.

unmet-too-few = only { $count } of { $min } meetings: too few suggested partners who share a language are free at the same time
unmet-request = { $state ->
    [accepted] { $a } and { $b } (accepted request)
   *[pending] { $a } and { $b } (pending request)
}
unmet-excluded = one side marked the other “not interested”, or they met before without a fit
unmet-no-language = they share no working language, and the event has no interpretation for theirs
unmet-no-time = no time slot in which both are free and a table is left
unmet-at-cap = one side already has as many meetings as anyone may have
unmet-meeting = Meeting of { $names } at { $slot }
unmet-no-show = { $name } did not come (no-show); remove the meeting or re-run
unmet-unavailable = { $name } is no longer available then; move the meeting or re-run
unmet-excluded-remove = one side marked the other “not interested”, or they met before without a fit; remove the meeting or re-run
