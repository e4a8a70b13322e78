//! Builds an event's schedule from the database: participants, their blocked
//! slots, meeting requests, interest marks, earlier "no fit" outcomes and locked
//! meetings go in; the pure scheduler ([`crate::scheduling`]) decides; the
//! meetings that are neither locked nor already held (with an outcome) are
//! replaced in one transaction. The web button
//! and `roundtable schedule --event SLUG` both call [`run`].

use std::collections::{HashMap, HashSet};

use sea_orm::DatabaseConnection;

use crate::db::{self, events::Event, events::NewMeeting, interests::Mark};
use crate::match_index::MatchIndex;
use crate::matching::Engine;
use crate::rank::rounded;
use crate::scheduling::{self, CANDIDATES_PER_ORG, Candidate, Fixed, Params};

pub const ORIGIN_REQUEST: &str = "request";
pub const ORIGIN_MUTUAL: &str = "mutual";
pub const ORIGIN_SUGGESTION: &str = "suggestion";
pub const ORIGIN_GROUP: &str = "group";

/// What a run did, for the message after the button.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSummary {
    pub placed: usize,
    pub groups: usize,
    pub kept: usize,
    pub total_score: f64,
}

/// Who must not sit together, and what each pair is to the scheduler.
pub struct Rules {
    /// Either side marked the other "not interested", or a request was declined,
    /// or a meeting of the two ended "no fit".
    pub excluded: HashSet<(i32, i32)>,
    pub accepted: HashSet<(i32, i32)>,
    pub pending: HashSet<(i32, i32)>,
    pub declined: HashSet<(i32, i32)>,
    pub mutual: HashSet<(i32, i32)>,
}

fn key(a: i32, b: i32) -> (i32, i32) {
    (a.min(b), a.max(b))
}

/// Records that every two of `members` meet.
fn meet(met: &mut HashSet<(i32, i32)>, members: &[i32]) {
    for (i, &x) in members.iter().enumerate() {
        for &y in &members[i + 1..] {
            met.insert(key(x, y));
        }
    }
}

impl Rules {
    pub async fn load(
        db: &DatabaseConnection,
        event_id: i32,
        ids: &[i32],
    ) -> Result<Self, sea_orm::DbErr> {
        let mut rules = Rules {
            excluded: HashSet::new(),
            accepted: HashSet::new(),
            pending: HashSet::new(),
            declined: HashSet::new(),
            mutual: HashSet::new(),
        };
        let mut interested = HashSet::new();
        for (o, p, mark) in db::interests::among(db, ids).await? {
            match mark {
                Mark::NotInterested => {
                    rules.excluded.insert(key(o, p));
                }
                Mark::Interested => {
                    interested.insert((o, p));
                }
            }
        }
        for &(o, p) in &interested {
            if interested.contains(&(p, o)) {
                rules.mutual.insert(key(o, p));
            }
        }
        for r in db::events::requests(db, event_id).await? {
            let k = key(r.from_org, r.to_org);
            match r.status.as_str() {
                db::events::ACCEPTED => rules.accepted.insert(k),
                db::events::DECLINED => {
                    rules.declined.insert(k);
                    rules.excluded.insert(k)
                }
                _ => rules.pending.insert(k),
            };
        }
        for (o, others) in db::events::all_no_fit(db).await? {
            for p in others {
                rules.excluded.insert(key(o, p));
            }
        }
        Ok(rules)
    }
}

