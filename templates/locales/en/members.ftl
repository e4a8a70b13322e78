## The people of an organization: members, owners, invitations.

members-title = People
members-intro = Everyone here acts for the organization: edits its profile, marks interest and answers meeting requests. Owners also invite and remove people.
members-role = Role
members-since = Since
members-you = you
members-unconfirmed = (address not confirmed)
members-owner = Owner
members-member = Member
members-owner-hint = also invites and removes people
members-member-hint = everything but managing people
members-make-owner = Make owner
members-make-member = Make member
members-remove = Remove
members-leave = Leave the organization
members-invite-heading = Invite a colleague
members-invite-email = Their e-mail address
members-invite-hint = They get a link that works once, for a week, to choose a password and join.
members-invite-send = Send the invitation
members-pending-heading = Invitations not yet accepted
members-invited-by = Invited by
members-until = Works until
members-withdraw = Withdraw
members-ask-owner = To invite a colleague, ask one of the owners.
members-invited = The invitation is on its way.
members-withdrawn = The invitation is withdrawn; its link no longer works.
members-removed = The person is removed; their account is deleted.
members-role-changed = The role is changed.
members-joined = Welcome: you are now one of the organization's people.
members-left = You left the organization; your account is deleted.
members-already = This person is already one of the organization's people.
members-elsewhere = This address already has an account for another organization; an address can belong to one organization only.
members-too-many = Too many invitations in a short time. Please try again in a quarter of an hour.
members-last-owner = An organization always keeps one owner: make someone else an owner first.
members-sole-owner = The only owner. To step down or leave, make someone else an owner first.
members-role-unknown = Choose owner or member.
error-members-own-only = Only the organization's own people see who they are.
error-members-owners-only = Only an owner of the organization can do this.

## Accepting an invitation.

invitation-title = Join your organization on Roundtable
invitation-intro = { $by } invited you to join { $organization }. Choose a password to create your account.
invitation-join = Join
invitation-taken = This address already has an account. Log in with it.
invitation-expired = This invitation no longer works: it was used or withdrawn, or is more than a week old. Ask the person who invited you for a new one.
mail-invite-subject = Join { $organization } on Roundtable
mail-invite-intro = { $by } invited you to join { $organization } on Roundtable, where organizations working on development cooperation find partners and meet at events.
mail-invite-action = Choose a password and join
mail-invite-expiry = The link works once, for a week.
mail-invite-ignore = If you do not expect this, ignore this message: no account is made.

## Who sees the organization.

visibility-heading = Who sees the organization
visibility-legend = The profile, and the organization in others’ suggestions
visibility-public = Everyone, also visitors who are not logged in; listed in the public directory
visibility-hidden = Logged-in organizations only; not in the public directory
visibility-save = Save
visibility-saved = Who sees the organization is saved.
visibility-invalid = Choose who sees the organization.

## The organization's data: download and deletion.

data-heading = The organization’s data
data-download = Download everything (JSON)
data-download-hint = The profile with its private needs, the people and their settings, invitations, interest marks, events, meeting requests and meetings with their notes.
data-delete-heading = Delete the organization
data-delete-consequence = Its profile, its people’s accounts, its marks, requests and meetings are deleted for good. Download its data first if you want to keep it.
data-delete-confirm = I want to delete { $organization } and everything about it.
data-delete-button = Delete the organization
data-delete-unconfirmed = Tick the box to confirm the deletion.
data-delete-kept = The organization’s people created events that no site administrator can take over; ask a site administrator first.
data-deleted = The organization and everything about it are deleted.
