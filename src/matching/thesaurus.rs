//! The field's vocabulary in English, French and Spanish: stop words, weak
//! words, spelling variants and abbreviations, concepts grouped by the GFCE
//! themes, world regions, languages and kinds of partner. The data lives in
//! `vocabulary/` beside this file (`common.json` and one file per theme) so
//! that it can be edited without touching code. Every language's words go
//! through the same normalisation, so a French need meets an English offer
//! through the concepts they both name.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use super::speller::Speller;
use super::text::{stem, words};
use crate::domain::profile::OrgKind;

const COMMON: &str = include_str!("vocabulary/common.json");
const GLOSSARY: &str = include_str!("vocabulary/glossary.json");
const THEMES: [&str; 6] = [
    include_str!("vocabulary/strategy.json"),
    include_str!("vocabulary/incidents.json"),
    include_str!("vocabulary/cybercrime.json"),
    include_str!("vocabulary/skills.json"),
    include_str!("vocabulary/standards.json"),
    include_str!("vocabulary/cooperation.json"),
];

/// Words or terms by language code ("en", "fr", "es", …); the language is
/// documentation for the people who edit the files: all are used alike.
type ByLanguage<T> = BTreeMap<String, T>;

#[derive(Deserialize)]
struct RawConcept {
    id: String,
    label: String,
    weight: f32,
    terms: ByLanguage<Vec<String>>,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    instead_of: Vec<String>,
}

#[derive(Deserialize)]
struct RawTheme {
    theme: String,
    concepts: Vec<RawConcept>,
}

#[derive(Deserialize)]
struct RawPlace {
    region: String,
    terms: ByLanguage<Vec<String>>,
}

#[derive(Deserialize)]
struct RawLanguage {
    code: String,
    terms: ByLanguage<Vec<String>>,
}

#[derive(Deserialize)]
struct RawPartnerType {
    id: String,
    label: String,
    terms: ByLanguage<Vec<String>>,
    kinds: Vec<String>,
    #[serde(default)]
    offers: Vec<String>,
}

#[derive(Deserialize)]
struct Raw {
    stop_words: ByLanguage<Vec<String>>,
    weak_words: ByLanguage<BTreeMap<String, f32>>,
    variants: Vec<Vec<String>>,
    places: Vec<RawPlace>,
    languages: Vec<RawLanguage>,
    partner_types: Vec<RawPartnerType>,
}

pub struct Concept {
    pub id: String,
    pub label: String,
    pub theme: String,
    pub weight: f32,
    /// Each term is a set of normalised words that must all appear.
    pub terms: Vec<Vec<String>>,
    /// A need that mentions this concept (funding, a venue, …) is covered only
    /// by an offer that mentions it too, whatever else they share.
    pub required: bool,
    /// Concepts and partner types (by id) that a phrase naming this concept
    /// does not mean: "coordination of donor programmes" asks for neither
    /// funding nor a donor.
    pub instead_of: Vec<String>,
}

/// A world region and the words that name it ("Pacific island states").
pub struct Place {
    /// One of [`crate::domain::profile::REGIONS`].
    pub region: String,
    pub terms: Vec<Vec<String>>,
}

/// A language and the words that name it as a qualifier ("French-speaking").
pub struct LanguageTerm {
    /// ISO 639-1.
    pub code: String,
    pub terms: Vec<Vec<String>>,
}

/// A kind of partner that a need can ask for ("a donor", "local implementing
/// partners"): met by who a partner is, not by what it offers.
pub struct PartnerType {
    pub id: String,
    /// How a reason names it: "a funder".
    pub label: String,
    pub terms: Vec<Vec<String>>,
    /// Kinds of organization that are such a partner.
    pub kinds: Vec<OrgKind>,
    /// Concepts whose offer makes any organization such a partner (funding).
    pub offers: Vec<u32>,
}

pub struct Thesaurus {
    /// Every word the vocabulary files use, as written (lower case, accents
    /// folded, unstemmed): French and Spanish words the typo corrector must
    /// not take for typos.
    known: std::collections::HashSet<String>,
    stop: std::collections::HashSet<String>,
    weak: HashMap<String, f32>,
    /// First stemmed word → (stemmed word sequence, canonical word), longest first.
    variants: HashMap<String, Vec<(Vec<String>, String)>>,
    pub concepts: Vec<Concept>,
    pub places: Vec<Place>,
    pub languages: Vec<LanguageTerm>,
    pub partner_types: Vec<PartnerType>,
    /// Built on first use from [`Thesaurus::vocabulary`].
    speller: OnceLock<Speller>,
    /// A term's first word → (concept, term), built on first use.
    term_index: OnceLock<HashMap<String, Vec<(u32, u32)>>>,
}

