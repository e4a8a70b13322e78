## Pages that ask before an action that cannot be undone. $names: the
## organizations of a meeting, separated by commas; $slot: its time.

confirm-remove-title = Remove the meeting of { $names } at { $slot }?
confirm-remove-consequence = { $table } becomes free; the participants lose this meeting from their agendas. A re-run may place them again.
confirm-remove-button = Remove the meeting
confirm-absent-title = Mark { $name } as a no-show?
confirm-absent-meetings = { $count ->
    [one] Its { $count } meeting without an outcome is removed and its table freed.
   *[other] Its { $count } meetings without an outcome are removed and their tables freed.
}
confirm-absent-rerun = Re-run the schedule from the next time slot to give its partners new meetings.
confirm-absent-undo = You can undo this from the schedule page right after.
confirm-absent-button = Mark as a no-show
confirm-leave-title = Leave { $event }?
confirm-leave-meetings = { $count ->
    [one] { $count } scheduled meeting of yours will be cancelled; your partners lose it too.
   *[other] { $count } scheduled meetings of yours will be cancelled; your partners lose them too.
}
confirm-leave-requests = { $count ->
    [one] { $count } meeting request you sent or received will be withdrawn.
   *[other] { $count } meeting requests you sent or received will be withdrawn.
}
confirm-leave-outcomes = Meetings that already have an outcome stay on record.
confirm-leave-button = Leave the event
