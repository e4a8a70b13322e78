//! An event's schedule as people take it away: an organization's agenda and the
//! organizer's table plan, as rows for printing, CSV and .xlsx, and an agenda as
//! an iCalendar file (RFC 5545) in the event's time zone.

use chrono::{DateTime, Offset, TimeZone, Utc};

use crate::domain::event::EventSpec;
use crate::domain::meeting::{Outcome, SlotIndex};
use crate::exports::{csv_file, neutralise};

/// One meeting on an organization's agenda.
#[derive(Debug, Clone)]
pub struct AgendaItem {
    pub meeting_id: i32,
    /// Who meets ([`crate::domain::meeting::Meeting::calendar_key`]): the
    /// calendar's UID, stable when the meeting moves.
    pub calendar_key: String,
    pub slot: SlotIndex,
    pub time: String,
    pub table: String,
    pub partners: Vec<String>,
    /// The partners' page slugs, in the same order (empty when unknown).
    pub partner_slugs: Vec<String>,
    pub topic: String,
    pub score: f64,
    pub reasons: Vec<String>,
    pub outcome: Option<Outcome>,
    pub note: String,
}

pub const AGENDA_HEADER: [&str; 6] = ["Time", "Table", "Partners", "Topic", "Score", "Why"];

pub fn agenda_rows(items: &[AgendaItem]) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|i| {
            vec![
                i.time.clone(),
                i.table.clone(),
                i.partners.join("; "),
                i.topic.clone(),
                crate::matching::whole(i.score),
                i.reasons.join(" "),
            ]
        })
        .collect()
}

/// A CSV (UTF-8 with byte-order mark, CRLF) or .xlsx file of rows under a header.
/// Cells that a spreadsheet would run as a formula are neutralised.
pub fn sheet(
    name: &str,
    header: &[&str],
    rows: &[Vec<String>],
    xlsx: bool,
) -> anyhow::Result<Vec<u8>> {
    if !xlsx {
        return csv_file(header, rows.iter().map(|r| r.iter().map(|c| neutralise(c))));
    }
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(name)?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
        ws.set_column_width(c as u16, if c + 1 == header.len() { 80 } else { 24 })?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, neutralise(v))?;
        }
    }
    Ok(book.save_to_buffer()?)
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets, never inside a character, ending in CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// A parameter value (RFC 5545 §3.2): quoted, without the characters a
/// quoted value cannot hold.
fn param(s: &str) -> String {
    let clean: String = s.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    format!("\"{clean}\"")
}

fn offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    format!("{sign}{:02}{:02}", s / 3600, (s % 3600) / 60)
}

/// The agenda of `who` as an iCalendar file: one event per meeting, in the
/// event's time zone (with a VTIMEZONE that holds the offset of that day);
/// `now` stamps the events; the words are in `lang`.
pub fn ics(
    lang: crate::i18n::Lang,
    event: &EventSpec,
    event_slug: &str,
    who: &str,
    items: &[AgendaItem],
    now: DateTime<Utc>,
) -> String {
    calendar(lang, event, event_slug, who, items, now, None)
}

/// What makes a calendar an iTIP message (RFC 5546) that a calendar program
/// applies to the entries it has: add or update them, or cancel them.
#[derive(Debug, Clone)]
pub struct Itip<'a> {
    /// `true`: `METHOD:CANCEL`, the meetings are cancelled; else
    /// `METHOD:REQUEST`.
    pub cancel: bool,
    /// Increases with every change of the schedule.
    pub sequence: i64,
    /// The sender's address (`ORGANIZER`).
    pub organizer: &'a str,
    /// The recipient's address (`ATTENDEE`).
    pub attendee: &'a str,
}

/// [`ics`] as an iTIP message: `METHOD:REQUEST` (new or moved meetings) or
/// `METHOD:CANCEL` (removed ones), each event with the stable UID of its
/// meeting, `SEQUENCE`, `ORGANIZER` and `ATTENDEE`.
pub fn itip(
    lang: crate::i18n::Lang,
    event: &EventSpec,
    event_slug: &str,
    who: &str,
    items: &[AgendaItem],
    now: DateTime<Utc>,
    itip: &Itip<'_>,
) -> String {
    calendar(lang, event, event_slug, who, items, now, Some(itip))
}

