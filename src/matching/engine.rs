//! The index and the scoring. See the module documentation for the formula.

use std::sync::Arc;

use super::context::{OrgContext, kind_affinity, org_contexts};
use super::field::Field;
use super::partner::{Ask, Attributes};
use super::phrases::{Items, Phrase, Phrases, index_phrases};
use super::score::{Match, Parts, Weights};
use super::similarity::{covered_by, match_phrases, reaches};
use super::thesaurus::Thesaurus;
use crate::domain::profile::{OrgKind, Profile};

mod hubs;
pub mod landscape;
mod top;

/// The hub correction compares each organization's suggestions with the mean
/// of its this-many best raw scores.
pub const HUB_NEIGHBOURS: usize = 10;
/// Beyond this many organizations, the hub correction is measured against a
/// regular sample of this size (exact up to it).
pub const HUB_SAMPLE: usize = 2048;

pub struct Engine {
    pub(super) thesaurus: Arc<Thesaurus>,
    pub(super) profiles: Vec<Profile>,
    pub(super) phrases: Vec<Phrase>,
    pub(super) caps: Vec<Items>,
    pub(super) needs: Vec<Items>,
    need_orgs: Vec<Vec<u32>>,
    /// Need phrase → every organization whose capabilities meet it, with the best
    /// similarity among them, by organization.
    /// Each entry is `organization << SIM_BITS | quantised similarity`.
    need_covered_by: Vec<Vec<u32>>,
    /// Need phrase → capability phrases with sim ≥ threshold, by phrase id.
    pub(super) need_matches: Vec<Vec<(u32, f32)>>,
    /// Capability phrase → need phrases with sim ≥ threshold, by phrase id.
    cap_matches: Vec<Vec<(u32, f32)>>,
    /// The distinct asks of need phrases ([`Phrase::ask`]).
    pub(super) asks: Vec<Ask>,
    /// Ask → the need phrases that make it.
    ask_phrases: Vec<Vec<u32>>,
    /// Ask → the organizations that are such a partner, ascending.
    ask_fits: Vec<Vec<u32>>,
    /// Organization → the asks it fits.
    org_fits: Vec<Vec<u32>>,
    pub(super) attributes: Vec<Attributes>,
    pub(super) field: Field,
    /// Mean of each organization's best raw scores ([`HUB_NEIGHBOURS`]).
    hub: Vec<f64>,
    /// The median of `hub`: a typical organization is neither raised nor lowered.
    hub_centre: f64,
    context: Vec<OrgContext>,
    /// 1 / number of needs (1 when there are none), per organization.
    inv_needs: Vec<f64>,
    inv_needs32: Vec<f32>,
    /// Each organization's share of the hub correction, `weight · h / 200`.
    hub_penalty: Vec<f32>,
    /// Zeros, in place of `hub_penalty` for raw scores.
    no_penalty: Vec<f32>,

    /// Kind affinity by kind index, precomputed.
    affinity: [[f32; 9]; 9],
    pub(super) weights: Weights,
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

