//! An organization's name: cleaned before it is stored, refused when it cannot be
//! shown safely, and keyed so that look-alike names are one name. The cleaning
//! and the key live in the `orgname` crate (migration/orgname), which the migrations use too.

use super::char_len;
use super::profile::NAME_MAX;

/// Shown next to the name field when the name holds a bidi control.
/// The message (id) for a name with a text-direction control in it.
pub const BIDI_MESSAGE: &str = "form-name-bidi";

/// The name as stored and shown, from what was typed or imported:
///
/// - refused if it holds a bidi embedding, override or isolate (U+202A–U+202E,
///   U+2066–U+2069): these reorder what follows them on screen;
/// - every other format character (Unicode category Cf: zero-width space and
///   joiners, word joiner, byte-order mark, soft hyphen, the direction marks
///   U+200E, U+200F and U+061C …) is dropped, the name is NFKC-normalised and its
///   white space collapsed ([`orgname::clean`]);
/// - refused if nothing visible is left, if it is longer than [`NAME_MAX`]
///   characters, or if it holds control characters.
pub fn parse_name(raw: &str) -> Result<String, String> {
    if raw.chars().any(orgname::is_bidi_control) {
        return Err(crate::i18n::message(BIDI_MESSAGE, &[]));
    }
    let s = orgname::clean(raw);
    if s.is_empty() || orgname::key(&s).is_empty() {
        return Err(crate::i18n::message("form-name-empty", &[]));
    }
    if char_len(&s) > NAME_MAX {
        return Err(crate::i18n::message(
            "form-name-long",
            &[("max", &NAME_MAX), ("count", &char_len(&s))],
        ));
    }
    if s.chars().any(char::is_control) {
        return Err(crate::i18n::message("form-name-control", &[]));
    }
    Ok(s)
}

/// The key under which names are unique (the `organization.name_key` column, with
/// its unique index, and every look-up by name): case, spacing, invisible
/// characters, accents and look-alike characters from other scripts do not count.
/// "Bravo Probe Org", "BRAVO  probe org", the same with a zero-width space or
/// a Cyrillic "о", and "Réseau"/"Reseau" each give one key.
///
/// Deterministic: the cleaning of [`parse_name`], lower case, accents removed
/// (NFD, combining marks dropped), then the Unicode TR39 confusable skeleton;
/// the steps are listed at [`orgname::key`]. It accepts a raw name as well as a
/// cleaned one (`name_key(raw) == name_key(&parse_name(raw)?)`), so a look-up
/// with what someone typed finds the stored organization.
pub fn name_key(name: &str) -> String {
    orgname::key(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const BASE: &str = "Bravo Probe Org";

    /// The look-alikes the security probe registered as separate organizations.
    const LOOK_ALIKES: [&str; 9] = [
        "bravo  PROBE org",
        "Bra\u{200B}vo Probe Org",
        "Bravo Pro\u{200D}be Org",
        "Bravo Probe\u{200C} Org",
        "\u{FEFF}Bravo Probe Org",
        "Bravo Pr\u{043E}be Org",
        "\u{202E}Bravo Probe Org",
        "Bravo Probe Org\u{2066}",
        "Brávo Pröbe Ørg",
    ];

    #[test]
    fn look_alikes_have_the_key_of_the_name_they_imitate() {
        for other in LOOK_ALIKES {
            assert_eq!(name_key(other), name_key(BASE), "{other:?}");
        }
        assert_eq!(name_key("Réseau"), name_key("Reseau"));
        assert_eq!(name_key("Ｒéseau"), name_key("RESEAU"));
        assert_eq!(
            name_key("Pacific CERT"),
            name_key("\u{03A1}acific CERT"),
            "Greek Rho"
        );
    }

    #[test]
    fn different_names_keep_different_keys() {
        for other in [
            "Bravo Probe Orgs",
            "BravoProbe Org",
            "Bravo Probes Org",
            "Brava Probe Org",
        ] {
            assert_ne!(name_key(other), name_key(BASE), "{other:?}");
        }
        assert_ne!(name_key("Pacific CERT"), name_key("Pacific CSIRT"));
        assert_ne!(name_key("日本語"), name_key("中文"));
    }

    #[test]
    fn keys_are_fixed_values() {
        // If one of these changes (a Unicode crate upgraded, the function edited),
        // the stored keys are stale: add a migration that recomputes them.
        assert_eq!(name_key("  Pacific   CERT "), "pacific cert");
        assert_eq!(name_key("Réseau Sécurité"), "reseau securite");
        assert_eq!(name_key("Modern CERT 2020"), "rnodern cert 2o2o");
        assert_eq!(name_key("Bravo Pr\u{043E}be Org"), "bravo probe org");
    }

    #[test]
    fn parse_name_drops_invisible_characters_and_normalises() {
        assert_eq!(parse_name("Bra\u{200B}vo Probe Org").unwrap(), BASE);
        assert_eq!(
            parse_name("\u{FEFF}Bravo\u{2060} Probe\u{00AD} Org").unwrap(),
            BASE
        );
        assert_eq!(parse_name("  Bravo\u{200E}  Probe Org ").unwrap(), BASE);
        assert_eq!(parse_name("Ｂravo ﬁrm").unwrap(), "Bravo firm");
        assert_eq!(
            parse_name("Réseau").unwrap(),
            "Réseau",
            "accents stay shown"
        );
        assert_eq!(parse_name("شبكة\u{200F} 1").unwrap(), "شبكة 1");
    }

    #[test]
    fn parse_name_refuses_bidi_controls_with_their_own_message() {
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}',
        ] {
            let raw = format!("Bravo {c}Probe Org");
            let e = parse_name(&raw).unwrap_err();
            assert!(
                crate::i18n::Lang::En
                    .render(&e)
                    .contains("text-direction control"),
                "{c:?}"
            );
            assert_eq!(e, crate::i18n::message(BIDI_MESSAGE, &[]));
        }
    }

    #[test]
    fn parse_name_refuses_empty_long_and_control_names() {
        for raw in ["", "   ", "\u{200B}\u{FEFF}", "\u{0301}"] {
            assert_eq!(
                crate::i18n::Lang::En.render(&parse_name(raw).unwrap_err()),
                "Enter the organization's name.",
                "{raw:?}"
            );
        }
        assert!(parse_name(&"n".repeat(NAME_MAX)).is_ok());
        assert!(parse_name(&format!("{}\u{200B}", "n".repeat(NAME_MAX))).is_ok());
        assert!(parse_name(&"n".repeat(NAME_MAX + 1)).is_err());
        assert!(parse_name("Bravo\u{7}Probe").is_err());
    }

    proptest! {
        /// A look-up with the raw input finds what was stored from it.
        #[test]
        fn the_key_of_a_raw_name_is_the_key_of_the_stored_name(raw in "\\PC{0,40}|[a-zA-Z \u{200B}\u{FEFF}\u{0301}\u{043E}]{0,20}") {
            if let Ok(stored) = parse_name(&raw) {
                prop_assert_eq!(name_key(&raw), name_key(&stored));
                prop_assert_eq!(parse_name(&stored), Ok(stored.clone()), "cleaning is idempotent");
            }
        }

        #[test]
        fn keys_have_no_double_or_edge_spaces(raw in "\\PC{0,40}") {
            let key = name_key(&raw);
            prop_assert!(!key.contains("  ") && key.trim() == key);
        }
    }
}
