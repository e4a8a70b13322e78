//! The index and the scoring. See the module documentation for the formula.

use std::sync::Arc;

use super::context::{Contexts, OrgContext, kind_affinity};
use super::field::{self, Field};
use super::partner::{Ask, Attributes};
use super::phrases::{Items, Lexicon, Phrase, Phrases, index_phrases};
use super::score::{Match, Parts, Weights};
use super::similarity::{candidate_postings, covered_by, match_phrases, meets, reaches};
use super::thesaurus::Thesaurus;
use crate::domain::profile::{OrgKind, Profile};

mod changes;
mod hubs;
pub mod landscape;
mod top;

use changes::{Changed, Patch};

/// The hub correction compares each organization's suggestions with the mean
/// of its this-many best raw scores.
pub const HUB_NEIGHBOURS: usize = 10;
/// Beyond this many organizations, the hub correction is measured against a
/// regular sample of this size (exact up to it).
pub const HUB_SAMPLE: usize = 2048;

/// The scores of every pair of organizations, and what explains them.
///
/// The index is built once for a set of profiles (its [`Core`]). A changed or
/// new profile is then read into a new engine that shares the core
/// ([`Engine::with_changes`]): its phrases, offers, needs and field vector are
/// made with the core's vocabulary and statistics, and every score of a pair
/// with it is computed afresh, while the scores of the other pairs come from
/// the core as before. A profile changed back to what the core holds scores
/// exactly as in the core.
pub struct Engine {
    pub(super) core: Arc<Core>,
    pub(super) patch: Patch,
    /// Per organization (changed and added ones included): mean of its best
    /// raw scores ([`HUB_NEIGHBOURS`]).
    hub: Vec<f64>,
    context: Vec<OrgContext>,
    /// 1 / number of needs (1 when there are none), per organization.
    inv_needs: Vec<f64>,
    inv_needs32: Vec<f32>,
    /// Each organization's share of the hub correction, `weight · h / 200`.
    hub_penalty: Vec<f32>,
    /// Zeros, in place of `hub_penalty` for raw scores.
    no_penalty: Vec<f32>,
    /// Whether an organization's profile is not the core's (changed or added).
    pub(super) changed: Vec<bool>,
}

/// The index of one set of profiles, shared by the engines made from it.
pub(super) struct Core {
    pub(super) thesaurus: Arc<Thesaurus>,
    pub(super) profiles: Vec<Profile>,
    pub(super) phrases: Vec<Phrase>,
    pub(super) caps: Vec<Items>,
    pub(super) needs: Vec<Items>,
    need_orgs: Vec<Vec<u32>>,
    /// Capability phrase → the organizations that offer it.
    cap_orgs: Vec<Vec<u32>>,
    /// Need phrase → every organization whose capabilities meet it, with the best
    /// similarity among them, by organization.
    /// Each entry is `organization << SIM_BITS | quantised similarity`.
    pub(super) need_covered_by: Vec<Vec<u32>>,
    /// Need phrase → capability phrases with sim ≥ threshold, by phrase id.
    need_matches: Vec<Vec<(u32, f32)>>,
    /// Capability phrase → need phrases with sim ≥ threshold, by phrase id.
    cap_matches: Vec<Vec<(u32, f32)>>,
    /// Feature → the capability phrases, and the need phrases, in which it
    /// can propose a match ([`similarity::meets`]).
    cap_postings: Vec<Vec<u32>>,
    need_postings: Vec<Vec<u32>>,
    /// The distinct asks of need phrases ([`Phrase::ask`]).
    pub(super) asks: Vec<Ask>,
    /// Ask → the need phrases that make it.
    ask_phrases: Vec<Vec<u32>>,
    /// Ask → the organizations that are such a partner, ascending.
    pub(super) ask_fits: Vec<Vec<u32>>,
    /// Organization → the asks it fits.
    org_fits: Vec<Vec<u32>>,
    attributes: Vec<Attributes>,
    field: Field,
    /// The median of the hubs: a typical organization is neither raised nor lowered.
    hub_centre: f64,
    /// Kind affinity by kind index, precomputed.
    affinity: [[f32; 9]; 9],
    pub(super) weights: Weights,
    lexicon: Lexicon,
    contexts: Contexts,
}

