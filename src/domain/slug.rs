//! URL slugs made from organization names.

use unicode_normalization::UnicodeNormalization;

/// Lower-case ASCII letters and digits joined by single hyphens; accents are
/// dropped ("Ministère" → "ministere"). Names with no Latin letters give
/// "organization"; the caller makes slugs unique.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.nfkd() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if (c.is_whitespace() || c.is_ascii_punctuation())
            && !out.is_empty()
            && !out.ends_with('-')
        {
            out.push('-');
        }
        if out.len() >= 80 {
            break;
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "organization".to_owned()
    } else {
        trimmed.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_are_ascii_and_readable() {
        assert_eq!(slugify("Ministère du Numérique"), "ministere-du-numerique");
        assert_eq!(slugify("  CERT-XY (National)  "), "cert-xy-national");
        assert_eq!(slugify("国家互联网应急中心"), "organization");
        assert!(slugify(&"a ".repeat(200)).len() <= 80);
    }
}
