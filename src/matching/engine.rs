//! The index and the scoring. See the module documentation for the formula.

use std::cmp::Ordering;
use std::collections::HashMap;

use serde::Serialize;

use super::field::Field;
use super::partner::{Ask, Attributes, Qualifiers};
use super::speller::Speller;
use super::thesaurus::Thesaurus;
use crate::domain::profile::{OrgKind, Profile};

/// Two phrases count as meeting each other from this similarity on.
pub const PHRASE_THRESHOLD: f32 = 0.3;
/// Only features at least this heavy propose candidate phrases; weaker words
/// alone ("cyber", "support") never make two phrases meet.
const CANDIDATE_WEIGHT: f32 = 0.5;
/// A concept counts this much more than one word.
const CONCEPT_BOOST: f32 = 1.5;
/// How far a partner's kind, region and languages cover a need that names a
/// kind of partner: as much as a fair offer (who a partner is says less than
/// what it offers).
pub const FIT: f32 = 0.6;
/// The hub correction compares each organization's suggestions with the mean
/// of its this-many best raw scores.
pub const HUB_NEIGHBOURS: usize = 10;
/// Beyond this many organizations, the hub correction is measured against a
/// regular sample of this size (exact up to it).
pub const HUB_SAMPLE: usize = 2048;

/// The weights of the score's parts. [`Weights::default`] is what the product
/// uses; other values serve to measure what each part brings (`roundtable
/// evaluate --ablation`) and, later, to calibrate from use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Weight of complementarity (needs ↔ offers and partner-type fit).
    pub complementarity: f64,
    /// Weight of same-field affinity.
    pub field: f64,
    /// How far being the kind of partner a need asks for covers it ([`FIT`]).
    pub fit: f32,
    /// Strength of the hub correction (1: full CSLS, 0: none).
    pub hub: f64,
    /// Bonus for the smaller of the two coverages (0: none).
    pub reciprocity: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            complementarity: 1.0,
            field: 1.0,
            fit: FIT,
            hub: 1.0,
            reciprocity: 0.0,
        }
    }
}

/// The parts of one pair's score (see the module documentation): what a
/// suggestion was scored with, kept with interest marks so that the weights
/// can later be calibrated from what organizations found useful.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Parts {
    /// 0 to 100.
    pub score: f32,
    /// `x`: share of my needs the partner covers (by offers or by who it is).
    pub they_cover: f32,
    /// `y`: share of the partner's needs I cover.
    pub you_cover: f32,
    /// `F`: same-field affinity, 0 to 1.
    pub field: f32,
    /// `m`: languages, region and kinds, 0.54 to 1.
    pub context: f32,
    /// `r = m · (C + F) / 2`.
    pub raw: f32,
    /// What the hub correction added to `r` (negative for hubs).
    pub hub_correction: f32,
}

/// One suggestion: the partner's index in the engine's profiles and the score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Match {
    pub index: usize,
    /// 0 to 100.
    pub score: f32,
    /// Share of my needs the partner covers, 0 to 1.
    pub they_cover: f32,
    /// Share of the partner's needs I cover, 0 to 1.
    pub you_cover: f32,
}

pub(super) struct Phrase {
    /// Feature ids (concepts first, then words), ascending, with their weights.
    pub features: Vec<(u32, f32)>,
    pub total: f32,
    /// Required concepts it mentions ([`super::thesaurus::Concept::required`]).
    pub required: Vec<u32>,
    /// The world regions it names, one bit each ([`Thesaurus::places`]).
    pub places: u32,
    /// The languages it names as a qualifier ([`Thesaurus::languages`]).
    pub languages: u32,
    /// The kind of partner it asks for, as a need.
    pub ask: Option<u32>,
}

/// An organization's phrases: (phrase id, index of the item in its profile).
type Items = Vec<(u32, u32)>;