/// Similarities are summed as integers in units of 1/32767: exact, order-free
/// and fast. At most 50 needs of at most 1 each fit easily in a u32.
pub(super) const UNIT: f32 = 32_767.0;
/// An organization and a quantised similarity share one u32 in the cover lists.
pub(super) const SIM_BITS: u32 = 15;
const SIM_MASK: u32 = (1 << SIM_BITS) - 1;
pub const MAX_ORGS: usize = 1 << (32 - SIM_BITS);

pub(super) fn quantize(sim: f32) -> u32 {
    (sim * UNIT).round() as u32
}

pub(super) fn unquantize(sum: u32) -> f64 {
    f64::from(sum) / f64::from(UNIT)
}

impl Engine {
    pub fn new(profiles: Vec<Profile>) -> Self {
        Self::build(profiles, Thesaurus::shared(), Weights::default())
    }

    /// An engine that weighs the parts of the score otherwise (see [`Weights`]).
    pub fn with_weights(profiles: Vec<Profile>, weights: Weights) -> Self {
        Self::build(profiles, Thesaurus::shared(), weights)
    }

    pub fn with_thesaurus(profiles: Vec<Profile>, thesaurus: Thesaurus) -> Self {
        Self::build(profiles, Arc::new(thesaurus), Weights::default())
    }

    /// At most 131,072 organizations (the cover lists pack an index in 17 bits).
    fn build(profiles: Vec<Profile>, thesaurus: Arc<Thesaurus>, weights: Weights) -> Self {
        assert!(
            profiles.len() <= MAX_ORGS,
            "the matching engine holds at most {MAX_ORGS} organizations"
        );
        let Phrases {
            phrases,
            caps,
            needs,
            field,
            asks,
            lexicon,
        } = index_phrases(&profiles, &thesaurus);
        let n_concepts = thesaurus.concepts.len() as u32;

        let n_phrases = phrases.len();
        let mut cap_orgs = vec![Vec::new(); n_phrases];
        let mut need_orgs = vec![Vec::new(); n_phrases];
        for (org, items) in caps.iter().enumerate() {
            for (p, _) in items {
                cap_orgs[*p as usize].push(org as u32);
            }
        }
        for (org, items) in needs.iter().enumerate() {
            for (p, _) in items {
                need_orgs[*p as usize].push(org as u32);
            }
        }

        let need_matches = match_phrases(&phrases, &cap_orgs, &need_orgs);
        let mut cap_matches = vec![Vec::new(); n_phrases];
        for (n, list) in need_matches.iter().enumerate() {
            for (c, s) in list {
                cap_matches[*c as usize].push((n as u32, *s));
            }
        }
        let cap_postings = candidate_postings(&phrases, &cap_orgs);
        let need_postings = candidate_postings(&phrases, &need_orgs);

        let attributes: Vec<Attributes> = profiles
            .iter()
            .zip(&caps)
            .map(|(p, items)| {
                let offered = offered(items.iter().map(|(c, _)| &phrases[*c as usize]), n_concepts);
                Attributes::of(&thesaurus, p, &offered)
            })
            .collect();
        let need_covered_by = covered_by(&phrases, &need_matches, &cap_orgs, &attributes);
        let mut ask_phrases = vec![Vec::new(); asks.len()];
        for (id, p) in phrases.iter().enumerate() {
            if let Some(ask) = p.ask
                && !need_orgs[id].is_empty()
            {
                ask_phrases[ask as usize].push(id as u32);
            }
        }
        let mut ask_fits = vec![Vec::new(); asks.len()];
        let mut org_fits = vec![Vec::new(); profiles.len()];
        for (org, attrs) in attributes.iter().enumerate() {
            for (i, ask) in asks.iter().enumerate() {
                if attrs.fits(ask) {
                    ask_fits[i].push(org as u32);
                    org_fits[org].push(i as u32);
                }
            }
        }
        let field = Field::new(&phrases, &field);

        let mut contexts = Contexts::default();
        let context: Vec<OrgContext> = profiles.iter().map(|p| contexts.of(p)).collect();
        let mut affinity = [[0.0f32; 9]; 9];
        for (i, a) in OrgKind::ALL.iter().enumerate() {
            for (j, b) in OrgKind::ALL.iter().enumerate() {
                affinity[i][j] = kind_affinity(*a, *b);
            }
        }
        let inv_needs: Vec<f64> = needs.iter().map(|n| inv_count(n.len())).collect();
        let n = profiles.len();
        let core = Core {
            thesaurus,
            profiles,
            phrases,
            caps,
            needs,
            need_orgs,
            cap_orgs,
            need_covered_by,
            need_matches,
            cap_matches,
            cap_postings,
            need_postings,
            asks,
            ask_phrases,
            ask_fits,
            org_fits,
            attributes,
            field,
            hub_centre: 0.0,
            affinity,
            weights,
            lexicon,
            contexts,
        };
        let mut engine = Engine {
            core: Arc::new(core),
            patch: Patch::default(),
            hub: vec![0.0; n],
            context,
            inv_needs32: inv_needs.iter().map(|v| *v as f32).collect(),
            inv_needs,
            hub_penalty: vec![0.0; n],
            no_penalty: vec![0.0; n],
            changed: vec![false; n],
        };
        engine.hub = engine.hubs();
        let mut sorted = engine.hub.clone();
        sorted.sort_by(f64::total_cmp);
        let centre = sorted.get(sorted.len() / 2).copied().unwrap_or(0.0);
        Arc::get_mut(&mut engine.core)
            .expect("the core is not shared yet")
            .hub_centre = centre;
        engine.set_hub_penalty();
        engine
    }

