//! Changed and new profiles read into an engine that shares its core: what
//! the core knows of every other organization stays, every score of a pair
//! with a changed organization is computed afresh.

use std::collections::HashMap;
use std::sync::Arc;

use super::hubs::{keep_best, mean_of_best};
use super::top::Scratch;
use super::{Engine, HUB_NEIGHBOURS, HUB_SAMPLE, SIM_BITS, inv_count, offered, quantize};
use crate::domain::profile::Profile;
use crate::matching::context::Contexts;
use crate::matching::partner::Attributes;
use crate::matching::phrases::{Added, Items, profile_phrases};
use crate::matching::similarity::{meeting, reaches};

/// The organizations whose profiles are not the core's, and the phrases and
/// asks they brought.
#[derive(Clone, Default)]
pub(in crate::matching) struct Patch {
    pub added: Added,
    /// For each added ask: the organizations of the core that fit it, ascending.
    pub ask_fits: Vec<Vec<u32>>,
    /// The core's numbering of languages and regions, extended.
    contexts: Option<Contexts>,
    pub orgs: HashMap<u32, Changed>,
    /// The keys of `orgs`, ascending.
    list: Vec<u32>,
}

/// A changed or new organization, read as the core reads its own.
#[derive(Clone)]
pub(in crate::matching) struct Changed {
    pub profile: Profile,
    pub caps: Items,
    pub needs: Items,
    pub attributes: Attributes,
    pub field: Vec<(u32, f32)>,
}

impl Engine {
    /// This engine with `changes`: (index, profile) for a changed
    /// organization, or index [`Engine::len`] and on, in order, for new ones.
    /// Shares the core: costs in proportion to the organizations changed so
    /// far, plus a pass over everyone per change for its hub measure.
    ///
    /// # Panics
    /// When an index is beyond the organizations and the new ones before it.
    pub fn with_changes(&self, changes: Vec<(usize, Profile)>) -> Engine {
        let core = &self.core;
        let mut patch = self.patch.clone();
        let mut contexts = patch
            .contexts
            .take()
            .unwrap_or_else(|| core.contexts.clone());
        let (mut hub, mut context) = (self.hub.clone(), self.context.clone());
        let (mut inv_needs, mut changed) = (self.inv_needs.clone(), self.changed.clone());
        let sizes = (core.phrases.len(), core.asks.len());
        let n_concepts = core.thesaurus.concepts.len() as u32;
        let mut touched = Vec::with_capacity(changes.len());
        // Every profile read with one analyser, then the fits of the asks they brought.
        let asks_before = patch.added.asks.len();
        let read = profile_phrases(
            changes.iter().map(|(_, p)| p),
            &core.thesaurus,
            &core.lexicon,
            sizes,
            &mut patch.added,
        );
        for ask in &patch.added.asks[asks_before..] {
            patch.ask_fits.push(
                (0..core.profiles.len() as u32)
                    .filter(|b| core.attributes[*b as usize].fits(ask))
                    .collect(),
            );
        }
        for ((index, profile), org) in changes.into_iter().zip(read) {
            assert!(index <= changed.len(), "organization {index} out of range");
            let phrase = |p: u32| match (p as usize).checked_sub(sizes.0) {
                None => &core.phrases[p as usize],
                Some(i) => &patch.added.phrases[i],
            };
            let offered = offered(org.caps.iter().map(|(c, _)| phrase(*c)), n_concepts);
            let field: Vec<_> = org.field.iter().map(|p| phrase(*p)).collect();
            let entry = Changed {
                attributes: Attributes::of(&core.thesaurus, &profile, &offered),
                field: core.field.vector_of(&field),
                caps: org.caps,
                needs: org.needs,
                profile,
            };
            let (ctx, inv) = (contexts.of(&entry.profile), inv_count(entry.needs.len()));
            if index == changed.len() {
                changed.push(true);
                context.push(ctx);
                inv_needs.push(inv);
                hub.push(0.0);
            } else {
                (changed[index], context[index], inv_needs[index]) = (true, ctx, inv);
            }
            patch.orgs.insert(index as u32, entry);
            touched.push(index);
        }
        patch.list = patch.orgs.keys().copied().collect();
        patch.list.sort_unstable();
        patch.contexts = Some(contexts);
        let n = changed.len();
        let mut engine = Engine {
            core: Arc::clone(core),
            patch,
            inv_needs32: inv_needs.iter().map(|v| *v as f32).collect(),
            inv_needs,
            hub,
            context,
            hub_penalty: Vec::new(),
            no_penalty: vec![0.0; n],
            changed,
        };
        // Hubs are measured without any correction: the changed ones' own
        // values do not enter each other's.
        let mut s = Scratch::new(n, engine.core.phrases.len());
        for a in touched {
            engine.hub[a] = engine.hub_of(a, &mut s);
        }
        engine.set_hub_penalty();
        engine
    }

