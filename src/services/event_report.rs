//! An event's session in numbers, for its organizers' report to the hosts:
//! meetings by theme and by pair of regions, outcomes by theme, requests made
//! and met, participants below their minimum, and the participants' needs
//! that no meeting addressed. Pure: computed from the schedule and the
//! matching engine's reasons (a meeting's theme is that of its strongest
//! reason; a need is addressed when a meeting's partner covers it).

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::domain::event::{Attendance, EventSpec, Participant};
use crate::domain::meeting::{Meeting, MeetingRequest, Outcome, RequestStatus};
use crate::matching::{Reason, theme_of};
use crate::services::landscape::{NO_REGION, NO_THEME};
use crate::services::match_index::Snapshot;

/// Meetings of one theme and what came of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThemeRow {
    pub theme: String,
    pub meetings: u32,
    /// Per [`Outcome::ALL`], then those not recorded yet.
    pub outcomes: [u32; 5],
}

impl ThemeRow {
    /// Meetings that led somewhere: a follow-up, an agreement or a project.
    pub fn fruitful(&self) -> u32 {
        self.outcomes[0] + self.outcomes[1] + self.outcomes[2]
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnaddressedNeed {
    pub organization: String,
    pub slug: String,
    pub need: String,
}

#[derive(Debug, Clone, Default)]
pub struct SessionReport {
    pub participants: u32,
    pub no_shows: u32,
    pub meetings: u32,
    pub with_outcome: u32,
    /// Requests made, accepted, and met by a meeting.
    pub requests: u32,
    pub accepted: u32,
    pub requests_met: u32,
    /// Participants (who came) with fewer meetings than the event's minimum.
    pub below_minimum: Vec<(String, u32)>,
    pub themes: Vec<ThemeRow>,
    /// Unordered pairs of regions, with their meetings, most first.
    pub region_pairs: Vec<(String, String, u32)>,
    /// Public needs that no meeting addressed.
    pub unaddressed: Vec<UnaddressedNeed>,
    /// Private needs that no meeting addressed (counted, never named).
    pub private_unaddressed: u32,
    pub needs: u32,
}

/// The theme of a meeting: its group table's topic, else the strongest of
/// the reasons of its first two members (`reasons`) that names a theme.
fn meeting_theme(m: &Meeting, reasons: &[Reason]) -> Option<String> {
    if !m.topic.is_empty()
        && let Some(t) = theme_of(&m.topic)
    {
        return Some(t);
    }
    let mut best: Option<(f32, &String)> = None;
    for r in reasons {
        if let Reason::TheyCoverYourNeed {
            theme: Some(t),
            strength,
            ..
        }
        | Reason::YouCoverTheirNeed {
            theme: Some(t),
            strength,
            ..
        } = r
            && best.as_ref().is_none_or(|(s, _)| strength > s)
        {
            best = Some((*strength, t));
        }
    }
    best.map(|(_, t)| t.clone())
}

pub fn compute(
    snapshot: &Snapshot,
    spec: &EventSpec,
    participants: &[Participant],
    meetings: &[Meeting],
    requests: &[MeetingRequest],
) -> SessionReport {
    let engine = &snapshot.engine;
    let mut r = SessionReport {
        participants: participants.len() as u32,
        no_shows: participants
            .iter()
            .filter(|p| p.attendance == Attendance::Absent)
            .count() as u32,
        meetings: meetings.len() as u32,
        with_outcome: meetings.iter().filter(|m| m.outcome.is_some()).count() as u32,
        requests: requests.len() as u32,
        accepted: requests
            .iter()
            .filter(|q| q.status == RequestStatus::Accepted)
            .count() as u32,
        ..SessionReport::default()
    };
    let met: HashSet<(i32, i32)> = meetings
        .iter()
        .flat_map(|m| {
            m.members
                .iter()
                .flat_map(move |&x| m.members.iter().map(move |&y| (x, y)))
        })
        .collect();
    r.requests_met = requests
        .iter()
        .filter(|q| met.contains(&(q.from, q.to)))
        .count() as u32;
    let mut count: HashMap<i32, u32> = HashMap::new();
    for m in meetings {
        for o in &m.members {
            *count.entry(*o).or_default() += 1;
        }
    }
    r.below_minimum = participants
        .iter()
        .filter(|p| p.attendance != Attendance::Absent)
        .map(|p| {
            (
                p.name.clone(),
                count.get(&p.organization_id).copied().unwrap_or(0),
            )
        })
        .filter(|(_, n)| *n < spec.min_meetings)
        .collect();

    let mut themes: BTreeMap<usize, ThemeRow> = BTreeMap::new();
    let order = engine.themes();
    let mut pairs: HashMap<(String, String), u32> = HashMap::new();
    // (organization, need text) that a meeting's partner covers.
    let mut addressed: HashSet<(usize, String)> = HashSet::new();
    for m in meetings {
        let idx: Vec<usize> = m
            .members
            .iter()
            .filter_map(|o| snapshot.index_of_id(*o))
            .collect();
        // Each pair's reasons once: they name the needs of both sides.
        let mut pair_reasons: Vec<(usize, usize, Vec<Reason>)> = Vec::new();
        for (i, &a) in idx.iter().enumerate() {
            for &b in &idx[i + 1..] {
                pair_reasons.push((a, b, engine.explain(a, b)));
            }
        }
        let theme = meeting_theme(m, pair_reasons.first().map_or(&[][..], |p| &p.2[..]));
        let key = theme
            .as_deref()
            .and_then(|t| order.iter().position(|x| *x == t))
            .unwrap_or(order.len());
        let row = themes.entry(key).or_insert_with(|| ThemeRow {
            theme: theme.clone().unwrap_or_else(|| NO_THEME.to_owned()),
            ..ThemeRow::default()
        });
        row.meetings += 1;
        let slot = m
            .outcome
            .and_then(|o| Outcome::ALL.iter().position(|x| *x == o))
            .unwrap_or(4);
        row.outcomes[slot] += 1;
        let region = |i: &usize| {
            engine
                .profile(*i)
                .region
                .clone()
                .unwrap_or_else(|| NO_REGION.to_owned())
        };
        if let [a, b, ..] = idx.as_slice() {
            let (x, y) = (region(a), region(b));
            let pair = if x <= y { (x, y) } else { (y, x) };
            *pairs.entry(pair).or_default() += 1;
        }
        for (a, b, reasons) in pair_reasons {
            for reason in reasons {
                match reason {
                    Reason::TheyCoverYourNeed { your_need, .. }
                    | Reason::TheyFitYourNeed { your_need, .. } => {
                        addressed.insert((a, your_need));
                    }
                    Reason::YouCoverTheirNeed { their_need, .. }
                    | Reason::YouFitTheirNeed { their_need, .. } => {
                        addressed.insert((b, their_need));
                    }
                    _ => {}
                }
            }
        }
    }
    r.themes = themes.into_values().collect();
    let mut pairs: Vec<(String, String, u32)> =
        pairs.into_iter().map(|((x, y), n)| (x, y, n)).collect();
    pairs.sort_by(|p, q| q.2.cmp(&p.2).then((&p.0, &p.1).cmp(&(&q.0, &q.1))));
    r.region_pairs = pairs;

    for p in participants
        .iter()
        .filter(|p| p.attendance != Attendance::Absent)
    {
        let Some(a) = snapshot.index_of_id(p.organization_id) else {
            continue;
        };
        let profile = engine.profile(a);
        for (i, need) in profile.all_needs().enumerate() {
            r.needs += 1;
            if addressed.contains(&(a, need.clone())) {
                continue;
            }
            if i >= profile.needs.len() {
                r.private_unaddressed += 1;
            } else {
                r.unaddressed.push(UnaddressedNeed {
                    organization: p.name.clone(),
                    slug: p.slug.clone(),
                    need: need.clone(),
                });
            }
        }
    }
    r
}