    /// Each organization's share of the hub correction, from its hub measure.
    fn set_hub_penalty(&mut self) {
        let weight = self.core.weights.hub;
        self.hub_penalty = self.hub.iter().map(|h| (weight * h / 2.0) as f32).collect();
    }

    pub fn len(&self) -> usize {
        self.changed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.changed.is_empty()
    }

    pub fn profile(&self, index: usize) -> &Profile {
        match self.changed_org(index) {
            Some(o) => &o.profile,
            None => &self.core.profiles[index],
        }
    }

    /// The profiles the engine was built from (without later changes).
    pub fn profiles(&self) -> &[Profile] {
        &self.core.profiles
    }

    pub fn distinct_phrases(&self) -> usize {
        self.core.phrases.len() + self.patch.added.phrases.len()
    }

    /// How many organizations have changed (or come) since the index was built.
    pub fn changes(&self) -> usize {
        self.patch.orgs.len()
    }

    pub(super) fn thesaurus(&self) -> &Thesaurus {
        &self.core.thesaurus
    }

    pub(super) fn weights(&self) -> &Weights {
        &self.core.weights
    }

    /// Phrase `p`, of the core or added with a change.
    pub(super) fn phrase(&self, p: u32) -> &Phrase {
        let core = self.core.phrases.len();
        match (p as usize).checked_sub(core) {
            None => &self.core.phrases[p as usize],
            Some(i) => &self.patch.added.phrases[i],
        }
    }

    pub(super) fn ask(&self, ask: u32) -> &Ask {
        match (ask as usize).checked_sub(self.core.asks.len()) {
            None => &self.core.asks[ask as usize],
            Some(i) => &self.patch.added.asks[i],
        }
    }