        let attributes: Vec<Attributes> = profiles
            .iter()
            .zip(&caps)
            .map(|(p, items)| {
                let mut offered: Vec<u32> = items
                    .iter()
                    .flat_map(|(c, _)| phrases[*c as usize].features.iter().map(|f| f.0))
                    .filter(|f| *f < n_concepts)
                    .collect();
                offered.sort_unstable();
                offered.dedup();
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

        let context = org_contexts(&profiles);
        let mut affinity = [[0.0f32; 9]; 9];
        for (i, a) in OrgKind::ALL.iter().enumerate() {
            for (j, b) in OrgKind::ALL.iter().enumerate() {
                affinity[i][j] = kind_affinity(*a, *b);
            }
        }
        let inv_needs: Vec<f64> = needs.iter().map(|n| 1.0 / n.len().max(1) as f64).collect();
        let mut engine = Engine {
            inv_needs32: inv_needs.iter().map(|v| *v as f32).collect(),
            hub_penalty: Vec::new(),
            no_penalty: vec![0.0; profiles.len()],

            inv_needs,
            thesaurus,
            profiles,
            phrases,
            caps,
            needs,
            need_orgs,
            need_covered_by,
            need_matches,
            cap_matches,
            asks,
            ask_phrases,
            ask_fits,
            org_fits,
            attributes,
            field,
            hub: Vec::new(),
            hub_centre: 0.0,
            context,
            affinity,
            weights,
        };
        engine.hub = engine.hubs();
        let mut sorted = engine.hub.clone();
        sorted.sort_by(f64::total_cmp);
        engine.hub_centre = sorted.get(sorted.len() / 2).copied().unwrap_or(0.0);
        engine.hub_penalty = engine
            .hub
            .iter()
            .map(|h| (engine.weights.hub * h / 2.0) as f32)
            .collect();
        engine
    }

    pub fn len(&self) -> usize {
        self.profiles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.profiles.is_empty()
    }

    pub fn profile(&self, index: usize) -> &Profile {
        &self.profiles[index]
    }

    pub fn profiles(&self) -> &[Profile] {
        &self.profiles
    }

    pub fn distinct_phrases(&self) -> usize {
        self.phrases.len()
    }

    /// The similarity of a need phrase and a capability phrase (0 below the threshold).
    pub(super) fn sim(&self, need: u32, cap: u32) -> f32 {
        let list = &self.need_matches[need as usize];
        list.binary_search_by_key(&cap, |m| m.0)
            .map_or(0.0, |i| list[i].1)
    }

    /// Whether capability phrase `cap` of organization `b` can cover need
    /// phrase `need` given where `b` works and its languages ([`reaches`]).
    pub(super) fn reaches(&self, need: u32, cap: u32, b: usize) -> bool {
        reaches(
            &self.phrases[need as usize],
            &self.phrases[cap as usize],
            &self.attributes[b],
        )
    }

    /// Whether organization `b` is the kind of partner need phrase `need` asks for.
    pub(super) fn fits(&self, need: u32, b: usize) -> bool {
        self.phrases[need as usize].ask.is_some_and(|ask| {
            self.ask_fits[ask as usize]
                .binary_search(&(b as u32))
                .is_ok()
        })
    }

    /// How far `b` covers need phrase `need`: its best offer, or who it is.
    pub(super) fn cover(&self, need: u32, b: usize) -> f32 {
        let offer = self.caps[b]
            .iter()
            .filter(|(c, _)| self.reaches(need, *c, b))
            .map(|(c, _)| self.sim(need, *c))
            .fold(0.0f32, f32::max);
        if self.fits(need, b) {
            offer.max(self.weights.fit)
        } else {
            offer
        }
    }

    /// Σ over `a`'s needs of the best cover by `b`, in fixed point
    /// ([`quantize`]): exact in any order, so every path gives the same score.
    fn cover_sum(&self, a: usize, b: usize) -> u32 {
        self.needs[a]
            .iter()
            .map(|(n, _)| quantize(self.cover(*n, b)))
            .sum()
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
        language * (0.9 + 0.05 * region + 0.05 * f64::from(self.affinity[ca.kind][cb.kind]))
    }

    /// The match from the three fixed-point sums.
    fn finish(&self, a: usize, b: usize, x_sum: u32, y_sum: u32, f_sum: u32) -> Match {
        let (x, y) = (
            unquantize(x_sum) * self.inv_needs[a],
            unquantize(y_sum) * self.inv_needs[b],
        );
        let raw = self
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
        self.weights.hub * (self.hub_centre - (self.hub[a] + self.hub[b]) / 2.0)
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
            self.field.sum(a, b),
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
            self.weights.raw(x, y, field, context)
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
        unquantize(self.field.sum(a, b)).min(1.0) as f32
    }
}
