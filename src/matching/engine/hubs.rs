//! The hub correction's measure: each organization's density of neighbours.

use super::top::Scratch;
use super::{Engine, HUB_NEIGHBOURS, HUB_SAMPLE};

impl Engine {
    /// `h(b)` for every organization: the mean of its [`HUB_NEIGHBOURS`] best
    /// raw scores before context (its density of neighbours, as CSLS measures
    /// it), among the organizations of a sample — all of them up to
    /// [`HUB_SAMPLE`], else every `n / HUB_SAMPLE`-th. Raw scores are
    /// symmetric, so each sampled organization's row gives its score with
    /// everyone at once.
    pub(super) fn hubs(&self) -> Vec<f64> {
        let n = self.len();
        let stride = n.div_ceil(HUB_SAMPLE).max(1);
        let sample: Vec<usize> = (0..n).step_by(stride).collect();
        let threads = std::thread::available_parallelism()
            .map_or(1, |t| t.get())
            .min(sample.len().max(1));
        let chunk = sample.len().div_ceil(threads).max(1);
        // Per thread: each organization's best values so far, highest first.
        let partial: Vec<Vec<[f32; HUB_NEIGHBOURS]>> = std::thread::scope(|scope| {
            let handles: Vec<_> = sample
                .chunks(chunk)
                .map(|rows| {
                    scope.spawn(move || {
                        let mut s = Scratch::new(n, self.core.phrases.len());
                        let mut best = vec![[0.0f32; HUB_NEIGHBOURS]; n];
                        for &a in rows {
                            self.accumulate(a, &mut s);
                            self.bounds(a, &mut s, &self.no_penalty);
                            for (b, &v) in s.bound.iter().enumerate() {
                                if b != a {
                                    keep_best(&mut best[b], v);
                                }
                            }
                            s.clear();
                        }
                        best
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("matching thread"))
                .collect()
        });
        (0..n)
            .map(|b| {
                let mut best = [0.0f32; HUB_NEIGHBOURS];
                for list in &partial {
                    for v in list[b] {
                        keep_best(&mut best, v);
                    }
                }
                mean_of_best(&best)
            })
            .collect()
    }
}

/// The mean of the values found (above zero), 0 when there are none.
pub(super) fn mean_of_best(best: &[f32; HUB_NEIGHBOURS]) -> f64 {
    let found: Vec<f64> = best
        .iter()
        .filter(|v| **v > 0.0)
        .map(|v| f64::from(*v))
        .collect();
    if found.is_empty() {
        0.0
    } else {
        found.iter().sum::<f64>() / found.len() as f64
    }
}

/// Inserts `v` into `best` (highest first) if it is among the best.
pub(super) fn keep_best(best: &mut [f32; HUB_NEIGHBOURS], v: f32) {
    if v <= best[HUB_NEIGHBOURS - 1] {
        return;
    }
    let at = best.partition_point(|o| *o >= v);
    best.copy_within(at..HUB_NEIGHBOURS - 1, at + 1);
    best[at] = v;
}
