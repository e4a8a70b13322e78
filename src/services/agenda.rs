//! One organization's agenda at an event: its meetings with the partners'
//! names and the reasons seen from its side.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::domain::event::{Event, EventSpec, Participant};
use crate::domain::meeting::Meeting;
use crate::exports::agenda::AgendaItem;
use crate::i18n::{Lang, message};
use crate::services::match_index::Snapshot;

/// What a page says for an organization that has left the event.
pub(super) const LEFT: &str = "(left the event)";

/// Who reads an agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The organization itself: its own private needs in full.
    Itself,
    /// An organizer: every private need only as its theme.
    Organizer,
}

/// The meetings of `org`, in time order, with partners and reasons seen from
/// `org`'s side. The partners' private needs stay hidden; `org`'s own show in
/// full only to `org` itself.
pub fn agenda_items(
    event: &Event,
    snapshot: &Snapshot,
    meetings: &[Meeting],
    org: i32,
    participants: &[Participant],
    reader: Reader,
    lang: Lang,
) -> Vec<AgendaItem> {
    let spec = &event.spec;
    let names: HashMap<i32, (&str, &str)> = participants
        .iter()
        .map(|p| (p.organization_id, (p.name.as_str(), p.slug.as_str())))
        .collect();
    let name = |id: i32| {
        names
            .get(&id)
            .map(|n| n.0.to_owned())
            .or_else(|| {
                snapshot
                    .index_of_id(id)
                    .map(|i| snapshot.engine.profile(i).name.clone())
            })
            .unwrap_or_else(|| LEFT.to_owned())
    };
    let slug = |id: i32| {
        names
            .get(&id)
            .map(|n| n.1.to_owned())
            .or_else(|| {
                snapshot
                    .index_of_id(id)
                    .map(|i| snapshot.orgs[i].slug.clone())
            })
            .unwrap_or_default()
    };
    let mut items: Vec<AgendaItem> = meetings
        .iter()
        .filter(|m| m.includes(org))
        .map(|m| {
            let others: Vec<i32> = m.partners_of(org).collect();
            let reasons = if m.is_group() {
                m.reasons.clone()
            } else {
                match (snapshot.index_of_id(org), snapshot.index_of_id(others[0])) {
                    (Some(a), Some(b)) => snapshot
                        .explain(a, b)
                        .into_iter()
                        .map(|mut r| {
                            r.redact(reader == Reader::Itself, false);
                            crate::i18n::reasons::sentence(lang, &r)
                        })
                        .collect(),
                    _ => Vec::new(),
                }
            };
            AgendaItem {
                meeting_id: m.id,
                calendar_key: m.calendar_key(),
                slot: m.slot,
                time: spec.slot_label(m.slot),
                table: spec.table_name(m.table).to_owned(),
                partner_slugs: others.iter().map(|&o| slug(o)).collect(),
                partners: others.into_iter().map(name).collect(),
                topic: m.topic.clone(),
                score: m.score,
                reasons,
                outcome: m.outcome,
                note: m.note.clone(),
            }
        })
        .collect();
    items.sort_by_key(|i| i.slot);
    items
}

/// On the day of the event: the meeting going on at `at` and the next one,
/// as one line each ("Now, until 09:30: Table 3 with …"), as messages for
/// the page to write in its language ([`crate::i18n::message`]).
pub fn now_and_next(spec: &EventSpec, items: &[AgendaItem], at: DateTime<Utc>) -> Vec<String> {
    let local = at.with_timezone(&spec.time_zone);
    if local.date_naive() != spec.date {
        return Vec::new();
    }
    let times = |item: &AgendaItem| {
        let slot = spec.slot(item.slot)?;
        let start = spec.slot_start(item.slot)?;
        Some((
            start,
            start + chrono::Duration::minutes(i64::from(slot.minutes)),
        ))
    };
    let partners = |item: &AgendaItem| item.partners.join(", ");
    let mut lines = Vec::new();
    if let Some((item, end)) = items.iter().find_map(|i| {
        times(i).and_then(|(start, end)| (start <= local && local < end).then_some((i, end)))
    }) {
        lines.push(message(
            "agenda-now",
            &[
                ("until", &end.format("%H:%M")),
                ("table", &item.table),
                ("partners", &partners(item)),
            ],
        ));
    }
    if let Some(item) = items
        .iter()
        .find(|i| times(i).is_some_and(|(start, _)| start > local))
    {
        lines.push(message(
            "agenda-next",
            &[
                ("time", &item.time),
                ("table", &item.table),
                ("partners", &partners(item)),
            ],
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::EventDraft;
    use crate::domain::meeting::SlotIndex;

    fn item(slot: usize, time: &str, table: &str, partner: &str) -> AgendaItem {
        AgendaItem {
            meeting_id: 1,
            calendar_key: "1-2".into(),
            slot: SlotIndex(slot),
            time: time.into(),
            table: table.into(),
            partners: vec![partner.into()],
            partner_slugs: vec![String::new()],
            topic: String::new(),
            score: 1.0,
            reasons: Vec::new(),
            outcome: None,
            note: String::new(),
        }
    }

    #[test]
    fn the_day_shows_the_meeting_now_and_the_next_one() {
        let spec = EventDraft {
            name: "Day".into(),
            date: "2026-12-03".into(),
            time_zone: "Europe/Zurich".into(),
            slots: "09:00 30\n09:30 30\n10:00 30".into(),
            ..EventDraft::example()
        }
        .parse()
        .unwrap();
        let items = [
            item(0, "09:00–09:30", "Table 3", "Alpha"),
            item(2, "10:00–10:30", "Table 5", "Bravo"),
        ];
        // Zurich is UTC+1 in December.
        let at = |h: u32, m: u32| {
            chrono::NaiveDate::from_ymd_opt(2026, 12, 3)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap()
                .and_utc()
        };
        let english = |lines: Vec<String>| -> Vec<String> {
            lines.iter().map(|l| Lang::En.render(l)).collect()
        };
        assert_eq!(
            english(now_and_next(&spec, &items, at(8, 10))),
            [
                "Now, until 09:30: Table 3 with Alpha",
                "Next, 10:00–10:30: Table 5 with Bravo"
            ]
        );
        assert_eq!(
            english(now_and_next(&spec, &items, at(8, 40))),
            ["Next, 10:00–10:30: Table 5 with Bravo"]
        );
        assert!(
            now_and_next(&spec, &items, at(9, 31)).is_empty(),
            "the day is over"
        );
        assert!(
            now_and_next(&spec, &items, at(8, 10) - chrono::Duration::days(1)).is_empty(),
            "another day"
        );
    }
}
