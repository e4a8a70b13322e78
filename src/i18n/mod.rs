//! The languages of the interface: which ones there are ([`Lang`]), the
//! message files behind them (Project Fluent, in `templates/locales/`), how a
//! request's language is chosen ([`negotiate`]), and numbers and dates written
//! the way each language writes them ([`format`]).
//!
//! Pure: no web, no database. The web layer picks a [`Lang`] per request and
//! hands it to every page; the CLI and the exports take one as an argument.

pub mod format;
pub mod names;
pub mod negotiate;
pub mod pseudo;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Display;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

// Every message of every language, compiled into the binary.
fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./templates/locales",
        fallback_language: "en",
        // Arabic pages mix right-to-left text with names written left to
        // right: isolate what is put into a message there; elsewhere the
        // isolation marks would only get in the way of copy and paste.
        customise: |bundle| {
            let rtl = bundle.locales.first().is_some_and(|l| l.language.as_str() == "ar");
            bundle.set_use_isolating(rtl);
        },
    };
}

// The English messages turned into the pseudo-locale (see [`pseudo`]).
fluent_templates::static_loader! {
    static PSEUDO = {
        locales: "./templates/locales",
        fallback_language: "en",
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_transform(Some(pseudo::transform));
        },
    };
}

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Ar,
    Zh,
    Ru,
    /// English made long and accented, to see what a translation would cut
    /// or overflow (`?lang=en-XA`). Not offered in the language switcher.
    Pseudo,
}

impl Lang {
    /// The languages offered to people, in the switcher's order.
    pub const OFFERED: [Lang; 6] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ar, Lang::Zh, Lang::Ru];

    /// The BCP 47 tag, as in `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Ru => "ru",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as a switcher shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::Ru => "Русский",
            Lang::Pseudo => "Ƥşèúðô",
        }
    }

    /// `rtl` for Arabic, `ltr` otherwise.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// The language of a tag such as `fr`, `fr-CA`, `ES`, `zh-Hans-CN` or
    /// `en-XA`; `None` for a language the interface does not have.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::OFFERED.into_iter().find(|l| l.code() == primary)
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::En | Lang::Pseudo => langid!("en"),
            Lang::Fr => langid!("fr"),
            Lang::Es => langid!("es"),
            Lang::Ar => langid!("ar"),
            Lang::Zh => langid!("zh"),
            Lang::Ru => langid!("ru"),
        }
    }

    fn loader(self) -> &'static fluent_templates::StaticLoader {
        if self == Lang::Pseudo { &PSEUDO } else { &LOCALES }
    }

    /// The message `id`, in this language (English where a translation is
    /// missing; the id itself where even English has none, so that a missing
    /// message shows on the page and the tests catch it).
    pub fn t(self, id: &str) -> String {
        self.loader()
            .try_lookup(&self.langid(), id)
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` with its arguments. A value that reads as a number
    /// is passed as one, so that plural rules apply to it.
    pub fn tr(self, id: &str, args: &[(&str, &dyn Display)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Owned((*name).to_owned()), argument(&value.to_string())))
            .collect();
        self.loader()
            .try_lookup_with_args(&self.langid(), id, &args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// Whether this language itself (not English standing in) has `id`.
    pub fn has(self, id: &str) -> bool {
        LOCALES
            .lookup_no_default_fallback::<&str>(&self.langid(), id, None)
            .is_some()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

fn argument(value: &str) -> FluentValue<'static> {
    match value.parse::<f64>() {
        Ok(n) if n.is_finite() && !value.starts_with('+') => FluentValue::from(n),
        _ => FluentValue::from(value.to_owned()),
    }
}

/// Every message id of a language's files, read from the files themselves
/// (for the test that every language has every message).
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| {
            line.starts_with(|c: char| c.is_ascii_lowercase()) && line.contains(" =")
        })
        .filter_map(|line| line.split(" =").next())
        .map(|id| id.trim().to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_leniently() {
        assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::parse("ES"), Some(Lang::Es));
        assert_eq!(Lang::parse("zh_Hans_CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("en-xa"), Some(Lang::Pseudo));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
        for l in Lang::OFFERED {
            assert_eq!(Lang::parse(l.code()), Some(l));
        }
    }

    #[test]
    fn messages_come_in_each_language_with_plurals() {
        assert_eq!(Lang::En.t("nav-directory"), "Directory");
        assert_eq!(Lang::Fr.t("nav-directory"), "Annuaire");
        assert_eq!(Lang::En.tr("count-organizations", &[("count", &1)]), "1 organization");
        assert_eq!(Lang::En.tr("count-organizations", &[("count", &3)]), "3 organizations");
        assert_eq!(Lang::Fr.tr("count-organizations", &[("count", &1)]), "1 organisation");
        assert_eq!(Lang::Ru.tr("count-organizations", &[("count", &2)]), "2 организации");
        assert_eq!(Lang::Ru.tr("count-organizations", &[("count", &5)]), "5 организаций");
        // A missing message shows its id, so that a page walk finds it.
        assert_eq!(Lang::Fr.t("no-such-message"), "no-such-message");
    }

    #[test]
    fn arabic_isolates_what_is_put_in_a_message_and_others_do_not() {
        let ar = Lang::Ar.tr("count-organizations", &[("count", &3)]);
        assert!(ar.contains('\u{2068}'), "{ar:?}");
        let fr = Lang::Fr.tr("count-organizations", &[("count", &3)]);
        assert!(!fr.contains('\u{2068}'), "{fr:?}");
    }

    #[test]
    fn the_pseudo_locale_changes_text_but_not_arguments() {
        let p = Lang::Pseudo.tr("count-organizations", &[("count", &3)]);
        assert!(p.contains('3'), "{p}");
        assert_ne!(p, "3 organizations");
        assert!(p.chars().count() > "3 organizations".len(), "{p}");
    }
}
