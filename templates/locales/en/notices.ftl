## What the last action did, said at the top of the page.

notice-joined = You have joined this event.
notice-left = You have left this event.
notice-availability = Your availability is saved.
notice-requested = Your meeting request was sent.
notice-accepted = You accepted the request.
notice-declined = You declined the request.
notice-withdrawn = Your request was withdrawn.
notice-outcome = The outcome is saved.
notice-event-deleted = The event was deleted.
notice-locked = The meeting is locked: re-runs keep it as it is.
notice-unlocked = The meeting is unlocked: the next run may change it.
notice-moved = The meeting was moved and locked there.
notice-swapped = The two meetings traded places; both are locked there.
notice-removed = The meeting was removed; its table is free.
notice-restored = The meetings are back where they were.
notice-present = The participant is checked in.
notice-unchecked = The participant is no longer checked in.
notice-absent = The participant is marked as a no-show and its meetings without an outcome are removed. Re-run the schedule from the next time slot to give its partners new meetings.
notice-added = The participant was added.
notice-built = { $count ->
    [one] The schedule is built: { $count } meeting placed.
   *[other] The schedule is built: { $count } meetings placed.
}
# $registered: how many of the imported organizations already had an account.
notice-imported = { $registered ->
    [0] { $count ->
        [one] { $count } organization imported and added as a participant.
       *[other] { $count } organizations imported and added as participants.
    }
   *[other] { $count ->
        [one] { $count } organization imported and added as a participant.
       *[other] { $count } organizations imported and added as participants.
    } { $registered } of them are registered: they keep their own profiles, which only their accounts change.
}

## The button that undoes the last action, in the notice.

undo-removal = Undo: put the meeting back
undo-absent = Undo: not a no-show
undo-move = Undo: move it back
undo-swap = Undo: swap them back
