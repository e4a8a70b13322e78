//! Ranking: the `k` best partners of one organization (pruned by upper
//! bounds, equal to a brute-force ranking), and of every organization on all cores.

use std::cmp::Ordering;

use super::{Engine, SIM_BITS, SIM_MASK, UNIT, quantize};
use crate::matching::score::Match;
use crate::matching::similarity::reaches;

impl Engine {
    /// The `k` best partners of organization `a`, best first; ties by name.
    /// Never `a` itself, never a partner with score 0.
    pub fn top(&self, a: usize, k: usize) -> Vec<Match> {
        self.with_scratch(|s| self.top_with(a, k, s))
    }

    /// Every partner of `a` (score above 0), of which only the first `head`
    /// are in order ([`Engine::order`]); every one after them orders after
    /// them. With the number in order (`head`, or all when fewer). Cheaper
    /// than the whole ranking when only its first pages are read.
    pub fn partly_ranked(&self, a: usize, head: usize) -> (Vec<Match>, usize) {
        let mut all = self.with_scratch(|s| self.scored(a, s));
        let sorted = self.sort_head(&mut all, 0, head);
        (all, sorted)
    }

    /// Puts `list[sorted..]`'s first `head - sorted` in order after
    /// `list[..sorted]` (already in order, and before all the rest); the
    /// number in order now.
    pub fn sort_head(&self, list: &mut [Match], sorted: usize, head: usize) -> usize {
        let head = head.min(list.len());
        if head <= sorted {
            return sorted;
        }
        let tail = &mut list[sorted..];
        let k = head - sorted;
        if k < tail.len() {
            tail.select_nth_unstable_by(k - 1, |x, y| self.order(x, y));
        }
        // `order` is total (the index breaks every tie): unstable is exact.
        tail[..k].sort_unstable_by(|x, y| self.order(x, y));
        head
    }

