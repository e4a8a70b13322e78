## Logging in and registering.

login-title = Log in
login-button = Log in
login-new-here = New here?
register-title = Register
register-intro = You create the organization's profile and its first account. You can complete the profile next.
register-password-hint = At least { $min } characters. A short sentence is easy to remember.
register-button = Register
register-already = Already registered?
field-email = E-mail address
field-your-email = Your e-mail address
field-password = Password
field-organization-name = Organization name
register-name-taken = An organization with this name is already registered. If it is yours, ask one of its owners to invite you from its People page.
register-email-taken = An account with this e-mail address already exists. Log in instead.

## Forms everywhere.

form-correct-fields = Please correct the fields marked below.
confirm-cancel = Cancel: keep everything as it is

## Forgotten password: the page and the e-mail.

login-forgot = Forgot your password?
reset-title = Choose a new password
reset-intro = Enter the e-mail address of your account. We send a link to choose a new password; it works once, for an hour.
reset-send = Send the link
reset-sent = If an account uses this address, a link to choose a new password is on its way. It works once, for an hour. Check your spam folder if it does not arrive.
reset-new-password = New password
reset-save = Save the new password
reset-done = Your password is changed, and every other session of your account has ended. Log in with the new password.
reset-expired = This link no longer works: it was used already or is more than an hour old.
reset-again = Ask for a new link
mail-reset-subject = Choose a new password for Roundtable
mail-reset-intro = Someone, probably you, asked to choose a new password for your Roundtable account.
mail-reset-action = Choose a new password
mail-reset-expiry = The link works once, for an hour.
mail-reset-ignore = If you did not ask for it, ignore this message: your password stays as it is.

## Confirming the e-mail address of an account.

verify-title = E-mail address confirmed
verify-done = Thank you: your e-mail address is confirmed.
verify-pending = Your e-mail address { $email } is not confirmed yet: open the link we sent to it. Until then, no notifications are sent to it.
verify-resend = Send the link again
verify-sent = A new confirmation link is on its way.
mail-verify-subject = Confirm your e-mail address for Roundtable
mail-verify-intro = Welcome to Roundtable. Please confirm that this is your e-mail address.
mail-verify-action = Confirm my address
mail-verify-expiry = The link works once, for a week.
mail-verify-ignore = If you did not register, ignore this message.

## Changing the password from the settings.

password-heading = Password
password-current = Current password
password-change = Change the password
password-other-sessions = Your other sessions end; this one stays.
password-changed = Your password is changed; your other sessions have ended.
password-current-wrong = The current password is not right.

## Changing the e-mail address from the settings.

email-heading = E-mail address
email-yours = Your address: { $email }
email-new = New address
email-hint = We send a link to the new address to confirm it; until then, no notifications are sent. Your old address is told of the change.
email-change = Change the address
email-changed = Your address is changed. Open the link we sent to the new address to confirm it.
email-same = This is already your address.
mail-email-changed-subject = The address of your Roundtable account was changed
mail-email-changed-intro = The e-mail address of your Roundtable account was changed from { $old } to { $new }.
mail-email-changed-ignore = If you did not change it, someone else knows your password: ask an owner of your organization to remove that account and invite you again.
