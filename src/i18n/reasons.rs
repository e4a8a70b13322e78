//! The reasons of a suggestion written as sentences in a language of the
//! interface, for the printable list (the match page sets the phrases in
//! italics itself). English is the engine's own wording ([`Reason::text`]),
//! which the files and the API keep.

use super::{Lang, labels};
use crate::domain::profile::{OrgKind, region_message};
use crate::matching::Reason;

/// A reason as the organization itself reads it ("They offer “…”, which
/// covers your need “…”."), in `lang`.
pub fn sentence(lang: Lang, reason: &Reason) -> String {
    if lang == Lang::En {
        return reason.text();
    }
    let quoted = |s: &str| lang.tr("quoted", &[("text", &s)]);
    match reason {
        Reason::TheyCoverYourNeed {
            your_need,
            their_offer,
            ..
        } => lang.tr(
            "reason-they-cover",
            &[
                ("offer", &quoted(their_offer)),
                ("need", &quoted(your_need)),
            ],
        ),
        Reason::YouCoverTheirNeed {
            their_need,
            your_offer,
            ..
        } => lang.tr(
            "reason-you-cover",
            &[
                ("offer", &quoted(your_offer)),
                ("need", &quoted(their_need)),
            ],
        ),
        Reason::TheyFitYourNeed {
            your_need,
            they_are,
            who,
            ..
        } => lang.tr(
            "reason-they-fit",
            &[
                ("who", &labels::who(lang, they_are, who)),
                ("need", &quoted(your_need)),
            ],
        ),
        Reason::YouFitTheirNeed {
            their_need,
            you_are,
            who,
            ..
        } => lang.tr(
            "reason-you-fit",
            &[
                ("who", &labels::who(lang, you_are, who)),
                ("need", &quoted(their_need)),
            ],
        ),
        Reason::SameField { topics } => {
            lang.tr("reason-same-field", &[("topics", &topics_in(lang, topics))])
        }
        other => context(lang, other),
    }
}

/// The topics of a same-field reason in `lang`, separated by commas.
pub fn topics_in(lang: Lang, topics: &[String]) -> String {
    topics
        .iter()
        .map(|t| labels::topic(lang, t))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A reason about the pair rather than a need (languages, region, kinds).
pub fn context(lang: Lang, reason: &Reason) -> String {
    if lang == Lang::En {
        return reason.text();
    }
    let kind = |label: &str| {
        OrgKind::ALL
            .into_iter()
            .find(|k| k.label() == label)
            .map_or_else(|| label.to_owned(), |k| lang.t(&k.message_id()))
    };
    match reason {
        Reason::SharedLanguages { languages } => lang.tr(
            "reason-shared-languages",
            &[("languages", &languages.join(", "))],
        ),
        Reason::NoSharedLanguage => lang.t("reason-no-shared-language"),
        Reason::SameRegion { region } => lang.tr(
            "reason-same-region",
            &[("region", &lang.t(&region_message(region)))],
        ),
        Reason::KindsComplement { yours, theirs } => lang.tr(
            "reason-kinds-complement",
            &[("yours", &kind(yours)), ("theirs", &kind(theirs))],
        ),
        other => other.text(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_engines_wording_and_other_languages_translate_it() {
        let r = Reason::NoSharedLanguage;
        assert_eq!(sentence(Lang::En, &r), r.text());
        assert_ne!(sentence(Lang::Fr, &r), r.text());
        let region = Reason::SameRegion {
            region: "Africa".into(),
        };
        assert!(
            sentence(Lang::Es, &region).contains("África"),
            "{}",
            sentence(Lang::Es, &region)
        );
    }
}
