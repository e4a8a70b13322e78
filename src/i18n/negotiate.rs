//! Which language a request gets when it does not say (`Accept-Language`).

use super::Lang;

/// The language of the interface that the browser prefers most, from an
/// `Accept-Language` header (`fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5`). `None`
/// when it names none that the interface has (the caller falls back to
/// English). The pseudo-locale is never chosen this way.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(f32, usize, Lang)> = None;
    for (position, part) in header.split(',').take(32).enumerate() {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let quality = pieces
            .find_map(|p| p.trim().strip_prefix("q=").map(str::trim))
            .map_or(Some(1.0), |q| q.parse::<f32>().ok())
            .unwrap_or(0.0);
        if !(quality > 0.0 && quality <= 1.0) {
            continue;
        }
        let Some(lang) = Lang::parse(tag).filter(|l| *l != Lang::Pseudo) else {
            continue;
        };
        // Highest quality wins; among equals, the one named first.
        let better = best.is_none_or(|(q, p, _)| quality > q || (quality == q && position < p));
        if better {
            best = Some((quality, position, lang));
        }
    }
    best.map(|(_, _, lang)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preferred_language_that_the_interface_has_wins() {
        assert_eq!(
            from_accept_language("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5"),
            Some(Lang::Fr)
        );
        assert_eq!(
            from_accept_language("de-DE, de;q=0.9, es;q=0.7, en;q=0.5"),
            Some(Lang::Es)
        );
        assert_eq!(from_accept_language("en;q=0.5, ar;q=0.8"), Some(Lang::Ar));
        assert_eq!(from_accept_language("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(from_accept_language("ru;q=0, en"), Some(Lang::En));
    }

    #[test]
    fn nothing_usable_gives_none() {
        assert_eq!(from_accept_language(""), None);
        assert_eq!(from_accept_language("de, it;q=0.8"), None);
        assert_eq!(from_accept_language("fr;q=abc"), None);
        assert_eq!(from_accept_language("fr;q=7"), None);
        assert_eq!(from_accept_language("en-XA"), None);
        assert_eq!(from_accept_language(&"x, ".repeat(10_000)), None);
    }
}
