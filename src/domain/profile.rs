//! An organization's profile: parsed from the web form or an import row.

use serde::{Deserialize, Serialize};

use super::account::Email;
use super::{FieldErrors, char_len, shorten};

pub use super::languages_and_countries::{
    country_name, find_country, find_language, language_name, parse_country, parse_languages,
    split_languages,
};
pub use super::org_name::{name_key, parse_name};

pub const NAME_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 5_000;
pub const ITEMS_MAX: usize = 50;
pub const ITEM_MAX: usize = 200;
pub const WEBSITE_MAX: usize = 500;
pub use super::languages_and_countries::LANGUAGES_MAX;

/// The kinds of organization, after the IATI organisation types, grouped for this field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Government,
    DevelopmentAgency,
    InternationalOrg,
    RegionalOrg,
    Cert,
    CivilSociety,
    Academia,
    PrivateSector,
    Other,
}

impl OrgKind {
    pub const ALL: [OrgKind; 9] = [
        OrgKind::Government,
        OrgKind::DevelopmentAgency,
        OrgKind::InternationalOrg,
        OrgKind::RegionalOrg,
        OrgKind::Cert,
        OrgKind::CivilSociety,
        OrgKind::Academia,
        OrgKind::PrivateSector,
        OrgKind::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            OrgKind::Government => "government",
            OrgKind::DevelopmentAgency => "development_agency",
            OrgKind::InternationalOrg => "international_org",
            OrgKind::RegionalOrg => "regional_org",
            OrgKind::Cert => "cert",
            OrgKind::CivilSociety => "civil_society",
            OrgKind::Academia => "academia",
            OrgKind::PrivateSector => "private_sector",
            OrgKind::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OrgKind::Government => "Government, ministry or agency",
            OrgKind::DevelopmentAgency => "Development agency",
            OrgKind::InternationalOrg => "International organization",
            OrgKind::RegionalOrg => "Regional organization",
            OrgKind::Cert => "National CERT / CSIRT",
            OrgKind::CivilSociety => "Civil society",
            OrgKind::Academia => "Academia and research",
            OrgKind::PrivateSector => "Private sector",
            OrgKind::Other => "Other",
        }
    }

    /// The id of the kind's name in the message files (`kind-cert`).
    pub fn message_id(self) -> String {
        format!("kind-{}", self.id())
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim().to_lowercase().replace([' ', '-'], "_");
        if s.is_empty() {
            return Err(crate::i18n::message("form-kind-empty", &[]));
        }
        Self::ALL
            .into_iter()
            .find(|k| k.id() == s)
            .ok_or_else(|| crate::i18n::message("form-kind-unknown", &[("value", &shorten(raw))]))
    }
}

/// World regions used across the service.
pub const REGIONS: [&str; 7] = [
    "Africa",
    "Americas",
    "Asia",
    "Europe",
    "Middle East",
    "Pacific",
    "Global",
];

/// The id of a region's name in the message files (`region-middle-east`).
pub fn region_message(region: &str) -> String {
    format!("region-{}", region.to_lowercase().replace(' ', "-"))
}

pub fn parse_region(raw: &str) -> Result<Option<String>, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    REGIONS
        .iter()
        .find(|r| r.eq_ignore_ascii_case(s))
        .map(|r| Some((*r).to_owned()))
        .ok_or_else(|| {
            crate::i18n::message("form-region-unknown", &[("regions", &REGIONS.join(", "))])
        })
}

/// An ISO 3166-1 alpha-2 code, upper case; empty means none.
pub fn parse_description(raw: &str) -> Result<String, String> {
    let s = raw.trim().replace("\r\n", "\n");
    if char_len(&s) > DESCRIPTION_MAX {
        return Err(crate::i18n::message(
            "form-description-long",
            &[("max", &DESCRIPTION_MAX), ("count", &char_len(&s))],
        ));
    }
    Ok(s)
}

/// An http(s) address. Anything else (`javascript:`, `data:`, a bare word) is refused,
/// so that a stored website can always be shown as a link.
pub fn parse_website(raw: &str) -> Result<Option<String>, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if char_len(s) > WEBSITE_MAX {
        return Err(crate::i18n::message(
            "form-website-long",
            &[("max", &WEBSITE_MAX)],
        ));
    }
    // "www.example.org" is read as https://www.example.org; another scheme
    // (javascript:, data:, ftp://) is refused.
    let lower = s.to_ascii_lowercase();
    let scheme = lower.split_once(':').map_or("", |(x, _)| x);
    let owned;
    let s = if lower.starts_with("https://") || lower.starts_with("http://") {
        s
    } else if lower.contains("://")
        || (!scheme.is_empty()
            && !scheme.contains('.')
            && scheme.chars().all(|c| c.is_ascii_alphabetic()))
    {
        return Err(crate::i18n::message("form-website-scheme", &[]));
    } else {
        owned = format!("https://{s}");
        &owned
    };
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = !host.is_empty()
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-' || c == ':')
        && !host.starts_with('.');
    if !host_ok
        || s.chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    {
        return Err(crate::i18n::message("form-website-invalid", &[]));
    }
    Ok(Some(s.to_owned()))
}

