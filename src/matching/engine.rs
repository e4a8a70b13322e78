//! The index and the scoring. See the module documentation for the formula.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::thesaurus::Thesaurus;
use crate::domain::profile::{OrgKind, Profile};

/// Two phrases count as meeting each other from this similarity on.
pub const PHRASE_THRESHOLD: f32 = 0.3;
/// Only features at least this heavy propose candidate phrases; weaker words
/// alone ("cyber", "support") never make two phrases meet.
const CANDIDATE_WEIGHT: f32 = 0.5;
/// A concept counts this much more than one word.
const CONCEPT_BOOST: f32 = 1.5;
/// Typos are corrected only in words at least this long.
const TYPO_MIN_LEN: usize = 5;

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
    /// The world regions it names, one bit each ([`PLACES`]).
    pub places: u32,
}

/// World regions that a need or an offer can be tied to, each with the words
/// that name it. An offer tied only to other regions does not cover a need
/// tied to a region ("local partners in Pacific island states" is not covered
/// by "local partner in East Africa").
pub const PLACES: [&[&str]; 8] = [
    &["africa", "african", "sahel", "maghreb"],
    &["pacific", "oceania", "melanesia", "polynesia", "micronesia"],
    &["asia", "asian", "asean"],
    &["caribbean", "caricom"],
    &["latin", "andean"],
    &["europe", "european", "balkan", "balkans"],
    &["arab", "mena"],
    &["eurasia", "caucasus"],
];

/// The bit of each normalised place word.
fn place_words(thesaurus: &Thesaurus) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    for (i, words) in PLACES.iter().enumerate() {
        for w in *words {
            for n in thesaurus.normalize(w) {
                out.insert(n, 1 << i);
            }
        }
    }
    out
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
    context: Vec<OrgContext>,
    /// 1 / number of needs (1 when there are none), per organization.
    inv_needs: Vec<f64>,
    inv_needs32: Vec<f32>,
    /// Kind affinity by kind index, precomputed.
    affinity: [[f32; 9]; 9],
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

/// Deletion neighbourhood of the thesaurus words, for typo correction.
struct Speller {
    anchors: HashSet<String>,
    deletions: HashMap<String, Vec<String>>,
}

impl Speller {
    fn new(vocabulary: Vec<String>) -> Self {
        let mut deletions: HashMap<String, Vec<String>> = HashMap::new();
        for word in &vocabulary {
            if word.chars().count() >= TYPO_MIN_LEN - 1 {
                for d in one_deletions(word) {
                    deletions.entry(d).or_default().push(word.clone());
                }
            }
        }
        Self {
            anchors: vocabulary.into_iter().collect(),
            deletions,
        }
    }

    /// The thesaurus word this one is a typo of (one edit away), if any. Depends
    /// on the word alone, never on the other profiles, so scores stay stable.
    fn correct(&self, word: &str) -> Option<String> {
        if word.len() < TYPO_MIN_LEN || self.anchors.contains(word) || !word.is_ascii() {
            return None;
        }
        let mut candidates: Vec<&String> = Vec::new();
        let mut keys = one_deletions(word);
        keys.push(word.to_owned());
        for key in &keys {
            if self.anchors.contains(key) {
                candidates.push(self.anchors.get(key).expect("present"));
            }
            if let Some(list) = self.deletions.get(key) {
                candidates.extend(list);
            }
        }
        candidates
            .into_iter()
            .filter(|c| strsim::damerau_levenshtein(word, c) == 1)
            .min_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)))
            .cloned()
    }
}

fn one_deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|i| {
            chars
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, c)| c)
                .collect()
        })
        .collect()
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
const UNIT: f32 = 32_767.0;
/// An organization and a quantised similarity share one u32 in the cover lists.
const SIM_BITS: u32 = 15;
const SIM_MASK: u32 = (1 << SIM_BITS) - 1;
pub const MAX_ORGS: usize = 1 << (32 - SIM_BITS);

fn quantize(sim: f32) -> u32 {
    (sim * UNIT).round() as u32
}

fn unquantize(sum: u32) -> f64 {
    sum as f64 / UNIT as f64
}

/// `r`: both coverages, with a bonus for the smaller one (reciprocity).
fn reciprocity(x: f64, y: f64) -> f64 {
    (((x + y) / 2.0 + x.min(y) / 2.0) / 1.5).clamp(0.0, 1.0)
}

/// Reciprocal score from the two coverages and the context.
fn combine(x: f64, y: f64, context: f64) -> f32 {
    (100.0 * reciprocity(x, y).sqrt() * context).clamp(0.0, 100.0) as f32
}

impl Engine {
    pub fn new(profiles: Vec<Profile>) -> Self {
        Self::with_thesaurus(profiles, Thesaurus::builtin())
    }