pub struct Engine {
    pub(super) thesaurus: Thesaurus,
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

/// What the context factor needs, in a form cheap to compare for every candidate.
struct OrgContext {
    /// One bit per working language (languages are numbered by first use).
    languages: u128,
    has_languages: bool,
    /// 0 for none or Global, else a number per region.
    region: u32,
    kind: usize,
}

fn kind_affinity(a: OrgKind, b: OrgKind) -> f32 {
    use OrgKind::*;
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    match (a, b) {
        (Government, DevelopmentAgency) => 1.0,
        (Government, InternationalOrg) | (DevelopmentAgency, Cert) | (InternationalOrg, Cert) => {
            0.9
        }
        (Government, RegionalOrg)
        | (DevelopmentAgency, RegionalOrg)
        | (RegionalOrg, Cert)
        | (Cert, Cert) => 0.8,
        (DevelopmentAgency, CivilSociety) => 0.8,
        (Government, Cert)
        | (DevelopmentAgency, InternationalOrg)
        | (InternationalOrg, RegionalOrg) => 0.7,
        (InternationalOrg, CivilSociety) | (Cert, PrivateSector) | (Academia, PrivateSector) => 0.7,
        (DevelopmentAgency, DevelopmentAgency) | (InternationalOrg, InternationalOrg) => 0.4,
        (PrivateSector, PrivateSector) => 0.3,
        (Other, _) | (_, Other) => 0.5,
        _ => 0.6,
    }
}

/// The share of the context that kinds must reach to be named as a reason.
pub(super) const KIND_REASON: f32 = 0.8;

pub(super) fn kinds_complement(a: OrgKind, b: OrgKind) -> f32 {
    kind_affinity(a, b)
}

fn org_contexts(profiles: &[Profile]) -> Vec<OrgContext> {
    let mut languages: HashMap<&str, u32> = HashMap::new();
    let mut regions: HashMap<&str, u32> = HashMap::new();
    profiles
        .iter()
        .map(|p| {
            let mut bits = 0u128;
            for l in &p.languages {
                let next = languages.len() as u32;
                // Beyond 128 distinct languages, bits are shared: at worst two
                // rare languages count as shared.
                bits |= 1u128 << (*languages.entry(l.as_str()).or_insert(next) % 128);
            }
            let region = match p.region.as_deref() {
                None | Some("Global") => 0,
                Some(r) => {
                    let next = regions.len() as u32 + 1;
                    *regions.entry(r).or_insert(next)
                }
            };
            OrgContext {
                languages: bits,
                has_languages: !p.languages.is_empty(),
                region,
                kind: OrgKind::ALL.iter().position(|k| *k == p.kind).unwrap_or(8),
            }
        })
        .collect()
}

/// Similarities are summed as integers in units of 1/32767: exact, order-free
/// and fast. At most 50 needs of at most 1 each fit easily in a u32.
pub(super) const UNIT: f32 = 32_767.0;
/// An organization and a quantised similarity share one u32 in the cover lists.
const SIM_BITS: u32 = 15;
const SIM_MASK: u32 = (1 << SIM_BITS) - 1;
pub const MAX_ORGS: usize = 1 << (32 - SIM_BITS);

pub(super) fn quantize(sim: f32) -> u32 {
    (sim * UNIT).round() as u32
}

pub(super) fn unquantize(sum: u32) -> f64 {
    sum as f64 / UNIT as f64
}

impl Weights {
    /// The raw score: context · the weighted mean of complementarity (the mean
    /// of the two coverages) and field affinity.
    fn raw(&self, x: f64, y: f64, field: f64, context: f64) -> f64 {
        let c = ((x + y) / 2.0 + self.reciprocity * x.min(y)) / (1.0 + self.reciprocity);
        let total = self.complementarity + self.field;
        if total <= 0.0 {
            return 0.0;
        }
        (context * (self.complementarity * c + self.field * field) / total).clamp(0.0, 1.0)
    }
}

/// Work in each organization's index sets, computed once per engine.
struct Phrases {
    phrases: Vec<Phrase>,
    caps: Vec<Items>,
    needs: Vec<Items>,
    /// Per organization: its field phrases (capabilities, public needs,
    /// description sentences), as phrase ids, with repeats.
    field: Vec<Vec<u32>>,
    asks: Vec<Ask>,
}

/// What a text says, independently of every other: its words (normalised,
/// typos corrected, sorted), the concepts it names and its qualifiers.
struct Analysis {
    words: Vec<String>,
    /// Concept ids, in the order found, without those another one rules out.
    concepts: Vec<u32>,
    places: u32,
    languages: u32,
    types: u32,
}

/// Analyses texts with one thesaurus: the concept terms by first word and a
/// cache of typo corrections.
struct Analyser<'t> {
    thesaurus: &'t Thesaurus,
    speller: &'t Speller,
    qualifiers: &'t Qualifiers<'t>,
    terms_by_word: &'t HashMap<&'t str, Vec<(u32, &'t [String])>>,
    corrections: HashMap<String, Option<String>>,
}

impl Analyser<'_> {
    fn analyse(&mut self, key: &str) -> Analysis {
        let t = self.thesaurus;
        for raw in super::text::words(key) {
            if let std::collections::hash_map::Entry::Vacant(e) = self.corrections.entry(raw) {
                let fixed = if t.knows(e.key()) {
                    None
                } else {
                    self.speller.correct(e.key())
                };
                e.insert(fixed);
            }
        }
        let corrections = &self.corrections;
        let mut words = t.normalize_with(key, |raw| corrections.get(raw).cloned().flatten());
        words.sort();
        words.dedup();
        let mut concepts: Vec<u32> = Vec::new();
        for w in &words {
            for (ci, term) in self.terms_by_word.get(w.as_str()).into_iter().flatten() {
                if term.iter().all(|t| words.binary_search(t).is_ok()) && !concepts.contains(ci) {
                    concepts.push(*ci);
                }
            }
        }
        // A concept can say what the phrase does not mean ("donor
        // coordination" is no request for funding).
        let dropped: Vec<&str> = concepts
            .iter()
            .flat_map(|c| t.concepts[*c as usize].instead_of.iter())
            .map(String::as_str)
            .collect();
        concepts.retain(|c| !dropped.contains(&t.concepts[*c as usize].id.as_str()));
        let (places, languages, types) = self.qualifiers.of(&words, &dropped);
        Analysis {
            words,
            concepts,
            places,
            languages,
            types,
        }
    }
}