pub fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// One side of a profile (capabilities or needs): trimmed, empty lines dropped,
/// duplicates dropped, at most [`ITEMS_MAX`] items of at most [`ITEM_MAX`] characters.
pub fn parse_items<S: AsRef<str>>(raw: &[S], what: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for item in raw {
        let s = item
            .as_ref()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if s.is_empty() || out.iter().any(|o| o.eq_ignore_ascii_case(&s)) {
            continue;
        }
        if char_len(&s) > ITEM_MAX {
            return Err(crate::i18n::message(
                "form-item-long",
                &[
                    ("what", &what),
                    ("max", &ITEM_MAX),
                    ("start", &s.chars().take(40).collect::<String>()),
                    ("count", &char_len(&s)),
                ],
            ));
        }
        out.push(s);
    }
    if out.len() > ITEMS_MAX {
        return Err(crate::i18n::message(
            "form-items-many",
            &[("what", &what), ("max", &ITEMS_MAX), ("count", &out.len())],
        ));
    }
    Ok(out)
}

/// Splits a textarea into lines: one item per line.
pub fn split_lines(raw: &str) -> Vec<String> {
    raw.lines().map(str::to_owned).collect()
}

/// A profile as typed or imported, before any check.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ProfileDraft {
    pub name: String,
    pub kind: String,
    pub country: String,
    pub region: String,
    pub description: String,
    pub website: String,
    pub languages: Vec<String>,
    pub capabilities: Vec<String>,
    pub needs: Vec<String>,
    /// Needs shown to others only by theme until there is mutual interest.
    pub private_needs: Vec<String>,
    pub contact_email: String,
}

/// A checked profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub kind: OrgKind,
    pub country: Option<String>,
    pub region: Option<String>,
    pub description: String,
    pub website: Option<String>,
    pub languages: Vec<String>,
    pub capabilities: Vec<String>,
    pub needs: Vec<String>,
    /// Needs shown to others only by theme until there is mutual interest;
    /// they count in scoring like the others.
    pub private_needs: Vec<String>,
    pub contact_email: Option<String>,
}

impl Profile {
    /// A new organization's profile: only the name.
    pub fn empty(name: String) -> Self {
        Profile {
            name,
            kind: OrgKind::Other,
            country: None,
            region: None,
            description: String::new(),
            website: None,
            languages: Vec::new(),
            capabilities: Vec::new(),
            needs: Vec::new(),
            private_needs: Vec::new(),
            contact_email: None,
        }
    }

    /// Need number `i` counting the public needs first, then the private ones,
    /// and whether it is private.
    pub fn need(&self, i: usize) -> Option<(&str, bool)> {
        match self.needs.get(i) {
            Some(n) => Some((n, false)),
            None => self
                .private_needs
                .get(i - self.needs.len())
                .map(|n| (n.as_str(), true)),
        }
    }

    /// All needs, public first, then private.
    pub fn all_needs(&self) -> impl Iterator<Item = &String> {
        self.needs.iter().chain(&self.private_needs)
    }
}

