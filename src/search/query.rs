//! A directory search as the page and the API take it: free text and facets,
//! each checked with a message that says what is accepted.

use serde::{Deserialize, Serialize};

use super::{THEMES, analyzer};
use crate::domain::profile::{OrgKind, REGIONS};

/// The longest query text kept.
pub const TEXT_MAX: usize = 200;

/// Where the words of a search must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Anywhere public: name, description, capabilities, needs.
    #[default]
    Any,
    /// In what the organization offers (its capabilities).
    Offers,
    /// In what it seeks (its public needs).
    Seeks,
}

impl Side {
    pub fn id(self) -> &'static str {
        match self {
            Side::Any => "",
            Side::Offers => "offers",
            Side::Seeks => "seeks",
        }
    }
}

/// The search as typed into the URL: every field optional, nothing checked.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawSearch {
    pub q: Option<String>,
    pub kind: Option<String>,
    pub region: Option<String>,
    pub country: Option<String>,
    pub language: Option<String>,
    pub theme: Option<String>,
    pub side: Option<String>,
}

/// A checked search.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    /// The text as typed (trimmed, at most [`TEXT_MAX`] characters).
    pub text: String,
    /// Per word, the index terms any of which may match ([`analyzer::query_terms`]).
    pub terms: Vec<Vec<String>>,
    pub side: Side,
    pub kind: Option<OrgKind>,
    pub region: Option<&'static str>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<&'static str>,
    /// ISO 639-1.
    pub language: Option<&'static str>,
    /// An id of [`THEMES`].
    pub theme: Option<&'static str>,
    /// For a visitor who is not logged in: organizations out of the public
    /// directory are left out. Set by the caller, never by the query.
    pub public_only: bool,
}

/// Counts per value of each facet among the organizations found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facets {
    pub kind: Vec<(String, u64)>,
    pub region: Vec<(String, u64)>,
    pub country: Vec<(String, u64)>,
    pub language: Vec<(String, u64)>,
    pub theme: Vec<(String, u64)>,
}

fn given(v: Option<&String>) -> Option<&str> {
    v.map(|s| s.trim()).filter(|s| !s.is_empty())
}

fn same(a: &str, b: &str) -> bool {
    analyzer::fold(a) == analyzer::fold(b)
}

pub use crate::domain::profile::find_country;

use crate::domain::profile::find_language;

impl RawSearch {
    /// The checked search, with the fields that are wrong left out, and per
    /// such field what is wrong with it.
    pub fn parse(&self) -> (Search, Vec<(&'static str, String)>) {
        let mut errors = Vec::new();
        let text: String = given(self.q.as_ref())
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_control())
            .take(TEXT_MAX)
            .collect();
        let mut s = Search {
            terms: analyzer::query_terms(&text),
            text: text.trim().to_owned(),
            ..Search::default()
        };
        if let Some(k) = given(self.kind.as_ref()) {
            match OrgKind::parse(k) {
                Ok(k) => s.kind = Some(k),
                Err(_) => errors.push((
                    "kind",
                    "Choose a kind of organization from the list.".into(),
                )),
            }
        }
        if let Some(r) = given(self.region.as_ref()) {
            match REGIONS.iter().find(|x| same(x, r)) {
                Some(r) => s.region = Some(r),
                None => errors.push((
                    "region",
                    format!("Choose a region: {}.", REGIONS.join(", ")),
                )),
            }
        }
        if let Some(c) = given(self.country.as_ref()) {
            match find_country(c) {
                Some(c) => s.country = Some(c),
                None => errors.push((
                    "country",
                    "No country by that name or code (try a name like Kenya or a code like KE)."
                        .into(),
                )),
            }
        }
        if let Some(l) = given(self.language.as_ref()) {
            match find_language(l) {
                Some(l) => s.language = Some(l),
                None => errors.push((
                    "language",
                    "No language by that name or code (try French or fr).".into(),
                )),
            }
        }
        if let Some(t) = given(self.theme.as_ref()) {
            match THEMES
                .iter()
                .find(|(id, name)| same(id, t) || same(name, t))
            {
                Some((id, _)) => s.theme = Some(id),
                None => errors.push(("theme", "Choose a theme from the list.".into())),
            }
        }
        match given(self.side.as_ref()) {
            None | Some("any") => {}
            Some("offers") => s.side = Side::Offers,
            Some("seeks") => s.side = Side::Seeks,
            Some(_) => errors.push(("side", "Side is offers, seeks or empty for both.".into())),
        }
        (s, errors)
    }
}

impl Search {
    /// The URL query of this search (without the page), for links and exports.
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.text.is_empty() {
            out.push(("q", self.text.clone()));
        }
        if let Some(k) = self.kind {
            out.push(("kind", k.id().to_owned()));
        }
        for (key, v) in [
            ("region", self.region),
            ("country", self.country),
            ("language", self.language),
            ("theme", self.theme),
        ] {
            if let Some(v) = v {
                out.push((key, v.to_owned()));
            }
        }
        if self.side != Side::Any {
            out.push(("side", self.side.id().to_owned()));
        }
        out
    }

    /// Text was typed but none of it is searchable (only common words or
    /// symbols): nothing is found, rather than everything.
    pub fn finds_nothing(&self) -> bool {
        !self.text.is_empty() && self.terms.is_empty()
    }

    /// Whether anything narrows the directory.
    pub fn is_filtered(&self) -> bool {
        !self.to_query().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> RawSearch {
        serde_urlencoded::from_str(&serde_urlencoded::to_string(pairs).unwrap()).unwrap()
    }

    #[test]
    fn countries_by_name_or_code_with_or_without_accents() {
        assert_eq!(find_country("Kenya"), Some("KE"));
        assert_eq!(find_country("ke"), Some("KE"));
        assert_eq!(find_country("cote d'ivoire"), Some("CI"));
        assert_eq!(find_country("Bolivia"), Some("BO"));
        assert_eq!(find_country("Atlantis"), None);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let (s, e) = raw(&[
            ("kind", "x"),
            ("region", "Mars"),
            ("side", "both"),
            ("theme", "?"),
            ("country", "ke"),
        ])
        .parse();
        assert_eq!(s.country, Some("KE"), "the right fields are kept");
        assert_eq!(s.kind, None);
        let fields: Vec<_> = e.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["kind", "region", "theme", "side"]);
    }

    #[test]
    fn a_search_round_trips_through_its_url() {
        let s = raw(&[
            ("q", " incident response "),
            ("kind", "cert"),
            ("region", "africa"),
            ("country", "Kenya"),
            ("language", "French"),
            ("theme", "incidents"),
            ("side", "offers"),
        ])
        .parse()
        .0;
        assert_eq!(s.country, Some("KE"));
        assert_eq!(s.language, Some("fr"));
        assert_eq!(s.region, Some("Africa"));
        let again = serde_urlencoded::from_str::<RawSearch>(
            &serde_urlencoded::to_string(s.to_query()).unwrap(),
        )
        .unwrap()
        .parse()
        .0;
        assert_eq!(again, s);
    }

    #[test]
    fn text_is_bounded_and_cleaned() {
        let s = raw(&[("q", &"x\u{7}y ".repeat(500))]).parse().0;
        assert!(s.text.chars().count() <= TEXT_MAX);
        assert!(!s.text.contains('\u{7}'));
    }
}
