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
use crate::matching::{Engine, Match, rounded};

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
    let mut planning = Planning::new(input);
    let mut meetings = planning.group_tables();
    let groups = meetings.len();
    let candidates = planning.pair_candidates();
    meetings.extend(planning.pairs(&candidates));
    Plan { meetings, groups }
}

/// An event being planned: the participants' own engine (suggestions among
/// them only), who has met whom, and where everyone is.
struct Planning<'a> {
    spec: &'a EventSpec,
    rules: &'a Rules,
    ids: Vec<i32>,
    /// A participant's id → its index in the engine.
    local: HashMap<i32, usize>,
    engine: Engine,
    /// Each participant's best suggestions among the others.
    top: Vec<Vec<Match>>,
    /// Pairs (by id) that already meet, in a kept meeting or a new group table.
    met: HashSet<(i32, i32)>,
    /// The event's tables in the planner's order: smallest first, so pairs
    /// take small tables and group tables keep the big ones.
    order: Vec<usize>,
    /// A table of the event → its place in `order`.
    position: HashMap<usize, usize>,
    /// `blocked[o][s]`: participant `o` cannot meet in slot `s`.
    blocked: Vec<Vec<bool>>,
    /// Meetings the planner must keep: kept ones and new group tables.
    fixed: Vec<Fixed>,
}

impl<'a> Planning<'a> {
    fn new(input: EventInput<'a>) -> Self {
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
        let engine = Engine::new(profiles);
        let top = engine.rank_all(CANDIDATES_PER_ORG, &|_| {});
        let mut met = HashSet::new();
        for m in kept {
            meet(&mut met, &m.members);
        }
        let mut order: Vec<usize> = (0..spec.tables.len()).collect();
        order.sort_by_key(|&t| (spec.tables[t].seats, t));
        let position: HashMap<usize, usize> =
            order.iter().enumerate().map(|(p, t)| (*t, p)).collect();
        // Slots before `from` are over: nobody gets a new meeting there.
        let mut blocked: Vec<Vec<bool>> =
            vec![(0..spec.slots.len()).map(|s| s < from.0).collect(); engine.len()];
        for (id, slots) in &unavailable {
            if let Some(&o) = local.get(id) {
                for s in slots.iter().filter(|s| s.0 < spec.slots.len()) {
                    blocked[o][s.0] = true;
                }
            }
        }
        let fixed = kept
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
        Planning {
            spec,
            rules,
            ids,
            local,
            engine,
            top,
            met,
            order,
            position,
            blocked,
            fixed,
        }
    }

    /// Whether `a` and `b` may meet: not excluded, not met yet, and able to talk.
    fn may_meet(&self, a: usize, b: usize) -> bool {
        let (ids, engine) = (&self.ids, &self.engine);
        a != b
            && !self.rules.excluded.contains(&key(ids[a], ids[b]))
            && !self.met.contains(&key(ids[a], ids[b]))
            && self
                .spec
                .can_talk(&engine.profile(a).languages, &engine.profile(b).languages)
    }

    /// Group tables of three first, each on a free table of three or more
    /// seats in a slot where all three are free; they become fixed meetings.
    fn group_tables(&mut self) -> Vec<NewMeeting> {
        if !self.spec.group_tables {
            return Vec::new();
        }
        let tables: Vec<usize> = self
            .order
            .iter()
            .copied()
            .filter(|&t| self.spec.tables[t].seats >= 3)
            .collect();
        let max = tables.len() * self.spec.slots.len();
        let triangles = self
            .engine
            .triangles(&self.top, &|a, b| self.may_meet(a, b), max);
        let mut board = GroupBoard {
            tables: &tables,
            slots: self.spec.slots.len(),
            busy: self.blocked.clone(),
            held: HashSet::new(),
        };
        board.hold(&self.fixed, &self.order);
        let mut meetings = Vec::new();
        for g in board.place(&triangles) {
            let members = g.members.map(|o| self.ids[o]);
            self.fixed.push(Fixed {
                slot: g.slot,
                table: self.position[&g.table],
                members: g.members.to_vec(),
            });
            meet(&mut self.met, &members);
            meetings.push(NewMeeting {
                slot: SlotIndex(g.slot),
                table: TableIndex(g.table),
                members: members.to_vec(),
                topic: g.triangle.need.clone(),
                score: rounded(g.triangle.score),
                reasons: g.triangle.reasons.clone(),
                origin: Origin::Group,
            });
        }
        meetings
    }

    /// Pairs that could meet: requests and mutual interest (whatever their
    /// score), then every participant's best suggestions; each pair once.
    fn pair_candidates(&self) -> Vec<Candidate> {
        let rules = self.rules;
        let mut candidates = Vec::new();
        let mut seen: HashSet<(usize, usize)> = HashSet::new();
        let mut push = |a: usize, b: usize, score: f32| {
            if self.may_meet(a, b) && seen.insert((a.min(b), a.max(b))) {
                candidates.push(Candidate {
                    a,
                    b,
                    score,
                    priority: rules.priority(self.ids[a], self.ids[b]),
                });
            }
        };
        for k in rules
            .accepted
            .iter()
            .chain(&rules.pending)
            .chain(&rules.mutual)
        {
            if let (Some(&a), Some(&b)) = (self.local.get(&k.0), self.local.get(&k.1)) {
                push(a, b, self.engine.pair(a, b).score);
            }
        }
        for (a, matches) in self.top.iter().enumerate() {
            for m in matches {
                push(a, m.index, m.score);
            }
        }
        candidates
    }

    /// The pairs the planner places: accepted requests first, then pending
    /// requests and mutual interest, then suggestions.
    fn pairs(self, candidates: &[Candidate]) -> Vec<NewMeeting> {
        let Planning {
            spec,
            rules,
            ids,
            engine,
            order,
            blocked,
            fixed,
            ..
        } = self;
        let params = Params {
            slots: spec.slots.len(),
            tables: spec.tables.len(),
            min_meetings: spec.min_meetings as usize,
            blocked,
            fixed,
        };
        let schedule = super::schedule(engine.len(), candidates, &params);
        schedule
            .meetings
            .iter()
            .map(|m| {
                let (a, b) = (ids[m.a], ids[m.b]);
                let origin = match rules.priority(a, b) {
                    Priority::Wanted if rules.mutual.contains(&key(a, b)) => Origin::Mutual,
                    Priority::Accepted | Priority::Wanted => Origin::Request,
                    Priority::Suggestion => Origin::Suggestion,
                };
                NewMeeting {
                    slot: SlotIndex(m.slot),
                    table: TableIndex(order[m.table]),
                    members: vec![a, b],
                    topic: String::new(),
                    score: rounded(m.score),
                    reasons: Vec::new(),
                    origin,
                }
            })
            .collect()
    }
}
