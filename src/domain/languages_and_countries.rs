//! Countries and languages as people write them: by ISO code, English name
//! or (for the common working languages) their own name, accents and case
//! aside. The data is in [`super::codes`].

use super::codes::{COUNTRIES, LANGUAGES};
use super::shorten;

/// At most this many working languages.
pub const LANGUAGES_MAX: usize = 20;

/// A country by its code, its English name, short or long ("Bolivia" for
/// "Bolivia (Plurinational State of)"), or its name in a language of the
/// interface ("Allemagne", "Alemania"), accents, apostrophes and case aside.
pub fn find_country(raw: &str) -> Option<&'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let folded = country_key(raw);
    let key = country_key;
    COUNTRIES
        .iter()
        .find(|(code, name)| {
            code.eq_ignore_ascii_case(raw)
                || key(name) == folded
                || name
                    .split_once([',', '('])
                    .is_some_and(|(short, _)| key(short.trim()) == folded)
        })
        .map(|(code, _)| *code)
        .or_else(|| crate::i18n::names::country_named(raw, country_key))
}

/// How country names are compared: accents, case and apostrophes aside.
fn country_key(name: &str) -> String {
    super::fold(&name.replace('’', "'"))
}

/// A country, given by its code ("CI") or its name ("Côte d'Ivoire").
pub fn parse_country(raw: &str) -> Result<Option<String>, String> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    match find_country(raw) {
        Some(code) => Ok(Some(code.to_owned())),
        None => Err(crate::i18n::message(
            "form-country-unknown",
            &[("value", &shorten(raw))],
        )),
    }
}

pub fn country_name(code: &str) -> Option<&'static str> {
    COUNTRIES
        .binary_search_by(|(c, _)| c.cmp(&code))
        .ok()
        .map(|i| COUNTRIES[i].1)
}

pub fn language_name(code: &str) -> Option<&'static str> {
    LANGUAGES
        .binary_search_by(|(c, _)| c.cmp(&code))
        .ok()
        .map(|i| LANGUAGES[i].1)
}

/// The names the languages of the United Nations and a few other common
/// working languages give themselves, so that "Français, English" is read
/// as it is meant (English names come from the ISO 639 list).
const AUTONYMS: [(&str, &str); 10] = [
    ("ar", "العربية"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("ru", "Русский"),
    ("sw", "Kiswahili"),
    ("zh", "中文"),
    ("zh", "汉语"),
];

/// A language by its ISO 639-1 code, its English name ("French"), the name
/// it gives itself ("Français") or its name in a language of the interface
/// ("francés", "французский"), accents and case aside.
pub fn find_language(raw: &str) -> Option<&'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let folded = super::fold(raw);
    LANGUAGES
        .iter()
        .find(|(code, name)| code.eq_ignore_ascii_case(raw) || super::fold(name) == folded)
        .map(|(code, _)| *code)
        .or_else(|| {
            AUTONYMS
                .iter()
                .find(|(_, name)| super::fold(name) == folded)
                .map(|(code, _)| *code)
        })
        .or_else(|| crate::i18n::names::language_named(raw, super::fold))
}

/// ISO 639-1 codes, without duplicates, in the order given; each language
/// given by its code or its name ("fr", "French", "Français"), or several
/// codes separated by spaces ("en fr").
pub fn parse_languages<S: AsRef<str>>(raw: &[S]) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for item in raw.iter().map(|s| s.as_ref().trim()) {
        if item.is_empty() {
            continue;
        }
        let found: Option<Vec<&str>> = match find_language(item) {
            Some(code) => Some(vec![code]),
            None => item.split_whitespace().map(find_language).collect(),
        };
        match found {
            Some(codes) => {
                for code in codes {
                    if !out.iter().any(|c| c == code) {
                        out.push(code.to_owned());
                    }
                }
            }
            None => unknown.push(shorten(item)),
        }
    }
    if !unknown.is_empty() {
        return Err(crate::i18n::message(
            "form-language-unknown",
            &[("values", &unknown.join(", "))],
        ));
    }
    if out.len() > LANGUAGES_MAX {
        return Err(crate::i18n::message(
            "form-languages-many",
            &[("max", &LANGUAGES_MAX)],
        ));
    }
    Ok(out)
}

/// Splits a comma-, semicolon- or space-separated list of language codes.
pub fn split_languages(raw: &str) -> Vec<String> {
    raw.split([',', ';', '/', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_write_countries_and_languages_by_name() {
        for (typed, code) in [
            ("Côte d'Ivoire", "CI"),
            ("cote d'ivoire", "CI"),
            ("Kenya", "KE"),
            ("ke", "KE"),
            ("Bolivia", "BO"),
        ] {
            assert_eq!(parse_country(typed), Ok(Some(code.to_owned())), "{typed}");
        }
        assert!(parse_country("Cô").is_err());
        assert_eq!(parse_country("  "), Ok(None));
        let languages = |typed: &str| parse_languages(&split_languages(typed));
        assert_eq!(
            languages("Français, English"),
            Ok(vec!["fr".into(), "en".into()])
        );
        assert_eq!(languages("en fr"), Ok(vec!["en".into(), "fr".into()]));
        assert_eq!(
            languages("spanish; Arabic / 中文"),
            Ok(vec!["es".into(), "ar".into(), "zh".into()])
        );
        assert_eq!(languages("French, fr, Français"), Ok(vec!["fr".into()]));
        assert!(languages("Klingon").unwrap_err().contains("Klingon"));
        // Names in the languages of the interface, as CLDR writes them.
        assert_eq!(
            languages("francés, французский, 葡萄牙语"),
            Ok(vec!["fr".into(), "pt".into()])
        );
        for (typed, code) in [
            ("Allemagne", "DE"),
            ("Alemania", "DE"),
            ("Côte d’Ivoire", "CI"),
        ] {
            assert_eq!(parse_country(typed), Ok(Some(code.to_owned())), "{typed}");
        }
    }
}