/// Normalises every distinct text once, on all cores: its words (typos
/// corrected), concepts, places, languages and ask; then numbers phrases and
/// words in the order the texts come, so the index is the same in every run.
fn index_phrases(profiles: &[Profile], thesaurus: &Thesaurus) -> Phrases {
    let n_concepts = thesaurus.concepts.len() as u32;
    let speller = Speller::new(thesaurus.vocabulary());
    let qualifiers = Qualifiers::new(thesaurus);
    // Concept terms, keyed by their first word: term words must all occur.
    let mut terms_by_word: HashMap<&str, Vec<(u32, &[String])>> = HashMap::new();
    for (ci, c) in thesaurus.concepts.iter().enumerate() {
        for term in &c.terms {
            terms_by_word
                .entry(term[0].as_str())
                .or_default()
                .push((ci as u32, term));
        }
    }

    // 1. Each distinct text, by first appearance; each organization's items as text ids.
    let mut text_ids: HashMap<String, u32> = HashMap::new();
    let mut texts: Vec<String> = Vec::new();
    let mut text_of = |text: &str| -> u32 {
        let key = text.trim().to_lowercase();
        if let Some(id) = text_ids.get(&key) {
            return *id;
        }
        let id = texts.len() as u32;
        text_ids.insert(key.clone(), id);
        texts.push(key);
        id
    };
    // Per organization: capabilities, needs, description sentences.
    let raw: Vec<[Vec<u32>; 3]> = profiles
        .iter()
        .map(|p| {
            let sentences = p
                .description
                .split(['.', ';', '\n', '!', '?'])
                .map(str::trim)
                .filter(|s| !s.is_empty());
            [
                p.capabilities.iter().map(|t| text_of(t)).collect(),
                p.all_needs().map(|t| text_of(t)).collect(),
                sentences.map(&mut text_of).collect(),
            ]
        })
        .collect();

    // 2. Analyse the texts in parallel.
    let threads = std::thread::available_parallelism()
        .map(|t| t.get())
        .unwrap_or(1);
    let chunk = texts.len().div_ceil(threads).max(1);
    let analyses: Vec<Analysis> = std::thread::scope(|scope| {
        let handles: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                let (speller, qualifiers, terms_by_word) = (&speller, &qualifiers, &terms_by_word);
                scope.spawn(move || {
                    let mut analyser = Analyser {
                        thesaurus,
                        speller,
                        qualifiers,
                        terms_by_word,
                        corrections: HashMap::new(),
                    };
                    part.iter().map(|t| analyser.analyse(t)).collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("matching thread"))
            .collect()
    });

    // 3. Phrases (texts with the same words are one), in order.
    let mut by_words: HashMap<&[String], u32> = HashMap::new();
    let mut word_ids: HashMap<&str, u32> = HashMap::new();
    let mut ask_ids: HashMap<Ask, u32> = HashMap::new();
    let mut out = Phrases {
        phrases: Vec::new(),
        caps: Vec::with_capacity(profiles.len()),
        needs: Vec::with_capacity(profiles.len()),
        field: Vec::with_capacity(profiles.len()),
        asks: Vec::new(),
    };
    let phrase_of_text: Vec<u32> = analyses
        .iter()
        .map(|a| {
            if let Some(id) = by_words.get(a.words.as_slice()) {
                return *id;
            }
            let mut features: Vec<(u32, f32)> = a
                .concepts
                .iter()
                .map(|c| (*c, thesaurus.concepts[*c as usize].weight * CONCEPT_BOOST))
                .collect();
            for w in &a.words {
                let next = word_ids.len() as u32;
                let wid = *word_ids.entry(w.as_str()).or_insert(next);
                features.push((n_concepts + wid, thesaurus.weight(w)));
            }
            features.sort_by_key(|f| f.0);
            let ask = (a.types != 0).then(|| {
                let ask = Ask {
                    types: a.types,
                    regions: a.places,
                    languages: a.languages,
                };
                let next = ask_ids.len() as u32;
                *ask_ids.entry(ask).or_insert_with(|| {
                    out.asks.push(ask);
                    next
                })
            });
            let id = out.phrases.len() as u32;
            out.phrases.push(Phrase {
                total: features.iter().map(|f| f.1).sum(),
                required: a
                    .concepts
                    .iter()
                    .copied()
                    .filter(|c| thesaurus.concepts[*c as usize].required)
                    .collect(),
                features,
                places: a.places,
                languages: a.languages,
                ask,
            });
            by_words.insert(&a.words, id);
            id
        })
        .collect();
    let items = |ids: &[u32]| -> Items {
        let mut list: Items = Vec::with_capacity(ids.len());
        for (i, t) in ids.iter().enumerate() {
            let id = phrase_of_text[*t as usize];
            if !list.iter().any(|(p, _)| *p == id) {
                list.push((id, i as u32));
            }
        }
        list
    };
    for (p, [caps, needs, description]) in profiles.iter().zip(&raw) {
        let (caps, needs, description) = (items(caps), items(needs), items(description));
        let mut field: Vec<u32> = caps.iter().map(|c| c.0).collect();
        field.extend(needs.iter().take(p.needs.len()).map(|n| n.0));
        field.extend(description.iter().map(|d| d.0));
        out.caps.push(caps);
        out.needs.push(needs);
        out.field.push(field);
    }
    out
}

impl Engine {
    pub fn new(profiles: Vec<Profile>) -> Self {
        Self::with_thesaurus(profiles, Thesaurus::builtin())
    }

    /// An engine that weighs the parts of the score otherwise (see [`Weights`]).
    pub fn with_weights(profiles: Vec<Profile>, weights: Weights) -> Self {
        Self::build(profiles, Thesaurus::builtin(), weights)
    }

    pub fn with_thesaurus(profiles: Vec<Profile>, thesaurus: Thesaurus) -> Self {
        Self::build(profiles, thesaurus, Weights::default())
    }

    /// At most 131,072 organizations (the cover lists pack an index in 17 bits).
    fn build(profiles: Vec<Profile>, thesaurus: Thesaurus, weights: Weights) -> Self {
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
            .map(|i| list[i].1)
            .unwrap_or(0.0)
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
        language * (0.9 + 0.05 * region + 0.05 * self.affinity[ca.kind][cb.kind] as f64)
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
        let (x, y) = (m.they_cover as f64, m.you_cover as f64);
        let field = self.field_affinity(a, b) as f64;
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

    /// The `k` best partners of organization `a`, best first; ties by name.
    /// Never `a` itself, never a partner with score 0.
    pub fn top(&self, a: usize, k: usize) -> Vec<Match> {
        let mut scratch = Scratch::new(self.profiles.len(), self.phrases.len());
        self.top_with(a, k, &mut scratch)
    }

    fn top_with(&self, a: usize, k: usize, s: &mut Scratch) -> Vec<Match> {
        if k == 0 {
            return Vec::new();
        }
        self.accumulate(a, s);
        if k > LONG_LIST {
            // A long list (the whole ranking, for a page with filters): score
            // everyone with something in common, then sort once.
            let mut out: Vec<Match> = (0..self.profiles.len())
                .filter(|&b| b != a && (s.x[b] != 0 || s.y[b] != 0 || s.f[b] != 0))
                .map(|b| self.finish(a, b, s.x[b], s.y[b], s.f[b]))
                .filter(|m| m.score > 0.0)
                .collect();
            s.clear();
            out.sort_by(|x, y| self.order(x, y));
            out.truncate(k);
            return out;
        }
        self.bounds(a, s, &self.hub_penalty);
        let own_penalty = (self.weights.hub * (self.hub[a] / 2.0 - self.hub_centre)) as f32;
        let mut out: Vec<Match> = Vec::with_capacity(k + 1);
        let mut floor = f32::NEG_INFINITY;
        for b in 0..self.profiles.len() {
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

    /// `h(b)` for every organization: the mean of its [`HUB_NEIGHBOURS`] best
    /// raw scores before context (its density of neighbours, as CSLS measures
    /// it), among the organizations of a sample — all of them up to
    /// [`HUB_SAMPLE`], else every `n / HUB_SAMPLE`-th. Raw scores are
    /// symmetric, so each sampled organization's row gives its score with
    /// everyone at once.
    fn hubs(&self) -> Vec<f64> {
        let n = self.profiles.len();
        let stride = n.div_ceil(HUB_SAMPLE).max(1);
        let sample: Vec<usize> = (0..n).step_by(stride).collect();
        let threads = std::thread::available_parallelism()
            .map(|t| t.get())
            .unwrap_or(1)
            .min(sample.len().max(1));
        let chunk = sample.len().div_ceil(threads).max(1);
        // Per thread: each organization's best values so far, highest first.
        let partial: Vec<Vec<[f32; HUB_NEIGHBOURS]>> = std::thread::scope(|scope| {
            let handles: Vec<_> = sample
                .chunks(chunk)
                .map(|rows| {
                    scope.spawn(move || {
                        let mut s = Scratch::new(n, self.phrases.len());
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
                let found: Vec<f64> = best
                    .iter()
                    .filter(|v| **v > 0.0)
                    .map(|v| *v as f64)
                    .collect();
                if found.is_empty() {
                    0.0
                } else {
                    found.iter().sum::<f64>() / found.len() as f64
                }
            })
            .collect()
    }

    /// Sums into `s.x`, `s.y` and `s.f`, for every organization, how far it
    /// covers `a`'s needs, how far `a` covers its needs, and its field affinity.
    fn accumulate(&self, a: usize, s: &mut Scratch) {
        // They cover my needs: each need's best cover by each organization, summed.
        for (n, _) in &self.needs[a] {
            let covered = &self.need_covered_by[*n as usize];
            match self.phrases[*n as usize].ask {
                None => {
                    for &packed in covered {
                        s.x[(packed >> SIM_BITS) as usize] += packed & SIM_MASK;
                    }
                }
                Some(ask) => {
                    // The better of the offer and the fit, per organization.
                    for &packed in covered {
                        let b = (packed >> SIM_BITS) as usize;
                        s.best[b] = packed & SIM_MASK;
                        s.touched.push(b as u32);
                    }
                    let fit = quantize(self.weights.fit);
                    for &b in &self.ask_fits[ask as usize] {
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
            }
        }
        // I cover their needs: my best offer for each need phrase (or my fit
        // to it), then its owners.
        for (c, _) in &self.caps[a] {
            for (n, sim) in &self.cap_matches[*c as usize] {
                if !self.reaches(*n, *c, a) {
                    continue;
                }
                let n = *n as usize;
                if s.phrase_best[n] == 0.0 {
                    s.phrases_touched.push(n as u32);
                }
                s.phrase_best[n] = s.phrase_best[n].max(*sim);
            }
        }
        for &ask in &self.org_fits[a] {
            for &n in &self.ask_phrases[ask as usize] {
                let n = n as usize;
                if s.phrase_best[n] == 0.0 {
                    s.phrases_touched.push(n as u32);
                }
                s.phrase_best[n] = s.phrase_best[n].max(self.weights.fit);
            }
        }
        for &n in &s.phrases_touched {
            let n = n as usize;
            let sim = quantize(s.phrase_best[n]);
            for &b in &self.need_orgs[n] {
                s.y[b as usize] += sim;
            }
            s.phrase_best[n] = 0.0;
        }
        s.phrases_touched.clear();
        self.field.accumulate(a, &mut s.f);
    }

    /// `s.bound[b]`: an upper bound of the raw score of `a` and `b` (context
    /// ≤ 1, the reciprocity bonus ≤ the mean coverage) minus `penalty[b]`;
    /// without context, reciprocity and penalty, the raw score itself. In
    /// single precision, in one loop the compiler vectorises.
    fn bounds(&self, a: usize, s: &mut Scratch, penalty: &[f32]) {
        let w = &self.weights;
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
    fn order(&self, a: &Match, b: &Match) -> Ordering {
        b.score
            .total_cmp(&a.score)
            .then_with(|| {
                self.profiles[a.index]
                    .name
                    .cmp(&self.profiles[b.index].name)
            })
            .then_with(|| a.index.cmp(&b.index))
    }

    /// The top `k` of every organization, in input order, on all cores.
    /// `progress` is called with the number of organizations done since the last call.
    pub fn rank_all(&self, k: usize, progress: &(dyn Fn(usize) + Sync)) -> Vec<Vec<Match>> {
        self.in_parallel(&|a, s| self.top_with(a, k, s), progress)
    }

    /// `each(a)` for every organization, in input order, on all cores.
    fn in_parallel<T: Send + Clone + Default>(
        &self,
        each: &(dyn Fn(usize, &mut Scratch) -> T + Sync),
        progress: &(dyn Fn(usize) + Sync),
    ) -> Vec<T> {
        let n = self.profiles.len();
        let threads = std::thread::available_parallelism()
            .map(|t| t.get())
            .unwrap_or(1)
            .min(n.max(1));
        let chunk = n.div_ceil(threads.max(1)).max(1);
        let mut results: Vec<T> = vec![T::default(); n];
        std::thread::scope(|scope| {
            for (t, slot) in results.chunks_mut(chunk).enumerate() {
                scope.spawn(move || {
                    let mut scratch = Scratch::new(n, self.phrases.len());
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

/// Inserts `v` into `best` (highest first) if it is among the best.
fn keep_best(best: &mut [f32; HUB_NEIGHBOURS], v: f32) {
    if v <= best[HUB_NEIGHBOURS - 1] {
        return;
    }
    let at = best.partition_point(|o| *o >= v);
    best.copy_within(at..HUB_NEIGHBOURS - 1, at + 1);
    best[at] = v;
}

/// Beyond this many partners, [`Engine::top`] sorts everyone rather than
/// keeping a sorted top list.
const LONG_LIST: usize = 64;

/// Reusable buffers for [`Engine::top`], one per thread.
struct Scratch {
    bound: Vec<f32>,
    x: Vec<u32>,
    y: Vec<u32>,
    f: Vec<u32>,
    best: Vec<u32>,
    touched: Vec<u32>,
    phrase_best: Vec<f32>,
    phrases_touched: Vec<u32>,
}

impl Scratch {
    /// Back to zeros for the next organization.
    fn clear(&mut self) {
        self.x.fill(0);
        self.y.fill(0);
        self.f.fill(0);
    }

    fn new(orgs: usize, phrases: usize) -> Self {
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

/// `sim(need, offer) = covered^0.7 · precise^0.3` over weighted features.
fn similarity(need: &Phrase, cap: &Phrase) -> f32 {
    if need.total <= 0.0 || cap.total <= 0.0 {
        return 0.0;
    }
    if !need.required.is_empty() && !need.required.iter().any(|r| cap.required.contains(r)) {
        return 0.0;
    }
    // A qualifier narrows a match: an offer tied only to other regions or
    // other languages does not cover the need.
    if need.places != 0 && cap.places != 0 && need.places & cap.places == 0 {
        return 0.0;
    }
    if need.languages != 0 && cap.languages != 0 && need.languages & cap.languages == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0.0f32);
    while i < need.features.len() && j < cap.features.len() {
        match need.features[i].0.cmp(&cap.features[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                shared += need.features[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    if shared <= 0.0 {
        return 0.0;
    }
    let covered = (shared / need.total).min(1.0);
    let precise = (shared / cap.total).min(1.0);
    covered.powf(0.7) * precise.powf(0.3)
}

/// The phrases one phrase meets, with their similarity, sorted by phrase id.
type PhraseMatches = Vec<(u32, f32)>;

/// For every phrase used as a need, the capability phrases it meets, sorted by id.
fn match_phrases(
    phrases: &[Phrase],
    cap_orgs: &[Vec<u32>],
    need_orgs: &[Vec<u32>],
) -> Vec<Vec<(u32, f32)>> {
    let max_feature = phrases
        .iter()
        .flat_map(|p| p.features.iter().map(|f| f.0))
        .max()
        .map_or(0, |m| m as usize + 1);
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); max_feature];
    for (id, p) in phrases.iter().enumerate() {
        if cap_orgs[id].is_empty() {
            continue;
        }
        for (f, w) in &p.features {
            if *w >= CANDIDATE_WEIGHT {
                postings[*f as usize].push(id as u32);
            }
        }
    }
    let need_ids: Vec<usize> = (0..phrases.len())
        .filter(|i| !need_orgs[*i].is_empty())
        .collect();
    let mut out: Vec<Vec<(u32, f32)>> = vec![Vec::new(); phrases.len()];
    let threads = std::thread::available_parallelism()
        .map(|t| t.get())
        .unwrap_or(1);
    let chunk = need_ids.len().div_ceil(threads).max(1);
    let computed: Vec<Vec<(usize, PhraseMatches)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = need_ids
            .chunks(chunk)
            .map(|ids| {
                let postings = &postings;
                scope.spawn(move || {
                    let mut seen = vec![u32::MAX; phrases.len()];
                    ids.iter()
                        .map(|&n| {
                            let mut list = Vec::new();
                            for (f, w) in &phrases[n].features {
                                if *w < CANDIDATE_WEIGHT {
                                    continue;
                                }
                                for &c in &postings[*f as usize] {
                                    if seen[c as usize] == n as u32 {
                                        continue;
                                    }
                                    seen[c as usize] = n as u32;
                                    let s = similarity(&phrases[n], &phrases[c as usize]);
                                    if s >= PHRASE_THRESHOLD {
                                        list.push((c, s));
                                    }
                                }
                            }
                            list.sort_by_key(|m| m.0);
                            (n, list)
                        })
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("matching thread"))
            .collect()
    });
    for (n, list) in computed.into_iter().flatten() {
        out[n] = list;
    }
    out
}

/// For each need phrase, every organization with a capability that meets it and
/// the best similarity among its capabilities, sorted by organization.
fn covered_by(
    phrases: &[Phrase],
    need_matches: &[Vec<(u32, f32)>],
    cap_orgs: &[Vec<u32>],
    attributes: &[Attributes],
) -> Vec<Vec<u32>> {
    let threads = std::thread::available_parallelism()
        .map(|t| t.get())
        .unwrap_or(1);
    let chunk = need_matches.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = need_matches
            .chunks(chunk)
            .enumerate()
            .map(|(i, part)| {
                scope.spawn(move || covered_by_part(i * chunk, part, phrases, cap_orgs, attributes))
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("matching thread"))
            .collect()
    })
}

/// [`covered_by`] for the need phrases from `first` on.
fn covered_by_part(
    first: usize,
    need_matches: &[Vec<(u32, f32)>],
    phrases: &[Phrase],
    cap_orgs: &[Vec<u32>],
    attributes: &[Attributes],
) -> Vec<Vec<u32>> {
    let mut best = vec![0.0f32; attributes.len()];
    let mut touched: Vec<u32> = Vec::new();
    need_matches
        .iter()
        .enumerate()
        .map(|(i, matches)| {
            let need = &phrases[first + i];
            for (c, sim) in matches {
                let cap = &phrases[*c as usize];
                for &b in &cap_orgs[*c as usize] {
                    if !reaches(need, cap, &attributes[b as usize]) {
                        continue;
                    }
                    if best[b as usize] == 0.0 {
                        touched.push(b);
                    }
                    best[b as usize] = best[b as usize].max(*sim);
                }
            }
            touched.sort_unstable();
            let list = touched
                .iter()
                .map(|&b| (b << SIM_BITS) | quantize(std::mem::take(&mut best[b as usize])))
                .collect();
            touched.clear();
            list
        })
        .collect()
}

/// Whether an offer of an organization can cover a need that names a region
/// or a language: an offer that names none speaks for its organization, so an
/// organization of another region (or that works in none of the languages)
/// does not cover it ("local partners in Pacific island states" is not covered
/// by an African ministry's "local counterpart for projects").
pub(super) fn reaches(need: &Phrase, cap: &Phrase, org: &Attributes) -> bool {
    (need.places == 0 || cap.places != 0 || org.region == 0 || org.region & need.places != 0)
        && (need.languages == 0
            || cap.languages != 0
            || org.languages == 0
            || org.languages & need.languages != 0)
}
