//! Meeting schedules for a matchmaking session: which pairs meet, in which
//! time slot, at which table. A pure module, like the matching engine.
//!
//! The schedule maximises the total score of the meetings placed, under hard
//! rules (nobody in two places at once, blocked slots, a table per meeting) and
//! fairness rules (everyone who can gets at least `min_meetings`; nobody gets more
//! than `cap`, about one and a half times the average). It works in three passes:
//! 1. the minimum: in rounds, the organization with the fewest meetings so far
//!    gets its best remaining candidate that still fits;
//! 2. the rest by priority (accepted requests, mutual interest, suggestions) and score;
//! 3. repair: a candidate with no common free slot is placed by moving one
//!    meeting of one side to another slot where its two participants are free.
//!
//! The same input always gives the same schedule: every choice is ordered.

use serde::Serialize;

pub mod event;
pub mod groups;
pub mod moves;
pub mod offline;
pub mod report;
pub mod rules;

/// Suggestions per organization that callers offer as candidates.
pub const CANDIDATES_PER_ORG: usize = 20;

/// Which pairs the schedule places first: the smaller goes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Priority {
    /// An accepted meeting request.
    Accepted,
    /// A pending request, or mutual interest.
    Wanted,
    /// A suggestion of the matching engine.
    Suggestion,
}

/// A pair that could meet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub a: usize,
    pub b: usize,
    pub score: f32,
    pub priority: Priority,
}

#[derive(Debug, Clone, Default)]
pub struct Params {
    pub slots: usize,
    /// Tables for two per slot.
    pub tables: usize,
    pub min_meetings: usize,
    /// `blocked[o][s]`: organization `o` is not available in slot `s`.
    pub blocked: Vec<Vec<bool>>,
    /// Meetings already placed that the schedule keeps as they are (locked
    /// meetings, group tables): they hold their table and their members' time,
    /// and count towards everyone's minimum and cap.
    pub fixed: Vec<Fixed>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fixed {
    pub slot: usize,
    pub table: usize,
    pub members: Vec<usize>,
}

/// `Board::busy` of a member of a fixed meeting: it cannot be moved.
const FIXED: usize = usize::MAX;

/// A pair placed at a table in a slot.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Placed {
    pub slot: usize,
    pub table: usize,
    pub a: usize,
    pub b: usize,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unplaced {
    pub a: usize,
    pub b: usize,
    pub reason: &'static str,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Schedule {
    pub meetings: Vec<Placed>,
    pub unplaced: Vec<Unplaced>,
    pub total_score: f64,
}

impl Schedule {
    /// Meetings per organization.
    pub fn counts(&self, orgs: usize) -> Vec<usize> {
        let mut c = vec![0; orgs];
        for m in &self.meetings {
            c[m.a] += 1;
            c[m.b] += 1;
        }
        c
    }
}

pub const NO_TIME: &str = "no time slot in which both are free and a table is left";
pub const AT_CAP: &str = "one side already has as many meetings as anyone may have";

/// Where everyone is, slot by slot.
struct Board {
    /// `busy[o][s]`: the meeting index organization `o` has in slot `s`.
    busy: Vec<Vec<Option<usize>>>,
    /// Meetings per slot.
    used: Vec<usize>,
    meetings: Vec<Placed>,
    count: Vec<usize>,
    tables: usize,
}

impl Board {
    fn new(orgs: usize, p: &Params) -> Self {
        let mut board = Self {
            busy: vec![vec![None; p.slots]; orgs],
            used: vec![0; p.slots],
            meetings: Vec::new(),
            count: vec![0; orgs],
            tables: p.tables,
        };
        for f in p.fixed.iter().filter(|f| f.slot < p.slots) {
            board.used[f.slot] += 1;
            for &m in f.members.iter().filter(|&&m| m < orgs) {
                board.busy[m][f.slot] = Some(FIXED);
                board.count[m] += 1;
            }
        }
        board
    }

    fn free(&self, o: usize, s: usize, p: &Params) -> bool {
        self.busy[o][s].is_none()
            && !p
                .blocked
                .get(o)
                .is_some_and(|b| b.get(s).copied().unwrap_or(false))
    }

    fn common_slot(&self, a: usize, b: usize, p: &Params) -> Option<usize> {
        (0..p.slots)
            .find(|&s| self.used[s] < self.tables && self.free(a, s, p) && self.free(b, s, p))
    }

    fn place(&mut self, c: &Candidate, s: usize) {
        let i = self.meetings.len();
        self.meetings.push(Placed {
            slot: s,
            table: 0,
            a: c.a,
            b: c.b,
            score: c.score,
        });
        self.busy[c.a][s] = Some(i);
        self.busy[c.b][s] = Some(i);
        self.used[s] += 1;
        self.count[c.a] += 1;
        self.count[c.b] += 1;
    }