/// Builds the schedule; with `from` > 0 (a re-run during the event), the
/// meetings of the slots before `from` stay as they are and new meetings go
/// only into slot `from` and later.
pub async fn run(
    db: &DatabaseConnection,
    index: &MatchIndex,
    event: &Event,
    from: usize,
) -> anyhow::Result<RunSummary> {
    let snapshot = index.current(db).await?;
    let participants = db::events::participants(db, event.id).await?;
    let members: Vec<(i32, usize)> = participants
        .iter()
        .filter_map(|p| {
            snapshot
                .index_of_id(p.organization_id)
                .map(|i| (p.organization_id, i))
        })
        .collect();
    let ids: Vec<i32> = members.iter().map(|m| m.0).collect();
    let local: HashMap<i32, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let rules = Rules::load(db, event.id, &ids).await?;
    let spec = &event.spec;
    let existing = db::events::meetings(db, event.id).await?;
    let locked: Vec<_> = existing
        .into_iter()
        .filter(|m| db::events::is_kept(m, from))
        .collect();

    // The participants' own engine: suggestions among them only.
    let engine = Engine::new(
        members
            .iter()
            .map(|(_, i)| snapshot.engine.profile(*i).clone())
            .collect(),
    );
    let n = engine.len();
    let allowed = |a: usize, b: usize| {
        a != b
            && !rules.excluded.contains(&key(ids[a], ids[b]))
            && spec.can_talk(&engine.profile(a).languages, &engine.profile(b).languages)
    };
    let mut met: HashSet<(i32, i32)> = HashSet::new();
    for m in &locked {
        meet(
            &mut met,
            &[Some(m.org_a), Some(m.org_b), m.org_c]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>(),
        );
    }

    // Tables: pairs take the smallest first; group tables hold three or more.
    let mut order: Vec<usize> = (0..spec.tables.len()).collect();
    order.sort_by_key(|&t| (spec.tables[t].seats, t));
    let position: HashMap<usize, usize> = order.iter().enumerate().map(|(p, t)| (*t, p)).collect();
    // Slots before `from` are over: nobody gets a new meeting there.
    let mut blocked: Vec<Vec<bool>> = vec![(0..spec.slots.len()).map(|s| s < from).collect(); n];
    for p in &participants {
        if let Some(&o) = local.get(&p.organization_id) {
            for &s in p.blocked.iter().filter(|s| **s < spec.slots.len()) {
                blocked[o][s] = true;
            }
        }
    }
    let mut fixed: Vec<Fixed> = locked
        .iter()
        .filter_map(|m| {
            Some(Fixed {
                slot: m.slot as usize,
                table: *position.get(&(m.table_index as usize))?,
                members: [Some(m.org_a), Some(m.org_b), m.org_c]
                    .into_iter()
                    .flatten()
                    .filter_map(|o| local.get(&o).copied())
                    .collect(),
            })
        })
        .collect();

    let top = engine.rank_all(CANDIDATES_PER_ORG, &|_| {});
    let mut new_meetings: Vec<NewMeeting> = Vec::new();

    // Group tables of three first, each on a free group table in a slot where
    // all three are free.
    if spec.group_tables {
        let group_tables: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&t| spec.tables[t].seats >= 3)
            .collect();
        let max = group_tables.len() * spec.slots.len();
        let triangles = engine.triangles(
            &top,
            &|a, b| allowed(a, b) && !met.contains(&key(ids[a], ids[b])),
            max,
        );
        let mut busy: Vec<Vec<bool>> = blocked.clone();
        let mut held: HashSet<(usize, usize)> = HashSet::new();
        for f in &fixed {
            held.insert((f.slot, order[f.table]));
            for &m in &f.members {
                busy[m][f.slot] = true;
            }
        }
        for t in triangles {
            let who = [t.beneficiary, t.provider, t.funder];
            let place = (0..spec.slots.len()).find_map(|s| {
                if who.iter().any(|&o| busy[o][s]) {
                    return None;
                }
                group_tables
                    .iter()
                    .find(|&&g| !held.contains(&(s, g)))
                    .map(|&g| (s, g))
            });
            if let Some((s, g)) = place {
                held.insert((s, g));
                for &o in &who {
                    busy[o][s] = true;
                }
                fixed.push(Fixed {
                    slot: s,
                    table: position[&g],
                    members: who.to_vec(),
                });
                meet(&mut met, &who.map(|o| ids[o]));
                new_meetings.push(NewMeeting {
                    slot: s,
                    table: g,
                    orgs: who.iter().map(|&o| ids[o]).collect(),
                    topic: t.need.clone(),
                    score: rounded(t.score),
                    reasons: t.reasons.clone(),
                    origin: ORIGIN_GROUP,
                });
            }
        }
    }
    let groups = new_meetings.len();

    // Pairs: accepted requests, then pending requests and mutual interest, then suggestions.
    let priority = |a: i32, b: i32| -> u8 {
        let k = key(a, b);
        if rules.accepted.contains(&k) {
            0
        } else if rules.pending.contains(&k) || rules.mutual.contains(&k) {
            1
        } else {
            2
        }
    };
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut push = |a: usize, b: usize, score: f32, candidates: &mut Vec<Candidate>| {
        let k = (a.min(b), a.max(b));
        if allowed(a, b) && !met.contains(&key(ids[a], ids[b])) && seen.insert(k) {
            candidates.push(Candidate {
                a,
                b,
                score,
                priority: priority(ids[a], ids[b]),
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
    let schedule = scheduling::schedule(n, &candidates, &params);
    for m in &schedule.meetings {
        let origin = match priority(ids[m.a], ids[m.b]) {
            0 => ORIGIN_REQUEST,
            1 if rules.mutual.contains(&key(ids[m.a], ids[m.b])) => ORIGIN_MUTUAL,
            1 => ORIGIN_REQUEST,
            _ => ORIGIN_SUGGESTION,
        };
        new_meetings.push(NewMeeting {
            slot: m.slot,
            table: order[m.table],
            orgs: vec![ids[m.a], ids[m.b]],
            topic: String::new(),
            score: rounded(m.score),
            reasons: Vec::new(),
            origin,
        });
    }
    db::events::replace_unlocked(db, event.id, from, &new_meetings).await?;
    Ok(RunSummary {
        placed: new_meetings.len(),
        groups,
        kept: locked.len(),
        total_score: new_meetings.iter().map(|m| m.score).sum::<f64>()
            + locked.iter().map(|m| m.score).sum::<f64>(),
    })
}
