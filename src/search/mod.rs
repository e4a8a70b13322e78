//! The directory's search, as a pure core: the text analysis shared by the
//! index and the queries ([`analyzer`]), what is indexed for a profile
//! ([`Document`], [`tags`]), and a search as the directory and the API take it
//! ([`Search`], parsed from [`RawSearch`]), and the directory held in memory
//! for facets and pages ([`catalog`]). The queries themselves live in
//! `db::search`; `services::directory` keeps the catalog current.

pub mod analyzer;
pub mod catalog;
mod query;

pub use query::{Facets, RawSearch, Search, Side, TEXT_MAX};

use crate::domain::profile::{Profile, country_name, language_name};
use crate::matching::thesaurus::Thesaurus;

/// The GFCE themes of the vocabulary: the address's id and the theme's name.
pub const THEMES: [(&str, &str); 6] = [
    ("strategy", "Cyber Security Policy and Strategy"),
    (
        "incidents",
        "Cyber Incident Management and Critical Infrastructure Protection",
    ),
    ("cybercrime", "Cybercrime"),
    ("skills", "Cyber Security Culture and Skills"),
    ("standards", "Cyber Security Standards"),
    ("cooperation", "Cooperation and resources"),
];

pub fn theme_name(id: &str) -> Option<&'static str> {
    THEMES.iter().find(|(i, _)| *i == id).map(|(_, n)| *n)
}

/// The themes a text is about: those of every concept of the vocabulary it names.
pub fn themes_of(thesaurus: &Thesaurus, text: &str) -> Vec<&'static str> {
    let words = thesaurus.normalize(text);
    let mut out = Vec::new();
    for c in thesaurus.concepts_named(&words) {
        let c = &thesaurus.concepts[c];
        if let Some((id, _)) = THEMES.iter().find(|(_, n)| *n == c.theme)
            && !out.contains(id)
        {
            out.push(*id);
        }
    }
    out
}

/// What the full-text index holds for a profile, analysed. Private needs are
/// never part of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub name: String,
    /// Description, kind, country and region, languages.
    pub about: String,
    pub offers: String,
    pub seeks: String,
}

impl Document {
    pub fn of(p: &Profile) -> Self {
        let mut about = vec![p.description.clone(), p.kind.label().to_owned()];
        about.extend(
            p.country
                .as_deref()
                .and_then(country_name)
                .map(str::to_owned),
        );
        about.extend(p.region.clone());
        about.extend(
            p.languages
                .iter()
                .filter_map(|l| language_name(l))
                .map(str::to_owned),
        );
        Self {
            name: analyzer::index_text(&p.name),
            about: analyzer::index_text(&about.join("\n")),
            offers: analyzer::index_text(&p.capabilities.join("\n")),
            seeks: analyzer::index_text(&p.needs.join("\n")),
        }
    }
}

/// The values of a profile's many-valued facets: `lang:fr`, and per theme
/// `offer:…` (a capability names it), `need:…` (a public need does) and
/// `theme:…` (either). Private needs add nothing.
pub fn tags(thesaurus: &Thesaurus, p: &Profile) -> Vec<String> {
    let mut out: Vec<String> = p.languages.iter().map(|l| format!("lang:{l}")).collect();
    for (side, items) in [("offer", &p.capabilities), ("need", &p.needs)] {
        for item in items {
            for t in themes_of(thesaurus, item) {
                for tag in [format!("{side}:{t}"), format!("theme:{t}")] {
                    if !out.contains(&tag) {
                        out.push(tag);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::OrgKind;

    fn profile() -> Profile {
        Profile {
            name: "CERT Kenya".into(),
            kind: OrgKind::Cert,
            country: Some("KE".into()),
            region: Some("Africa".into()),
            description: "The national team.".into(),
            website: None,
            languages: vec!["en".into(), "sw".into()],
            capabilities: vec!["Incident response training".into()],
            needs: vec!["Cybercrime legislation".into()],
            private_needs: vec!["Secret forensics budget".into()],
            contact_email: None,
        }
    }

    #[test]
    fn every_theme_of_the_vocabulary_has_an_id() {
        for c in &Thesaurus::shared().concepts {
            assert!(
                THEMES.iter().any(|(_, n)| *n == c.theme),
                "theme {} has no id",
                c.theme
            );
        }
    }

    #[test]
    fn documents_name_the_country_and_leave_private_needs_out() {
        let d = Document::of(&profile());
        assert!(d.about.split(' ').any(|t| t == "kenya"));
        assert!(d.about.split(' ').any(|t| t == "africa"));
        let all = format!("{} {} {} {}", d.name, d.about, d.offers, d.seeks);
        assert!(!all.contains("secret") && !all.contains("budget"));
    }

    #[test]
    fn tags_follow_the_side_of_each_theme() {
        let t = tags(&Thesaurus::shared(), &profile());
        assert!(t.contains(&"lang:sw".to_owned()));
        assert!(t.contains(&"offer:incidents".to_owned()), "{t:?}");
        assert!(t.contains(&"need:cybercrime".to_owned()), "{t:?}");
        assert!(!t.contains(&"need:incidents".to_owned()), "{t:?}");
        assert!(t.contains(&"theme:incidents".to_owned()));
    }
}
