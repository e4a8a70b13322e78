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
    #[error("A participant of this meeting has another meeting at {slot}.")]
    MemberBusy { slot: String },
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
        if other.members.iter().any(|&o| meeting.includes(o)) {
            return Err(MoveError::MemberBusy { slot: slot_label });
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
