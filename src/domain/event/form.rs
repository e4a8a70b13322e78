//! The organizer's event form as typed, and its parsing into an [`EventSpec`].

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use serde::Deserialize;

use super::{
    EventSpec, MIN_MEETINGS_MAX, NAME_MAX, SEATS_MAX, SLOTS_MAX, Slot, TABLE_NAME_MAX, TABLES_MAX,
    TableSpec, VENUE_MAX,
};
use crate::domain::profile::{parse_languages, split_languages};
use crate::domain::{FieldErrors, char_len, shorten};
use crate::i18n::message;

/// The form as typed, so that it can be shown again with its errors.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EventDraft {
    pub name: String,
    pub date: String,
    pub venue: String,
    pub time_zone: String,
    /// One slot per line: `09:00 30` (start, minutes).
    pub slots: String,
    /// One table per line: `Table 1: 2` (name, seats), or a range `Table 1-40: 2`.
    pub tables: String,
    pub interpretation: String,
    pub group_tables: String,
    pub min_meetings: String,
    pub open: String,
}

impl EventDraft {
    /// A form to start from: one morning of 30-minute meetings.
    pub fn example() -> Self {
        EventDraft {
            time_zone: "UTC".into(),
            slots: "09:00 30\n09:30 30\n10:00 30\n10:30 30\n11:00 30\n11:30 30".into(),
            tables: "Table 1-20: 2\nGroup table 1-4: 4".into(),
            min_meetings: "3".into(),
            open: "on".into(),
            ..Default::default()
        }
    }

    pub fn from_spec(e: &EventSpec) -> Self {
        EventDraft {
            name: e.name.clone(),
            date: e.date.format("%Y-%m-%d").to_string(),
            venue: e.venue.clone(),
            time_zone: e.time_zone.name().to_owned(),
            slots: e
                .slots
                .iter()
                .map(|s| format!("{} {}", s.start.format("%H:%M"), s.minutes))
                .collect::<Vec<_>>()
                .join("\n"),
            tables: tables_text(&e.tables),
            interpretation: e.interpretation.join(", "),
            group_tables: if e.group_tables {
                "on".into()
            } else {
                String::new()
            },
            min_meetings: e.min_meetings.to_string(),
            open: if e.open { "on".into() } else { String::new() },
        }
    }

    pub fn parse(&self) -> Result<EventSpec, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = errors.take("name", parse_event_name(&self.name));
        let date = errors.take("date", parse_date(&self.date));
        let venue = errors.take("venue", parse_venue(&self.venue));
        let time_zone = errors.take("time_zone", parse_time_zone(&self.time_zone));
        let slots = errors.take("slots", parse_slots(&self.slots));
        let tables = errors.take("tables", parse_tables(&self.tables));
        let interpretation = errors.take(
            "interpretation",
            parse_languages(&split_languages(&self.interpretation)),
        );
        let min_meetings = errors.take("min_meetings", parse_min_meetings(&self.min_meetings));
        let group_tables = checked(&self.group_tables);
        if group_tables
            && let Some(t) = &tables
            && !t.iter().any(|t| t.seats >= 3)
        {
            errors.add("tables", message("event-form-group-tables", &[]));
        }
        match (
            name,
            date,
            venue,
            time_zone,
            slots,
            tables,
            interpretation,
            min_meetings,
        ) {
            (
                Some(name),
                Some(date),
                Some(venue),
                Some(time_zone),
                Some(slots),
                Some(tables),
                Some(interpretation),
                Some(min_meetings),
            ) if errors.is_empty() => Ok(EventSpec {
                name,
                date,
                venue,
                time_zone,
                slots,
                tables,
                interpretation,
                group_tables,
                min_meetings,
                open: checked(&self.open),
            }),
            _ => Err(errors),
        }
    }
}

fn checked(v: &str) -> bool {
    matches!(v.trim(), "on" | "true" | "1" | "yes")
}

fn parse_event_name(raw: &str) -> Result<String, String> {
    let s = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() {
        return Err(message("event-form-name-empty", &[]));
    }
    if char_len(&s) > NAME_MAX {
        return Err(message("form-at-most", &[("max", &NAME_MAX)]));
    }
    Ok(s)
}

fn parse_venue(raw: &str) -> Result<String, String> {
    let s = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if char_len(&s) > VENUE_MAX {
        return Err(message("form-at-most", &[("max", &VENUE_MAX)]));
    }
    Ok(s)
}

pub fn parse_date(raw: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| message("event-form-date", &[]))
}

pub fn parse_time_zone(raw: &str) -> Result<Tz, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(message("event-form-time-zone-empty", &[]));
    }
    s.parse::<Tz>()
        .map_err(|_| message("event-form-time-zone-unknown", &[("value", &shorten(s))]))
}

fn parse_min_meetings(raw: &str) -> Result<u32, String> {
    match raw.trim() {
        "" => Ok(3),
        s => s
            .parse::<u32>()
            .ok()
            .filter(|n| *n <= MIN_MEETINGS_MAX)
            .ok_or_else(|| message("event-form-min-meetings", &[("max", &MIN_MEETINGS_MAX)])),
    }
}