    pub(super) fn caps_of(&self, b: usize) -> &Items {
        match self.changed_org(b) {
            Some(o) => &o.caps,
            None => &self.core.caps[b],
        }
    }

    pub(super) fn needs_of(&self, a: usize) -> &Items {
        match self.changed_org(a) {
            Some(o) => &o.needs,
            None => &self.core.needs[a],
        }
    }

    pub(super) fn attributes(&self, b: usize) -> &Attributes {
        match self.changed_org(b) {
            Some(o) => &o.attributes,
            None => &self.core.attributes[b],
        }
    }

    pub(super) fn field_vector(&self, a: usize) -> &[(u32, f32)] {
        match self.changed_org(a) {
            Some(o) => &o.field,
            None => self.core.field.vector(a),
        }
    }

    fn changed_org(&self, a: usize) -> Option<&Changed> {
        if self.changed[a] {
            self.patch.orgs.get(&(a as u32))
        } else {
            None
        }
    }

    /// Whether `p` is a phrase of the core used as a need there (its lists hold it).
    fn core_need(&self, p: u32) -> bool {
        self.core
            .need_orgs
            .get(p as usize)
            .is_some_and(|o| !o.is_empty())
    }

    /// Whether `p` is a phrase of the core offered there.
    fn core_cap(&self, p: u32) -> bool {
        self.core
            .cap_orgs
            .get(p as usize)
            .is_some_and(|o| !o.is_empty())
    }

    /// The similarity of a need phrase and a capability phrase (0 below the threshold).
    pub(super) fn sim(&self, need: u32, cap: u32) -> f32 {
        if self.core_need(need) && self.core_cap(cap) {
            let list = &self.core.need_matches[need as usize];
            list.binary_search_by_key(&cap, |m| m.0)
                .map_or(0.0, |i| list[i].1)
        } else {
            meets(self.phrase(need), self.phrase(cap))
        }
    }

    /// Whether capability phrase `cap` of organization `b` can cover need
    /// phrase `need` given where `b` works and its languages ([`reaches`]).
    pub(super) fn reaches(&self, need: u32, cap: u32, b: usize) -> bool {
        reaches(self.phrase(need), self.phrase(cap), self.attributes(b))
    }

    /// Whether organization `b` is the kind of partner need phrase `need` asks for.
    pub(super) fn fits(&self, need: u32, b: usize) -> bool {
        self.phrase(need)
            .ask
            .is_some_and(|ask| self.fits_ask(ask, b))
    }

    /// Whether organization `b` is the partner `ask` names.
    fn fits_ask(&self, ask: u32, b: usize) -> bool {
        if self.changed[b] {
            return self.attributes(b).fits(self.ask(ask));
        }
        self.ask_fits(ask).binary_search(&(b as u32)).is_ok()
    }

    /// The organizations of the core that fit `ask` (stale for changed ones).
    pub(super) fn ask_fits(&self, ask: u32) -> &[u32] {
        match (ask as usize).checked_sub(self.core.asks.len()) {
            None => &self.core.ask_fits[ask as usize],
            Some(i) => &self.patch.ask_fits[i],
        }
    }

    /// How far `b` covers need phrase `need`: its best offer, or who it is.
    pub(super) fn cover(&self, need: u32, b: usize) -> f32 {
        let offer = self
            .caps_of(b)
            .iter()
            .filter(|(c, _)| self.reaches(need, *c, b))
            .map(|(c, _)| self.sim(need, *c))
            .fold(0.0f32, f32::max);
        if self.fits(need, b) {
            offer.max(self.core.weights.fit)
        } else {
            offer
        }
    }

    /// Σ over `a`'s needs of the best cover by `b`, in fixed point
    /// ([`quantize`]): exact in any order, so every path gives the same score.
    fn cover_sum(&self, a: usize, b: usize) -> u32 {
        self.needs_of(a)
            .iter()
            .map(|(n, _)| quantize(self.cover(*n, b)))
            .sum()
    }

