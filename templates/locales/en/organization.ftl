## An organization's page.

org-fictional = This is a fictional organization, part of the demonstration data.
org-edit = Edit profile
org-suggestions = Partner suggestions
org-hint-needs-html = <strong>Add your needs to get suggestions:</strong> what your organization seeks, one per line.
org-hint-offers-html = <strong>Add what you offer</strong>, so that others who need it find you.
org-complete = Complete your profile
org-last-updated = Last updated
org-capabilities = Capabilities
org-capabilities-sub = what they offer
org-needs = Needs
org-needs-sub = what they seek
org-none-yet = None listed yet.
org-private = private
org-coverage = How the field covers these needs
org-coverage-caption = Needs by theme: how many another organization's offer covers
org-coverage-private = Private needs are counted here, not named.
org-whole-landscape = The whole landscape
org-coverage-pending = The suggestions are being updated with these needs; this picture follows in a moment.
col-covered = Covered
col-providers = Organizations that offer it
field-working-languages = Working languages
field-website = Website
field-contact = Contact

## Kinds of organization.

kind-government = Government, ministry or agency
kind-development_agency = Development agency
kind-international_org = International organization
kind-regional_org = Regional organization
kind-cert = National CERT / CSIRT
kind-civil_society = Civil society
kind-academia = Academia and research
kind-private_sector = Private sector
kind-other = Other

## World regions.

region-africa = Africa
region-americas = Americas
region-asia = Asia
region-europe = Europe
region-middle-east = Middle East
region-pacific = Pacific
region-global = Global

## The profile form.

edit-first-heading = Your organization's profile
guide-title = What makes a good profile
guide-intro-html = Suggestions come from what you write under <strong>capabilities</strong> (what you offer) and <strong>needs</strong> (what you seek). Partners read them too.
guide-one-per-line = One item per line, short and concrete: “incident response training for SOC analysts”, not “cybersecurity”.
guide-who-where = Say who it is for or where, when it matters: “legal drafting support for a cybercrime law in West Africa”.
guide-languages = Write in English, French or Spanish: suggestions work across the three.
guide-examples = Examples by kind of organization
guide-ministry = A ministry or national cyber agency
guide-ministry-example = Needs: “help to draft our national cybersecurity strategy”, “training for our national CERT staff”. Offers: “hosting of regional meetings”.
guide-cert = A national CERT
guide-cert-example = Offers: “incident handling training”, “malware analysis mentoring”. Needs: “CSIRT maturity assessment”, “funding for a SOC platform”.
guide-donor = A development agency or donor
guide-donor-example = Offers: “grant funding for cyber capacity building in Africa”. Needs: “local implementing partners in the Pacific”.
guide-academia = Academia or civil society
guide-academia-example = Offers: “a master's curriculum in cybersecurity”, “research on online child protection”. Needs: “partners for a regional awareness campaign”.
edit-conflict = Someone else saved this profile while you were editing it. Your changes are kept below but were not saved. Compare with the current profile, then save again to replace it.
edit-conflict-link = See the current profile
edit-not-saved = Nothing was saved. Please correct the fields marked below.
field-name = Name
field-description = Description
edit-up-to = up to { $max } characters
edit-kind = Kind of organization
edit-choose-kind = Choose the kind of organization
edit-languages-hint = names separated by commas, in any of the interface's languages or the language's own, such as Portuguese, Kinyarwanda, Bahasa Indonesia
edit-capabilities-hint = what you offer, one per line (up to 50)
edit-needs-hint = what you seek, one per line (up to 50)
edit-private-needs = Private needs
edit-private-needs-hint = one per line: they count for suggestions, but others see only their theme until you both mark interest
edit-contact = Public contact e-mail
edit-contact-hint = shown on your profile; organizations with which you share mutual interest also see the e-mail addresses of your accounts
edit-save = Save profile
cancel = Cancel
edit-other-languages = Other languages