/// `09:00 30` or `09:00-09:30`, one per line, in order and not overlapping.
pub fn parse_slots(raw: &str) -> Result<Vec<Slot>, String> {
    let mut slots: Vec<Slot> = Vec::new();
    for (i, line) in raw.lines().map(str::trim).enumerate() {
        if line.is_empty() {
            continue;
        }
        let line_no = i + 1;
        let bad = || {
            message(
                "event-form-slot-bad",
                &[("line", &line_no), ("value", &shorten(line))],
            )
        };
        let (start, minutes) = if let Some((a, b)) = line.split_once(['-', '–']) {
            let a = NaiveTime::parse_from_str(a.trim(), "%H:%M").map_err(|_| bad())?;
            let b = NaiveTime::parse_from_str(b.trim(), "%H:%M").map_err(|_| bad())?;
            (a, (b - a).num_minutes())
        } else {
            let mut parts = line.split_whitespace();
            let a = parts
                .next()
                .and_then(|a| NaiveTime::parse_from_str(a, "%H:%M").ok())
                .ok_or_else(bad)?;
            let m = parts
                .next()
                .map(|m| m.trim_end_matches("min").trim())
                .and_then(|m| m.parse::<i64>().ok())
                .ok_or_else(bad)?;
            if parts.next().is_some() {
                return Err(bad());
            }
            (a, m)
        };
        if !(5..=240).contains(&minutes) {
            return Err(message("event-form-slot-length", &[("line", &line_no)]));
        }
        let slot = Slot {
            start,
            minutes: minutes as u32,
        };
        if slot.end() < slot.start {
            return Err(message("event-form-slot-same-day", &[("line", &line_no)]));
        }
        if let Some(prev) = slots.last()
            && slot.start < prev.end()
        {
            return Err(message(
                "event-form-slot-overlap",
                &[("line", &line_no), ("slot", &slot.label())],
            ));
        }
        slots.push(slot);
        if slots.len() > SLOTS_MAX {
            return Err(message("event-form-slots-many", &[("max", &SLOTS_MAX)]));
        }
    }
    if slots.is_empty() {
        return Err(message("event-form-slots-none", &[]));
    }
    Ok(slots)
}

/// `Name: seats` per line (seats default to 2), or a numbered range
/// `Table 1-40: 2`. Names are unique.
pub fn parse_tables(raw: &str) -> Result<Vec<TableSpec>, String> {
    let mut tables: Vec<TableSpec> = Vec::new();
    for (i, line) in raw.lines().map(str::trim).enumerate() {
        if line.is_empty() {
            continue;
        }
        let (name, seats) = match line.rsplit_once(':') {
            Some((n, s)) => (
                n.trim(),
                s.trim()
                    .trim_end_matches("seats")
                    .trim()
                    .parse::<u32>()
                    .map_err(|_| message("event-form-seats-bad", &[("line", &(i + 1))]))?,
            ),
            None => (line, 2),
        };
        if !(2..=SEATS_MAX).contains(&seats) {
            return Err(message(
                "event-form-seats-range",
                &[("line", &(i + 1)), ("max", &SEATS_MAX)],
            ));
        }
        let names =
            expand_range(name).map_err(|()| message("event-form-range", &[("line", &(i + 1))]))?;
        for name in names {
            if name.is_empty() {
                return Err(message("event-form-table-name", &[("line", &(i + 1))]));
            }
            if char_len(&name) > TABLE_NAME_MAX {
                return Err(message(
                    "event-form-table-name-long",
                    &[("line", &(i + 1)), ("max", &TABLE_NAME_MAX)],
                ));
            }
            if tables.iter().any(|t| t.name.eq_ignore_ascii_case(&name)) {
                return Err(message(
                    "event-form-table-twice",
                    &[("line", &(i + 1)), ("name", &name)],
                ));
            }
            tables.push(TableSpec { name, seats });
            if tables.len() > TABLES_MAX {
                return Err(message("event-form-tables-many", &[("max", &TABLES_MAX)]));
            }
        }
    }
    if tables.is_empty() {
        return Err(message("event-form-tables-none", &[]));
    }
    Ok(tables)
}

/// "Table 1-3" → Table 1, Table 2, Table 3; anything else is one name.
/// A range that goes down (`Table 5-3`) is an error.
fn expand_range(name: &str) -> Result<Vec<String>, ()> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some((head, last)) = name.rsplit_once('-') else {
        return Ok(vec![name]);
    };
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (prefix, first) = head.split_at(head.len() - digits);
    match (first.parse::<u32>(), last.trim().parse::<u32>()) {
        (Ok(a), Ok(b)) if a <= b && b - a < TABLES_MAX as u32 => {
            Ok((a..=b).map(|n| format!("{prefix}{n}")).collect())
        }
        (Ok(_), Ok(_)) => Err(()),
        _ => Ok(vec![name]),
    }
}

