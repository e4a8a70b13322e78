//! What the participants said about each other, as the scheduler reads it:
//! who must not meet, and which pairs go first.

use std::collections::{HashMap, HashSet};

use super::Priority;
use crate::domain::meeting::{MeetingRequest, RequestStatus};

/// A pair of organizations, smaller id first.
pub fn key(a: i32, b: i32) -> (i32, i32) {
    (a.min(b), a.max(b))
}

/// Who must not sit together, and what each pair is to the scheduler.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules {
    /// Either side marked the other "not interested", or a request was declined,
    /// or a meeting of the two ended "no fit".
    pub excluded: HashSet<(i32, i32)>,
    pub accepted: HashSet<(i32, i32)>,
    pub pending: HashSet<(i32, i32)>,
    pub declined: HashSet<(i32, i32)>,
    pub mutual: HashSet<(i32, i32)>,
}

impl Rules {
    /// `interested` and `not_interested`: (who marked, whom) pairs among the
    /// participants; `no_fit`: each organization's "no fit" partners at any event.
    pub fn new(
        interested: &HashSet<(i32, i32)>,
        not_interested: &HashSet<(i32, i32)>,
        requests: &[MeetingRequest],
        no_fit: &HashMap<i32, HashSet<i32>>,
    ) -> Self {
        let mut rules = Rules::default();
        for &(o, p) in not_interested {
            rules.excluded.insert(key(o, p));
        }
        for &(o, p) in interested {
            if interested.contains(&(p, o)) {
                rules.mutual.insert(key(o, p));
            }
        }
        for r in requests {
            let k = key(r.from, r.to);
            match r.status {
                RequestStatus::Accepted => {
                    rules.accepted.insert(k);
                }
                RequestStatus::Declined => {
                    rules.declined.insert(k);
                    rules.excluded.insert(k);
                }
                RequestStatus::Pending => {
                    rules.pending.insert(k);
                }
            }
        }
        for (&o, others) in no_fit {
            for &p in others {
                rules.excluded.insert(key(o, p));
            }
        }
        rules
    }

    /// Accepted requests first, then pending requests and mutual interest, then suggestions.
    pub fn priority(&self, a: i32, b: i32) -> Priority {
        let k = key(a, b);
        if self.accepted.contains(&k) {
            Priority::Accepted
        } else if self.pending.contains(&k) || self.mutual.contains(&k) {
            Priority::Wanted
        } else {
            Priority::Suggestion
        }
    }
}
