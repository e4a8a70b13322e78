//! Each organization's whole ranking, computed when first read and kept:
//! paging, filtering and marking do not rank again, and after an edit a kept
//! ranking is mended (the changed organizations scored again) rather than
//! ranked anew.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::matching::{Engine, Match};

/// At most this many bytes of suggestions are kept in all across the
/// rankings of one index (48 MB); the least recently read go first.
const RANKINGS_HELD: usize = 48 << 20;

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
    /// Bytes held ([`Ranking::bytes`]).
    size: usize,
}

/// What a snapshot tells the rankings and the kept reasons: its engine, its
/// version, and the version of the last change of each organization changed
/// since the index was built whole (up to this version).
pub(super) struct Versions<'s> {
    pub engine: &'s Engine,
    pub version: u64,
    pub changed_at: &'s HashMap<usize, u64>,
}

impl Versions<'_> {
    /// The organizations changed after version `v`, ascending.
    fn changed_since(&self, v: u64) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .changed_at
            .iter()
            .filter(|(_, at)| **at > v)
            .map(|(o, _)| *o)
            .collect();
        out.sort_unstable();
        out
    }
}

/// One organization's partners (score above 0), the first `sorted` best
/// first. Either all of them, every one after the first `sorted` ordering
/// after them (a filter or a page far down sorts the rest); or, for a
/// ranking read only for its first pages, just those in order, with which
/// organizations the others are: a kept ranking costs a few kilobytes, not
/// one suggestion per organization.
#[derive(Clone)]
pub struct Ranking {
    pub list: Arc<[Match]>,
    pub sorted: usize,
    /// How many partners in all.
    pub partners: usize,
    /// Bit `b`: `b` is a partner; only when `list` holds just the part in order.
    others: Option<Arc<[u64]>>,
}

impl Ranking {
    /// The partners in order, as far as they are.
    pub fn head(&self) -> &[Match] {
        &self.list[..self.sorted]
    }

    /// Every partner in order.
    pub fn is_whole(&self) -> bool {
        self.sorted >= self.partners
    }

    /// Whether `list` holds every partner.
    pub fn holds_all(&self) -> bool {
        self.list.len() >= self.partners
    }

    /// All of `list`, of which the first `sorted` in order.
    fn of(list: Vec<Match>, sorted: usize) -> Self {
        Ranking {
            partners: list.len(),
            list: list.into(),
            sorted,
            others: None,
        }
    }

    /// Just the part in order, and which of `n` organizations are partners.
    fn shortened(&self, n: usize) -> Self {
        if !self.holds_all() || self.is_whole() {
            return self.clone();
        }
        let mut bits = vec![0u64; n.div_ceil(64)];
        for m in self.list.iter() {
            bits[m.index / 64] |= 1 << (m.index % 64);
        }
        Ranking {
            list: self.head().into(),
            sorted: self.sorted,
            partners: self.partners,
            others: Some(bits.into()),
        }
    }

