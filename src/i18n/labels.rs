//! The service's own names for things (the GFCE themes of the vocabulary,
//! world regions, meeting outcomes) in a language of the interface. Pages
//! receive them in English from the pure layers, by id or by English name.

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
        assert_eq!(column(Lang::En, "Covered (%)"), "Covered (%)");
        assert_eq!(column(Lang::Fr, "Covered (%)"), "Couverts (%)");
        assert_eq!(column(Lang::Fr, "Covered"), Lang::Fr.t("col-covered"));
        assert_eq!(column(Lang::Fr, "Table plan"), "Plan des tables");
        assert_eq!(column(Lang::Fr, "No such heading"), "No such heading");
        assert_eq!(region(Lang::En, NO_REGION), NO_REGION);
        assert_eq!(theme(Lang::En, NO_THEME), NO_THEME);
    }
}
