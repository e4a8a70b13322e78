//! The report of an event's schedule as it stands (after hand moves too):
//! requests, meetings, who has how many, what could not be placed and why,
//! and the outcomes recorded.

use std::collections::{HashMap, HashSet};

use super::rules::{Rules, key};
use crate::domain::event::{Attendance, EventSpec, Participant};
use crate::domain::meeting::{Meeting, Outcome, SlotIndex};
use crate::i18n::message;

/// A request, a meeting or a participant that the schedule lets down, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmet {
    pub who: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Meeting requests: accepted, pending, declined.
    pub requests: (usize, usize, usize),
    pub meetings: usize,
    pub groups: usize,
    pub total_score: f64,
    pub min: usize,
    pub median: usize,
    pub max: usize,
    pub unmet: Vec<Unmet>,
    /// Name, page slug and number of meetings, fewest first.
    pub per_participant: Vec<(String, String, usize)>,
    pub outcomes: Vec<(&'static str, usize)>,
}

/// Where everyone is on the schedule as it stands.
struct Occupancy {
    /// Meetings per organization.
    count: HashMap<i32, usize>,
    busy: HashSet<(i32, SlotIndex)>,
    /// Meetings per slot.
    used: Vec<usize>,
    /// Ordered pairs that meet.
    met: HashSet<(i32, i32)>,
}

impl Occupancy {
    fn of(spec: &EventSpec, meetings: &[Meeting]) -> Self {
        let mut o = Occupancy {
            count: HashMap::new(),
            busy: HashSet::new(),
            used: vec![0; spec.slots.len()],
            met: HashSet::new(),
        };
        for m in meetings {
            for &a in &m.members {
                *o.count.entry(a).or_default() += 1;
                o.busy.insert((a, m.slot));
                for &b in &m.members {
                    o.met.insert((a, b));
                }
            }
            if let Some(u) = o.used.get_mut(m.slot.0) {
                *u += 1;
            }
        }
        o
    }
}

/// The participants by id, with what the report asks of them.
struct People<'a> {
    by_id: HashMap<i32, &'a Participant>,
    languages: &'a HashMap<i32, Vec<String>>,
}

impl People<'_> {
    fn name(&self, o: i32) -> Option<&str> {
        self.by_id.get(&o).map(|p| p.name.as_str())
    }

    fn is_blocked(&self, o: i32, s: SlotIndex) -> bool {
        self.by_id.get(&o).is_some_and(|p| p.is_blocked(s))
    }

    fn is_absent(&self, o: i32) -> bool {
        self.by_id
            .get(&o)
            .is_some_and(|p| p.attendance == Attendance::Absent)
    }

    fn languages(&self, o: i32) -> &[String] {
        self.languages
            .get(&o)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

/// `languages`: each participant's working languages.
pub fn report(
    spec: &EventSpec,
    participants: &[Participant],
    meetings: &[Meeting],
    rules: &Rules,
    languages: &HashMap<i32, Vec<String>>,
) -> Report {
    let people = People {
        by_id: participants
            .iter()
            .map(|p| (p.organization_id, p))
            .collect(),
        languages,
    };
    let occupancy = Occupancy::of(spec, meetings);
    let mut unmet = unmet_requests(spec, rules, &people, &occupancy);
    unmet.extend(broken_meetings(spec, rules, &people, meetings));
    let mut per_participant: Vec<(String, String, usize)> = participants
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                p.slug.clone(),
                occupancy
                    .count
                    .get(&p.organization_id)
                    .copied()
                    .unwrap_or(0),
            )
        })
        .collect();
    if !meetings.is_empty() {
        let came = |slug: &str| {
            participants
                .iter()
                .any(|p| p.slug == slug && p.attendance != Attendance::Absent)
        };
        for (name, _, n) in per_participant.iter().filter(|p| came(&p.1)) {
            if *n < spec.min_meetings as usize {
                unmet.push(Unmet {
                    who: name.clone(),
                    reason: message(
                        "unmet-too-few",
                        &[("count", n), ("min", &spec.min_meetings)],
                    ),
                });
            }
        }
    }
    per_participant.sort_by(|x, y| x.2.cmp(&y.2).then(x.0.cmp(&y.0)));
    let mut counts: Vec<usize> = per_participant.iter().map(|p| p.2).collect();
    counts.sort_unstable();
    let (min, median, max) = match counts.len() {
        0 => (0, 0, 0),
        n => (counts[0], counts[n / 2], counts[n - 1]),
    };
    let outcomes = outcome_counts(meetings);
    Report {
        // One request per pair, so the pairs count the requests.
        requests: (
            rules.accepted.len(),
            rules.pending.len(),
            rules.declined.len(),
        ),
        meetings: meetings.len(),
        groups: meetings.iter().filter(|m| m.is_group()).count(),
        total_score: (meetings.iter().map(|m| m.score).sum::<f64>() * 10.0).round() / 10.0,
        min,
        median,
        max,
        unmet,
        per_participant,
        outcomes,
    }
}

