//! Helpers shared by the integration test files of the engine and the scheduler
//! (each file that uses them says `mod common;`).

use roundtable::domain::profile::{OrgKind, Profile};

/// A profile with only what the engine reads set.
pub fn profile(
    name: &str,
    kind: OrgKind,
    capabilities: &[&str],
    needs: &[&str],
    languages: &[&str],
) -> Profile {
    Profile {
        name: name.into(),
        kind,
        country: None,
        region: None,
        description: String::new(),
        website: None,
        languages: languages.iter().map(|s| s.to_string()).collect(),
        capabilities: capabilities.iter().map(|s| s.to_string()).collect(),
        needs: needs.iter().map(|s| s.to_string()).collect(),
        private_needs: Vec::new(),
        contact_email: None,
    }
}