    /// Frees slot `s` for `o` by moving its meeting there to another slot
    /// where both of that meeting's participants are free.
    fn make_room(&mut self, o: usize, s: usize, p: &Params) -> bool {
        let Some(i) = self.busy[o][s] else {
            return true;
        };
        if i == FIXED {
            return false;
        }
        let (x, y) = (self.meetings[i].a, self.meetings[i].b);
        let Some(t) = (0..p.slots).find(|&t| {
            t != s && self.used[t] < self.tables && self.free(x, t, p) && self.free(y, t, p)
        }) else {
            return false;
        };
        self.busy[x][s] = None;
        self.busy[y][s] = None;
        self.busy[x][t] = Some(i);
        self.busy[y][t] = Some(i);
        self.used[s] -= 1;
        self.used[t] += 1;
        self.meetings[i].slot = t;
        true
    }

    fn finish(mut self, unplaced: Vec<Unplaced>, p: &Params) -> Schedule {
        // Tables are numbered within each slot, in a fixed order, around the
        // tables that fixed meetings hold.
        self.meetings
            .sort_by(|m, n| m.slot.cmp(&n.slot).then(m.a.cmp(&n.a)).then(m.b.cmp(&n.b)));
        let mut held = vec![vec![false; self.tables]; self.used.len()];
        for f in &p.fixed {
            if let Some(t) = held.get_mut(f.slot).and_then(|h| h.get_mut(f.table)) {
                *t = true;
            }
        }
        let mut next = vec![0; self.used.len()];
        for m in &mut self.meetings {
            while held[m.slot].get(next[m.slot]).copied().unwrap_or(false) {
                next[m.slot] += 1;
            }
            m.table = next[m.slot];
            next[m.slot] += 1;
        }
        let total_score = self.meetings.iter().map(|m| f64::from(m.score)).sum();
        Schedule {
            meetings: self.meetings,
            unplaced,
            total_score,
        }
    }
}

fn ordered(candidates: &[Candidate]) -> Vec<Candidate> {
    let mut c: Vec<Candidate> = candidates.iter().filter(|c| c.a != c.b).copied().collect();
    c.sort_by(|x, y| {
        x.priority
            .cmp(&y.priority)
            .then(y.score.total_cmp(&x.score))
            .then(x.a.min(x.b).cmp(&y.a.min(y.b)))
            .then(x.a.max(x.b).cmp(&y.a.max(y.b)))
    });
    // One candidate per pair: the first, which has the best priority and score.
    let mut seen = std::collections::HashSet::new();
    c.retain(|x| seen.insert((x.a.min(x.b), x.a.max(x.b))));
    c
}

/// The most meetings one organization may have: about one and a half times the
/// average the tables allow, and never below the minimum.
pub fn cap(orgs: usize, p: &Params) -> usize {
    if orgs == 0 {
        return 0;
    }
    let average = (2 * p.slots * p.tables) as f64 / orgs as f64;
    ((average * 1.5).ceil() as usize)
        .max(p.min_meetings)
        .min(p.slots)
}

/// The optimised schedule (see the module documentation).
pub fn schedule(orgs: usize, candidates: &[Candidate], p: &Params) -> Schedule {
    let cands = ordered(candidates);
    let cap = cap(orgs, p);
    let mut board = Board::new(orgs, p);
    let mut taken = vec![false; cands.len()];
    // Each organization's candidates, best first.
    let mut own: Vec<Vec<usize>> = vec![Vec::new(); orgs];
    for (i, c) in cands.iter().enumerate() {
        own[c.a].push(i);
        own[c.b].push(i);
    }
    // 1. The minimum, in rounds: whoever has fewest meetings chooses first.
    for round in 0..p.min_meetings {
        let mut order: Vec<usize> = (0..orgs).filter(|&o| board.count[o] <= round).collect();
        order.sort_by_key(|&o| (board.count[o], own[o].len(), o));
        for o in order {
            if board.count[o] > round {
                continue;
            }
            let pick = own[o].iter().copied().find(|&i| {
                let c = &cands[i];
                let other = if c.a == o { c.b } else { c.a };
                !taken[i] && board.count[other] < cap && board.common_slot(c.a, c.b, p).is_some()
            });
            if let Some(i) = pick {
                let s = board
                    .common_slot(cands[i].a, cands[i].b, p)
                    .expect("checked");
                board.place(&cands[i], s);
                taken[i] = true;
            }
        }
    }
    // 2. The rest by priority and score; 3. repair by moving one meeting.
    let mut unplaced = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        if taken[i] {
            continue;
        }
        if board.count[c.a] >= cap || board.count[c.b] >= cap {
            if c.priority < Priority::Suggestion {
                unplaced.push(Unplaced {
                    a: c.a,
                    b: c.b,
                    reason: AT_CAP,
                });
            }
            continue;
        }
        let slot = board.common_slot(c.a, c.b, p).or_else(|| {
            (0..p.slots).find(|&s| {
                board.used[s] < board.tables
                    && !p
                        .blocked
                        .get(c.a)
                        .is_some_and(|b| b.get(s).copied().unwrap_or(false))
                    && !p
                        .blocked
                        .get(c.b)
                        .is_some_and(|b| b.get(s).copied().unwrap_or(false))
                    && (board.busy[c.a][s].is_none() || board.busy[c.b][s].is_none())
                    && board.make_room(c.a, s, p)
                    && board.make_room(c.b, s, p)
            })
        });
        match slot {
            Some(s)
                if board.free(c.a, s, p)
                    && board.free(c.b, s, p)
                    && board.used[s] < board.tables =>
            {
                board.place(c, s);
                taken[i] = true;
            }
            _ => {
                if c.priority < Priority::Suggestion {
                    unplaced.push(Unplaced {
                        a: c.a,
                        b: c.b,
                        reason: NO_TIME,
                    });
                }
            }
        }
    }
    board.finish(unplaced, p)
}

