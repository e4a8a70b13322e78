//! ISO 3166-1 countries and ISO 639-1 languages with their English names,
//! from maintained data crates (`rust_iso3166`, `isolang`), sorted by code
//! for binary search. Names in the interface's languages are in
//! [`crate::i18n::names`].

use std::sync::LazyLock;

/// (alpha-2 code, English short name), by code.
pub static COUNTRIES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut all: Vec<(&'static str, &'static str)> = rust_iso3166::ALL
        .iter()
        .map(|c| (c.alpha2, c.name))
        .collect();
    all.sort_unstable_by_key(|(code, _)| *code);
    all.dedup_by_key(|(code, _)| *code);
    all
});

/// (ISO 639-1 code, English name), by code.
pub static LANGUAGES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut all: Vec<(&'static str, &'static str)> = isolang::languages()
        .filter_map(|l| Some((l.to_639_1()?, l.to_name())))
        .collect();
    all.sort_unstable_by_key(|(code, _)| *code);
    all.dedup_by_key(|(code, _)| *code);
    all
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_and_language_is_there_once_by_code() {
        assert!(COUNTRIES.len() >= 249, "{}", COUNTRIES.len());
        assert!(LANGUAGES.len() >= 180, "{}", LANGUAGES.len());
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(LANGUAGES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(COUNTRIES.contains(&("CI", "Côte d'Ivoire")));
        assert!(COUNTRIES.contains(&("KE", "Kenya")));
        assert!(LANGUAGES.iter().any(|(c, n)| *c == "fr" && *n == "French"));
    }
}
