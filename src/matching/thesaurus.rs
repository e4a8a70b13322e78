//! The field's vocabulary: stop words, weak words, spelling variants and
//! abbreviations, and concepts grouped by the GFCE themes. The data lives in
//! `thesaurus.json` beside this file so that it can be edited without code.

use std::collections::HashMap;

use serde::Deserialize;

use super::text::{stem, words};

const DATA: &str = include_str!("thesaurus.json");

#[derive(Deserialize)]
struct RawConcept {
    id: String,
    label: String,
    weight: f32,
    terms: Vec<String>,
    #[serde(default)]
    required: bool,
}

#[derive(Deserialize)]
struct RawTheme {
    name: String,
    concepts: Vec<RawConcept>,
}

#[derive(Deserialize)]
struct Raw {
    stop_words: Vec<String>,
    weak_words: HashMap<String, f32>,
    variants: Vec<Vec<String>>,
    themes: Vec<RawTheme>,
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
}

pub struct Thesaurus {
    stop: std::collections::HashSet<String>,
    weak: HashMap<String, f32>,
    /// First stemmed word → (stemmed word sequence, canonical word), longest first.
    variants: HashMap<String, Vec<(Vec<String>, String)>>,
    pub concepts: Vec<Concept>,
}

impl Thesaurus {
    /// The built-in thesaurus.
    pub fn builtin() -> Self {
        Self::parse(DATA).expect("src/matching/thesaurus.json is valid (checked by a unit test)")
    }

    pub fn parse(json: &str) -> Result<Self, String> {
        let raw: Raw = serde_json::from_str(json).map_err(|e| format!("thesaurus: {e}"))?;
        let mut variants: HashMap<String, Vec<(Vec<String>, String)>> = HashMap::new();
        for group in &raw.variants {
            let Some(canonical) = group.first() else {
                continue;
            };
            let canonical_words = words(canonical);
            if canonical_words.len() != 1 {
                return Err(format!(
                    "thesaurus: canonical variant \"{canonical}\" must be one word"
                ));
            }
            let canonical = stem(&canonical_words[0]);
            for form in group {
                let seq: Vec<String> = words(form).iter().map(|w| stem(w)).collect();
                if seq.is_empty() || (seq.len() == 1 && seq[0] == canonical) {
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
        let mut t = Thesaurus {
            stop: raw
                .stop_words
                .iter()
                .flat_map(|w| words(w))
                .map(|w| stem(&w))
                .collect(),
            weak: HashMap::new(),
            variants,
            concepts: Vec::new(),
        };
        // Two weak words may share a stem: the weaker weight wins, whatever the
        // order the map gives them in, so scores are the same in every run.
        for (word, weight) in &raw.weak_words {
            for w in t.normalize(word) {
                let weight = weight.clamp(0.0, 1.0);
                let entry = t.weak.entry(w).or_insert(weight);
                *entry = entry.min(weight);
            }
        }
        for theme in raw.themes {
            for c in theme.concepts {
                let terms: Vec<Vec<String>> = c
                    .terms
                    .iter()
                    .map(|term| {
                        let mut w = t.normalize(term);
                        w.sort();
                        w.dedup();
                        w
                    })
                    .filter(|w| !w.is_empty())
                    .collect();
                t.concepts.push(Concept {
                    id: c.id,
                    label: c.label,
                    theme: theme.name.clone(),
                    weight: c.weight.clamp(0.1, 5.0),
                    terms,
                    required: c.required,
                });
            }
        }
        Ok(t)
    }

    /// Words of `text` after stemming, spelling variants and stop words:
    /// "Help to set up our national CERT" → ["establish", "nation", "csirt"].
    pub fn normalize(&self, text: &str) -> Vec<String> {
        let stemmed: Vec<String> = words(text).iter().map(|w| stem(w)).collect();
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
    }
}