    /// The field affinity of `a` and `b` in fixed point.
    fn field_sum(&self, a: usize, b: usize) -> u32 {
        if self.changed[a] || self.changed[b] {
            field::sum(self.field_vector(a), self.field_vector(b))
        } else {
            self.core.field.sum(a, b)
        }
    }

    fn context(&self, a: usize, b: usize) -> f64 {
        let (ca, cb) = (&self.context[a], &self.context[b]);
        let language = if !ca.has_languages || !cb.has_languages {
            0.9
        } else if ca.languages & cb.languages != 0 {
            1.0
        } else {
            0.6
        };
        let region = if ca.region != 0 && ca.region == cb.region {
            1.0
        } else {
            0.0
        };
        language * (0.9 + 0.05 * region + 0.05 * f64::from(self.core.affinity[ca.kind][cb.kind]))
    }

    /// The match from the three fixed-point sums.
    fn finish(&self, a: usize, b: usize, x_sum: u32, y_sum: u32, f_sum: u32) -> Match {
        let (x, y) = (
            unquantize(x_sum) * self.inv_needs[a],
            unquantize(y_sum) * self.inv_needs[b],
        );
        let raw = self
            .core
            .weights
            .raw(x, y, unquantize(f_sum).min(1.0), self.context(a, b));
        let score = if raw <= 0.0 {
            0.0
        } else {
            100.0 * (raw + self.hub_correction(a, b)).clamp(0.0, 1.0).sqrt()
        };
        Match {
            index: b,
            score: score.clamp(0.0, 100.0) as f32,
            they_cover: x as f32,
            you_cover: y as f32,
        }
    }

    /// What the hub correction adds to the raw score of `a` and `b`.
    fn hub_correction(&self, a: usize, b: usize) -> f64 {
        self.core.weights.hub * (self.core.hub_centre - (self.hub[a] + self.hub[b]) / 2.0)
    }

    /// The score of one pair, computed directly (the same value [`Engine::top`] gives).
    pub fn pair(&self, a: usize, b: usize) -> Match {
        if a == b {
            return Match {
                index: b,
                score: 0.0,
                they_cover: 0.0,
                you_cover: 0.0,
            };
        }
        self.finish(
            a,
            b,
            self.cover_sum(a, b),
            self.cover_sum(b, a),
            self.field_sum(a, b),
        )
    }

    /// Every part of the score of `b` for `a`, as [`Engine::pair`] combines them.
    pub fn parts(&self, a: usize, b: usize) -> Parts {
        let m = self.pair(a, b);
        let (x, y) = (f64::from(m.they_cover), f64::from(m.you_cover));
        let field = f64::from(self.field_affinity(a, b));
        let context = self.context(a, b);
        let raw = if a == b {
            0.0
        } else {
            self.core.weights.raw(x, y, field, context)
        };
        Parts {
            score: m.score,
            they_cover: m.they_cover,
            you_cover: m.you_cover,
            field: field as f32,
            context: context as f32,
            raw: raw as f32,
            hub_correction: self.hub_correction(a, b) as f32,
        }
    }

    /// The field affinity of two organizations, 0 to 1.
    pub fn field_affinity(&self, a: usize, b: usize) -> f32 {
        unquantize(self.field_sum(a, b)).min(1.0) as f32
    }
}

fn inv_count(n: usize) -> f64 {
    1.0 / n.max(1) as f64
}

/// The concepts a set of capability phrases name, sorted, once each.
fn offered<'p>(caps: impl Iterator<Item = &'p Phrase>, n_concepts: u32) -> Vec<u32> {
    let mut offered: Vec<u32> = caps
        .flat_map(|p| p.features.iter().map(|f| f.0))
        .filter(|f| *f < n_concepts)
        .collect();
    offered.sort_unstable();
    offered.dedup();
    offered
}