    /// At most 131,072 organizations (the cover lists pack an index in 17 bits).
    pub fn with_thesaurus(profiles: Vec<Profile>, thesaurus: Thesaurus) -> Self {
        assert!(
            profiles.len() <= MAX_ORGS,
            "the matching engine holds at most {MAX_ORGS} organizations"
        );
        let n_concepts = thesaurus.concepts.len() as u32;
        let speller = Speller::new(thesaurus.vocabulary());
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

        let mut phrase_ids: HashMap<String, u32> = HashMap::new();
        let mut phrase_texts: Vec<String> = Vec::new();
        let mut intern = |text: &str| -> u32 {
            let key = text.trim().to_lowercase();
            if let Some(id) = phrase_ids.get(&key) {
                return *id;
            }
            let id = phrase_texts.len() as u32;
            phrase_ids.insert(key.clone(), id);
            phrase_texts.push(key);
            id
        };
        let side = |items: &[String], intern: &mut dyn FnMut(&str) -> u32| -> Items {
            let mut out: Items = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let id = intern(item);
                if !out.iter().any(|(p, _)| *p == id) {
                    out.push((id, i as u32));
                }
            }
            out
        };
        let raw_caps: Vec<Items> = profiles
            .iter()
            .map(|p| side(&p.capabilities, &mut intern))
            .collect();
        let raw_needs: Vec<Items> = profiles
            .iter()
            .map(|p| side(&p.all_needs().cloned().collect::<Vec<_>>(), &mut intern))
            .collect();

        // Phrases that normalise to the same words ("CIIP", "ciip (basic)") are one.
        let mut word_ids: HashMap<String, u32> = HashMap::new();
        let mut corrections: HashMap<String, String> = HashMap::new();
        let mut by_words: HashMap<Vec<String>, u32> = HashMap::new();
        let mut phrases: Vec<Phrase> = Vec::new();
        let places = place_words(&thesaurus);
        let canonical: Vec<u32> = phrase_texts
            .iter()
            .map(|text| {
                let mut words: Vec<String> = thesaurus
                    .normalize(text)
                    .into_iter()
                    .map(|w| {
                        corrections
                            .entry(w.clone())
                            .or_insert_with(|| speller.correct(&w).unwrap_or_else(|| w.clone()))
                            .clone()
                    })
                    .collect();
                words.sort();
                words.dedup();
                if let Some(id) = by_words.get(&words) {
                    return *id;
                }
                let mut features: Vec<(u32, f32)> = Vec::with_capacity(words.len() + 2);
                for w in &words {
                    if let Some(terms) = terms_by_word.get(w.as_str()) {
                        for (ci, term) in terms {
                            if term.iter().all(|t| words.binary_search(t).is_ok())
                                && !features.iter().any(|(f, _)| f == ci)
                            {
                                features.push((
                                    *ci,
                                    thesaurus.concepts[*ci as usize].weight * CONCEPT_BOOST,
                                ));
                            }
                        }
                    }
                }
                for w in &words {
                    let weight = thesaurus.weight(w);
                    let next = word_ids.len() as u32;
                    let id = *word_ids.entry(w.clone()).or_insert(next);
                    features.push((n_concepts + id, weight));
                }
                features.sort_by_key(|f| f.0);
                let total = features.iter().map(|f| f.1).sum();
                let required = features
                    .iter()
                    .map(|f| f.0)
                    .filter(|f| *f < n_concepts && thesaurus.concepts[*f as usize].required)
                    .collect();
                let id = phrases.len() as u32;
                phrases.push(Phrase {
                    features,
                    total,
                    required,
                    places: words
                        .iter()
                        .filter_map(|w| places.get(w))
                        .fold(0, |a, b| a | b),
                });
                by_words.insert(words, id);
                id
            })
            .collect();
        let remap = |items: Vec<Items>| -> Vec<Items> {
            items
                .into_iter()
                .map(|raw| {
                    let mut out: Items = Vec::with_capacity(raw.len());
                    for (p, item) in raw {
                        let id = canonical[p as usize];
                        if !out.iter().any(|(q, _)| *q == id) {
                            out.push((id, item));
                        }
                    }
                    out
                })
                .collect()
        };
        let caps = remap(raw_caps);
        let needs = remap(raw_needs);

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
        let need_covered_by = covered_by(&need_matches, &cap_orgs, profiles.len());
        let context = org_contexts(&profiles);
        let mut affinity = [[0.0f32; 9]; 9];
        for (i, a) in OrgKind::ALL.iter().enumerate() {
            for (j, b) in OrgKind::ALL.iter().enumerate() {
                affinity[i][j] = kind_affinity(*a, *b);
            }
        }
        let inv_needs: Vec<f64> = needs.iter().map(|n| 1.0 / n.len().max(1) as f64).collect();
        Engine {
            inv_needs32: inv_needs.iter().map(|v| *v as f32).collect(),
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
            context,
            affinity,
        }
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

