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
pub(super) struct Rankings {
    held: Mutex<Held>,
    /// How far a ranking read for the first time is put in order.
    head: usize,
}

#[derive(Default)]
struct Held {
    /// Organization → (last read, the snapshot version it is of, the ranking).
    lists: HashMap<usize, (u64, u64, Ranking)>,
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

/// One organization's partners (score above 0): all of them, the first
/// `sorted` best first, every one after them ordering after them. A page
/// reads the first ones; only a filter or a page far down sorts the rest.
#[derive(Clone)]
pub struct Ranking {
    pub list: Arc<[Match]>,
    pub sorted: usize,
}

impl Ranking {
    /// The partners in order, as far as they are.
    pub fn head(&self) -> &[Match] {
        &self.list[..self.sorted]
    }

    pub fn is_whole(&self) -> bool {
        self.sorted >= self.list.len()
    }
}

/// A ranking read for the first time is put in order this far (ten pages).
pub(super) const HEAD: usize = 200;

impl Rankings {
    pub fn with_head(head: usize) -> Self {
        Rankings {
            held: Mutex::default(),
            head,
        }
    }

    /// Every partner of organization `a` in the snapshot `at`, at least the
    /// first `need` in order (all of them for `usize::MAX`).
    pub fn get(&self, at: &Versions, a: usize, need: usize) -> Ranking {
        let engine = at.engine;
        let ranking = match self.touch(a) {
            Some((v, r)) if v == at.version => {
                if r.sorted >= need.min(r.list.len()) {
                    return r;
                }
                sorted_further(engine, &r, need, self.head)
            }
            Some((v, r)) if v < at.version => {
                let changed = at.changed_since(v);
                if changed.binary_search(&a).is_ok() {
                    fresh(engine, a, need.max(self.head))
                } else {
                    sorted_further(engine, &mend(engine, a, &r, &changed), need, self.head)
                }
            }
            // None kept, or kept for a newer snapshot than the reader's
            // (then ranked apart and not kept, below).
            _ => fresh(engine, a, need.max(self.head)),
        };
        // Ranked outside the lock: two first reads of one list may both rank it.
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.clock += 1;
        let clock = held.clock;
        if held.lists.get(&a).is_some_and(|(_, v, _)| *v > at.version) {
            return ranking;
        }
        if let Some((_, _, old)) = held.lists.insert(a, (clock, at.version, ranking.clone())) {
            held.size -= old.list.len();
        }
        held.size += ranking.list.len();
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
                held.size -= gone.list.len();
            }
        }
        ranking
    }

    fn touch(&self, a: usize) -> Option<(u64, Ranking)> {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.clock += 1;
        let clock = held.clock;
        let (used, version, ranking) = held.lists.get_mut(&a)?;
        *used = clock;
        Some((*version, ranking.clone()))
    }
}

/// `a`'s partners ranked anew, the first `need` in order.
fn fresh(engine: &Engine, a: usize, need: usize) -> Ranking {
    let (list, sorted) = engine.partly_ranked(a, need);
    Ranking {
        list: list.into(),
        sorted,
    }
}

/// `r` with at least its first `need` (and `head`) in order.
fn sorted_further(engine: &Engine, r: &Ranking, need: usize, head: usize) -> Ranking {
    if r.sorted >= need.min(r.list.len()) {
        return r.clone();
    }
    let mut list = r.list.to_vec();
    let sorted = engine.sort_head(&mut list, r.sorted, need.max(head));
    Ranking {
        list: list.into(),
        sorted,
    }
}

