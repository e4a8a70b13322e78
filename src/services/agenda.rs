//! One organization's agenda at an event: its meetings with the partners'
//! names and the reasons seen from its side.

use std::collections::HashMap;

use crate::domain::event::{Event, Participant};
use crate::domain::meeting::Meeting;
use crate::exports::agenda::AgendaItem;
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
                        .engine
                        .explain(a, b)
                        .into_iter()
                        .map(|mut r| {
                            r.redact(reader == Reader::Itself, false);
                            r.text()
                        })
                        .collect(),
                    _ => Vec::new(),
                }
            };
            AgendaItem {
                meeting_id: m.id,
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