impl Thesaurus {
    /// The built-in vocabulary, parsed once per process and shared.
    pub fn shared() -> Arc<Thesaurus> {
        static SHARED: OnceLock<Arc<Thesaurus>> = OnceLock::new();
        SHARED
            .get_or_init(|| Arc::new(Thesaurus::builtin()))
            .clone()
    }

    /// The concepts (by index, ascending, each once) that normalised `words`
    /// name: every word of one of their terms is among them.
    pub fn concepts_named(&self, words: &[String]) -> Vec<usize> {
        let index = self.term_index.get_or_init(|| {
            let mut index: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
            for (c, concept) in self.concepts.iter().enumerate() {
                for (t, term) in concept.terms.iter().enumerate() {
                    if let Some(first) = term.first() {
                        index
                            .entry(first.clone())
                            .or_default()
                            .push((c as u32, t as u32));
                    }
                }
            }
            index
        });
        let mut found: Vec<usize> = words
            .iter()
            .filter_map(|w| index.get(w))
            .flatten()
            .filter(|(c, t)| {
                self.concepts[*c as usize].terms[*t as usize]
                    .iter()
                    .all(|w| words.contains(w))
            })
            .map(|(c, _)| *c as usize)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The typo corrector for this vocabulary.
    pub(super) fn speller(&self) -> &Speller {
        self.speller.get_or_init(|| Speller::new(self.vocabulary()))
    }

    /// The built-in vocabulary, parsed anew.
    pub fn builtin() -> Self {
        Self::parse(COMMON, GLOSSARY, &THEMES)
            .expect("src/matching/vocabulary/ is valid (checked by a unit test)")
    }

    /// `common` holds the words, variants, places, languages and partner types;
    /// `glossary` general French and Spanish words with their English word
    /// (`{"fr": {"renforcer": "strengthen"}, …}`); each of `themes` one GFCE
    /// theme's concepts.
    pub fn parse(common: &str, glossary: &str, themes: &[&str]) -> Result<Self, String> {
        let raw: Raw =
            serde_json::from_str(common).map_err(|e| format!("vocabulary/common.json: {e}"))?;
        let glossary: ByLanguage<BTreeMap<String, String>> =
            serde_json::from_str(glossary).map_err(|e| format!("vocabulary/glossary.json: {e}"))?;
        // The field's own variants come first: a glossary entry never overrides them.
        let glossary_groups = glossary
            .values()
            .flatten()
            .map(|(word, english)| vec![english.clone(), word.clone()]);
        let groups: Vec<Vec<String>> = raw
            .variants
            .iter()
            .cloned()
            .chain(glossary_groups)
            .collect();
        let mut variants: HashMap<String, Vec<(Vec<String>, String)>> = HashMap::new();
        let mut seen: std::collections::HashSet<Vec<String>> = std::collections::HashSet::new();
        for group in &groups {
            let Some(canonical) = group.first() else {
                continue;
            };
            let canonical_words = words(canonical);
            if canonical_words.len() != 1 {
                return Err(format!(
                    "vocabulary: canonical variant \"{canonical}\" must be one word"
                ));
            }
            let canonical = stem(&canonical_words[0]);
            for form in group {
                let seq: Vec<String> = words(form).iter().map(|w| stem(w)).collect();
                if seq.is_empty() || (seq.len() == 1 && seq[0] == canonical) {
                    continue;
                }
                if !seen.insert(seq.clone()) {
                    continue;
                }
                variants
                    .entry(seq[0].clone())
                    .or_default()
                    .push((seq, canonical.clone()));
            }
        }
        for list in variants.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
            list.dedup();
        }
        let mut known: std::collections::HashSet<String> = std::collections::HashSet::new();
        for group in &groups {
            known.extend(group.iter().flat_map(|w| words(w)));
        }
        known.extend(raw.stop_words.values().flatten().flat_map(|w| words(w)));
        known.extend(
            raw.weak_words
                .values()
                .flat_map(|m| m.keys())
                .flat_map(|w| words(w)),
        );
        let mut t = Thesaurus {
            known,
            stop: raw
                .stop_words
                .values()
                .flatten()
                .flat_map(|w| words(w))
                .map(|w| stem(&w))
                .collect(),
            weak: HashMap::new(),
            variants,
            concepts: Vec::new(),
            places: Vec::new(),
            languages: Vec::new(),
            partner_types: Vec::new(),
            speller: OnceLock::new(),
            term_index: OnceLock::new(),
        };
        // Two weak words may share a stem: the weaker weight wins, whatever the
        // order they come in, so scores are the same in every run.
        for (word, weight) in raw.weak_words.values().flatten() {
            for w in t.normalize(word) {
                let weight = weight.clamp(0.0, 1.0);
                let entry = t.weak.entry(w).or_insert(weight);
                *entry = entry.min(weight);
            }
        }
        for (i, json) in themes.iter().enumerate() {
            let theme: RawTheme = serde_json::from_str(json)
                .map_err(|e| format!("vocabulary theme file {}: {e}", i + 1))?;
            for c in theme.concepts {
                t.known
                    .extend(c.terms.values().flatten().flat_map(|w| words(w)));
                let terms = t.concept_terms(&c.terms);
                t.concepts.push(Concept {
                    id: c.id,
                    label: c.label,
                    theme: theme.theme.clone(),
                    weight: c.weight.clamp(0.1, 5.0),
                    terms,
                    required: c.required,
                    instead_of: c.instead_of,
                });
            }
        }
        for terms in raw
            .places
            .iter()
            .map(|p| &p.terms)
            .chain(raw.languages.iter().map(|l| &l.terms))
            .chain(raw.partner_types.iter().map(|p| &p.terms))
        {
            t.known
                .extend(terms.values().flatten().flat_map(|w| words(w)));
        }
        for p in &raw.places {
            if !crate::domain::profile::REGIONS.contains(&p.region.as_str()) {
                return Err(format!("vocabulary: unknown region \"{}\"", p.region));
            }
            t.places.push(Place {
                region: p.region.clone(),
                terms: t.terms(&p.terms),
            });
        }
        for l in &raw.languages {
            t.languages.push(LanguageTerm {
                code: l.code.clone(),
                terms: t.terms(&l.terms),
            });
        }
        for p in &raw.partner_types {
            let kinds = p
                .kinds
                .iter()
                .map(|k| OrgKind::parse(k))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("vocabulary: partner type {}: {e}", p.id))?;
            let offers = p
                .offers
                .iter()
                .map(|id| {
                    t.concepts
                        .iter()
                        .position(|c| &c.id == id)
                        .map(|i| i as u32)
                        .ok_or_else(|| {
                            format!("vocabulary: partner type {}: no concept {id}", p.id)
                        })
                })
                .collect::<Result<Vec<_>, _>>()?;
            t.partner_types.push(PartnerType {
                id: p.id.clone(),
                label: p.label.clone(),
                terms: t.terms(&p.terms),
                kinds,
                offers,
            });
        }
        Ok(t)
    }

    /// A concept's terms ([`Thesaurus::terms`]), except a term in another
    /// language than English that comes down to one word no English term of
    /// the concept is alone: it would be broader than the concept ("niñas"
    /// reads as "women", which alone is no child online protection).
    fn concept_terms(&self, by_language: &ByLanguage<Vec<String>>) -> Vec<Vec<String>> {
        let english = self.normalize_terms(by_language.get("en").into_iter().flatten());
        let others = by_language
            .iter()
            .filter(|(lang, _)| *lang != "en")
            .flat_map(|(_, terms)| terms);
        let mut out: Vec<Vec<String>> = self
            .normalize_terms(others)
            .into_iter()
            .filter(|term| term.len() > 1 || english.contains(term))
            .chain(english.iter().cloned())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Each term (in any language) normalised to the sorted set of words that
    /// must all appear.
    fn terms(&self, by_language: &ByLanguage<Vec<String>>) -> Vec<Vec<String>> {
        self.normalize_terms(by_language.values().flatten())
    }

    fn normalize_terms<'a>(&self, terms: impl Iterator<Item = &'a String>) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = terms
            .map(|term| {
                let mut w = self.normalize(term);
                w.sort();
                w.dedup();
                w
            })
            .filter(|w| !w.is_empty())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Words of `text` after stemming, spelling variants and stop words:
    /// "Help to set up our national CERT" → ["establish", "nation", "csirt"].
    pub fn normalize(&self, text: &str) -> Vec<String> {
        self.normalize_with(text, |_| None)
    }

    /// [`Thesaurus::normalize`], with `fix` giving the normalised word a raw
    /// word stands for when it is a typo.
    pub fn normalize_with(&self, text: &str, fix: impl Fn(&str) -> Option<String>) -> Vec<String> {
        let stemmed: Vec<String> = words(text)
            .iter()
            .map(|w| fix(w).unwrap_or_else(|| stem(w)))
            .collect();
        let mut out = Vec::with_capacity(stemmed.len());
        let mut i = 0;
        while i < stemmed.len() {
            let replaced = self.variants.get(&stemmed[i]).and_then(|list| {
                list.iter()
                    .find(|(seq, _)| stemmed[i..].starts_with(seq))
                    .map(|(seq, canonical)| (seq.len(), canonical))
            });
            match replaced {
                Some((len, canonical)) => {
                    out.push(canonical.clone());
                    i += len;
                }
                None => {
                    out.push(stemmed[i].clone());
                    i += 1;
                }
            }
        }
        out.retain(|w| !self.stop.contains(w));
        out
    }

    /// Whether the vocabulary itself uses this word (lower case, accents folded).
    pub fn knows(&self, raw: &str) -> bool {
        self.known.contains(raw)
    }

    /// How much a word counts: weak words of the field count less.
    pub fn weight(&self, word: &str) -> f32 {
        self.weak.get(word).copied().unwrap_or(1.0)
    }

    /// Every word the thesaurus itself uses: the anchors typos are corrected to.
    pub fn vocabulary(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .concepts
            .iter()
            .flat_map(|c| c.terms.iter().flatten().cloned())
            .chain(self.variants.values().flatten().map(|(_, c)| c.clone()))
            .chain(self.weak.keys().cloned())
            .chain(
                self.places
                    .iter()
                    .flat_map(|p| p.terms.iter().flatten().cloned()),
            )
            .chain(
                self.partner_types
                    .iter()
                    .flat_map(|p| p.terms.iter().flatten().cloned()),
            )
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_has_words_and_the_term_index_finds_what_a_scan_finds() {
        let t = Thesaurus::shared();
        assert!(
            t.concepts
                .iter()
                .all(|c| c.terms.iter().all(|term| !term.is_empty()))
        );
        for text in [
            "incident response training for our national CERT",
            "élaboration d'une stratégie nationale de cybersécurité",
            "grant funding for capacity building in Africa",
            "nothing of the field at all",
        ] {
            let words = t.normalize(text);
            let scanned: Vec<usize> = t
                .concepts
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    c.terms
                        .iter()
                        .any(|term| term.iter().all(|w| words.contains(w)))
                })
                .map(|(i, _)| i)
                .collect();
            assert_eq!(t.concepts_named(&words), scanned, "{text}");
        }
    }

    #[test]
    fn the_builtin_thesaurus_loads() {
        let t = Thesaurus::builtin();
        assert!(t.concepts.len() >= 40, "{} concepts", t.concepts.len());
        let ids: std::collections::HashSet<_> = t.concepts.iter().map(|c| &c.id).collect();
        assert_eq!(ids.len(), t.concepts.len(), "concept ids are unique");
    }

    #[test]
    fn abbreviations_and_spellings_meet() {
        let t = Thesaurus::builtin();
        let same = |a: &str, b: &str| {
            let (x, y) = (t.normalize(a), t.normalize(b));
            assert_eq!(x, y, "{a:?} and {b:?}");
        };
        same("CERT", "CSIRT");
        same("CIRT", "computer emergency response team");
        same("cyber security", "cybersecurity");
        same("programme", "program");
        same("defence", "defense");
        same("e-evidence", "electronic evidence");
        same("set up", "establishment");
        same("cybersécurité", "cybersecurity");
        same("ciberseguridad", "cybersecurity");
    }

    #[test]
    fn french_and_spanish_needs_name_the_concepts_of_english_offers() {
        let t = Thesaurus::builtin();
        let concepts = |text: &str| -> Vec<&str> {
            let words = t.normalize(text);
            t.concepts
                .iter()
                .filter(|c| {
                    c.terms
                        .iter()
                        .any(|term| term.iter().all(|w| words.contains(w)))
                })
                .map(|c| c.id.as_str())
                .collect()
        };
        for (foreign, english) in [
            (
                "formation en réponse aux incidents",
                "incident response training",
            ),
            (
                "capacitación en respuesta a incidentes",
                "incident response training",
            ),
            (
                "mise en place d'un CSIRT national",
                "set up a national CSIRT",
            ),
            (
                "protección de infraestructuras críticas",
                "critical infrastructure protection",
            ),
            (
                "législation sur la cybercriminalité",
                "cybercrime legislation",
            ),
        ] {
            let (f, e) = (concepts(foreign), concepts(english));
            assert!(
                f.iter().any(|c| e.contains(c)),
                "{foreign:?} {f:?} and {english:?} {e:?} share no concept"
            );
        }
    }
}