/// `a`'s ranking `r` with the organizations of `changed` scored again (`a`
/// is not among them): every other score is as it was. Those that order
/// before the last of the part in order go into it; the others after it.
fn mend(engine: &Engine, a: usize, r: &Ranking, changed: &[usize]) -> Ranking {
    let mut scored: Vec<Match> = changed
        .iter()
        .map(|&b| engine.pair(a, b))
        .filter(|m| m.score > 0.0)
        .collect();
    scored.sort_unstable_by(|x, y| engine.order(x, y));
    let unchanged = |m: &&Match| changed.binary_search(&m.index).is_err();
    let mut kept = r.head().iter().filter(unchanged).peekable();
    let mut out = Vec::with_capacity(r.list.len() + scored.len());
    let mut after = Vec::new();
    for m in scored {
        while let Some(k) = kept.next_if(|k| engine.order(k, &m) == std::cmp::Ordering::Less) {
            out.push(*k);
        }
        if kept.peek().is_some() || r.is_whole() {
            out.push(m);
        } else {
            // Past the part in order: where it stands among the rest is not known.
            after.push(m);
        }
    }
    out.extend(kept);
    let sorted = out.len();
    out.extend(r.list[r.sorted..].iter().filter(unchanged));
    out.extend(after);
    Ranking {
        list: out.into(),
        sorted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::import::{self, InputFormat};

    fn engine() -> Engine {
        let mut all = import::parse(
            include_bytes!("../../../tests/data/eval_orgs.json"),
            InputFormat::Json,
        )
        .expect("eval_orgs.json");
        all.extend(
            import::parse(
                include_bytes!("../../../tests/data/blind/profiles.json"),
                InputFormat::Json,
            )
            .expect("blind profiles"),
        );
        Engine::new(all)
    }

    fn whole(engine: &Engine, a: usize) -> Vec<Match> {
        engine.top(a, engine.len())
    }

    /// `r` holds every partner of the whole ranking, its first `sorted` as there.
    fn agrees(r: &Ranking, whole: &[Match]) {
        assert_eq!(r.head(), &whole[..r.sorted]);
        let mut all: Vec<(usize, u32)> = r
            .list
            .iter()
            .map(|m| (m.index, m.score.to_bits()))
            .collect();
        let mut expected: Vec<(usize, u32)> =
            whole.iter().map(|m| (m.index, m.score.to_bits())).collect();
        all.sort_unstable();
        expected.sort_unstable();
        assert_eq!(all, expected);
    }

    #[test]
    fn partly_ordered_rankings_agree_with_whole_ones_before_and_after_changes() {
        let engine = engine();
        let n = engine.len();
        let rankings = Rankings::with_head(4);
        let at0 = Versions {
            engine: &engine,
            version: 0,
            log: &[],
        };
        let readers = [0, 3, n / 2, n - 1];
        for &a in &readers {
            let first = rankings.get(&at0, a, 2);
            assert_eq!(first.sorted, 4, "put in order as far as the head");
            assert!(first.list.len() > 20, "a list long enough to test");
            agrees(&first, &whole(&engine, a));
            // A later page puts more in order; a read within it sorts nothing.
            let further = rankings.get(&at0, a, 15);
            assert_eq!(further.sorted, 15);
            agrees(&further, &whole(&engine, a));
            assert!(Arc::ptr_eq(&rankings.get(&at0, a, 9).list, &further.list));
        }
        // One of them read whole.
        assert!(rankings.get(&at0, readers[1], usize::MAX).is_whole());

        // Three organizations take the profiles of others: their scores move
        // across the lists, into and out of the parts in order.
        let changed = vec![1, 5, n / 3];
        let donors = [readers[0], n / 2 + 1, n - 2];
        let engine1 = engine.with_changes(
            changed
                .iter()
                .zip(donors)
                .map(|(&i, d)| {
                    let mut p = engine.profile(d).clone();
                    p.name = engine.profile(i).name.clone();
                    (i, p)
                })
                .collect(),
        );
        let log = [(1, changed.clone())];
        let at1 = Versions {
            engine: &engine1,
            version: 1,
            log: &log,
        };
        for &a in &readers {
            let mended = rankings.get(&at1, a, 2);
            agrees(&mended, &whole(&engine1, a));
            assert!(mended.sorted >= 2);
            let all = rankings.get(&at1, a, usize::MAX);
            assert!(all.is_whole());
            agrees(&all, &whole(&engine1, a));
        }
        // A changed organization's own ranking is ranked anew.
        agrees(
            &rankings.get(&at1, changed[0], 3),
            &whole(&engine1, changed[0]),
        );
    }
}
