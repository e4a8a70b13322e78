//! The pseudo-locale: English with every letter accented and every vowel
//! doubled, so that a page in it shows at a glance which text does not go
//! through the message files (it stays plain) and where a longer translation
//! would be cut or overflow (it is about 40 % longer, like French or Russian).

use std::borrow::Cow;

/// Fluent's transform for text in messages (arguments are left alone).
pub fn transform(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    // Markup in `-html` messages stays as it is: only the words change.
    let mut in_tag = false;
    for c in text.chars() {
        if c == '<' {
            in_tag = true;
        }
        if in_tag {
            out.push(c);
            in_tag = c != '>';
            continue;
        }
        let accented = accent(c);
        out.push(accented);
        if "aeiouAEIOU".contains(c) {
            out.push(accented);
        }
    }
    Cow::Owned(out)
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_text_grows() {
        let t = transform("Log in");
        assert_eq!(t, "Ŀǿǿɠ īīƞ");
        assert!(!t.chars().any(|c| c.is_ascii_alphabetic()));
        assert_eq!(transform("12 · 3"), "12 · 3");
        assert_eq!(transform("<a href=\"/x\">Go</a>"), "<a href=\"/x\">Ɠǿǿ</a>");
    }
}
