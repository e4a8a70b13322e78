//! Partner-type fit: needs that name a kind of partner ("donor co-financing",
//! "local implementing partners in Pacific island states", "a counterpart
//! ministry") are met by who a partner is — its kind, its region, its working
//! languages, whether it offers funding — not by words in its offers.

use std::collections::HashMap;

use super::thesaurus::Thesaurus;
use crate::domain::profile::Profile;

/// What a need asks of who the partner is: kinds of partner (one bit per
/// [`Thesaurus::partner_types`]) and the qualifiers it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Ask {
    pub types: u32,
    /// World regions named (one bit per [`Thesaurus::places`]); 0: anywhere.
    pub regions: u32,
    /// Languages named (one bit per [`Thesaurus::languages`]); 0: any.
    pub languages: u32,
}

/// A term of a place, language or partner type: (what: 0 place, 1 language,
/// 2 partner type; its bit; the term's words).
type Term<'t> = (u8, u32, &'t [String]);

/// The places, languages and partner types of the vocabulary, by the first
/// word of each of their terms, to find those a phrase names in a few lookups.
pub(super) struct Qualifiers<'t> {
    /// First word → the terms that start with it.
    terms: HashMap<&'t str, Vec<Term<'t>>>,
    /// Partner-type ids, by bit.
    type_ids: Vec<&'t str>,
}

impl<'t> Qualifiers<'t> {
    pub fn new(t: &'t Thesaurus) -> Self {
        let mut terms: HashMap<&str, Vec<Term>> = HashMap::new();
        let sets = t
            .places
            .iter()
            .map(|p| (0u8, &p.terms))
            .enumerate()
            .chain(t.languages.iter().map(|l| (1u8, &l.terms)).enumerate())
            .chain(t.partner_types.iter().map(|p| (2u8, &p.terms)).enumerate());
        for (i, (what, list)) in sets {
            if i >= 32 {
                continue;
            }
            for term in list {
                terms
                    .entry(term[0].as_str())
                    .or_default()
                    .push((what, 1 << i, term.as_slice()));
            }
        }
        Qualifiers {
            terms,
            type_ids: t.partner_types.iter().map(|p| p.id.as_str()).collect(),
        }
    }

    /// (places, languages, partner types) a phrase (sorted, normalised words)
    /// names, as bits. `dropped`: partner types its concepts say it does not mean.
    pub fn of(&self, words: &[String], dropped: &[&str]) -> (u32, u32, u32) {
        let mut bits = [0u32; 3];
        for w in words {
            for (what, bit, term) in self.terms.get(w.as_str()).into_iter().flatten() {
                if term.iter().all(|t| words.binary_search(t).is_ok()) {
                    bits[*what as usize] |= bit;
                }
            }
        }
        for (i, id) in self.type_ids.iter().enumerate().take(32) {
            if dropped.contains(id) {
                bits[2] &= !(1 << i);
            }
        }
        (bits[0], bits[1], bits[2])
    }
}

/// Who an organization is, in the terms an [`Ask`] is checked against.
#[derive(Clone, Copy)]
pub(super) struct Attributes {
    /// The partner types it is, by kind or by what it offers.
    pub types: u32,
    pub region: u32,
    pub languages: u32,
}

impl Attributes {
    /// `offered`: the concepts its capabilities name, sorted.
    pub fn of(t: &Thesaurus, p: &Profile, offered: &[u32]) -> Self {
        let mut types = 0;
        for (i, pt) in t.partner_types.iter().enumerate().take(32) {
            if pt.kinds.contains(&p.kind)
                || pt.offers.iter().any(|c| offered.binary_search(c).is_ok())
            {
                types |= 1 << i;
            }
        }
        let region = t
            .places
            .iter()
            .enumerate()
            .take(32)
            .filter(|(_, place)| p.region.as_deref() == Some(place.region.as_str()))
            .fold(0, |bits, (i, _)| bits | 1 << i);
        let languages = t
            .languages
            .iter()
            .enumerate()
            .take(32)
            .filter(|(_, l)| p.languages.contains(&l.code))
            .fold(0, |bits, (i, _)| bits | 1 << i);
        Attributes {
            types,
            region,
            languages,
        }
    }

    /// Whether this organization is the partner `ask` names, where it asks.
    pub fn fits(&self, ask: &Ask) -> bool {
        self.types & ask.types != 0
            && (ask.regions == 0 || self.region & ask.regions != 0)
            && (ask.languages == 0 || self.languages & ask.languages != 0)
    }

    /// The labels of the partner types of `ask` this organization is.
    /// The ids of the partner types of `labels`, in the same order.
    pub fn type_ids(&self, t: &Thesaurus, ask: &Ask) -> Vec<String> {
        t.partner_types
            .iter()
            .enumerate()
            .filter(|(i, _)| self.types & ask.types & (1 << i) != 0)
            .map(|(_, pt)| pt.id.clone())
            .collect()
    }

    pub fn labels<'t>(&self, t: &'t Thesaurus, ask: &Ask) -> Vec<&'t str> {
        t.partner_types
            .iter()
            .enumerate()
            .filter(|(i, _)| self.types & ask.types & (1 << i) != 0)
            .map(|(_, pt)| pt.label.as_str())
            .collect()
    }
}
