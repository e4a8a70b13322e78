//! Each organization's whole ranking, computed when first read and kept:
//! paging, filtering and marking do not rank again, and after an edit a kept
//! ranking is mended (the changed organizations scored again) rather than
//! ranked anew.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::matching::{Engine, Match};

/// At most this many suggestions are kept in all across the rankings of one
/// index (24 bytes each: 48 MB); the least recently read go first.
const RANKINGS_HELD: usize = 2_000_000;

/// The rankings of one index and of the snapshots caught up from it.
#[derive(Default)]
pub(super) struct Rankings {
    held: Mutex<Held>,
}

#[derive(Default)]
struct Held {
    /// Organization → (last read, the snapshot version it is of, the ranking).
    lists: HashMap<usize, (u64, u64, Arc<[Match]>)>,
    clock: u64,
    size: usize,
}

/// What a snapshot tells the rankings: its engine, its version and the
/// organizations each version since the index was built changed.
pub(super) struct Versions<'s> {
    pub engine: &'s Engine,
    pub version: u64,
    /// (version, organizations changed by it, ascending), oldest first.
    pub log: &'s [(u64, Vec<usize>)],
}

impl Versions<'_> {
    /// The organizations changed after version `v`, ascending.
    fn changed_since(&self, v: u64) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .log
            .iter()
            .filter(|(at, _)| *at > v && *at <= self.version)
            .flat_map(|(_, orgs)| orgs.iter().copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl Rankings {
    /// Every suggestion for organization `a` in the snapshot `at`, best first.
    pub fn get(&self, at: &Versions, a: usize) -> Arc<[Match]> {
        let list: Arc<[Match]> = match self.touch(a) {
            Some((v, list)) if v == at.version => return list,
            Some((v, list)) if v < at.version => {
                let changed = at.changed_since(v);
                if changed.binary_search(&a).is_ok() {
                    at.engine.top(a, at.engine.len()).into()
                } else {
                    mend(at.engine, a, &list, &changed).into()
                }
            }
            // None kept, or kept for a newer snapshot than the reader's
            // (then ranked apart and not kept, below).
            _ => at.engine.top(a, at.engine.len()).into(),
        };
        // Ranked outside the lock: two first reads of one list may both rank it.
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.clock += 1;
        let clock = held.clock;
        if held.lists.get(&a).is_some_and(|(_, v, _)| *v > at.version) {
            return list;
        }
        if let Some((_, _, old)) = held.lists.insert(a, (clock, at.version, list.clone())) {
            held.size -= old.len();
        }
        held.size += list.len();
        while held.size > RANKINGS_HELD && held.lists.len() > 1 {
            let Some(oldest) = held
                .lists
                .iter()
                .filter(|(k, _)| **k != a)
                .min_by_key(|(_, (used, _, _))| *used)
                .map(|(k, _)| *k)
            else {
                break;
            };
            if let Some((_, _, gone)) = held.lists.remove(&oldest) {
                held.size -= gone.len();
            }
        }
        list
    }

    fn touch(&self, a: usize) -> Option<(u64, Arc<[Match]>)> {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.clock += 1;
        let clock = held.clock;
        let (used, version, list) = held.lists.get_mut(&a)?;
        *used = clock;
        Some((*version, list.clone()))
    }
}

/// `a`'s ranking `list` with the organizations of `changed` scored again
/// (`a` is not among them): every other score is as it was.
fn mend(engine: &Engine, a: usize, list: &[Match], changed: &[usize]) -> Vec<Match> {
    let mut scored: Vec<Match> = changed
        .iter()
        .map(|&b| engine.pair(a, b))
        .filter(|m| m.score > 0.0)
        .collect();
    scored.sort_unstable_by(|x, y| engine.order(x, y));
    let mut kept = list
        .iter()
        .filter(|m| changed.binary_search(&m.index).is_err())
        .peekable();
    let mut out = Vec::with_capacity(list.len() + scored.len());
    for m in scored {
        while let Some(k) = kept.next_if(|k| engine.order(k, &m) == std::cmp::Ordering::Less) {
            out.push(*k);
        }
        out.push(m);
    }
    out.extend(kept);
    out
}
