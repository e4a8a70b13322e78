//! The plan of one event: from its participants' profiles, what they said
//! about each other ([`Rules`]) and the meetings it keeps, the new meetings —
//! group tables first ([`super::groups`]), then pairs ([`super::schedule`]).
//! Pure: the caller loads the input and saves the result.

use std::collections::{HashMap, HashSet};

use super::groups::GroupBoard;
use super::rules::{Rules, key};
use super::{CANDIDATES_PER_ORG, Candidate, Fixed, Params, Priority};
use crate::domain::event::EventSpec;
use crate::domain::meeting::{Meeting, NewMeeting, Origin, SlotIndex, TableIndex};
use crate::domain::profile::Profile;
use crate::matching::{Engine, rounded};

/// What the plan of an event starts from.
pub struct EventInput<'a> {
    pub spec: &'a EventSpec,
    /// The participants with a profile: their ids, and their profiles in the same order.
    pub ids: Vec<i32>,
    pub profiles: Vec<Profile>,
    /// Each participant's unavailable slots.
    pub blocked: HashMap<i32, Vec<SlotIndex>>,
    pub rules: &'a Rules,
    /// Meetings that stay as they are ([`Meeting::is_kept`]).
    pub kept: &'a [Meeting],
    /// The first slot that may change: slots before it are over.
    pub from: SlotIndex,
}

/// The new meetings, group tables first.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub meetings: Vec<NewMeeting>,
    pub groups: usize,
}

/// Records that every two of `members` meet.
fn meet(met: &mut HashSet<(i32, i32)>, members: &[i32]) {
    for (i, &x) in members.iter().enumerate() {
        for &y in &members[i + 1..] {
            met.insert(key(x, y));
        }
    }
}

pub fn plan(input: EventInput<'_>) -> Plan {
    let EventInput {
        spec,
        ids,
        profiles,
        blocked: unavailable,
        rules,
        kept,
        from,
    } = input;
    let local: HashMap<i32, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    // The participants' own engine: suggestions among them only.
    let engine = Engine::new(profiles);
    let n = engine.len();
    let allowed = |a: usize, b: usize| {
        a != b
            && !rules.excluded.contains(&key(ids[a], ids[b]))
            && spec.can_talk(&engine.profile(a).languages, &engine.profile(b).languages)
    };
    let mut met: HashSet<(i32, i32)> = HashSet::new();
    for m in kept {
        meet(&mut met, &m.members);
    }

    // Tables: pairs take the smallest first; group tables hold three or more.
    let mut order: Vec<usize> = (0..spec.tables.len()).collect();
    order.sort_by_key(|&t| (spec.tables[t].seats, t));
    let position: HashMap<usize, usize> = order.iter().enumerate().map(|(p, t)| (*t, p)).collect();
    // Slots before `from` are over: nobody gets a new meeting there.
    let mut blocked: Vec<Vec<bool>> = vec![(0..spec.slots.len()).map(|s| s < from.0).collect(); n];
    for (id, slots) in &unavailable {
        if let Some(&o) = local.get(id) {
            for s in slots.iter().filter(|s| s.0 < spec.slots.len()) {
                blocked[o][s.0] = true;
            }
        }
    }
    let mut fixed: Vec<Fixed> = kept
        .iter()
        .filter_map(|m| {
            Some(Fixed {
                slot: m.slot.0,
                table: *position.get(&m.table.0)?,
                members: m
                    .members
                    .iter()
                    .filter_map(|o| local.get(o).copied())
                    .collect(),
            })
        })
        .collect();

    let top = engine.rank_all(CANDIDATES_PER_ORG, &|_| {});
    let mut meetings: Vec<NewMeeting> = Vec::new();

    if spec.group_tables {
        let tables: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&t| spec.tables[t].seats >= 3)
            .collect();
        let max = tables.len() * spec.slots.len();
        let triangles = engine.triangles(
            &top,
            &|a, b| allowed(a, b) && !met.contains(&key(ids[a], ids[b])),
            max,
        );
        let mut board = GroupBoard {
            tables: &tables,
            slots: spec.slots.len(),
            busy: blocked.clone(),
            held: HashSet::new(),
        };
        board.hold(&fixed, &order);
        for g in board.place(&triangles) {
            fixed.push(Fixed {
                slot: g.slot,
                table: position[&g.table],
                members: g.members.to_vec(),
            });
            meet(&mut met, &g.members.map(|o| ids[o]));
            meetings.push(NewMeeting {
                slot: SlotIndex(g.slot),
                table: TableIndex(g.table),
                members: g.members.iter().map(|&o| ids[o]).collect(),
                topic: g.triangle.need.clone(),
                score: rounded(g.triangle.score),
                reasons: g.triangle.reasons.clone(),
                origin: Origin::Group,
            });
        }
    }
    let groups = meetings.len();

    // Pairs: accepted requests, then pending requests and mutual interest, then suggestions.
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut push = |a: usize, b: usize, score: f32, candidates: &mut Vec<Candidate>| {
        let k = (a.min(b), a.max(b));
        if allowed(a, b) && !met.contains(&key(ids[a], ids[b])) && seen.insert(k) {
            candidates.push(Candidate {
                a,
                b,
                score,
                priority: rules.priority(ids[a], ids[b]),
            });
        }
    };
    for k in rules
        .accepted
        .iter()
        .chain(&rules.pending)
        .chain(&rules.mutual)
    {
        if let (Some(&a), Some(&b)) = (local.get(&k.0), local.get(&k.1)) {
            push(a, b, engine.pair(a, b).score, &mut candidates);
        }
    }
    for (a, matches) in top.iter().enumerate() {
        for m in matches {
            push(a, m.index, m.score, &mut candidates);
        }
    }
    let params = Params {
        slots: spec.slots.len(),
        tables: spec.tables.len(),
        min_meetings: spec.min_meetings as usize,
        blocked,
        fixed,
    };
    let schedule = super::schedule(n, &candidates, &params);
    for m in &schedule.meetings {
        let (a, b) = (ids[m.a], ids[m.b]);
        let origin = match rules.priority(a, b) {
            Priority::Wanted if rules.mutual.contains(&key(a, b)) => Origin::Mutual,
            Priority::Accepted | Priority::Wanted => Origin::Request,
            Priority::Suggestion => Origin::Suggestion,
        };
        meetings.push(NewMeeting {
            slot: SlotIndex(m.slot),
            table: TableIndex(order[m.table]),
            members: vec![a, b],
            topic: String::new(),
            score: rounded(m.score),
            reasons: Vec::new(),
            origin,
        });
    }
    Plan { meetings, groups }
}
