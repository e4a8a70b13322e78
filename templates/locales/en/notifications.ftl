## E-mail notifications: the settings page.

notify-title = E-mail notifications
notify-intro = For each kind of news, choose an e-mail at once, one e-mail a day with everything, or nothing. E-mails go only to a confirmed address.
notify-kind-requests = Meeting requests to your organization
notify-kind-answers = Answers to your organization’s meeting requests
notify-kind-mutual = New mutual interest
notify-kind-schedule = Event schedules: published, and meetings moved, removed or added
notify-kind-reminder = A reminder the day before an event, with the agenda
notify-mode-immediate = At once
notify-mode-digest = In a daily digest
notify-mode-off = Off
notify-save = Save my choices
notify-saved = Your choices are saved.
notify-invalid = Choose “At once”, “In a daily digest” or “Off” for each kind.
notify-digest-name = the daily digest

## The one-click unsubscribe link of every e-mail.

unsubscribe-title = Stop these e-mails
unsubscribe-ask = Stop e-mails about: { $kind }?
unsubscribe-button = Stop these e-mails
unsubscribe-done = Done: no more e-mails about: { $kind }. You can change this in your settings at any time.
unsubscribe-unknown = This link does not work: its account may no longer exist.

## The e-mails.

notify-request-subject = { $org } asks to meet you at { $event }
notify-request-intro = { $org } asks your organization for a meeting at { $event }.
notify-message = Their message: “{ $message }”
notify-request-action = Answer on the event page
notify-accepted-subject = { $org } accepted your meeting request
notify-accepted-intro = { $org } accepted your organization’s meeting request at { $event }.
notify-declined-subject = { $org } declined your meeting request
notify-declined-intro = { $org } declined your organization’s meeting request at { $event }.
notify-reply = Their reply: “{ $reply }”
notify-answer-action = See the event page
notify-mutual-subject = Mutual interest with { $org }
notify-mutual-intro = { $org } is interested in working with your organization, as you are: the interest is mutual. You can now see each other’s contacts and private needs.
notify-mutual-action = See your mutual interests
mail-footer-settings = Choose which e-mails you get
mail-footer-unsubscribe = Stop e-mails like this one
digest-subject = Your Roundtable news: { $count ->
    [one] one item
   *[other] { $count } items
}
digest-intro = What happened since your last digest:

## The schedule of an event, told by e-mail with a calendar file.

schedule-published-subject = The schedule of { $event } is out
schedule-published-intro = { $org } has { $count ->
    [one] one meeting
   *[other] { $count } meetings
} at { $event } on { $date }.
schedule-calendar-note = The attached calendar file puts these meetings in your calendar, and updates them if they change.
schedule-action = See your agenda
schedule-changed-subject = Your meetings at { $event } changed
schedule-changed-intro = The organizers changed your schedule at { $event }:
schedule-line-added = New: { $time }, { $table }, with { $partners }
schedule-line-moved = Moved: { $time }, { $table }, with { $partners }
schedule-removed-subject = A meeting at { $event } is cancelled
schedule-removed-intro = The organizers removed from your schedule at { $event }:
schedule-line-removed = Cancelled: { $time }, { $table }, with { $partners }

## The reminder the day before an event.

reminder-subject = Tomorrow: { $event }
reminder-intro = { $org } has { $count ->
    [one] one meeting
   *[other] { $count } meetings
} at { $event } tomorrow, { $date }, { $venue }:
reminder-line = { $time } · { $table } · with { $partners }
