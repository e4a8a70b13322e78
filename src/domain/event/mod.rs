//! A matchmaking session as the organizer describes it: date, place, time zone,
//! time slots and tables. The form's text is parsed here into checked values.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

mod form;

pub use form::{EventDraft, parse_date, parse_slots, parse_tables, parse_time_zone, tables_text};

use super::meeting::{SlotIndex, TableIndex};

pub const NAME_MAX: usize = 200;
pub const VENUE_MAX: usize = 300;
pub const SLOTS_MAX: usize = 48;
pub const TABLES_MAX: usize = 2_000;
pub const SEATS_MAX: u32 = 20;
pub const MIN_MEETINGS_MAX: u32 = 20;
pub const TABLE_NAME_MAX: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    #[serde(with = "hhmm")]
    pub start: NaiveTime,
    pub minutes: u32,
}

impl Slot {
    pub fn end(&self) -> NaiveTime {
        self.start + chrono::Duration::minutes(i64::from(self.minutes))
    }

    /// "09:00–09:30"
    pub fn label(&self) -> String {
        format!(
            "{}–{}",
            self.start.format("%H:%M"),
            self.end().format("%H:%M")
        )
    }
}

mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.format("%H:%M").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let s = String::deserialize(d)?;
        NaiveTime::parse_from_str(&s, "%H:%M").map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableSpec {
    pub name: String,
    pub seats: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventSpec {
    pub name: String,
    pub date: NaiveDate,
    pub venue: String,
    pub time_zone: Tz,
    pub slots: Vec<Slot>,
    pub tables: Vec<TableSpec>,
    pub interpretation: Vec<String>,
    pub group_tables: bool,
    pub min_meetings: u32,
    pub open: bool,
}

/// An event as stored: its address, what the organizer described, and when
/// its schedule was last built.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: i32,
    pub slug: String,
    pub spec: EventSpec,
    pub scheduled_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A participant with what pages show of its organization.
#[derive(Debug, Clone)]
pub struct Participant {
    pub organization_id: i32,
    pub name: String,
    pub slug: String,
    /// The slots it cannot attend.
    pub blocked: Vec<SlotIndex>,
    /// Whether it came, as the organizer checked on the day.
    pub attendance: Attendance,
}

impl Participant {
    /// Whether it cannot meet at `slot`: it said so, or it did not come.
    pub fn is_blocked(&self, slot: SlotIndex) -> bool {
        self.attendance == Attendance::Absent || self.blocked.contains(&slot)
    }
}

/// Whether a participant came, as the organizer checks it on the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Attendance {
    /// Not checked (yet).
    #[default]
    Unknown,
    Present,
    /// A no-show: it gets no meetings on re-runs.
    Absent,
}

impl Attendance {
    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Unknown => "",
            Attendance::Present => "present",
            Attendance::Absent => "absent",
        }
    }

    /// A stored or posted value; anything else is `None`.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "" => Some(Attendance::Unknown),
            "present" => Some(Attendance::Present),
            "absent" => Some(Attendance::Absent),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Attendance::Unknown => "not checked in",
            Attendance::Present => "checked in",
            Attendance::Absent => "no-show",
        }
    }
}

impl EventSpec {
    pub fn slot(&self, slot: SlotIndex) -> Option<&Slot> {
        self.slots.get(slot.0)
    }

    pub fn table(&self, table: TableIndex) -> Option<&TableSpec> {
        self.tables.get(table.0)
    }

    /// A slot's label ("09:00–09:30"), empty for a slot the event no longer has.
    pub fn slot_label(&self, slot: SlotIndex) -> String {
        self.slot(slot).map(Slot::label).unwrap_or_default()
    }

    /// A table's name, empty for a table the event no longer has.
    pub fn table_name(&self, table: TableIndex) -> &str {
        self.table(table)
            .map(|t| t.name.as_str())
            .unwrap_or_default()
    }

    /// The start of a slot as an instant in the event's time zone.
    pub fn slot_start(&self, slot: SlotIndex) -> Option<chrono::DateTime<Tz>> {
        let s = self.slot(slot)?;
        self.time_zone
            .from_local_datetime(&NaiveDateTime::new(self.date, s.start))
            .earliest()
    }

    /// Whether two organizations can talk: a shared language, or each speaks a
    /// language the event interprets.
    pub fn can_talk(&self, a: &[String], b: &[String]) -> bool {
        a.iter().any(|l| b.contains(l))
            || (a.iter().any(|l| self.interpretation.contains(l))
                && b.iter().any(|l| self.interpretation.contains(l)))
    }
}

/// Where each slot and table of an event went when the organizer edited it:
/// slots are followed by their start time, tables by their name, so that
/// inserting an earlier slot or reordering tables moves nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remap {
    pub slots: Vec<Option<usize>>,
    pub tables: Vec<Option<usize>>,
}

impl Remap {
    pub fn between(old: &EventSpec, new: &EventSpec) -> Self {
        Remap {
            slots: old
                .slots
                .iter()
                .map(|s| new.slots.iter().position(|n| n.start == s.start))
                .collect(),
            tables: old
                .tables
                .iter()
                .map(|t| {
                    new.tables
                        .iter()
                        .position(|n| n.name.eq_ignore_ascii_case(&t.name))
                })
                .collect(),
        }
    }

    /// Nothing moved.
    pub fn is_identity(&self) -> bool {
        self.slots.iter().enumerate().all(|(i, s)| *s == Some(i))
            && self.tables.iter().enumerate().all(|(i, t)| *t == Some(i))
    }

    pub fn slot(&self, old: usize) -> Option<usize> {
        self.slots.get(old).copied().flatten()
    }

    pub fn table(&self, old: usize) -> Option<usize> {
        self.tables.get(old).copied().flatten()
    }
}
