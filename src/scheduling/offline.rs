//! A schedule for the organizations of a file, with no event: every pair of
//! suggestions that share a working language is a candidate, and every table
//! seats two.

use super::{CANDIDATES_PER_ORG, Candidate, Params, Priority, Schedule};
use crate::matching::Engine;

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

/// The schedule of the pure planner, or with `greedy` the simple baseline.
pub fn build(engine: &Engine, params: &Params, greedy: bool) -> Schedule {
    let c = candidates(engine);
    if greedy {
        super::greedy(engine.len(), &c, params)
    } else {
        super::schedule(engine.len(), &c, params)
    }
}
