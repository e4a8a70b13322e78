//! The text analysis of the directory's full-text index: the same steps for
//! what is indexed and for what is searched, so that both meet whatever the
//! database. Words are lower-cased and their accents folded; common words of
//! English, French and Spanish are dropped; each remaining word is indexed
//! under its Snowball stems in those three languages, since a profile's
//! language is not known word by word ("incidents", "incidentes" and
//! "incident" meet, and so do "réponse" and "reponse").

use std::collections::HashSet;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use stopwords::{Language, NLTK, Stopwords};

/// Raise it when the analysis changes: the index is then rebuilt at start-up.
pub const VERSION: i32 = 1;

/// Longer "words" are not words (keys, hashes, pasted junk): they are cut.
const WORD_MAX: usize = 40;

struct Analyzer {
    stemmers: [Stemmer; 3],
    stop: HashSet<String>,
}

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(|| {
    let mut stop = HashSet::new();
    for lang in [Language::English, Language::French, Language::Spanish] {
        for w in NLTK::stopwords(lang).unwrap_or(&[]) {
            stop.insert(fold(w));
        }
    }
    Analyzer {
        stemmers: [
            Stemmer::create(Algorithm::English),
            Stemmer::create(Algorithm::French),
            Stemmer::create(Algorithm::Spanish),
        ],
        stop,
    }
});

/// Lower case without accents: "Réponse" → "reponse".
pub fn fold(text: &str) -> String {
    crate::domain::fold(text)
}

/// The words of a text, lower case with accents, common words included.
fn lowered(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .take(WORD_MAX)
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
}

fn is_common(word: &str) -> bool {
    ANALYZER.stop.contains(&fold(word))
}

/// The words of a text, lower case with accents, without common words.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    lowered(text).filter(|w| !is_common(w))
}

/// How many words' terms each thread remembers ([`with_terms`]).
const TERMS_KEPT: usize = 50_000;

/// `f` of the index terms of a lower-case `word` (none for a common word),
/// remembered: the same words come back in profile after profile, and their
/// stems in three languages are most of the work of indexing one.
fn with_terms<R>(word: &str, f: impl FnOnce(&[String]) -> R) -> R {
    thread_local! {
        static KNOWN: std::cell::RefCell<std::collections::HashMap<String, Box<[String]>>> =
            std::cell::RefCell::default();
    }
    KNOWN.with(|known| {
        let mut known = known.borrow_mut();
        if !known.contains_key(word) {
            if known.len() >= TERMS_KEPT {
                known.clear();
            }
            let terms = if is_common(word) {
                Vec::new()
            } else {
                terms_of(word)
            };
            known.insert(word.to_owned(), terms.into_boxed_slice());
        }
        f(known.get(word).map_or(&[], |t| &t[..]))
    })
}

/// The index terms of one word: its stems in each language, from the word as
/// written and without its accents, accents folded, without repeats.
fn terms_of(word: &str) -> Vec<String> {
    let folded = fold(word);
    let mut out: Vec<String> = Vec::with_capacity(4);
    for form in [word, folded.as_str()] {
        for s in &ANALYZER.stemmers {
            let t = fold(&s.stem(form));
            if !t.is_empty() && !out.contains(&t) {
                out.push(t);
            }
        }
    }
    if !out.contains(&folded) {
        out.push(folded);
    }
    out
}

/// What is indexed for a text: every term of every word, space-separated.
pub fn index_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for w in lowered(text) {
        with_terms(&w, |terms| {
            for t in terms {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(t);
            }
        });
    }
    out
}

/// What is searched for: per word of the query, the terms any of which may
/// match. Empty when the query holds only common words or punctuation.
pub fn query_terms(query: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for w in words(query).take(10) {
        let t = terms_of(&w);
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meets(indexed: &str, query: &str) -> bool {
        let doc: HashSet<String> = index_text(indexed).split(' ').map(str::to_owned).collect();
        let q = query_terms(query);
        !q.is_empty() && q.iter().all(|alts| alts.iter().any(|t| doc.contains(t)))
    }

    #[test]
    fn accents_case_and_plurals_do_not_matter() {
        assert!(meets("Réponse aux incidents", "reponse aux incidents"));
        assert!(meets("reponse aux incidents", "RÉPONSE incident"));
        assert!(meets("Incident response", "incidents"));
        assert!(meets("Respuesta a incidentes", "incidente"));
        assert!(meets("Digital forensics training", "forensic"));
        assert!(!meets("Digital forensics training", "incident"));
    }

    #[test]
    fn common_words_are_not_searched() {
        assert!(query_terms("the of and de la y").is_empty());
        assert_eq!(query_terms("the incidents").len(), 1);
    }

    #[test]
    fn hostile_input_stays_bounded() {
        let long = "a".repeat(100_000);
        assert!(index_text(&long).len() <= WORD_MAX * 2);
        assert!(query_terms(&"word ".repeat(1000)).len() <= 10);
        // Only letters and digits reach the index: no query syntax survives.
        let q = query_terms("\"x\" OR y* NEAR(z) {name}: -w ' ; drop");
        assert!(
            q.iter()
                .flatten()
                .all(|t| t.chars().all(char::is_alphanumeric))
        );
    }
}
