//! The service's own names for things (the GFCE themes of the vocabulary,
//! world regions, meeting outcomes) in a language of the interface. Pages
//! receive them in English from the pure layers, by id or by English name.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Lang;
use crate::domain::profile::{REGIONS, region_message};
use crate::search::THEMES;
use crate::services::landscape::{NO_REGION, NO_THEME};

/// A theme, given by its id (`incidents`) or its English name.
pub fn theme(lang: Lang, id_or_name: &str) -> String {
    if id_or_name == NO_THEME {
        return lang.t("theme-none");
    }
    THEMES
        .iter()
        .find(|(id, name)| *id == id_or_name || *name == id_or_name)
        .map_or_else(
            || id_or_name.to_owned(),
            |(id, _)| lang.t(&format!("theme-{id}")),
        )
}

/// A meeting's outcome by its English label ("MoU or agreement"), or the
/// words for none recorded; other text as it is.
pub fn outcome(lang: Lang, label: &str) -> String {
    match label {
        "Not recorded" => return lang.t("outcome-none"),
        "Not yet recorded" => return lang.t("outcome-not-yet"),
        _ => {}
    }
    crate::domain::meeting::Outcome::ALL
        .into_iter()
        .find(|o| o.label() == label)
        .map_or_else(
            || label.to_owned(),
            |o| lang.t(&format!("outcome-{}", o.as_str())),
        )
}

/// A column heading or sheet name of a file, by its English text ("Time",
/// "Table plan"), in `lang`; a heading without a message stays English.
pub fn column(lang: Lang, english: &str) -> String {
    let slug: String = english
        .to_lowercase()
        .replace('%', " pct ")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let words: Vec<&str> = slug.split('-').filter(|w| !w.is_empty()).collect();
    let id = format!("col-{}", words.join("-"));
    if lang.has(&id) || Lang::En.has(&id) {
        lang.t(&id)
    } else {
        english.to_owned()
    }
}

/// A topic of the vocabulary by its English label, as reasons write it
/// ("national incident response teams (CERT/CSIRT)") or as the landscape
/// does ("National incident …"): the same case of its first letter.
pub fn topic(lang: Lang, label: &str) -> String {
    /// Message id by lower-cased label, for every topic that has a message.
    static IDS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
        crate::matching::thesaurus::Thesaurus::shared()
            .concepts
            .iter()
            .map(|c| (c.label.to_lowercase(), format!("topic-{}", c.id)))
            .filter(|(_, id)| Lang::En.has(id))
            .collect()
    });
    if lang == Lang::En {
        return label.to_owned();
    }
    let Some(id) = IDS.get(&label.to_lowercase()) else {
        return label.to_owned();
    };
    let name = lang.t(id);
    if label.starts_with(char::is_lowercase) {
        let mut chars = name.chars();
        chars.next().map_or(name.clone(), |first| {
            first.to_lowercase().chain(chars).collect()
        })
    } else {
        name
    }
}

/// Who a partner is, as a need asks (a funder, in Africa): English as the
/// engine writes it, other languages from its parts.
pub fn who(lang: Lang, english: &str, who: &crate::matching::Who) -> String {
    if lang == Lang::En || who.types.is_empty() {
        return english.to_owned();
    }
    let types: Vec<String> = who
        .types
        .iter()
        .map(|id| lang.t(&format!("partner-type-{id}")))
        .collect();
    let mut out = types.join(", ");
    if let Some(r) = &who.region {
        out = lang.tr(
            "who-in-region",
            &[("who", &out), ("region", &region(lang, r))],
        );
    }
    if !who.languages.is_empty() {
        let names: Vec<String> = who
            .languages
            .iter()
            .map(|c| super::names::language(lang, c).unwrap_or_else(|| c.clone()))
            .collect();
        out = lang.tr(
            "who-working-in",
            &[("who", &out), ("languages", &names.join(", "))],
        );
    }
    out
}

/// A world region by its English name (`Middle East`).
pub fn region(lang: Lang, name: &str) -> String {
    if name == NO_REGION {
        return lang.t("region-none");
    }
    if REGIONS.contains(&name) {
        lang.t(&region_message(name))
    } else {
        name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_and_regions_are_named_in_the_language() {
        assert_eq!(theme(Lang::En, "incidents"), THEMES[1].1);
        assert_eq!(theme(Lang::En, THEMES[1].1), THEMES[1].1);
        assert_ne!(theme(Lang::Fr, "incidents"), THEMES[1].1);
        assert_eq!(theme(Lang::Fr, "not a theme"), "not a theme");
        assert_eq!(region(Lang::Es, "Africa"), "África");
        let csirt = "national incident response teams (CERT/CSIRT)";
        assert_eq!(topic(Lang::En, csirt), csirt);
        let fr = topic(Lang::Fr, csirt);
        assert!(
            fr != csirt && fr.starts_with(char::is_lowercase) && fr.contains("CERT"),
            "{fr}"
        );
        assert!(
            topic(Lang::Es, "National incident response teams (CERT/CSIRT)")
                .starts_with(char::is_uppercase)
        );
        assert_eq!(topic(Lang::Fr, "not a topic"), "not a topic");
        let funder = crate::matching::Who {
            types: vec!["donor".into()],
            region: Some("Africa".into()),
            languages: vec!["fr".into()],
        };
        assert_eq!(
            who(Lang::En, "a funder in Africa", &funder),
            "a funder in Africa"
        );
        let es = who(Lang::Es, "a funder in Africa", &funder);
        assert!(
            es.contains("África") && es.contains("francés") && !es.contains("funder"),
            "{es}"
        );
        assert_eq!(column(Lang::En, "Covered (%)"), "Covered (%)");
        assert_eq!(column(Lang::Fr, "Covered (%)"), "Couverts (%)");
        assert_eq!(column(Lang::Fr, "Covered"), Lang::Fr.t("col-covered"));
        assert_eq!(column(Lang::Fr, "Table plan"), "Plan des tables");
        assert_eq!(column(Lang::Fr, "No such heading"), "No such heading");
        assert_eq!(region(Lang::En, NO_REGION), NO_REGION);
        assert_eq!(theme(Lang::En, NO_THEME), NO_THEME);
    }
}