    /// Σ over `a`'s needs of the best cover among `b`'s capabilities, in fixed
    /// point ([`quantize`]): exact in any order, so every path gives the same score.
    fn cover_sum(&self, a: usize, b: usize) -> u32 {
        self.needs[a]
            .iter()
            .map(|(n, _)| {
                quantize(
                    self.caps[b]
                        .iter()
                        .map(|(c, _)| self.sim(*n, *c))
                        .fold(0.0f32, f32::max),
                )
            })
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

    fn finish(&self, a: usize, b: usize, x_sum: u32, y_sum: u32) -> Match {
        let (x, y) = (
            unquantize(x_sum) * self.inv_needs[a],
            unquantize(y_sum) * self.inv_needs[b],
        );
        Match {
            index: b,
            score: combine(x, y, self.context(a, b)),
            they_cover: x as f32,
            you_cover: y as f32,
        }
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
        self.finish(a, b, self.cover_sum(a, b), self.cover_sum(b, a))
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
        // They cover my needs: each need's best cover by each organization, summed.
        for (n, _) in &self.needs[a] {
            for &packed in &self.need_covered_by[*n as usize] {
                s.x[(packed >> SIM_BITS) as usize] += packed & SIM_MASK;
            }
        }
        // I cover their needs: my best offer for each need phrase, then its owners.
        for (c, _) in &self.caps[a] {
            for (n, sim) in &self.cap_matches[*c as usize] {
                let n = *n as usize;
                if s.phrase_best[n] == 0.0 {
                    s.phrases_touched.push(n as u32);
                }
                s.phrase_best[n] = s.phrase_best[n].max(*sim);
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

        let mut out: Vec<Match> = Vec::with_capacity(k + 1);
        // Scores are 100·sqrt(r)·context with context ≤ 1: a candidate whose r is
        // below (kth score / 100)² cannot enter the top k.
        let mut r_floor = -1.0f64;
        let inv_need_a = self.inv_needs[a];
        let inv_need_a32 = inv_need_a as f32;
        // Since min(x, y) ≤ (x + y)/2, r ≤ (x + y)/2: a cheap single-precision
        // test of x + y against the floor discards most candidates (and every
        // organization with nothing in common, whose sum is 0).
        let mut sum_floor = 0.0f32;
        // Most organizations are candidates at scale: a dense scan beats a list.
        for b in 0..self.profiles.len() {
            let (x, y) = (s.x[b], s.y[b]);
            if x as f32 * inv_need_a32 + y as f32 * self.inv_needs32[b] <= sum_floor || b == a {
                continue;
            }
            let (xn, yn) = (
                unquantize(x) * inv_need_a,
                unquantize(y) * self.inv_needs[b],
            );
            if reciprocity(xn, yn) < r_floor {
                continue;
            }
            let m = self.finish(a, b, x, y);
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
                // A little below the exact bound, so rounding never drops a tie.
                r_floor = (out[k - 1].score as f64 / 100.0).powi(2) * 0.999;
                sum_floor = (2.0 * r_floor * UNIT as f64 * 0.999) as f32;
            }
        }
        s.x.fill(0);
        s.y.fill(0);
        out
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
        let n = self.profiles.len();
        let threads = std::thread::available_parallelism()
            .map(|t| t.get())
            .unwrap_or(1)
            .min(n.max(1));
        let chunk = n.div_ceil(threads.max(1)).max(1);
        let mut results: Vec<Vec<Match>> = vec![Vec::new(); n];
        std::thread::scope(|scope| {
            for (t, slot) in results.chunks_mut(chunk).enumerate() {
                scope.spawn(move || {
                    let mut scratch = Scratch::new(n, self.phrases.len());
                    for (i, out) in slot.iter_mut().enumerate() {
                        *out = self.top_with(t * chunk + i, k, &mut scratch);
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

/// Reusable buffers for [`Engine::top`], one per thread.
struct Scratch {
    x: Vec<u32>,
    y: Vec<u32>,
    phrase_best: Vec<f32>,
    phrases_touched: Vec<u32>,
}

impl Scratch {
    fn new(orgs: usize, phrases: usize) -> Self {
        Self {
            x: vec![0; orgs],
            y: vec![0; orgs],
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
    if need.places != 0 && cap.places != 0 && need.places & cap.places == 0 {
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
    need_matches: &[Vec<(u32, f32)>],
    cap_orgs: &[Vec<u32>],
    orgs: usize,
) -> Vec<Vec<u32>> {
    let threads = std::thread::available_parallelism()
        .map(|t| t.get())
        .unwrap_or(1);
    let chunk = need_matches.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = need_matches
            .chunks(chunk)
            .map(|part| scope.spawn(move || covered_by_part(part, cap_orgs, orgs)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("matching thread"))
            .collect()
    })
}

fn covered_by_part(
    need_matches: &[Vec<(u32, f32)>],
    cap_orgs: &[Vec<u32>],
    orgs: usize,
) -> Vec<Vec<u32>> {
    let mut best = vec![0.0f32; orgs];
    let mut touched: Vec<u32> = Vec::new();
    need_matches
        .iter()
        .map(|matches| {
            for (c, sim) in matches {
                for &b in &cap_orgs[*c as usize] {
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
