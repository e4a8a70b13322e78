//! `roundtable schedule --input FILE`: a meeting schedule for the organizations of
//! an import file, from their suggestions, pairing only organizations that share
//! a working language.

use serde::Serialize;

use crate::matching::Engine;
use crate::matching::rounded;
use crate::scheduling::{self, CANDIDATES_PER_ORG, Candidate, Params, Priority, Schedule};

#[derive(Serialize)]
struct MeetingOut<'a> {
    slot: usize,
    table: String,
    participants: [&'a str; 2],
    score: f64,
    reasons: Vec<String>,
}

#[derive(Serialize)]
struct UnplacedOut<'a> {
    participants: Vec<&'a str>,
    reason: String,
}

#[derive(Serialize)]
struct Output<'a> {
    meetings: Vec<MeetingOut<'a>>,
    unplaced: Vec<UnplacedOut<'a>>,
    total_score: f64,
}

fn share_language(engine: &Engine, a: usize, b: usize) -> bool {
    let (la, lb) = (&engine.profile(a).languages, &engine.profile(b).languages);
    la.iter().any(|l| lb.contains(l))
}

/// Every pair of suggestions that share a language.
pub fn candidates(engine: &Engine) -> Vec<Candidate> {
    engine
        .rank_all(CANDIDATES_PER_ORG, &|_| {})
        .into_iter()
        .enumerate()
        .flat_map(|(a, matches)| {
            matches
                .into_iter()
                .filter(move |m| share_language(engine, a, m.index))
                .map(move |m| Candidate {
                    a,
                    b: m.index,
                    score: m.score,
                    priority: Priority::Suggestion,
                })
        })
        .collect()
}

pub fn build(engine: &Engine, params: &Params, greedy: bool) -> Schedule {
    let c = candidates(engine);
    if greedy {
        scheduling::greedy(engine.len(), &c, params)
    } else {
        scheduling::schedule(engine.len(), &c, params)
    }
}

/// The figures an organizer reads first: total score and meetings per organization.
pub fn summary(schedule: &Schedule, orgs: usize) -> String {
    let mut counts = schedule.counts(orgs);
    counts.sort_unstable();
    let (min, median, max) = match counts.len() {
        0 => (0, 0, 0),
        n => (counts[0], counts[n / 2], counts[n - 1]),
    };
    format!(
        "{} meetings, total score {:.1}; meetings per organization: min {min}, median {median}, max {max}",
        schedule.meetings.len(),
        schedule.total_score
    )
}

pub fn to_json(
    engine: &Engine,
    schedule: &Schedule,
    params: &Params,
) -> serde_json::Result<String> {
    let counts = schedule.counts(engine.len());
    let mut unplaced: Vec<UnplacedOut> = schedule
        .unplaced
        .iter()
        .map(|u| UnplacedOut {
            participants: vec![&engine.profile(u.a).name, &engine.profile(u.b).name],
            reason: u.reason.to_owned(),
        })
        .collect();
    for (o, n) in counts.iter().enumerate() {
        if *n < params.min_meetings {
            unplaced.push(UnplacedOut {
                participants: vec![&engine.profile(o).name],
                reason: format!(
                    "only {n} of {} meetings: too few suggested partners share a working language and have time",
                    params.min_meetings
                ),
            });
        }
    }
    let out = Output {
        meetings: schedule
            .meetings
            .iter()
            .map(|m| MeetingOut {
                slot: m.slot,
                table: format!("Table {}", m.table + 1),
                participants: [&engine.profile(m.a).name, &engine.profile(m.b).name],
                score: rounded(m.score),
                reasons: engine.explain(m.a, m.b).iter().map(|r| r.text()).collect(),
            })
            .collect(),
        unplaced,
        total_score: (schedule.total_score * 10.0).round() / 10.0,
    };
    serde_json::to_string_pretty(&out)
}