/// Accepted and pending requests with no meeting, and why.
fn unmet_requests(
    spec: &EventSpec,
    rules: &Rules,
    people: &People<'_>,
    occupancy: &Occupancy,
) -> Vec<Unmet> {
    let free = |o: i32, s: SlotIndex| !occupancy.busy.contains(&(o, s)) && !people.is_blocked(o, s);
    let mut requests: Vec<&(i32, i32)> = rules.accepted.iter().chain(&rules.pending).collect();
    requests.sort();
    let mut unmet = Vec::new();
    for &&(a, b) in &requests {
        let (Some(name_a), Some(name_b)) = (people.name(a), people.name(b)) else {
            continue;
        };
        if occupancy.met.contains(&(a, b)) {
            continue;
        }
        // The messages say what the English constants say.
        let reason = if rules.excluded.contains(&(a, b)) {
            "unmet-excluded"
        } else if !spec.can_talk(people.languages(a), people.languages(b)) {
            "unmet-no-language"
        } else if !(0..spec.slots.len()).any(|s| {
            occupancy.used[s] < spec.tables.len() && free(a, SlotIndex(s)) && free(b, SlotIndex(s))
        }) {
            "unmet-no-time"
        } else {
            "unmet-at-cap"
        };
        let state = if rules.accepted.contains(&(a, b)) {
            "accepted"
        } else {
            "pending"
        };
        unmet.push(Unmet {
            who: message(
                "unmet-request",
                &[("a", &name_a), ("b", &name_b), ("state", &state)],
            ),
            reason: reason.to_owned(),
        });
    }
    unmet
}

/// Meetings that a later change of availability or of marks now breaks.
fn broken_meetings(
    spec: &EventSpec,
    rules: &Rules,
    people: &People<'_>,
    meetings: &[Meeting],
) -> Vec<Unmet> {
    let mut unmet = Vec::new();
    for m in meetings.iter().filter(|m| m.outcome.is_none()) {
        let label = || {
            message(
                "unmet-meeting",
                &[
                    (
                        "names",
                        &m.members
                            .iter()
                            .map(|&o| people.name(o).unwrap_or("(left)"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                    ("slot", &spec.slot_label(m.slot)),
                ],
            )
        };
        if let Some(&o) = m.members.iter().find(|&&o| people.is_blocked(o, m.slot)) {
            let name = people.name(o).unwrap_or("a participant");
            unmet.push(Unmet {
                who: label(),
                reason: if people.is_absent(o) {
                    message("unmet-no-show", &[("name", &name)])
                } else {
                    message("unmet-unavailable", &[("name", &name)])
                },
            });
        } else if !m.is_group() && rules.excluded.contains(&key(m.members[0], m.members[1])) {
            unmet.push(Unmet {
                who: label(),
                reason: "unmet-excluded-remove".to_owned(),
            });
        }
    }
    unmet
}

/// Meetings per recorded outcome, and those with none yet.
fn outcome_counts(meetings: &[Meeting]) -> Vec<(&'static str, usize)> {
    Outcome::ALL
        .iter()
        .map(|o| {
            (
                o.label(),
                meetings.iter().filter(|m| m.outcome == Some(*o)).count(),
            )
        })
        .chain(std::iter::once((
            "Not yet recorded",
            meetings.iter().filter(|m| m.outcome.is_none()).count(),
        )))
        .collect()
}
