## Why a request was refused (shown on the error page).

refused-message-long = The message is too long: use at most { $max } characters.
refused-request-partner = Choose an organization from the list of participants.
refused-request-own = You cannot ask your own organization for a meeting.
refused-request-not-participant = { $org } does not take part in this event.
refused-request-not-interested = You marked { $org } “not interested”. Undo that mark on your suggestions page to ask for a meeting.
refused-request-duplicate = There is already a meeting request between you and { $org }; see “Meeting requests” on the event page.
refused-answer-choice = Choose “Accept” or “Decline”.
refused-filter-value = The filter “{ $filter }” has a value this list cannot use.
refused-mark-self = An organization cannot mark itself.
refused-mark-choice = Choose “interested”, “not interested” or “undo”.
refused-outcome-choice = Choose an outcome from the list.
refused-note-long = The note is too long: use at most { $max } characters.
refused-form-unreadable = The form could not be read.
refused-slot-unknown = There is no time slot “{ $slot }” at this event.
refused-participant-unknown = No registered organization is called “{ $name }”. Use its name or the last part of its page address.
refused-landscape-table = Choose a table: coverage, unmet, topics or providers.
refused-slot-choose = Choose a time slot of this event.
