//! Domain types: every value that crosses the edge of the app is parsed into one
//! of these, so that nothing past the edge holds an unchecked string.

pub mod account;
pub mod codes;
pub mod event;
pub mod interest;
pub mod languages_and_countries;
pub mod meeting;
pub mod notification;
pub mod org_name;
pub mod organization;
pub mod profile;
pub mod slug;

use std::collections::BTreeMap;

/// Messages for the fields of one form or import row, keyed by field name.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<&'static str, String>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.entry(field).or_insert_with(|| message.into());
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.0.iter().map(|(k, v)| (*k, v.as_str()))
    }

    /// Collects the error of a parse into the map, keeping the value when it parsed.
    pub fn take<T>(&mut self, field: &'static str, result: Result<T, String>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }
}

/// Length in characters, as a person counts them, not in bytes.
/// Text compared the way people mean it: accents dropped, lower case
/// ("Côte d'Ivoire" is "cote d'ivoire").
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// A value quoted in a message: trimmed, and cut after 40 characters.
pub(crate) fn shorten(s: &str) -> String {
    let s = s.trim();
    if char_len(s) > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s.to_owned()
    }
}
