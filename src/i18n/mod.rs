//! The languages of the interface: which ones there are ([`Lang`]), the
//! message files behind them (Project Fluent, in `templates/locales/`), how a
//! request's language is chosen ([`negotiate`]), and numbers and dates written
//! the way each language writes them ([`format`]).
//!
//! Pure: no web, no database. The web layer picks a [`Lang`] per request and
//! hands it to every page; the CLI and the exports take one as an argument.

pub mod format;
pub mod labels;
pub mod names;
pub mod negotiate;
pub mod pseudo;
pub mod reasons;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Display;
use std::sync::{Arc, RwLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid};

// Every message of every language, compiled into the binary.
fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./templates/locales",
        fallback_language: "en",
        // Arabic pages mix right-to-left text with names written left to
        // right: isolate what is put into a message there; elsewhere the
        // isolation marks would only get in the way of copy and paste.
        customise: |bundle| {
            let language = bundle.locales.first().map(|l| l.language.as_str().to_owned());
            let rtl = language.as_deref() == Some("ar");
            bundle.set_use_isolating(rtl);
            // Numbers in messages grouped the language's way (1,234 · 1 234).
            bundle.set_formatter(Some(match language.as_deref() {
                Some("fr") => format::fluent_fr,
                Some("es") => format::fluent_es,
                Some("ru") => format::fluent_ru,
                _ => format::fluent_en,
            }));
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

/// Messages without arguments once formatted, per language (by `Lang as usize`).
static FORMATTED: [RwLock<BTreeMap<Box<str>, Arc<str>>>; 7] =
    [const { RwLock::new(BTreeMap::new()) }; 7];

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
        if self == Lang::Pseudo {
            &PSEUDO
        } else {
            &LOCALES
        }
    }

    /// The message `id`, in this language (English where a translation is
    /// missing; the id itself where even English has none, so that a missing
    /// message shows on the page and the tests catch it). Messages without
    /// arguments are kept once formatted: a page asks for hundreds.
    pub fn t(self, id: &str) -> String {
        let cache = &FORMATTED[self as usize];
        if let Some(text) = cache.read().ok().and_then(|c| c.get(id).cloned()) {
            return text.to_string();
        }
        match self.lookup(id, None) {
            Some(text) => {
                // Only messages that exist are kept, so the cache is bounded.
                if let Ok(mut c) = cache.write() {
                    c.insert(id.into(), text.as_str().into());
                }
                text
            }
            None => id.to_owned(),
        }
    }

    /// The message in this language, else in English; `None` when neither
    /// has it. Straight to the language's bundle: no negotiation per call.
    fn lookup(self, id: &str, args: Option<&HashMap<&str, FluentValue<'_>>>) -> Option<String> {
        let loader = self.loader();
        loader
            .lookup_single_language(&self.langid(), id, args)
            .ok()
            .or_else(|| {
                let english = langid!("en");
                (self.langid() != english)
                    .then(|| loader.lookup_single_language(&english, id, args).ok())
                    .flatten()
            })
    }

    /// The message `id` with its arguments. A value that reads as a number
    /// is passed as one, so that plural rules apply to it.
    pub fn tr(self, id: &str, args: &[(&str, &dyn Display)]) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(name, value)| (*name, argument(&value.to_string())))
            .collect();
        self.tr_values(id, args)
    }

    /// The message `id` with arguments given as Fluent values (a year as
    /// text, so that it is not written as a quantity: 2026, not 2,026).
    pub fn tr_values(self, id: &str, args: Vec<(&str, FluentValue<'_>)>) -> String {
        let args: HashMap<&str, FluentValue<'_>> = args.into_iter().collect();
        self.lookup(id, Some(&args))
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

/// Separates the id and the arguments of a [`message`] kept as text.
const SEP: char = '\u{1f}';

/// A message of the interface kept as text until the language is known: the
/// pure layers (form parsers, importers) say *what* is wrong with an id and
/// its arguments; the page, the API or the CLI writes it in its language
/// with [`Lang::render`]. Arguments lose any separator character they hold.
pub fn message(id: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::from(SEP);
    out.push_str(id);
    for (name, value) in args {
        out.push(SEP);
        out.push_str(name);
        out.push('=');
        out.push_str(&value.to_string().replace(SEP, ""));
    }
    out
}

impl Lang {
    /// A text that may be a [`message`] or a bare message id, in this
    /// language; any other text as it is.
    pub fn render(self, text: &str) -> String {
        if let Some(encoded) = text.strip_prefix(SEP) {
            let mut parts = encoded.split(SEP);
            let id = parts.next().unwrap_or_default();
            let args: Vec<(&str, &str)> = parts.filter_map(|p| p.split_once('=')).collect();
            let dyn_args: Vec<(&str, &dyn Display)> =
                args.iter().map(|(k, v)| (*k, v as &dyn Display)).collect();
            return self.tr(id, &dyn_args);
        }
        let is_id = !text.is_empty()
            && text.contains('-')
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if is_id { self.t(text) } else { text.to_owned() }
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
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()) && line.contains(" ="))
        .filter_map(|line| line.split(" =").next())
        .map(|id| id.trim().to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// Every message file of a language, as (id, text with its variants).
    fn messages_of(lang: &str) -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("templates/locales")
            .join(lang);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("a file").path())
            .collect();
        files.sort();
        let mut out: Vec<(String, String)> = Vec::new();
        for file in files {
            let source = std::fs::read_to_string(&file).expect("readable");
            // A file that does not parse would fail every page at run time.
            if let Err((_, errors)) =
                fluent_templates::fluent_bundle::FluentResource::try_new(source.clone())
            {
                panic!("{} does not parse: {errors:?}", file.display());
            }
            for line in source.lines() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                if let Some(id) = message_ids(line).into_iter().next() {
                    out.push((id, line.to_owned()));
                } else if let Some(last) = out.last_mut() {
                    last.1.push('\n');
                    last.1.push_str(line);
                }
            }
        }
        out
    }

    fn variables(text: &str) -> BTreeSet<String> {
        text.split('$')
            .skip(1)
            .map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect()
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message_with_the_same_arguments() {
        let english = messages_of("en");
        let ids: BTreeSet<&str> = english.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(
            ids.len(),
            english.len(),
            "an id is defined twice in English"
        );
        let mut problems = Vec::new();
        for lang in Lang::OFFERED.iter().filter(|l| **l != Lang::En) {
            let theirs = messages_of(lang.code());
            let found: BTreeSet<&str> = theirs.iter().map(|(id, _)| id.as_str()).collect();
            // A message defined twice stops the whole language from loading.
            if found.len() != theirs.len() {
                problems.push(format!("{lang}: an id is defined twice"));
            }
            for missing in ids.difference(&found) {
                problems.push(format!("{lang}: no message {missing}"));
            }
            for extra in found.difference(&ids) {
                problems.push(format!("{lang}: {extra} is not an English message"));
            }
            for (id, text) in &theirs {
                let Some((_, en)) = english.iter().find(|(e, _)| e == id) else {
                    continue;
                };
                let mut given = variables(en);
                // Dates give the month's number too, for languages that
                // write it instead of a name (2026年12月7日).
                if id == "date-long" {
                    given.insert("monthnum".to_owned());
                }
                let unknown: Vec<String> = variables(text).difference(&given).cloned().collect();
                if !unknown.is_empty() {
                    problems.push(format!(
                        "{lang}: {id} uses {unknown:?}, which English does not give"
                    ));
                }
                if id.ends_with("-html") != text.contains('<') && id.ends_with("-html") {
                    problems.push(format!("{lang}: {id} lost its markup"));
                }
                if !id.ends_with("-html") && text.contains("</") {
                    problems.push(format!(
                        "{lang}: {id} has markup but is not an -html message"
                    ));
                }
            }
        }
        for (id, text) in &english {
            if id.ends_with("-html") && text.contains('$') {
                problems.push(format!(
                    "en: {id} takes an argument, which would not be escaped"
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

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
        assert_eq!(
            Lang::En.tr("count-organizations", &[("count", &1)]),
            "1 organization"
        );
        assert_eq!(
            Lang::En.tr("count-organizations", &[("count", &3)]),
            "3 organizations"
        );
        assert_eq!(
            Lang::Fr.tr("count-organizations", &[("count", &1)]),
            "1 organisation"
        );
        assert_eq!(
            Lang::Ru.tr("count-organizations", &[("count", &2)]),
            "2 организации"
        );
        assert_eq!(
            Lang::Ru.tr("count-organizations", &[("count", &5)]),
            "5 организаций"
        );
        // Numbers are grouped the language's way.
        assert_eq!(
            Lang::En.tr("count-organizations", &[("count", &50_000)]),
            "50,000 organizations"
        );
        assert_eq!(
            Lang::Fr.tr("count-organizations", &[("count", &50_000)]),
            "50\u{202f}000 organisations"
        );
        // A missing message shows its id, so that a page walk finds it.
        assert_eq!(Lang::Fr.t("no-such-message"), "no-such-message");
    }

    #[test]
    fn messages_kept_as_text_are_written_in_the_language_asked() {
        let m = message("count-organizations", &[("count", &2)]);
        assert_eq!(Lang::En.render(&m), "2 organizations");
        assert_eq!(Lang::Fr.render(&m), "2 organisations");
        assert_eq!(Lang::En.render("nav-directory"), "Directory");
        assert_eq!(
            Lang::En.render("Plain text, as it is."),
            "Plain text, as it is."
        );
        let hostile = message("directory-works-in", &[("language", &"a\u{1f}b=c")]);
        assert_eq!(Lang::En.render(&hostile), "Works in ab=c");
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
