## Error pages: a title and a message each.

error-not-found-title = Page not found
error-not-found = There is nothing at this address. It may have been renamed or removed.
error-forbidden-title = Not allowed
error-login-title = Please log in
error-login = Log in to continue.
error-bad-request-title = Something is wrong with the request
error-too-large-title = Too much data
error-too-large = What you sent is larger than this form accepts. Shorten it and try again.
error-registrations-title = Too many registrations
error-registrations = Many organizations were registered from your network in the last minutes. Wait 15 minutes and try again.
error-busy-title = Busy
error-busy = Many people are logging in right now. Wait a few seconds and try again.
error-attempts-title = Too many attempts
error-attempts = There have been too many failed log-ins. Wait 15 minutes and try again.
error-unavailable-title = Temporarily unavailable
error-unavailable = The site cannot reach its database at the moment. Please try again in a few seconds.
error-unexpected-title = Something went wrong
error-unexpected = An unexpected error occurred on our side. It has been logged; please try again in a moment.
error-back = Back to the page you came from
error-next-steps-html = <a href="/">Go to the start page</a> or <a href="/organizations">browse the directory</a>.

## Why something is not allowed.

error-form-expired = This form has expired or did not come from this site. Go back, reload the page and try again.
error-cross-site = Requests from other sites are not accepted.
error-organizers-only = Only the organizers of an event can open this page or do this. If you organize this event, ask the administrator of this site to make your account an organizer.
error-mark-own-only = You can only mark suggestions for your own organization.
error-mutual-own-only = Only the organization itself sees its mutual interests.
error-print-own-only = Only the organization itself can print its match list.
error-export-own-only = Only the organization itself can export its match list.
error-edit-own-only = You can only edit your own organization's profile.
error-outcome-members-only = Only the participants of a meeting and the organizers record its outcome.
error-agenda-own-only = Only the organization itself and the organizers see its agenda.
error-event-closed = This event is closed to new participants. Ask the organizer to add you.
error-participants-only = Join the event first: only participants can do this.
error-report-members-only = Only the organizers and the participants of the event see its report.
