//! Account credentials as they arrive from the registration and login forms.

use super::char_len;

pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 128;

/// An e-mail address, trimmed and folded to lower case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim().to_lowercase();
        if s.is_empty() {
            return Err(crate::i18n::message("form-email-empty", &[]));
        }
        if char_len(&s) > 254 {
            return Err(crate::i18n::message("form-email-long", &[]));
        }
        let valid = match s.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !s
                        .chars()
                        .any(|c| c.is_whitespace() || c.is_control() || "<>\"'".contains(c))
            }
            None => false,
        };
        if !valid {
            return Err(crate::i18n::message("form-email-invalid", &[]));
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password as typed. Its length is checked (NIST SP 800-63B); a new
/// password is also checked against common and guessable patterns.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    /// A password to log in with: only its length is checked.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let n = char_len(raw);
        if n < PASSWORD_MIN {
            return Err(crate::i18n::message(
                "form-password-short",
                &[("min", &PASSWORD_MIN)],
            ));
        }
        if n > PASSWORD_MAX {
            return Err(crate::i18n::message(
                "form-password-long",
                &[("max", &PASSWORD_MAX)],
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    /// A new password: long enough, and hard to guess — zxcvbn's estimate
    /// (common passwords, dictionary words, keyboard patterns, dates, and what
    /// else the person typed in `context`, such as the e-mail address and the
    /// organization's name) must reach 3 of 4.
    pub fn parse_new(raw: &str, context: &[&str]) -> Result<Self, String> {
        let password = Self::parse(raw)?;
        // Each word of what was typed, each item run together ("pacificcert")
        // and as typed.
        let mut words: Vec<String> = Vec::new();
        for item in context {
            let item = item.to_lowercase();
            words.extend(
                item.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 3)
                    .map(str::to_owned),
            );
            words.push(item.split(|c: char| !c.is_alphanumeric()).collect());
            words.push(item);
        }
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let estimate = zxcvbn::zxcvbn(raw, &words);
        if estimate.score() < zxcvbn::Score::Three {
            // zxcvbn's warning is in English: it is shown only in English.
            let why = estimate
                .feedback()
                .and_then(zxcvbn::feedback::Feedback::warning)
                .map(|w| w.to_string().trim_end_matches('.').to_lowercase())
                .filter(|w| !w.is_empty())
                .unwrap_or_else(|| "none".to_owned());
            return Err(crate::i18n::message(
                "form-password-guessable",
                &[("why", &why)],
            ));
        }
        Ok(password)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_passwords_must_be_hard_to_guess() {
        for weak in ["1234567890", "password12", "qwertyuiop", "aaaaaaaaaaaa"] {
            let e = crate::i18n::Lang::En.render(&Password::parse_new(weak, &[]).unwrap_err());
            assert!(e.contains("too easy to guess"), "{weak}: {e}");
        }
        assert!(
            Password::parse_new(
                "pacificcert2026",
                &["ana@pacificcert.example", "Pacific CERT"]
            )
            .is_err(),
            "the organization's own name is guessable"
        );
        assert!(Password::parse_new("correct horse battery staple", &[]).is_ok());
        let short = Password::parse_new("short", &[]).unwrap_err();
        assert!(
            crate::i18n::Lang::En.render(&short).contains("at least"),
            "{short:?}"
        );
    }

    #[test]
    fn email_is_folded_and_checked() {
        assert_eq!(
            Email::parse(" Ana@Example.ORG ").unwrap().as_str(),
            "ana@example.org"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "a b@example.org",
            "a@b@c.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn password_length_is_bounded() {
        assert!(Password::parse("short").is_err());
        assert!(Password::parse(&"x".repeat(PASSWORD_MAX + 1)).is_err());
        assert!(Password::parse("correct horse battery").is_ok());
    }
}

/// What an account may do: act for its organization, or also organize events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Member,
    Organizer,
}

impl Role {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Organizer => "organizer",
        }
    }

    /// Reads a stored role; anything unknown is the least powerful.
    pub fn from_stored(s: &str) -> Self {
        match s {
            "organizer" => Role::Organizer,
            _ => Role::Member,
        }
    }
}

/// What an account may do in its organization: an owner also manages its
/// members; an organization always keeps one owner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgRole {
    Owner,
    Member,
}

impl OrgRole {
    /// As stored (and as the forms send it).
    pub fn as_str(self) -> &'static str {
        match self {
            OrgRole::Owner => "owner",
            OrgRole::Member => "member",
        }
    }

    /// Reads a stored or submitted role; anything unknown is the least
    /// powerful.
    pub fn from_stored(s: &str) -> Self {
        match s {
            "owner" => OrgRole::Owner,
            _ => OrgRole::Member,
        }
    }
}

/// An account as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i32,
    pub email: String,
    pub password_hash: String,
    pub organization_id: i32,
    pub role: Role,
    pub org_role: OrgRole,
    /// The interface language the person chose (`fr`), empty if none.
    pub language: String,
    /// Whether the address was confirmed (by the link sent to it).
    pub email_verified: bool,
}
