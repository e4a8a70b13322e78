//! Partner-type fit: needs that name a kind of partner ("donor co-financing",
//! "local implementing partners in Pacific island states", "a counterpart
//! ministry") are met by who a partner is — its kind, its region, its working
//! languages, whether it offers funding — not by words in its offers.

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

/// The bits of the terms of `sets` that all occur in `words` (sorted).
pub(super) fn named<'a>(words: &[String], sets: impl Iterator<Item = &'a [Vec<String>]>) -> u32 {
    let mut bits = 0;
    for (i, terms) in sets.enumerate().take(32) {
        if terms
            .iter()
            .any(|t| t.iter().all(|w| words.binary_search(w).is_ok()))
        {
            bits |= 1 << i;
        }
    }
    bits
}

/// Region bits of the places a phrase (sorted, normalised words) names.
pub(super) fn places_named(t: &Thesaurus, words: &[String]) -> u32 {
    named(words, t.places.iter().map(|p| p.terms.as_slice()))
}

/// Language bits of the languages a phrase names as a qualifier.
pub(super) fn languages_named(t: &Thesaurus, words: &[String]) -> u32 {
    named(words, t.languages.iter().map(|l| l.terms.as_slice()))
}

/// The ask of a need phrase, if it names a kind of partner.
/// `dropped`: partner types the phrase's concepts say it does not mean.
pub(super) fn ask_of(
    t: &Thesaurus,
    words: &[String],
    places: u32,
    languages: u32,
    dropped: &[&str],
) -> Option<Ask> {
    let mut types = named(words, t.partner_types.iter().map(|p| p.terms.as_slice()));
    for (i, pt) in t.partner_types.iter().enumerate().take(32) {
        if dropped.contains(&pt.id.as_str()) {
            types &= !(1 << i);
        }
    }
    (types != 0).then_some(Ask {
        types,
        regions: places,
        languages,
    })
}

/// Who an organization is, in the terms an [`Ask`] is checked against.
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
    pub fn labels<'t>(&self, t: &'t Thesaurus, ask: &Ask) -> Vec<&'t str> {
        t.partner_types
            .iter()
            .enumerate()
            .filter(|(i, _)| self.types & ask.types & (1 << i) != 0)
            .map(|(_, pt)| pt.label.as_str())
            .collect()
    }
}