/// The tables as the form shows them, with numbered runs written as ranges.
pub fn tables_text(tables: &[TableSpec]) -> String {
    let split = |n: &str| -> Option<(String, u32)> {
        let digits = n.len() - n.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return None;
        }
        let (p, d) = n.split_at(n.len() - digits);
        Some((p.to_owned(), d.parse().ok()?))
    };
    let mut lines: Vec<String> = Vec::new();
    let mut i = 0;
    while i < tables.len() {
        let t = &tables[i];
        let mut j = i;
        if let Some((prefix, first)) = split(&t.name) {
            while let Some(next) = tables.get(j + 1) {
                match split(&next.name) {
                    Some((p, n))
                        if p == prefix
                            && n == first + (j + 1 - i) as u32
                            && next.seats == t.seats =>
                    {
                        j += 1;
                    }
                    _ => break,
                }
            }
            if j > i {
                lines.push(format!(
                    "{}{}-{}: {}",
                    prefix,
                    first,
                    first + (j - i) as u32,
                    t.seats
                ));
                i = j + 1;
                continue;
            }
        }
        lines.push(format!("{}: {}", t.name, t.seats));
        i += 1;
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::Remap;

    fn draft() -> EventDraft {
        EventDraft {
            name: "Global Roundtable".into(),
            date: "2026-12-03".into(),
            venue: "Geneva".into(),
            ..EventDraft::example()
        }
    }

    #[test]
    fn the_example_form_parses() {
        let e = draft().parse().unwrap();
        assert_eq!(e.slots.len(), 6);
        assert_eq!(e.tables.len(), 24);
        assert_eq!(e.tables[23].name, "Group table 4");
        assert_eq!(e.tables[23].seats, 4);
        assert_eq!(EventDraft::from_spec(&e).parse().unwrap(), e);
    }

    #[test]
    fn bad_fields_are_named() {
        let d = EventDraft {
            name: " ".into(),
            date: "3 Dec".into(),
            time_zone: "Mars/Olympus".into(),
            slots: "09:00 30\n09:15 30".into(),
            tables: "A: 1".into(),
            interpretation: "xx".into(),
            min_meetings: "-1".into(),
            ..Default::default()
        };
        let e = d.parse().unwrap_err();
        for f in [
            "name",
            "date",
            "time_zone",
            "slots",
            "tables",
            "interpretation",
            "min_meetings",
        ] {
            assert!(e.get(f).is_some(), "{f} should have an error");
        }
        let english = |m: &str| crate::i18n::Lang::En.render(m);
        assert!(english(e.get("slots").unwrap()).contains("Line 2"));
    }

    #[test]
    fn tables_ranges_round_trip_and_names_are_unique() {
        let t = parse_tables("Table 1-3: 2\nVIP: 5\nTable 4: 2").unwrap();
        assert_eq!(t.len(), 5);
        assert_eq!(tables_text(&t), "Table 1-3: 2\nVIP: 5\nTable 4: 2");
        let error = parse_tables("A\na").unwrap_err();
        assert!(
            crate::i18n::Lang::En.render(&error).contains("already"),
            "{error:?}"
        );
        assert!(parse_tables("T 1-99999: 2").is_err());
        assert!(parse_tables("T 5-1").is_err());
    }

    #[test]
    fn interpretation_lets_speakers_of_interpreted_languages_talk() {
        let mut e = draft().parse().unwrap();
        let (en, fr) = (vec!["en".to_owned()], vec!["fr".to_owned()]);
        assert!(!e.can_talk(&en, &fr));
        e.interpretation = vec!["en".into(), "fr".into()];
        assert!(e.can_talk(&en, &fr));
    }

    #[test]
    fn an_inserted_slot_and_reordered_tables_keep_their_meaning() {
        let old = draft().parse().unwrap();
        let mut new = old.clone();
        new.slots = parse_slots("08:30 30\n09:00 30\n09:30 30\n10:30 30").unwrap();
        new.tables = parse_tables("Group table 1-4: 4\nTable 1-20: 2").unwrap();
        let r = Remap::between(&old, &new);
        assert_eq!(r.slot(0), Some(1), "09:00 is now second");
        assert_eq!(r.slot(2), None, "10:00 is gone");
        assert_eq!(r.slot(3), Some(3));
        assert_eq!(r.table(0), Some(4), "Table 1 comes after the group tables");
        assert!(!r.is_identity());
        assert!(Remap::between(&old, &old).is_identity());
    }

    #[test]
    fn slot_start_is_in_the_event_time_zone() {
        let mut e = draft().parse().unwrap();
        e.time_zone = "Europe/Zurich".parse().unwrap();
        let start = e.slot_start(crate::domain::meeting::SlotIndex(0)).unwrap();
        assert_eq!(
            start
                .with_timezone(&chrono::Utc)
                .format("%H:%M")
                .to_string(),
            "08:00"
        );
    }
}
