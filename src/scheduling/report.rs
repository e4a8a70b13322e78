//! The report of an event's schedule as it stands (after hand moves too):
//! requests, meetings, who has how many, what could not be placed and why,
//! and the outcomes recorded.

use std::collections::{HashMap, HashSet};

use super::rules::{Rules, key};
use super::{AT_CAP, NO_TIME};
use crate::domain::event::{EventSpec, Participant};
use crate::domain::meeting::{Meeting, Outcome, SlotIndex};

pub const NO_LANGUAGE: &str =
    "they share no working language, and the event has no interpretation for theirs";
pub const EXCLUDED: &str =
    "one side marked the other “not interested”, or they met before without a fit";

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

/// `languages`: each participant's working languages.
pub fn report(
    spec: &EventSpec,
    participants: &[Participant],
    meetings: &[Meeting],
    rules: &Rules,
    languages: &HashMap<i32, Vec<String>>,
) -> Report {
    let names: HashMap<i32, &str> = participants
        .iter()
        .map(|p| (p.organization_id, p.name.as_str()))
        .collect();
    let languages_of = |o: i32| languages.get(&o).map(Vec::as_slice).unwrap_or_default();
    let mut count: HashMap<i32, usize> = HashMap::new();
    let mut busy: HashSet<(i32, SlotIndex)> = HashSet::new();
    let mut used = vec![0usize; spec.slots.len()];
    let mut met: HashSet<(i32, i32)> = HashSet::new();
    for m in meetings {
        for &o in &m.members {
            *count.entry(o).or_default() += 1;
            busy.insert((o, m.slot));
            for &p in &m.members {
                met.insert((o, p));
            }
        }
        if let Some(u) = used.get_mut(m.slot.0) {
            *u += 1;
        }
    }
    let by_id: HashMap<i32, &Participant> = participants
        .iter()
        .map(|p| (p.organization_id, p))
        .collect();
    let is_blocked = |o: i32, s: SlotIndex| by_id.get(&o).is_some_and(|p| p.is_blocked(s));
    let free = |o: i32, s: SlotIndex| !busy.contains(&(o, s)) && !is_blocked(o, s);
    let mut unmet = Vec::new();
    let mut requests: Vec<&(i32, i32)> = rules.accepted.iter().chain(&rules.pending).collect();
    requests.sort();
    for &&(a, b) in &requests {
        if met.contains(&(a, b)) || !names.contains_key(&a) || !names.contains_key(&b) {
            continue;
        }
        let reason = if rules.excluded.contains(&(a, b)) {
            EXCLUDED
        } else if !spec.can_talk(languages_of(a), languages_of(b)) {
            NO_LANGUAGE
        } else if !(0..spec.slots.len())
            .any(|s| used[s] < spec.tables.len() && free(a, SlotIndex(s)) && free(b, SlotIndex(s)))
        {
            NO_TIME
        } else {
            AT_CAP
        };
        let state = if rules.accepted.contains(&(a, b)) {
            "accepted request"
        } else {
            "pending request"
        };
        unmet.push(Unmet {
            who: format!("{} and {} ({state})", names[&a], names[&b]),
            reason: reason.to_owned(),
        });
    }
    // Meetings that a later change of availability or of marks now breaks.
    for m in meetings.iter().filter(|m| m.outcome.is_none()) {
        let label = || {
            format!(
                "Meeting of {} at {}",
                m.members
                    .iter()
                    .map(|o| names.get(o).copied().unwrap_or("(left)"))
                    .collect::<Vec<_>>()
                    .join(" and "),
                spec.slot_label(m.slot)
            )
        };
        if let Some(o) = m.members.iter().find(|&&o| is_blocked(o, m.slot)) {
            unmet.push(Unmet {
                who: label(),
                reason: format!(
                    "{} is no longer available then; move the meeting or re-run",
                    names.get(o).copied().unwrap_or("a participant")
                ),
            });
        } else if !m.is_group() && rules.excluded.contains(&key(m.members[0], m.members[1])) {
            unmet.push(Unmet {
                who: label(),
                reason: format!("{EXCLUDED}; remove the meeting or re-run"),
            });
        }
    }
    let mut per_participant: Vec<(String, String, usize)> = participants
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                p.slug.clone(),
                count.get(&p.organization_id).copied().unwrap_or(0),
            )
        })
        .collect();
    if !meetings.is_empty() {
        for (name, _, n) in &per_participant {
            if *n < spec.min_meetings as usize {
                unmet.push(Unmet {
                    who: name.clone(),
                    reason: format!(
                        "only {n} of {} meetings: too few suggested partners who share a language are free at the same time",
                        spec.min_meetings
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
    let outcomes = Outcome::ALL
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
        .collect();
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