impl ProfileDraft {
    pub fn parse(&self) -> Result<Profile, FieldErrors> {
        let mut errors = FieldErrors::default();
        // No text here holds a NUL (and PostgreSQL cannot store one).
        let single = [
            ("name", &self.name),
            ("kind", &self.kind),
            ("country", &self.country),
            ("region", &self.region),
            ("description", &self.description),
            ("website", &self.website),
            ("contact_email", &self.contact_email),
        ];
        let lists = [
            ("languages", &self.languages),
            ("capabilities", &self.capabilities),
            ("needs", &self.needs),
            ("private_needs", &self.private_needs),
        ];
        let with_nul = single
            .into_iter()
            .filter(|(_, v)| v.contains('\0'))
            .map(|(f, _)| f)
            .chain(
                lists
                    .into_iter()
                    .filter(|(_, v)| v.iter().any(|i| i.contains('\0')))
                    .map(|(f, _)| f),
            );
        for field in with_nul {
            errors.add(field, "This contains a NUL character (\\0); remove it.");
        }
        let name = errors.take("name", parse_name(&self.name));
        let kind = errors.take("kind", OrgKind::parse(&self.kind));
        let country = errors.take("country", parse_country(&self.country));
        let region = errors.take("region", parse_region(&self.region));
        let description = errors.take("description", parse_description(&self.description));
        let website = errors.take("website", parse_website(&self.website));
        let languages = errors.take("languages", parse_languages(&self.languages));
        let capabilities = errors.take(
            "capabilities",
            parse_items(&self.capabilities, "capability"),
        );
        let needs = errors.take("needs", parse_items(&self.needs, "need"));
        let private_needs = errors.take(
            "private_needs",
            parse_items(&self.private_needs, "private_need"),
        );
        let contact_email = if self.contact_email.trim().is_empty() {
            Some(None)
        } else {
            errors
                .take("contact_email", Email::parse(&self.contact_email))
                .map(|e| Some(e.as_str().to_owned()))
        };
        match (
            name,
            kind,
            country,
            region,
            description,
            website,
            languages,
            capabilities,
            needs,
            contact_email,
            private_needs,
        ) {
            (
                Some(name),
                Some(kind),
                Some(country),
                Some(region),
                Some(description),
                Some(website),
                Some(languages),
                Some(capabilities),
                Some(needs),
                Some(contact_email),
                Some(private_needs),
            ) if errors.is_empty() => Ok(Profile {
                name,
                kind,
                country,
                region,
                description,
                website,
                languages,
                capabilities,
                needs,
                private_needs,
                contact_email,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ProfileDraft {
        ProfileDraft {
            name: "Pacific CERT".into(),
            kind: "cert".into(),
            country: "fj".into(),
            region: "pacific".into(),
            description: "A CERT.".into(),
            website: "https://cert.example.org".into(),
            languages: vec!["EN".into(), "fr".into(), "en".into()],
            capabilities: vec!["Incident handling".into(), "".into()],
            needs: vec!["Forensics lab".into()],
            private_needs: vec![],
            contact_email: "".into(),
        }
    }

    #[test]
    fn a_good_draft_is_normalised() {
        let p = draft().parse().unwrap();
        assert_eq!(p.country.as_deref(), Some("FJ"));
        assert_eq!(p.region.as_deref(), Some("Pacific"));
        assert_eq!(p.languages, vec!["en", "fr"]);
        assert_eq!(p.capabilities, vec!["Incident handling"]);
        assert_eq!(p.contact_email, None);
    }

    #[test]
    fn every_bad_field_is_reported() {
        let d = ProfileDraft {
            name: " ".into(),
            kind: "spaceship".into(),
            country: "XX".into(),
            region: "Mars".into(),
            description: "x".repeat(DESCRIPTION_MAX + 1),
            website: "javascript:alert(1)".into(),
            languages: vec!["klingon".into()],
            capabilities: vec!["y".repeat(ITEM_MAX + 1)],
            needs: (0..=ITEMS_MAX).map(|i| format!("need {i}")).collect(),
            private_needs: vec![],
            contact_email: "nope".into(),
        };
        let errors = d.parse().unwrap_err();
        for field in [
            "name",
            "kind",
            "country",
            "region",
            "description",
            "website",
            "languages",
            "capabilities",
            "needs",
            "contact_email",
        ] {
            assert!(errors.get(field).is_some(), "{field} should have an error");
        }
    }

    #[test]
    fn only_http_links_are_websites() {
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,x",
            "ftp://x.org",
            "example",
            "https://",
        ] {
            assert!(parse_website(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_website(" https://a.example.org/x?y=1 ")
                .unwrap()
                .as_deref(),
            Some("https://a.example.org/x?y=1")
        );
    }

    #[test]
    fn addresses_without_scheme_are_read_as_https() {
        for (typed, stored) in [
            ("www.example.org", "https://www.example.org"),
            ("example.org:8080/x", "https://example.org:8080/x"),
            ("HTTP://Example.org", "HTTP://Example.org"),
        ] {
            assert_eq!(parse_website(typed), Ok(Some(stored.to_owned())), "{typed}");
        }
        for hostile in [
            "javascript:alert(1)",
            "data:text/html,x",
            "ftp://example.org",
            "mailto:a@example.org",
            "just words",
            "localhost",
        ] {
            assert!(parse_website(hostile).is_err(), "{hostile}");
        }
    }
}
