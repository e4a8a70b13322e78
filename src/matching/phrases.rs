//! Phrases: every distinct capability, need and description sentence,
//! normalised once and described by weighted words and concepts, with the
//! places, languages and kind of partner it names.

use std::collections::HashMap;

use super::partner::{Ask, Qualifiers};
use super::speller::Speller;
use super::thesaurus::Thesaurus;
use crate::domain::profile::Profile;

/// A concept counts this much more than one word.
const CONCEPT_BOOST: f32 = 1.5;

#[derive(Clone)]
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
pub(super) type Items = Vec<(u32, u32)>;

/// Work in each organization's index sets, computed once per engine.
pub(super) struct Phrases {
    pub phrases: Vec<Phrase>,
    pub caps: Vec<Items>,
    pub needs: Vec<Items>,
    /// Per organization: its field phrases (capabilities, public needs,
    /// description sentences), as phrase ids, with repeats.
    pub field: Vec<Vec<u32>>,
    pub asks: Vec<Ask>,
    pub lexicon: Lexicon,
}

/// How texts became phrases in one engine: the ids of words, phrases (by
/// their words) and asks, kept so that a changed profile is read the same way
/// ([`profile_phrases`]).
#[derive(Clone, Default)]
pub(super) struct Lexicon {
    /// Word → its number (its feature is the number of concepts + it).
    words: HashMap<String, u32>,
    /// A phrase's words, joined by spaces → the phrase.
    phrases: HashMap<String, u32>,
    asks: HashMap<Ask, u32>,
}

/// What a changed profile brought that an engine's lexicon lacks: numbered
/// on from the engine's own words, phrases and asks.
#[derive(Clone, Default)]
pub(super) struct Added {
    pub lexicon: Lexicon,
    pub phrases: Vec<Phrase>,
    pub asks: Vec<Ask>,
}

