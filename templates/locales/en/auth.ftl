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

## Forms everywhere.

form-correct-fields = Please correct the fields marked below.
confirm-cancel = Cancel: keep everything as it is
