//! Countries and languages named in the interface's language, from the
//! Unicode CLDR data that ICU4X compiles in ("Côte d’Ivoire", "Alemania",
//! "مصر"; "francés", "английский"). Each language's table is built once.

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_experimental::displaynames::{
    DisplayNamesOptions,
    multi::{LanguageDisplayNames, RegionDisplayNames},
};
use icu_locale_core::Locale;
use icu_locale_core::subtags::{Language, Region};

use super::Lang;
use crate::domain::codes::{COUNTRIES, LANGUAGES};

/// Names of every country and language, per language of the interface.
struct Names {
    countries: HashMap<&'static str, String>,
    languages: HashMap<&'static str, String>,
}

static NAMES: LazyLock<HashMap<Lang, Names>> = LazyLock::new(|| {
    Lang::OFFERED
        .into_iter()
        .map(|lang| (lang, names_in(lang)))
        .collect()
});

fn names_in(lang: Lang) -> Names {
    let Ok(locale) = lang.code().parse::<Locale>() else {
        return Names {
            countries: HashMap::new(),
            languages: HashMap::new(),
        };
    };
    let regions =
        RegionDisplayNames::try_new(locale.clone().into(), DisplayNamesOptions::default()).ok();
    let languages =
        LanguageDisplayNames::try_new(locale.into(), DisplayNamesOptions::default()).ok();
    Names {
        countries: COUNTRIES
            .iter()
            .filter_map(|(code, _)| {
                let region: Region = code.parse().ok()?;
                Some((*code, regions.as_ref()?.of(region)?.to_owned()))
            })
            .collect(),
        languages: LANGUAGES
            .iter()
            .filter_map(|(code, _)| {
                let language: Language = code.parse().ok()?;
                Some((*code, languages.as_ref()?.of(language)?.to_owned()))
            })
            .collect(),
    }
}

fn table(lang: Lang) -> Option<&'static Names> {
    NAMES.get(&if lang == Lang::Pseudo { Lang::En } else { lang })
}

/// The country `code` (`CI`) in `lang`, else its English name, else `None`
/// for a code that is not a country.
pub fn country(lang: Lang, code: &str) -> Option<String> {
    table(lang)
        .and_then(|t| t.countries.get(code).cloned())
        .or_else(|| crate::domain::profile::country_name(code).map(str::to_owned))
}

/// The language `code` (`fr`) in `lang`, else its English name.
pub fn language(lang: Lang, code: &str) -> Option<String> {
    table(lang)
        .and_then(|t| t.languages.get(code).cloned())
        .or_else(|| crate::domain::profile::language_name(code).map(str::to_owned))
}

/// Codes by name in every language of the interface, keyed by `key(name)`
/// (built once; a search by name is then one look-up, not a scan of every
/// name in every language).
fn index_by_name(
    key: fn(&str) -> String,
    names: impl Fn(&Names) -> &HashMap<&'static str, String>,
) -> HashMap<String, &'static str> {
    let mut index = HashMap::new();
    for lang in Lang::OFFERED {
        if let Some(t) = table(lang) {
            for (code, name) in names(t) {
                index.entry(key(name)).or_insert(*code);
            }
        }
    }
    index
}

/// The country named `name` in a language of the interface, its name
/// compared as `key` makes it (accents, case, apostrophes aside).
pub fn country_named(name: &str, key: fn(&str) -> String) -> Option<&'static str> {
    static INDEX: std::sync::OnceLock<HashMap<String, &'static str>> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| index_by_name(key, |t| &t.countries))
        .get(&key(name))
        .copied()
}

/// The language named `name` in a language of the interface (see
/// [`country_named`]).
pub fn language_named(name: &str, key: fn(&str) -> String) -> Option<&'static str> {
    static INDEX: std::sync::OnceLock<HashMap<String, &'static str>> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| index_by_name(key, |t| &t.languages))
        .get(&key(name))
        .copied()
}

/// Every country as (code, name in `lang`), in the alphabetical order of
/// the names, accents and case aside.
pub fn countries_by_name(lang: Lang) -> Vec<(&'static str, String)> {
    let mut all: Vec<(&'static str, String)> = COUNTRIES
        .iter()
        .map(|(code, english)| {
            (
                *code,
                country(lang, code).unwrap_or_else(|| (*english).to_owned()),
            )
        })
        .collect();
    all.sort_by_cached_key(|(_, name)| crate::domain::fold(name));
    all
}

/// Every language as (code, name in `lang`), by name.
pub fn languages_by_name(lang: Lang) -> Vec<(&'static str, String)> {
    let mut all: Vec<(&'static str, String)> = LANGUAGES
        .iter()
        .map(|(code, english)| {
            (
                *code,
                language(lang, code).unwrap_or_else(|| (*english).to_owned()),
            )
        })
        .collect();
    all.sort_by_cached_key(|(_, name)| crate::domain::fold(name));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_named_in_the_interfaces_language() {
        assert_eq!(country(Lang::Fr, "CI").as_deref(), Some("Côte d’Ivoire"));
        assert_eq!(country(Lang::Es, "DE").as_deref(), Some("Alemania"));
        assert_eq!(country(Lang::Ar, "EG").as_deref(), Some("مصر"));
        assert_eq!(country(Lang::Ru, "RU").as_deref(), Some("Россия"));
        assert_eq!(country(Lang::Zh, "CN").as_deref(), Some("中国"));
        assert_eq!(country(Lang::En, "ZZ"), None);
        assert_eq!(countries_by_name(Lang::Fr).len(), COUNTRIES.len());
    }

    #[test]
    fn languages_are_named_in_the_interfaces_language() {
        assert_eq!(language(Lang::Fr, "es").as_deref(), Some("espagnol"));
        assert_eq!(language(Lang::Es, "fr").as_deref(), Some("francés"));
        assert_eq!(language(Lang::En, "ar").as_deref(), Some("Arabic"));
    }
}
