//! The reasons of the pairs recently shown, kept while neither organization
//! of the pair changes: each matches page explains its 20 suggestions, and
//! computing why `b` suits `a` (every need of each against every offer of
//! the other) was the largest part of a page's own time. The reasons depend
//! only on the two profiles and the core they were read into (the field's
//! statistics stay the core's until it is built whole, which starts a new
//! store), so a pair's reasons hold until a catch-up changes `a` or `b`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::rankings::Versions;
use crate::matching::Reason;

/// At most about this many pairs are kept: the most recently read stay,
/// in two halves (the older half goes when the newer one is full): the
/// first pages of about a thousand organizations, some 35 MB (1.4 KB a
/// pair, measured).
const PAIRS_KEPT: usize = 24_000;

type Kept = HashMap<(usize, usize), (u64, Arc<[Reason]>)>;

/// Whether reasons worked out at version `v` hold in the snapshot `at`: not
/// from a newer snapshot, and neither organization changed since.
fn hold(at: &Versions, v: u64, a: usize, b: usize) -> bool {
    let since = |o| at.changed_at.get(&o).is_none_or(|&c| c <= v);
    v <= at.version && since(a) && since(b)
}

#[derive(Default)]
pub(super) struct Explanations {
    /// (recent, older): a pair found in the older half moves to the recent one.
    halves: Mutex<(Kept, Kept)>,
}

impl Explanations {
    /// Why `b` is suggested to `a` in the snapshot `at` (see [`crate::matching::Engine::explain`]).
    pub fn get(&self, at: &Versions, a: usize, b: usize) -> Arc<[Reason]> {
        {
            let mut halves = self.halves.lock().unwrap_or_else(|e| e.into_inner());
            let (recent, older) = &mut *halves;
            let found = match recent.get(&(a, b)) {
                Some(kept) => Some(kept.clone()),
                None => older.remove(&(a, b)),
            };
            if let Some((version, reasons)) = found
                && hold(at, version, a, b)
            {
                recent.insert((a, b), (version, reasons.clone()));
                return reasons;
            }
        }
        let reasons: Arc<[Reason]> = at.engine.explain(a, b).into();
        let mut halves = self.halves.lock().unwrap_or_else(|e| e.into_inner());
        let (recent, older) = &mut *halves;
        let dropped = (recent.len() >= PAIRS_KEPT / 2)
            .then(|| std::mem::replace(older, std::mem::take(recent)));
        recent.insert((a, b), (at.version, reasons.clone()));
        drop(halves);
        // Thousands of reasons freed outside the lock: other pages go on.
        drop(dropped);
        reasons
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        let halves = self.halves.lock().unwrap_or_else(|e| e.into_inner());
        halves.0.len() + halves.1.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::Engine;
    use crate::services::import::{self, InputFormat};

    fn engine() -> Engine {
        Engine::new(
            import::parse(
                include_bytes!("../../../tests/data/eval_orgs.json"),
                InputFormat::Json,
            )
            .expect("eval_orgs.json"),
        )
    }

    /// Pairs kept before three organizations change read as the engine
    /// explains them after: a pair with a changed organization is explained
    /// anew, in the newer snapshot and in the older one read after it.
    #[test]
    fn kept_reasons_are_the_engines_before_and_after_changes() {
        let engine = engine();
        let n = engine.len();
        let none = HashMap::new();
        let at0 = Versions {
            engine: &engine,
            version: 0,
            changed_at: &none,
        };
        let kept = Explanations::default();
        let pairs: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| [(a, (a + 1) % n), (a, (a * 7 + 3) % n), (a, n - 1 - a)])
            .filter(|(a, b)| a != b)
            .collect();
        for &(a, b) in &pairs {
            assert_eq!(*kept.get(&at0, a, b), engine.explain(a, b)[..]);
        }
        let size = kept.len();
        assert!(size > n, "pairs kept");
        // The second reading is the kept one.
        let (a, b) = pairs[0];
        assert!(Arc::ptr_eq(&kept.get(&at0, a, b), &kept.get(&at0, a, b)));

        // Three organizations take the profiles of others.
        let changed = [1, 5, n / 3];
        let engine1 = engine.with_changes(
            changed
                .iter()
                .map(|&i| {
                    let mut p = engine.profile(n - 1 - i).clone();
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
        let mut differ = 0;
        for &(a, b) in &pairs {
            let fresh = engine1.explain(a, b);
            differ += usize::from(fresh != engine.explain(a, b));
            assert_eq!(*kept.get(&at1, a, b), fresh[..], "{a} and {b} after");
        }
        assert!(differ > 0, "some reasons changed with the profiles");
        // The older snapshot (still read by requests that began before the
        // change), after the newer one kept its reasons.
        for &(a, b) in &pairs {
            assert_eq!(
                *kept.get(&at0, a, b),
                engine.explain(a, b)[..],
                "{a} and {b} before"
            );
        }
        assert!(kept.len() <= PAIRS_KEPT);
    }
}
