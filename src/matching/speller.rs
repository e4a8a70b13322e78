//! Typo correction: a word that is not a real word and is one edit away from a
//! word of the vocabulary is read as that word ("incidnet" → "incident").
//! A real word is never rewritten ("police" stays "police", "senior" does not
//! become "sensor"): real words are those of an English and Spanish word list
//! (`vocabulary/words.txt`, see `vocabulary/WORDS-NOTICE`) and of the vocabulary.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::text::stem;

/// Typos are corrected only in words at least this long.
const TYPO_MIN_LEN: usize = 5;

const WORDS: &str = include_str!("vocabulary/words.txt");

/// Whether `word` (lower case, accents folded, unstemmed) is a real English or
/// Spanish word. Shorter words than [`TYPO_MIN_LEN`] are not listed: they are
/// never corrected anyway.
pub fn is_real_word(word: &str) -> bool {
    static INDEX: OnceLock<Vec<&'static str>> = OnceLock::new();
    let index = INDEX.get_or_init(|| WORDS.lines().collect());
    index.binary_search(&word).is_ok()
}

/// Deletion neighbourhood of the vocabulary's words, for typo correction.
pub(super) struct Speller {
    anchors: HashSet<String>,
    deletions: HashMap<String, Vec<String>>,
}

impl Speller {
    /// `vocabulary`: the normalised words the corrections may lead to.
    pub(super) fn new(vocabulary: Vec<String>) -> Self {
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

    /// The corrections of one phrase's raw words: raw word → normalised word
    /// it is a typo of. Depends on the words alone, never on other profiles,
    /// so scores stay stable.
    pub(super) fn correct(&self, raw: &str) -> Option<String> {
        if raw.len() < TYPO_MIN_LEN || !raw.is_ascii() || is_real_word(raw) {
            return None;
        }
        let word = stem(raw);
        if word.len() < TYPO_MIN_LEN - 1 || self.anchors.contains(&word) {
            return None;
        }
        let mut candidates: Vec<&String> = Vec::new();
        let mut keys = one_deletions(&word);
        keys.push(word.clone());
        for key in &keys {
            if let Some(anchor) = self.anchors.get(key) {
                candidates.push(anchor);
            }
            if let Some(list) = self.deletions.get(key) {
                candidates.extend(list);
            }
        }
        candidates
            .into_iter()
            .filter(|c| strsim::damerau_levenshtein(&word, c) == 1)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_is_sorted_and_knows_common_words() {
        assert!(WORDS.lines().zip(WORDS.lines().skip(1)).all(|(a, b)| a < b));
        for w in ["police", "senior", "youth", "joint", "contract", "found"] {
            assert!(is_real_word(w), "{w}");
        }
        assert!(!is_real_word("incidnet"));
    }

    #[test]
    fn real_words_are_never_rewritten_and_typos_are() {
        let speller = Speller::new(
            [
                "polici", "sensor", "south", "point", "contact", "fund", "incident",
            ]
            .map(String::from)
            .to_vec(),
        );
        for w in ["police", "senior", "youth", "joint", "contract", "found"] {
            assert_eq!(speller.correct(w), None, "{w}");
        }
        assert_eq!(speller.correct("incidnet").as_deref(), Some("incident"));
    }
}
