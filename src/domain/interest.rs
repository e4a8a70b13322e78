//! Interest marks: an organization marks a suggested partner as interesting
//! or not; both marking each other "interested" is mutual interest.

use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Interested,
    NotInterested,
}

impl Mark {
    pub fn id(self) -> &'static str {
        match self {
            Mark::Interested => "interested",
            Mark::NotInterested => "not_interested",
        }
    }
}

/// The marks `org` has set, and the partners that marked `org` as interesting.
pub struct Marks {
    pub mine: HashMap<i32, Mark>,
    pub interested_in_me: HashSet<i32>,
    /// Partners met at an event with the outcome "no fit": never suggested again.
    pub no_fit: HashSet<i32>,
}

impl Marks {
    pub fn mine(&self, partner: i32) -> Option<Mark> {
        self.mine.get(&partner).copied()
    }

    pub fn is_mutual(&self, partner: i32) -> bool {
        self.mine(partner) == Some(Mark::Interested) && self.interested_in_me.contains(&partner)
    }
}