/// One organization's phrases ([`Phrases`] holds them for every organization).
pub(super) struct OrgPhrases {
    pub caps: Items,
    pub needs: Items,
    pub field: Vec<u32>,
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

/// Concept terms, keyed by their first word: term words must all occur.
fn terms_by_word(thesaurus: &Thesaurus) -> HashMap<&str, Vec<(u32, &[String])>> {
    let mut terms: HashMap<&str, Vec<(u32, &[String])>> = HashMap::new();
    for (ci, c) in thesaurus.concepts.iter().enumerate() {
        for term in &c.terms {
            terms
                .entry(term[0].as_str())
                .or_default()
                .push((ci as u32, term));
        }
    }
    terms
}

/// The texts of a profile, as [`index_phrases`] reads them: capabilities,
/// needs (public then private), description sentences.
fn texts_of(p: &Profile) -> [Vec<&str>; 3] {
    [
        p.capabilities.iter().map(String::as_str).collect(),
        p.all_needs().map(String::as_str).collect(),
        p.description
            .split(['.', ';', '\n', '!', '?'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect(),
    ]
}

/// The phrase of analysed words, its features numbered by `word_id`, its ask by `ask_id`.
fn make_phrase(
    a: &Analysis,
    thesaurus: &Thesaurus,
    mut word_id: impl FnMut(&str) -> u32,
    mut ask_id: impl FnMut(Ask) -> u32,
) -> Phrase {
    let n_concepts = thesaurus.concepts.len() as u32;
    let mut features: Vec<(u32, f32)> = a
        .concepts
        .iter()
        .map(|c| (*c, thesaurus.concepts[*c as usize].weight * CONCEPT_BOOST))
        .collect();
    for w in &a.words {
        features.push((n_concepts + word_id(w), thesaurus.weight(w)));
    }
    features.sort_by_key(|f| f.0);
    let ask = (a.types != 0).then(|| {
        ask_id(Ask {
            types: a.types,
            regions: a.places,
            languages: a.languages,
        })
    });
    Phrase {
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
    }
}

/// An organization's items as phrase ids (each phrase once, with the first
/// item that has it) and its field phrases.
fn org_items(p: &Profile, [caps, needs, description]: [Vec<u32>; 3]) -> OrgPhrases {
    let items = |ids: Vec<u32>| -> Items {
        let mut list: Items = Vec::with_capacity(ids.len());
        for (i, id) in ids.into_iter().enumerate() {
            if !list.iter().any(|(p, _)| *p == id) {
                list.push((id, i as u32));
            }
        }
        list
    };
    let (caps, needs, description) = (items(caps), items(needs), items(description));
    let mut field: Vec<u32> = caps.iter().map(|c| c.0).collect();
    field.extend(needs.iter().take(p.needs.len()).map(|n| n.0));
    field.extend(description.iter().map(|d| d.0));
    OrgPhrases { caps, needs, field }
}

/// The phrases of some profiles read with an engine's lexicon (`lexicon`,
/// of `phrases` phrases and `asks` asks), numbering what it lacks on in
/// `added`: a profile the engine already holds gets the same phrases as when
/// it was built.
pub(super) fn profile_phrases<'p>(
    profiles: impl Iterator<Item = &'p Profile>,
    thesaurus: &Thesaurus,
    lexicon: &Lexicon,
    (phrases, asks): (usize, usize),
    added: &mut Added,
) -> Vec<OrgPhrases> {
    let qualifiers = Qualifiers::new(thesaurus);
    let terms_by_word = terms_by_word(thesaurus);
    let mut analyser = Analyser {
        thesaurus,
        speller: thesaurus.speller(),
        qualifiers: &qualifiers,
        terms_by_word: &terms_by_word,
        corrections: HashMap::new(),
    };
    profiles
        .map(|p| {
            let ids = texts_of(p).map(|texts| {
                texts
                    .iter()
                    .map(|text| {
                        let a = analyser.analyse(&text.trim().to_lowercase());
                        let key = a.words.join(" ");
                        if let Some(id) = lexicon
                            .phrases
                            .get(&key)
                            .or(added.lexicon.phrases.get(&key))
                        {
                            return *id;
                        }
                        let words = lexicon.words.len();
                        let added_words = &mut added.lexicon.words;
                        let word_id = |w: &str| {
                            lexicon.words.get(w).copied().unwrap_or_else(|| {
                                let next = (words + added_words.len()) as u32;
                                *added_words.entry(w.to_owned()).or_insert(next)
                            })
                        };
                        let (added_asks, ask_list) = (&mut added.lexicon.asks, &mut added.asks);
                        let ask_id = |ask: Ask| {
                            lexicon.asks.get(&ask).copied().unwrap_or_else(|| {
                                *added_asks.entry(ask).or_insert_with(|| {
                                    ask_list.push(ask);
                                    (asks + ask_list.len() - 1) as u32
                                })
                            })
                        };
                        let phrase = make_phrase(&a, thesaurus, word_id, ask_id);
                        let id = (phrases + added.phrases.len()) as u32;
                        added.phrases.push(phrase);
                        added.lexicon.phrases.insert(key, id);
                        id
                    })
                    .collect()
            });
            org_items(p, ids)
        })
        .collect()
}

/// Normalises every distinct text once, on all cores: its words (typos
/// corrected), concepts, places, languages and ask; then numbers phrases and
/// words in the order the texts come, so the index is the same in every run.
pub(super) fn index_phrases(profiles: &[Profile], thesaurus: &Thesaurus) -> Phrases {
    let speller = thesaurus.speller();
    let qualifiers = Qualifiers::new(thesaurus);
    let terms_by_word = terms_by_word(thesaurus);

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
        .map(|p| texts_of(p).map(|texts| texts.into_iter().map(&mut text_of).collect()))
        .collect();

    // 2. Analyse the texts in parallel.
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let chunk = texts.len().div_ceil(threads).max(1);
    let analyses: Vec<Analysis> = std::thread::scope(|scope| {
        let handles: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                let (qualifiers, terms_by_word) = (&qualifiers, &terms_by_word);
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
    let mut lexicon = Lexicon::default();
    let mut out_phrases: Vec<Phrase> = Vec::new();
    let mut out_asks: Vec<Ask> = Vec::new();
    let phrase_of_text: Vec<u32> = analyses
        .iter()
        .map(|a| {
            let key = a.words.join(" ");
            if let Some(id) = lexicon.phrases.get(&key) {
                return *id;
            }
            let words = &mut lexicon.words;
            let word_id = |w: &str| {
                let next = words.len() as u32;
                *words.entry(w.to_owned()).or_insert(next)
            };
            let (ask_ids, asks) = (&mut lexicon.asks, &mut out_asks);
            let ask_id = |ask: Ask| {
                let next = ask_ids.len() as u32;
                *ask_ids.entry(ask).or_insert_with(|| {
                    asks.push(ask);
                    next
                })
            };
            let phrase = make_phrase(a, thesaurus, word_id, ask_id);
            let id = out_phrases.len() as u32;
            out_phrases.push(phrase);
            lexicon.phrases.insert(key, id);
            id
        })
        .collect();
    let mut out = Phrases {
        phrases: out_phrases,
        caps: Vec::with_capacity(profiles.len()),
        needs: Vec::with_capacity(profiles.len()),
        field: Vec::with_capacity(profiles.len()),
        asks: out_asks,
        lexicon,
    };
    for (p, ids) in profiles.iter().zip(raw) {
        let org = org_items(
            p,
            ids.map(|t| t.iter().map(|t| phrase_of_text[*t as usize]).collect()),
        );
        out.caps.push(org.caps);
        out.needs.push(org.needs);
        out.field.push(org.field);
    }
    out
}
