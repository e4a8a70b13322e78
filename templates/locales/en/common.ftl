## The layout of every page: menu, footer, language switcher.

site-name = Roundtable
skip-to-content = Skip to the content
nav-main = Main
nav-directory = Directory
nav-events = Events
nav-landscape = Landscape
nav-how-scores-work = How scores work
nav-my-profile = My profile
nav-my-suggestions = My suggestions
nav-settings = { $email } — settings
nav-log-out = Log out
nav-log-in = Log in
nav-register = Register
footer-tagline = Roundtable — partner matchmaking for development cooperation.
footer-landscape = The landscape
language-switcher = Language

## Counts, used across pages.

count-organizations = { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}

## Dates: the pattern of a date written out, and the month names as they
## stand in that pattern ("7 December 2026").

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## A date with its weekday ("Monday 7 December 2026"): $date is written
## with date-long.

date-full = { $weekday } { $date }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
