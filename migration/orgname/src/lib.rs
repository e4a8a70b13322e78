//! Organization names: the cleaning every name gets before it is stored, and the
//! key under which names are unique.
//!
//! A crate of its own because two places compute the key: the app, on every
//! write and look-up, and the migration that recomputes the stored keys — and the
//! migration crate cannot depend on the app (the app depends on it).
//!
//! The key depends on Unicode data compiled into `unicode-normalization`,
//! `unicode-properties` and `unicode-security` (its confusables table). Upgrading
//! one of them, or changing [`key`], can change keys: stored keys must then be
//! recomputed by a new migration, as `m20261201_000015_recompute_name_key` does.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
use unicode_security::confusable_detection::skeleton;

/// The characters that change the direction of the text that follows them
/// (embeddings, overrides, isolates: U+202A–U+202E, U+2066–U+2069). They can make
/// a name display as something other than what it is ("gro.\u{202E}elgoog"), so a
/// name containing one is refused. The marks U+200E, U+200F and U+061C only
/// nudge neutral characters; they are format characters and [`clean`] drops them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A format character (Unicode general category Cf): invisible, such as the
/// zero-width space, (non-)joiner, word joiner, byte-order mark, soft hyphen,
/// direction marks and controls, and tags.
pub fn is_format(c: char) -> bool {
    c.general_category() == GeneralCategory::Format
}

/// The name as stored and shown: format characters dropped, NFKC-normalised
/// (compatibility forms such as full-width letters or ligatures become the
/// ordinary ones), runs of white space made one space, no space at either end.
/// Refusing what cannot be stored (bidi controls, control characters, length)
/// is the caller's job; `clean` never fails.
pub fn clean(raw: &str) -> String {
    let visible: String = raw.chars().filter(|c| !is_format(*c)).collect();
    collapse_whitespace(&visible.nfkc().collect::<String>())
}

/// The key under which names are unique: two names with the same key are the
/// same organization. Deterministic, and computed from the name alone:
///
/// 1. [`clean`]: format characters (zero-width space, joiners, BOM, bidi
///    controls …) dropped, NFKC, white space collapsed;
/// 2. lower case (`str::to_lowercase`, Unicode's full lower-case mapping);
/// 3. accents removed: NFD, then combining marks (category M) dropped, so
///    "Réseau" and "Reseau" are one name;
/// 4. the Unicode TR39 confusable skeleton (`unicode_security`'s `skeleton`:
///    NFD, default-ignorable code points dropped, each character replaced by its
///    prototype, NFD again), so look-alikes from other scripts — Cyrillic "о"
///    for Latin "o", the digit "0" for "O" — are one name;
/// 5. combining marks the prototypes brought back dropped, lower case again
///    (some prototypes are capitals: "0" becomes "O"), white space collapsed.
///
/// The key is for comparing, not for showing: "m" becomes "rn" (a look-alike),
/// "0" becomes "o". It never contains two spaces in a row, nor a space at either
/// end: the migration relies on that for the keys it has to set aside.
///
/// Case is folded before the skeleton, so that the key ignores case; the price is
/// that a capital which looks Latin only as a capital is not caught: Greek "Ε"
/// becomes "ε", whose prototype is not "e". Lower-case look-alikes (Cyrillic
/// "о", "е", "а", Greek "ο", "ν" …) are caught whatever the case of the input.
pub fn key(name: &str) -> String {
    let folded = clean(name).to_lowercase();
    let unaccented: String = folded.nfd().filter(|c| !is_combining_mark(*c)).collect();
    let proto: String = skeleton(&unaccented)
        .filter(|c| !is_combining_mark(*c))
        .collect();
    collapse_whitespace(&proto.to_lowercase())
}

fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alikes_share_a_key() {
        let base = key("Bravo Probe Org");
        for other in [
            "bravo  probe ORG",
            "Bra\u{200B}vo Probe Org",
            "Bravo Pro\u{200D}be Org",
            "\u{FEFF}Bravo Probe Org",
            "Bravo Pr\u{043E}be Org",
            "Bravo Probe Org\u{202E}",
            "Ｂｒａｖｏ Probe Org",
            "Bràvo Probé Org",
        ] {
            assert_eq!(key(other), base, "{other:?}");
        }
        assert_ne!(key("Bravo Probe Orgs"), base);
        assert_ne!(key("BravoProbe Org"), base);
    }

    #[test]
    fn clean_drops_format_characters_and_normalises() {
        assert_eq!(clean(" Bra\u{200B}vo\u{00AD}  ﬁrm\u{2060} "), "Bravo firm");
        assert_eq!(clean("\u{FEFF}\u{200C}"), "");
    }
}
