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
    #[error("Choose another meeting to swap with.")]
    SameMeeting,
}

impl MoveError {
    /// What is wrong, as a message for the page to write in its language
    /// ([`crate::i18n::message`]); the `Display` text is the English one.
    pub fn message(&self) -> String {
        use crate::i18n::message;
        match self {
            MoveError::NoSuchSlot => message("move-no-slot", &[]),
            MoveError::NoSuchTable(t) => message("move-no-table", &[("table", t)]),
            MoveError::TooFewSeats {
                table,
                seats,
                needed,
            } => message(
                "move-too-few-seats",
                &[("table", table), ("seats", seats), ("needed", needed)],
            ),
            MoveError::TableTaken { table, slot } => {
                message("move-table-taken", &[("table", table), ("slot", slot)])
            }
            MoveError::MemberBusy { who, slot, table } => message(
                "move-member-busy",
                &[("who", who), ("slot", slot), ("table", table)],
            ),
            MoveError::MemberUnavailable { who, slot } => {
                message("move-member-unavailable", &[("who", who), ("slot", slot)])
            }
            MoveError::SameMeeting => message("move-same-meeting", &[]),
        }
    }
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

/// Where `meeting` could go: for each slot, the tables that are free then,
/// seat everyone and where every member is free too. The meeting's own place
/// is left out.
pub fn free_places(
    spec: &EventSpec,
    meeting: &Meeting,
    meetings: &[Meeting],
    participants: &[Participant],
) -> Vec<(SlotIndex, Vec<TableIndex>)> {
    (0..spec.slots.len())
        .map(SlotIndex)
        .filter_map(|slot| {
            let others: Vec<&Meeting> = meetings
                .iter()
                .filter(|o| o.id != meeting.id && o.slot == slot)
                .collect();
            let members_free = others
                .iter()
                .all(|o| !o.members.iter().any(|&m| meeting.includes(m)))
                && !participants
                    .iter()
                    .any(|p| meeting.includes(p.organization_id) && p.is_blocked(slot));
            if !members_free {
                return None;
            }
            let tables: Vec<TableIndex> = spec
                .tables
                .iter()
                .enumerate()
                .map(|(i, _)| TableIndex(i))
                .filter(|&t| {
                    (slot, t) != (meeting.slot, meeting.table)
                        && spec
                            .table(t)
                            .is_some_and(|s| s.seats as usize >= meeting.members.len())
                        && !others.iter().any(|o| o.table == t)
                })
                .collect();
            (!tables.is_empty()).then_some((slot, tables))
        })
        .collect()
}

/// Checks exchanging the places (slot and table) of meetings `a` and `b`.
pub fn check_swap(
    spec: &EventSpec,
    a: &Meeting,
    b: &Meeting,
    meetings: &[Meeting],
    participants: &[Participant],
) -> Result<(), MoveError> {
    if a.id == b.id {
        return Err(MoveError::SameMeeting);
    }
    // Each is checked against the others with its counterpart already moved.
    let with_moved = |moved: &Meeting, to: &Meeting| -> Vec<Meeting> {
        meetings
            .iter()
            .map(|m| {
                let mut m = m.clone();
                if m.id == moved.id {
                    m.slot = to.slot;
                    m.table = to.table;
                }
                m
            })
            .collect()
    };
    check_move(spec, a, b.slot, b.table, &with_moved(b, a), participants)?;
    check_move(spec, b, a.slot, a.table, &with_moved(a, b), participants)
}

/// The meetings that `meeting` can exchange places with, by slot and table.
pub fn swap_options<'m>(
    spec: &EventSpec,
    meeting: &Meeting,
    meetings: &'m [Meeting],
    participants: &[Participant],
) -> Vec<&'m Meeting> {
    meetings
        .iter()
        .filter(|o| o.id != meeting.id)
        .filter(|o| check_swap(spec, meeting, o, meetings, participants).is_ok())
        .collect()
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

    fn small_spec(slots: &str, tables: &str) -> EventSpec {
        EventDraft {
            name: "Moves".into(),
            date: "2026-12-03".into(),
            slots: slots.into(),
            tables: tables.into(),
            ..EventDraft::example()
        }
        .parse()
        .unwrap()
    }

    fn people(blocked_3: Vec<SlotIndex>) -> Vec<Participant> {
        [(1, "Alpha"), (2, "Bravo"), (3, "Charlie"), (4, "Delta")]
            .into_iter()
            .map(|(id, name)| Participant {
                organization_id: id,
                name: name.into(),
                slug: name.to_lowercase(),
                blocked: if id == 3 {
                    blocked_3.clone()
                } else {
                    Vec::new()
                },
                attendance: Default::default(),
            })
            .collect()
    }

    #[test]
    fn free_places_leave_out_busy_members_taken_tables_and_small_tables() {
        let spec = small_spec(
            "09:00 30\n09:30 30\n10:00 30",
            "Table 1-2: 2\nGroup table: 3",
        );
        let participants = people(vec![SlotIndex(2)]);
        let group = Meeting {
            members: vec![1, 2, 3],
            ..meeting(1, 0, 2, vec![])
        };
        // Bravo meets Delta at 09:30, so the group cannot go there; Charlie
        // is away at 10:00; only the group table seats three.
        let meetings = vec![group.clone(), meeting(2, 1, 0, vec![2, 4])];
        assert!(free_places(&spec, &group, &meetings, &participants).is_empty());
        let pair = meeting(3, 0, 0, vec![1, 4]);
        let meetings = vec![pair.clone(), meeting(4, 1, 1, vec![2, 3])];
        let places = free_places(&spec, &pair, &meetings, &participants);
        assert_eq!(
            places,
            vec![
                (SlotIndex(0), vec![TableIndex(1), TableIndex(2)]),
                (SlotIndex(1), vec![TableIndex(0), TableIndex(2)]),
                (
                    SlotIndex(2),
                    vec![TableIndex(0), TableIndex(1), TableIndex(2)]
                ),
            ]
        );
        // A no-show is free nowhere.
        let mut away = participants.clone();
        away[3].attendance = crate::domain::event::Attendance::Absent;
        assert!(free_places(&spec, &pair, &meetings, &away).is_empty());
    }

    #[test]
    fn a_full_room_still_allows_a_swap_but_not_one_that_double_books() {
        let spec = small_spec("09:00 30\n09:30 30", "Table 1: 2");
        let participants = people(Vec::new());
        let a = meeting(1, 0, 0, vec![1, 2]);
        let b = meeting(2, 1, 0, vec![3, 4]);
        let meetings = vec![a.clone(), b.clone()];
        assert!(free_places(&spec, &a, &meetings, &participants).is_empty());
        assert_eq!(check_swap(&spec, &a, &b, &meetings, &participants), Ok(()));
        assert_eq!(swap_options(&spec, &a, &meetings, &participants), vec![&b]);
        assert_eq!(
            check_swap(&spec, &a, &a, &meetings, &participants),
            Err(MoveError::SameMeeting)
        );
        // Charlie cannot come at 09:00: the swap would put it there.
        let participants = people(vec![SlotIndex(0)]);
        let refused = check_swap(&spec, &a, &b, &meetings, &participants).unwrap_err();
        assert_eq!(
            refused,
            MoveError::MemberUnavailable {
                who: "Charlie".into(),
                slot: spec.slot_label(SlotIndex(0)),
            }
        );
        assert!(swap_options(&spec, &a, &meetings, &participants).is_empty());
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
                attendance: Default::default(),
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