    /// What holding it costs.
    fn bytes(&self) -> usize {
        self.list.len() * std::mem::size_of::<Match>()
            + self.others.as_ref().map_or(0, |b| b.len() * 8)
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

    /// The partners of organization `a` in the snapshot `at`, at least the
    /// first `need` in order (all of them for `usize::MAX`); every partner
    /// in the list when `all` (for counts through a filter), else perhaps
    /// only those in order.
    pub fn get(&self, at: &Versions, a: usize, need: usize, all: bool) -> Ranking {
        let engine = at.engine;
        let fresh = || fresh(engine, a, need.max(self.head));
        let ranking = match self.touch(a) {
            Some((v, r)) if v == at.version => {
                if all && !r.holds_all() {
                    fresh()
                } else if r.sorted >= need.min(r.partners) {
                    return r;
                } else {
                    sorted_further(engine, &r, need, self.head).unwrap_or_else(fresh)
                }
            }
            Some((v, r)) if v < at.version => {
                let changed = at.changed_since(v);
                if changed.binary_search(&a).is_ok() || (all && !r.holds_all()) {
                    fresh()
                } else {
                    sorted_further(engine, &mend(engine, a, &r, &changed), need, self.head)
                        .unwrap_or_else(fresh)
                }
            }
            // None kept, or kept for a newer snapshot than the reader's
            // (then ranked apart and not kept, below).
            _ => fresh(),
        };
        // Read for more than its first pages: kept whole; else only its head.
        let ranking = if all || need > self.head {
            ranking
        } else {
            ranking.shortened(engine.len())
        };
        // Ranked outside the lock: two first reads of one list may both rank it.
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.clock += 1;
        let clock = held.clock;
        if held.lists.get(&a).is_some_and(|(_, v, _)| *v > at.version) {
            return ranking;
        }
        if let Some((_, _, old)) = held.lists.insert(a, (clock, at.version, ranking.clone())) {
            held.size -= old.bytes();
        }
        held.size += ranking.bytes();
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
                held.size -= gone.bytes();
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
    Ranking::of(list, sorted)
}

/// `r` with at least its first `need` (and `head`) in order; `None` when
/// that needs partners it does not hold.
fn sorted_further(engine: &Engine, r: &Ranking, need: usize, head: usize) -> Option<Ranking> {
    if r.sorted >= need.min(r.partners) {
        return Some(r.clone());
    }
    if !r.holds_all() {
        return None;
    }
    let mut list = r.list.to_vec();
    let sorted = engine.sort_head(&mut list, r.sorted, need.max(head));
    Some(Ranking::of(list, sorted))
}

/// `a`'s ranking `r` with the organizations of `changed` scored again (`a`
/// is not among them): every other score is as it was. Those that order
/// before the last unchanged one of the part in order go into it; the
/// others after it (or, in a ranking that holds only that part, nowhere:
/// counted among the partners only).
fn mend(engine: &Engine, a: usize, r: &Ranking, changed: &[usize]) -> Ranking {
    let rescored: Vec<Match> = changed.iter().map(|&b| engine.pair(a, b)).collect();
    let mut scored: Vec<Match> = rescored.iter().filter(|m| m.score > 0.0).copied().collect();
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
    let Some(others) = &r.others else {
        out.extend(r.list[r.sorted..].iter().filter(unchanged));
        out.extend(after);
        return Ranking::of(out, sorted);
    };
    let mut bits = others.to_vec();
    let mut partners = r.partners;
    for m in &rescored {
        let (word, bit) = (m.index / 64, 1u64 << (m.index % 64));
        if word >= bits.len() {
            // An organization that came after the ranking was made.
            bits.resize(word + 1, 0);
        }
        let was = bits[word] & bit != 0;
        let is = m.score > 0.0;
        if was != is {
            bits[word] ^= bit;
            partners = if is { partners + 1 } else { partners - 1 };
        }
    }
    Ranking {
        list: out.into(),
        sorted,
        partners,
        others: Some(bits.into()),
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

    /// `r`'s first `sorted` are the whole ranking's, its count of partners
    /// is theirs, and it holds either every one of them or only its head.
    fn agrees(r: &Ranking, whole: &[Match]) {
        assert_eq!(r.head(), &whole[..r.sorted]);
        assert_eq!(r.partners, whole.len(), "the number of partners");
        if !r.holds_all() {
            assert_eq!(r.list.len(), r.sorted, "only the head held");
            return;
        }
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
        let none = HashMap::new();
        let at0 = Versions {
            engine: &engine,
            version: 0,
            changed_at: &none,
        };
        let readers = [0, 3, n / 2, n - 1];
        // Read only for a first page: kept as their heads and counts.
        let short = Rankings::with_head(4);
        for &a in &readers {
            let first = rankings.get(&at0, a, 2, false);
            assert_eq!(first.sorted, 4, "put in order as far as the head");
            assert!(first.partners > 20, "a list long enough to test");
            assert!(!first.holds_all());
            agrees(&first, &whole(&engine, a));
            agrees(&short.get(&at0, a, 3, false), &whole(&engine, a));
            // A later page puts more in order; a read within it sorts nothing.
            let further = rankings.get(&at0, a, 15, false);
            assert_eq!(further.sorted, 15);
            agrees(&further, &whole(&engine, a));
            assert!(Arc::ptr_eq(
                &rankings.get(&at0, a, 9, false).list,
                &further.list
            ));
        }
        // Every partner, for a filter's count, though the head is kept only.
        let counted = short.get(&at0, readers[2], 2, true);
        assert!(counted.holds_all());
        agrees(&counted, &whole(&engine, readers[2]));
        // One of them read whole.
        assert!(rankings.get(&at0, readers[1], usize::MAX, true).is_whole());

        // Three organizations take the profiles of others: their scores move
        // across the lists, into and out of the parts in order.
        let changed = [1, 5, n / 3];
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
        let changed_at: HashMap<usize, u64> = changed.iter().map(|&i| (i, 1)).collect();
        let at1 = Versions {
            engine: &engine1,
            version: 1,
            changed_at: &changed_at,
        };
        for &a in &readers {
            let mended = rankings.get(&at1, a, 2, false);
            agrees(&mended, &whole(&engine1, a));
            assert!(mended.sorted >= 2);
            // The heads kept alone, mended: counts follow the partners that
            // came and went.
            let mended = short.get(&at1, a, 2, false);
            agrees(&mended, &whole(&engine1, a));
            assert!(mended.sorted >= 2);
            let all = rankings.get(&at1, a, usize::MAX, true);
            assert!(all.is_whole());
            agrees(&all, &whole(&engine1, a));
        }
        // A changed organization's own ranking is ranked anew.
        agrees(
            &rankings.get(&at1, changed[0], 3, false),
            &whole(&engine1, changed[0]),
        );
    }
}
