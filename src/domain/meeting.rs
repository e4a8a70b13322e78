//! Meetings at an event and the requests that lead to them, as typed rows:
//! positions are [`SlotIndex`] and [`TableIndex`], states are enums, and the
//! members of a meeting are one list (two at a table for two, three at a
//! group table).

use chrono::{DateTime, Utc};

/// A time slot of an event, by its position in the event's slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SlotIndex(pub usize);

/// A table of an event, by its position in the event's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TableIndex(pub usize);

/// How a meeting went, as a participant or an organizer recorded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    FollowUp,
    Agreement,
    Project,
    NoFit,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::FollowUp,
        Outcome::Agreement,
        Outcome::Project,
        Outcome::NoFit,
    ];

    /// As stored and as sent by forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::FollowUp => "follow_up",
            Outcome::Agreement => "agreement",
            Outcome::Project => "project",
            Outcome::NoFit => "no_fit",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Outcome::FollowUp => "Follow-up agreed",
            Outcome::Agreement => "MoU or agreement",
            Outcome::Project => "Project started",
            Outcome::NoFit => "No fit",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// Whether `recorded` is this outcome.
    pub fn is_recorded_in(self, recorded: Option<Outcome>) -> bool {
        recorded == Some(self)
    }

    /// The label of a recorded outcome; empty when none is.
    pub fn label_of(outcome: Option<Self>) -> &'static str {
        outcome.map_or("", Self::label)
    }
}

/// Why a meeting is on the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// A meeting request (accepted or pending).
    Request,
    /// Both sides marked each other "interested".
    Mutual,
    /// A suggestion of the matching engine.
    Suggestion,
    /// A group table of three around one need.
    Group,
    /// Placed by hand.
    Manual,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Request => "request",
            Origin::Mutual => "mutual",
            Origin::Suggestion => "suggestion",
            Origin::Group => "group",
            Origin::Manual => "manual",
        }
    }

    pub fn from_stored(s: &str) -> Self {
        match s {
            "request" => Origin::Request,
            "mutual" => Origin::Mutual,
            "group" => Origin::Group,
            "manual" => Origin::Manual,
            _ => Origin::Suggestion,
        }
    }
}

/// A meeting on an event's schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub id: i32,
    pub slot: SlotIndex,
    pub table: TableIndex,
    /// The organizations at the table: two, or three at a group table.
    pub members: Vec<i32>,
    /// The need a group table is about; empty for a meeting of two.
    pub topic: String,
    pub score: f64,
    /// Why a group table was proposed.
    pub reasons: Vec<String>,
    pub origin: Origin,
    /// A locked meeting stays where it is when the schedule is built again.
    pub locked: bool,
    pub outcome: Option<Outcome>,
    pub note: String,
}

impl Meeting {
    pub fn includes(&self, org: i32) -> bool {
        self.members.contains(&org)
    }

    pub fn is_group(&self) -> bool {
        self.members.len() > 2
    }

    /// Who meets, as a calendar knows the meeting: its members in order
    /// (`12-40`). The same when the meeting moves or the schedule is built
    /// again, so that a calendar updates its entry instead of adding one.
    pub fn calendar_key(&self) -> String {
        let mut members = self.members.clone();
        members.sort_unstable();
        members
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join("-")
    }

    /// The other organizations at the table, seen from `org`.
    pub fn partners_of(&self, org: i32) -> impl Iterator<Item = i32> + '_ {
        self.members.iter().copied().filter(move |&o| o != org)
    }

    /// Whether building the schedule again from slot `from` keeps the meeting:
    /// it is locked, it has taken place (it has an outcome), or it comes before `from`.
    pub fn is_kept(&self, from: SlotIndex) -> bool {
        self.locked || self.outcome.is_some() || self.slot < from
    }
}

/// A meeting the schedule run decided on, to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMeeting {
    pub slot: SlotIndex,
    pub table: TableIndex,
    pub members: Vec<i32>,
    pub topic: String,
    pub score: f64,
    pub reasons: Vec<String>,
    pub origin: Origin,
}

/// Where a meeting request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestStatus {
    Pending,
    Accepted,
    Declined,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Declined => "declined",
        }
    }

    pub fn from_stored(s: &str) -> Self {
        match s {
            "accepted" => RequestStatus::Accepted,
            "declined" => RequestStatus::Declined,
            _ => RequestStatus::Pending,
        }
    }
}

/// One organization's request to meet another at an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRequest {
    pub id: i32,
    pub from: i32,
    pub to: i32,
    pub status: RequestStatus,
    pub message: String,
    pub reply: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_words_read_back_as_the_same_values() {
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
        }
        assert_eq!(Outcome::parse("won"), None);
        for s in [
            RequestStatus::Pending,
            RequestStatus::Accepted,
            RequestStatus::Declined,
        ] {
            assert_eq!(RequestStatus::from_stored(s.as_str()), s);
        }
        for o in [
            Origin::Request,
            Origin::Mutual,
            Origin::Suggestion,
            Origin::Group,
            Origin::Manual,
        ] {
            assert_eq!(Origin::from_stored(o.as_str()), o);
        }
    }

    #[test]
    fn a_meeting_is_kept_when_locked_held_or_earlier() {
        let m = Meeting {
            id: 1,
            slot: SlotIndex(2),
            table: TableIndex(0),
            members: vec![1, 2],
            topic: String::new(),
            score: 1.0,
            reasons: Vec::new(),
            origin: Origin::Suggestion,
            locked: false,
            outcome: None,
            note: String::new(),
        };
        assert!(!m.is_kept(SlotIndex(0)));
        assert!(m.is_kept(SlotIndex(3)));
        assert!(
            Meeting {
                locked: true,
                ..m.clone()
            }
            .is_kept(SlotIndex(0))
        );
        assert!(
            Meeting {
                outcome: Some(Outcome::NoFit),
                ..m
            }
            .is_kept(SlotIndex(0))
        );
    }
}