    /// `f` with this thread's buffers of the last call: zeroed again by
    /// every call, so reused by the next one when the sizes match.
    fn with_scratch<T>(&self, f: impl FnOnce(&mut Scratch) -> T) -> T {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Option<Scratch>> = const { std::cell::RefCell::new(None) };
        }
        let (orgs, phrases) = (self.len(), self.core.phrases.len());
        let mut scratch = SCRATCH
            .with(|s| s.borrow_mut().take())
            .filter(|s| s.x.len() == orgs && s.phrase_best.len() == phrases)
            .unwrap_or_else(|| Scratch::new(orgs, phrases));
        let out = f(&mut scratch);
        SCRATCH.with(|s| *s.borrow_mut() = Some(scratch));
        out
    }

    /// Every partner of `a` with a score above 0, in no order.
    fn scored(&self, a: usize, s: &mut Scratch) -> Vec<Match> {
        self.accumulate(a, s);
        let out = (0..self.len())
            .filter(|&b| b != a && (s.x[b] != 0 || s.y[b] != 0 || s.f[b] != 0))
            .map(|b| self.finish(a, b, s.x[b], s.y[b], s.f[b]))
            .filter(|m| m.score > 0.0)
            .collect();
        s.clear();
        out
    }

    pub(super) fn top_with(&self, a: usize, k: usize, s: &mut Scratch) -> Vec<Match> {
        if k == 0 {
            return Vec::new();
        }
        if k > LONG_LIST {
            // A long list (the whole ranking, for a page with filters): score
            // everyone with something in common, then sort once.
            let mut out = self.scored(a, s);
            out.sort_unstable_by(|x, y| self.order(x, y));
            out.truncate(k);
            return out;
        }
        self.accumulate(a, s);
        self.bounds(a, s, &self.hub_penalty);
        let own_penalty =
            (self.core.weights.hub * (self.hub[a] / 2.0 - self.core.hub_centre)) as f32;
        let mut out: Vec<Match> = Vec::with_capacity(k + 1);
        let mut floor = f32::NEG_INFINITY;
        for b in 0..self.len() {
            if s.bound[b] < floor {
                continue;
            }
            let (x, y, f) = (s.x[b], s.y[b], s.f[b]);
            if (x == 0 && y == 0 && f == 0) || b == a {
                continue;
            }
            let m = self.finish(a, b, x, y, f);
            if m.score <= 0.0 {
                continue;
            }
            if out.len() == k && self.order(&m, &out[k - 1]) != Ordering::Less {
                continue;
            }
            let at = out.partition_point(|o| self.order(o, &m) == Ordering::Less);
            out.insert(at, m);
            out.truncate(k);
            if out.len() == k {
                // score = 100·sqrt(raw + correction): a candidate whose bound is
                // below the kth's square cannot enter (with a margin for rounding).
                let kth = out[k - 1].score / 100.0;
                floor = kth * kth + own_penalty - 1e-4;
            }
        }
        s.clear();
        out
    }

    /// Sums into `s.x`, `s.y` and `s.f`, for every organization, how far it
    /// covers `a`'s needs, how far `a` covers its needs, and its field affinity.
    pub(super) fn accumulate(&self, a: usize, s: &mut Scratch) {
        if self.changed[a] {
            self.accumulate_changed(a, s);
        } else {
            self.accumulate_core(a, s);
        }
        self.fix_changed(a, s);
    }

    /// [`Engine::accumulate`] for an organization of the core, from its lists.
    fn accumulate_core(&self, a: usize, s: &mut Scratch) {
        let core = &self.core;
        // They cover my needs: each need's best cover by each organization, summed.
        for (n, _) in &core.needs[a] {
            let covered = &core.need_covered_by[*n as usize];
            match core.phrases[*n as usize].ask {
                None => {
                    for &packed in covered {
                        s.x[(packed >> SIM_BITS) as usize] += packed & SIM_MASK;
                    }
                }
                Some(ask) => self.add_best_cover(s, covered, &core.ask_fits[ask as usize]),
            }
        }
        // I cover their needs: my best offer for each need phrase (or my fit
        // to it), then its owners.
        for (c, _) in &core.caps[a] {
            for (n, sim) in &core.cap_matches[*c as usize] {
                let (need, cap) = (&core.phrases[*n as usize], &core.phrases[*c as usize]);
                if !reaches(need, cap, &core.attributes[a]) {
                    continue;
                }
                let n = *n as usize;
                if s.phrase_best[n] == 0.0 {
                    s.phrases_touched.push(n as u32);
                }
                s.phrase_best[n] = s.phrase_best[n].max(*sim);
            }
        }
        for &ask in &core.org_fits[a] {
            for &n in &core.ask_phrases[ask as usize] {
                let n = n as usize;
                if s.phrase_best[n] == 0.0 {
                    s.phrases_touched.push(n as u32);
                }
                s.phrase_best[n] = s.phrase_best[n].max(core.weights.fit);
            }
        }
        for &n in &s.phrases_touched {
            let n = n as usize;
            let sim = quantize(s.phrase_best[n]);
            for &b in &core.need_orgs[n] {
                s.y[b as usize] += sim;
            }
            s.phrase_best[n] = 0.0;
        }
        s.phrases_touched.clear();
        core.field.accumulate(a, &mut s.f);
    }

    /// Adds to `s.x`, per organization, the better of its offer in
    /// `covered` (packed cover list) and, for those in `fits`, the fit.
    pub(super) fn add_best_cover(&self, s: &mut Scratch, covered: &[u32], fits: &[u32]) {
        for &packed in covered {
            let b = (packed >> SIM_BITS) as usize;
            s.best[b] = packed & SIM_MASK;
            s.touched.push(b as u32);
        }
        let fit = quantize(self.core.weights.fit);
        for &b in fits {
            let b = b as usize;
            if s.best[b] == 0 {
                s.touched.push(b as u32);
            }
            s.best[b] = s.best[b].max(fit);
        }
        for &b in &s.touched {
            s.x[b as usize] += std::mem::take(&mut s.best[b as usize]);
        }
        s.touched.clear();
    }

    /// `s.bound[b]`: an upper bound of the raw score of `a` and `b` (context
    /// ≤ 1, the reciprocity bonus ≤ the mean coverage) minus `penalty[b]`;
    /// without context, reciprocity and penalty, the raw score itself. In
    /// single precision, in one loop the compiler vectorises.
    pub(super) fn bounds(&self, a: usize, s: &mut Scratch, penalty: &[f32]) {
        let w = &self.core.weights;
        let total = (w.complementarity + w.field) as f32;
        let (wc, wf) = if total > 0.0 {
            (
                w.complementarity as f32 / (2.0 * total * UNIT),
                w.field as f32 / (total * UNIT),
            )
        } else {
            (0.0, 0.0)
        };
        let inv_a = self.inv_needs[a] as f32;
        s.bound.clear();
        s.bound.extend(
            s.x.iter()
                .zip(&s.y)
                .zip(&s.f)
                .zip(&self.inv_needs32)
                .zip(penalty)
                .map(|((((x, y), f), inv_b), pen)| {
                    wc * (*x as f32 * inv_a + *y as f32 * inv_b) + wf * *f as f32 - pen
                }),
        );
    }

    /// Higher score first; equal scores by name, then by position.
    pub fn order(&self, a: &Match, b: &Match) -> Ordering {
        b.score
            .total_cmp(&a.score)
            .then_with(|| self.profile(a.index).name.cmp(&self.profile(b.index).name))
            .then_with(|| a.index.cmp(&b.index))
    }

    /// The top `k` of every organization, in input order, on all cores.
    /// `progress` is called with the number of organizations done since the last call.
    pub fn rank_all(&self, k: usize, progress: &(dyn Fn(usize) + Sync)) -> Vec<Vec<Match>> {
        self.in_parallel(&|a, s| self.top_with(a, k, s), progress)
    }

    /// `each(a)` for every organization, in input order, on all cores.
    pub(super) fn in_parallel<T: Send + Clone + Default>(
        &self,
        each: &(dyn Fn(usize, &mut Scratch) -> T + Sync),
        progress: &(dyn Fn(usize) + Sync),
    ) -> Vec<T> {
        let n = self.len();
        let threads = std::thread::available_parallelism()
            .map_or(1, |t| t.get())
            .min(n.max(1));
        let chunk = n.div_ceil(threads.max(1)).max(1);
        let mut results: Vec<T> = vec![T::default(); n];
        std::thread::scope(|scope| {
            for (t, slot) in results.chunks_mut(chunk).enumerate() {
                scope.spawn(move || {
                    let mut scratch = Scratch::new(n, self.core.phrases.len());
                    for (i, out) in slot.iter_mut().enumerate() {
                        *out = each(t * chunk + i, &mut scratch);
                        if i % 256 == 255 {
                            progress(256);
                        }
                    }
                    progress(slot.len() % 256);
                });
            }
        });
        results
    }
}

/// Beyond this many partners, [`Engine::top`] sorts everyone rather than
/// keeping a sorted top list.
const LONG_LIST: usize = 64;

/// Reusable buffers for [`Engine::top`], one per thread.
pub(super) struct Scratch {
    pub(super) bound: Vec<f32>,
    pub(super) x: Vec<u32>,
    pub(super) y: Vec<u32>,
    pub(super) f: Vec<u32>,
    pub(super) best: Vec<u32>,
    pub(super) touched: Vec<u32>,
    pub(super) phrase_best: Vec<f32>,
    pub(super) phrases_touched: Vec<u32>,
}

impl Scratch {
    /// Back to zeros for the next organization.
    pub(super) fn clear(&mut self) {
        self.x.fill(0);
        self.y.fill(0);
        self.f.fill(0);
    }

    pub(super) fn new(orgs: usize, phrases: usize) -> Self {
        Self {
            bound: Vec::with_capacity(orgs),
            x: vec![0; orgs],
            y: vec![0; orgs],
            f: vec![0; orgs],
            best: vec![0; orgs],
            touched: Vec::new(),
            phrase_best: vec![0.0; phrases],
            phrases_touched: Vec::new(),
        }
    }
}
