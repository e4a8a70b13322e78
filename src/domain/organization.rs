//! An organization as stored: its record, read back from the database. Its
//! capabilities and needs travel beside it (see `db::organizations::OrgWithItems`).

/// A registered organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub id: i32,
    pub slug: String,
    pub name: String,
    /// An [`super::profile::OrgKind`] id.
    pub kind: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: Option<String>,
    pub region: Option<String>,
    pub description: String,
    pub website: Option<String>,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    pub contact_email: Option<String>,
    pub is_demo: bool,
    /// Out of the public directory: its profile and its place in
    /// suggestions are for logged-in organizations only.
    pub hidden: bool,
    /// Optimistic locking: every update names the version it started from.
    pub version: i32,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// An API token of an account, as its owner sees it (never the secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i32,
    pub name: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}