/// The UID of a meeting in calendars.
pub fn uid(calendar_key: &str, event_slug: &str) -> String {
    format!(
        "meeting-{}@{}.roundtable",
        text(calendar_key),
        text(event_slug)
    )
}

fn calendar(
    lang: crate::i18n::Lang,
    event: &EventSpec,
    event_slug: &str,
    who: &str,
    items: &[AgendaItem],
    now: DateTime<Utc>,
    itip: Option<&Itip<'_>>,
) -> String {
    let tz = event.time_zone;
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Roundtable//Meeting agenda//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    let method = match itip {
        None => "PUBLISH",
        Some(i) if i.cancel => "CANCEL",
        Some(_) => "REQUEST",
    };
    line(&mut out, &format!("METHOD:{method}"));
    line(
        &mut out,
        &format!("X-WR-CALNAME:{}", text(&format!("{} — {who}", event.name))),
    );
    line(&mut out, &format!("X-WR-TIMEZONE:{}", tz.name()));
    let noon = event.date.and_hms_opt(12, 0, 0).unwrap_or_default();
    let off = tz
        .offset_from_local_datetime(&noon)
        .earliest()
        .map_or(0, |o| o.fix().local_minus_utc());
    line(&mut out, "BEGIN:VTIMEZONE");
    line(&mut out, &format!("TZID:{}", tz.name()));
    line(&mut out, "BEGIN:STANDARD");
    line(&mut out, "DTSTART:19700101T000000");
    line(&mut out, &format!("TZOFFSETFROM:{}", offset(off)));
    line(&mut out, &format!("TZOFFSETTO:{}", offset(off)));
    line(&mut out, "END:STANDARD");
    line(&mut out, "END:VTIMEZONE");
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for item in items {
        let Some(slot) = event.slot(item.slot) else {
            continue;
        };
        let start = event.date.and_time(slot.start);
        let end = start + chrono::Duration::minutes(i64::from(slot.minutes));
        line(&mut out, "BEGIN:VEVENT");
        // One UID per meeting: a calendar that imports the file again updates
        // a moved meeting instead of adding a second one.
        line(
            &mut out,
            &format!("UID:{}", uid(&item.calendar_key, event_slug)),
        );
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        if let Some(i) = itip {
            line(&mut out, &format!("SEQUENCE:{}", i.sequence));
            line(
                &mut out,
                &format!("ORGANIZER;CN={}:mailto:{}", param(&event.name), i.organizer),
            );
            line(
                &mut out,
                &format!(
                    "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{}",
                    param(who),
                    i.attendee
                ),
            );
            if i.cancel {
                line(&mut out, "STATUS:CANCELLED");
            } else {
                line(&mut out, "STATUS:CONFIRMED");
            }
        }
        line(
            &mut out,
            &format!(
                "DTSTART;TZID={}:{}",
                tz.name(),
                start.format("%Y%m%dT%H%M%S")
            ),
        );
        line(
            &mut out,
            &format!("DTEND;TZID={}:{}", tz.name(), end.format("%Y%m%dT%H%M%S")),
        );
        line(
            &mut out,
            &format!(
                "SUMMARY:{}",
                text(&lang.tr("ics-summary", &[("partners", &item.partners.join(", "))]))
            ),
        );
        let place = if event.venue.is_empty() {
            item.table.clone()
        } else {
            format!("{}, {}", item.table, event.venue)
        };
        line(&mut out, &format!("LOCATION:{}", text(&place)));
        let mut description = Vec::new();
        if !item.topic.is_empty() {
            description.push(lang.tr("ics-topic", &[("topic", &item.topic)]));
        }
        description.push(lang.tr(
            "ics-score",
            &[("score", &crate::matching::whole(item.score))],
        ));
        description.extend(item.reasons.iter().cloned());
        line(
            &mut out,
            &format!("DESCRIPTION:{}", text(&description.join("\n"))),
        );
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        line(&mut out, &format!("DESCRIPTION:{}", "é".repeat(100)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("DESCRIPTION:{}", "é".repeat(100))
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn offsets_have_sign_hours_and_minutes() {
        assert_eq!(offset(3600), "+0100");
        assert_eq!(offset(-(3 * 3600 + 30 * 60)), "-0330");
        assert_eq!(offset(19800), "+0530");
    }
}