    /// `h(a)` as [`Engine::hubs`] measures it for the core: the mean of its
    /// best raw scores with the organizations of the core's sample.
    fn hub_of(&self, a: usize, s: &mut Scratch) -> f64 {
        let n = self.core.profiles.len();
        let stride = n.div_ceil(HUB_SAMPLE).max(1);
        self.accumulate(a, s);
        self.bounds(a, s, &self.no_penalty);
        let mut best = [0.0f32; HUB_NEIGHBOURS];
        for b in (0..n).step_by(stride).filter(|b| *b != a) {
            keep_best(&mut best, s.bound[b]);
        }
        s.clear();
        mean_of_best(&best)
    }

    /// [`Engine::accumulate`] for a changed organization: its needs and
    /// offers met through the core's candidate lists, then
    /// [`Engine::fix_changed`].
    pub(super) fn accumulate_changed(&self, a: usize, s: &mut Scratch) {
        let core = &self.core;
        // They cover my needs.
        for (n, _) in self.needs_of(a) {
            let fresh;
            let covered: &[u32] = if self.core_need(*n) {
                &core.need_covered_by[*n as usize]
            } else {
                fresh = self.covered_in_core(*n);
                &fresh
            };
            let fits = self
                .phrase(*n)
                .ask
                .map_or(&[][..], |ask| self.ask_fits(ask));
            self.add_best_cover(s, covered, fits);
        }
        // I cover their needs: my best offer for each need phrase of the
        // core (or my fit to it), then its owners.
        let mut best: HashMap<u32, f32> = HashMap::new();
        for (c, _) in self.caps_of(a) {
            let fresh;
            let met: &[(u32, f32)] = if self.core_cap(*c) {
                &core.cap_matches[*c as usize]
            } else {
                fresh = meeting(self.phrase(*c), &core.phrases, &core.need_postings, false);
                &fresh
            };
            for (n, sim) in met {
                if self.reaches(*n, *c, a) {
                    let b = best.entry(*n).or_default();
                    *b = b.max(*sim);
                }
            }
        }
        let attrs = self.attributes(a);
        for (ask, phrases) in core.asks.iter().zip(&core.ask_phrases) {
            if attrs.fits(ask) {
                for n in phrases {
                    let b = best.entry(*n).or_default();
                    *b = b.max(core.weights.fit);
                }
            }
        }
        for (n, sim) in best {
            let sim = quantize(sim);
            for &b in &core.need_orgs[n as usize] {
                s.y[b as usize] += sim;
            }
        }
        core.field.accumulate_vector(self.field_vector(a), &mut s.f);
    }

    /// The organizations of the core whose offers meet need phrase `n` (one
    /// the core has no list for), packed as in the core's cover lists.
    pub(super) fn covered_in_core(&self, n: u32) -> Vec<u32> {
        let core = &self.core;
        let need = self.phrase(n);
        let mut best: HashMap<u32, f32> = HashMap::new();
        for (c, sim) in meeting(need, &core.phrases, &core.cap_postings, true) {
            for &b in &core.cap_orgs[c as usize] {
                if reaches(
                    need,
                    &core.phrases[c as usize],
                    &core.attributes[b as usize],
                ) {
                    let e = best.entry(b).or_default();
                    *e = e.max(sim);
                }
            }
        }
        best.into_iter()
            .map(|(b, sim)| (b << SIM_BITS) | quantize(sim))
            .collect()
    }

    /// The sums of `a` with every changed organization, computed pair by
    /// pair (what the core holds of them is stale); nothing with itself.
    pub(super) fn fix_changed(&self, a: usize, s: &mut Scratch) {
        for &b in &self.patch.list {
            let b = b as usize;
            if b == a {
                (s.x[b], s.y[b], s.f[b]) = (0, 0, 0);
            } else {
                (s.x[b], s.y[b], s.f[b]) = (
                    self.cover_sum(a, b),
                    self.cover_sum(b, a),
                    self.field_sum(a, b),
                );
            }
        }
    }
}
