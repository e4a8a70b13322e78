## Mutual interest (/organizations/…/mutual): the organizations that marked
## each other as interesting. The page title is matches-mutual.

# { $name } is the name of the visitor's own organization.
mutual-lead = Organizations that { $name } marked as interesting and that marked { $name } as interesting too.
mutual-get-in-touch = Get in touch: this is where partnerships start.
mutual-contacts-shown = Here each side sees the other's public contact and the e-mail addresses of the people who have its accounts.
# “Interested” is the label of the button on the suggestions (matches-interested): use the same word.
mutual-empty = No mutual interest yet. Mark the suggestions you would like to meet as “Interested”; when they do the same, they appear here.
# A link after mutual-empty, to the list of suggestions.
mutual-to-suggestions = Go to your suggestions
# Column headings of the table of partners.
mutual-partner = Partner
mutual-score = Score
mutual-no-contact = No contact given and nobody has an account for it yet; its profile may say more.

## The printable list of suggestions (/organizations/…/matches/print).
## Its title is matches-title; under it stand the site's name, the date and
## the number of suggestions (matches-count), then print-scores-explained.

# Keep the address /how-scores-work as it is: it is printed on paper.
print-scores-explained = scores from 0 to 100, explained at /how-scores-work
# After each partner's name; { $score } is a number from 0 to 100.
print-score = score { $score }
# After the printed reasons of a suggestion: how many more reasons the list on the site gives.
print-more-reasons = { $count ->
    [one] ({ $count } more reason in the match list online)
   *[other] ({ $count } more reasons in the match list online)
}

## API tokens (/settings/tokens).

tokens-title = API tokens
# Keep "Authorization: Bearer TOKEN" in <code> as it is: it is what a program sends.
tokens-intro-html = A token lets a program use the <a href="/api/docs">Roundtable API</a> for your organization:
    send it as <code>Authorization: Bearer TOKEN</code>. Treat it like a password.
# Shown once, in bold, above a token just created; tokens-copy-now follows.
tokens-new = Your new token.
tokens-copy-now = Copy it now: it will not be shown again.
tokens-none = No tokens yet.
# Column heading: the date the token was created.
tokens-created = Created
# Button that withdraws a token, so that it no longer works.
tokens-revoke = Revoke
tokens-create-heading = Create a token
# Hint after the label "Name" of a new token.
tokens-name-hint = what it is for
tokens-create = Create token

## The API's documentation (/api/docs).

api-docs-title = API
api-docs-heading = Roundtable API
# Keep the text in <code> and the addresses as they are.
api-docs-intro-html = A JSON API under <code>/api/v1</code>, described by the OpenAPI 3.1 document at
    <a href="/api/openapi.json">/api/openapi.json</a>.
api-docs-writes-html = Reads are public; writes need a token from
    <a href="/settings/tokens">your settings</a>, sent as <code>Authorization: Bearer TOKEN</code>.
api-docs-errors-html = Errors are RFC 9457 problem documents (<code>application/problem+json</code>).
# Column headings of the table of operations: the HTTP method, the address, a summary, and whether a token is needed.
api-docs-method = Method
api-docs-path = Path
api-docs-what = What it does
api-docs-token = Token
# In the column "Token": whether an operation needs a token.
api-docs-token-required = required
api-docs-token-optional = optional
api-docs-updating-heading = Updating a profile
# Keep <code>version</code> as it is: it is the name of a field.
api-docs-updating-html = Read the profile, change it and send it back with the <code>version</code> you read. If someone
    changed it in between, the answer is 409: read it again.
# { $kinds } is the list of the values the field "kind" takes (government, cert, …): they stay in English.
api-docs-kinds = Kinds: { $kinds }.

tokens-name-invalid = Give the token a name of 1 to 100 characters, such as “CRM sync”.

## The outbox, for a site administrator.

outbox-title = Outbox
outbox-intro-smtp = The latest e-mails of the site and whether the mail server took them. Their texts are not shown: they hold links that act for their recipients.
outbox-intro-no-smtp = No mail server is configured (SMTP_URL): e-mails wait here. Their texts are not shown: they hold links that act for their recipients.
outbox-empty = No e-mail yet.
outbox-col-written = Written
outbox-col-to = To
outbox-col-subject = Subject
outbox-col-state = State
outbox-sent = sent
outbox-waiting = waiting
outbox-failed = { $count ->
    [one] not sent: { $count } failed attempt, retried later
   *[other] not sent: { $count } failed attempts, retried later
}