/// The simple baseline: best score first, first slot where both are free.
pub fn greedy(orgs: usize, candidates: &[Candidate], p: &Params) -> Schedule {
    let mut board = Board::new(orgs, p);
    for c in ordered(candidates) {
        if let Some(s) = board.common_slot(c.a, c.b, p) {
            board.place(&c, s);
        }
    }
    board.finish(Vec::new(), p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(slots: usize, tables: usize) -> Params {
        Params {
            slots,
            tables,
            min_meetings: 1,
            ..Default::default()
        }
    }

    #[test]
    fn nobody_is_in_two_places_and_tables_are_not_exceeded() {
        let cands: Vec<Candidate> = (0..6)
            .flat_map(|a| {
                (a + 1..6).map(move |b| Candidate {
                    a,
                    b,
                    score: (a * 7 + b) as f32,
                    priority: Priority::Suggestion,
                })
            })
            .collect();
        let s = schedule(6, &cands, &params(3, 2));
        for slot in 0..3 {
            let here: Vec<&Placed> = s.meetings.iter().filter(|m| m.slot == slot).collect();
            assert!(here.len() <= 2);
            let mut people: Vec<usize> = here.iter().flat_map(|m| [m.a, m.b]).collect();
            people.sort();
            people.dedup();
            assert_eq!(people.len(), here.len() * 2, "slot {slot}");
        }
        assert_eq!(s, schedule(6, &cands, &params(3, 2)), "deterministic");
    }

    #[test]
    fn the_minimum_comes_before_the_best_scores() {
        // 0 and 1 score highest with everyone; 4 and 5 only have weak options.
        let mut cands = vec![
            Candidate {
                a: 0,
                b: 1,
                score: 90.0,
                priority: Priority::Suggestion,
            },
            Candidate {
                a: 0,
                b: 2,
                score: 80.0,
                priority: Priority::Suggestion,
            },
            Candidate {
                a: 1,
                b: 3,
                score: 80.0,
                priority: Priority::Suggestion,
            },
        ];
        cands.push(Candidate {
            a: 4,
            b: 0,
            score: 10.0,
            priority: Priority::Suggestion,
        });
        cands.push(Candidate {
            a: 5,
            b: 1,
            score: 10.0,
            priority: Priority::Suggestion,
        });
        let s = schedule(6, &cands, &params(2, 3));
        let counts = s.counts(6);
        assert!(counts.iter().all(|c| *c >= 1), "{counts:?}");
    }

    #[test]
    fn blocked_slots_are_respected() {
        let cands = vec![Candidate {
            a: 0,
            b: 1,
            score: 50.0,
            priority: Priority::Suggestion,
        }];
        let mut p = params(2, 1);
        p.blocked = vec![vec![true, false], vec![false, false]];
        let s = schedule(2, &cands, &p);
        assert_eq!(s.meetings[0].slot, 1);
        p.blocked = vec![vec![true, false], vec![false, true]];
        let s = schedule(2, &cands, &p);
        assert!(s.meetings.is_empty());
    }

    #[test]
    fn fixed_meetings_keep_their_table_and_time() {
        let cands = vec![
            Candidate {
                a: 0,
                b: 1,
                score: 50.0,
                priority: Priority::Suggestion,
            },
            Candidate {
                a: 2,
                b: 3,
                score: 40.0,
                priority: Priority::Suggestion,
            },
        ];
        let mut p = params(1, 2);
        p.fixed = vec![Fixed {
            slot: 0,
            table: 0,
            members: vec![0, 4],
        }];
        let s = schedule(5, &cands, &p);
        // 0 is busy at the fixed meeting; 2 and 3 get the other table.
        assert_eq!(s.meetings.len(), 1);
        assert_eq!(
            (s.meetings[0].a, s.meetings[0].b, s.meetings[0].table),
            (2, 3, 1)
        );
    }
}
