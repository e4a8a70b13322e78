//! Whether the organizer can move a meeting to another slot and table: the
//! table exists, seats everyone and is free then, and every member is free.

use crate::domain::event::{EventSpec, Participant};
use crate::domain::meeting::{Meeting, SlotIndex, TableIndex};

/// Why a meeting cannot go where the organizer asked; the message says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    #[error("Choose a time slot of this event.")]
    NoSuchSlot,
    #[error("There is no table called “{0}” at this event.")]
    NoSuchTable(String),
    #[error("{table} has {seats} seats; this meeting needs {needed}.")]
    TooFewSeats {
        table: String,
        seats: u32,
        needed: usize,
    },
    #[error("{table} is taken at {slot}. Move or remove that meeting first.")]
    TableTaken { table: String, slot: String },
    #[error(
        "{who} already meets at {slot} (at {table}). Move that meeting first, or choose another time."
    )]
    MemberBusy {
        who: String,
        slot: String,
        table: String,
    },
    #[error("{who} is not available at {slot}.")]
    MemberUnavailable { who: String, slot: String },
}

/// The slot the organizer chose, by its number in the form.
pub fn slot_of(spec: &EventSpec, raw: &str) -> Result<SlotIndex, MoveError> {
    raw.trim()
        .parse::<usize>()
        .ok()
        .filter(|s| *s < spec.slots.len())
        .map(SlotIndex)
        .ok_or(MoveError::NoSuchSlot)
}

/// The table the organizer chose, by its name (any case).
pub fn table_of(spec: &EventSpec, raw: &str) -> Result<TableIndex, MoveError> {
    spec.tables
        .iter()
        .position(|t| t.name.eq_ignore_ascii_case(raw.trim()))
        .map(TableIndex)
        .ok_or_else(|| MoveError::NoSuchTable(raw.trim().chars().take(60).collect()))
}

/// Checks moving `meeting` to `slot` and `table` against the other meetings
/// and the participants' unavailable slots.
pub fn check_move(
    spec: &EventSpec,
    meeting: &Meeting,
    slot: SlotIndex,
    table: TableIndex,
    meetings: &[Meeting],
    participants: &[Participant],
) -> Result<(), MoveError> {
    let t = spec
        .table(table)
        .ok_or(MoveError::NoSuchTable(String::new()))?;
    let slot_label = spec.slot_label(slot);
    if (t.seats as usize) < meeting.members.len() {
        return Err(MoveError::TooFewSeats {
            table: t.name.clone(),
            seats: t.seats,
            needed: meeting.members.len(),
        });
    }
    for other in meetings
        .iter()
        .filter(|o| o.id != meeting.id && o.slot == slot)
    {
        if other.table == table {
            return Err(MoveError::TableTaken {
                table: t.name.clone(),
                slot: slot_label,
            });
        }
        let busy: Vec<&str> = other
            .members
            .iter()
            .filter(|&&o| meeting.includes(o))
            .map(|&o| {
                participants
                    .iter()
                    .find(|p| p.organization_id == o)
                    .map_or("A participant", |p| p.name.as_str())
            })
            .collect();
        if !busy.is_empty() {
            return Err(MoveError::MemberBusy {
                who: busy.join(" and "),
                slot: slot_label,
                table: spec.table_name(other.table).to_owned(),
            });
        }
    }
    if let Some(p) = participants
        .iter()
        .find(|p| meeting.includes(p.organization_id) && p.is_blocked(slot))
    {
        return Err(MoveError::MemberUnavailable {
            who: p.name.clone(),
            slot: slot_label,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::EventDraft;
    use crate::domain::meeting::Origin;

    fn meeting(id: i32, slot: usize, table: usize, members: Vec<i32>) -> Meeting {
        Meeting {
            id,
            slot: SlotIndex(slot),
            table: TableIndex(table),
            members,
            topic: String::new(),
            score: 1.0,
            reasons: Vec::new(),
            origin: Origin::Suggestion,
            locked: false,
            outcome: None,
            note: String::new(),
        }
    }

    #[test]
    fn a_refused_move_names_who_is_in_the_way() {
        let spec = EventDraft {
            name: "Moves".into(),
            date: "2026-12-03".into(),
            ..EventDraft::example()
        }
        .parse()
        .unwrap();
        let participants: Vec<Participant> = [(1, "Alpha"), (2, "Bravo"), (3, "Charlie")]
            .into_iter()
            .map(|(id, name)| Participant {
                organization_id: id,
                name: name.into(),
                slug: name.to_lowercase(),
                blocked: if id == 3 {
                    vec![SlotIndex(2)]
                } else {
                    Vec::new()
                },
            })
            .collect();
        let moving = meeting(1, 0, 0, vec![1, 2]);
        let meetings = vec![moving.clone(), meeting(2, 1, 1, vec![2, 3])];
        let busy = check_move(
            &spec,
            &moving,
            SlotIndex(1),
            TableIndex(2),
            &meetings,
            &participants,
        )
        .unwrap_err();
        assert!(
            busy.to_string().starts_with("Bravo already meets at"),
            "{busy}"
        );
        let taken = check_move(
            &spec,
            &moving,
            SlotIndex(1),
            TableIndex(1),
            &meetings,
            &participants,
        )
        .unwrap_err();
        assert!(matches!(taken, MoveError::TableTaken { .. }), "{taken}");
        let with_c = meeting(3, 0, 3, vec![3, 1]);
        let unavailable = check_move(
            &spec,
            &with_c,
            SlotIndex(2),
            TableIndex(4),
            &[],
            &participants,
        )
        .unwrap_err();
        assert_eq!(
            unavailable,
            MoveError::MemberUnavailable {
                who: "Charlie".into(),
                slot: spec.slot_label(SlotIndex(2)),
            }
        );
        assert!(
            check_move(
                &spec,
                &moving,
                SlotIndex(3),
                TableIndex(0),
                &meetings,
                &participants
            )
            .is_ok()
        );
    }
}
