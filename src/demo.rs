//! Demonstration data: about thirty fictional organizations modelled on the
//! participants of a roundtable matchmaking session.

use sea_orm::DatabaseConnection;

use crate::auth::hash_password;
use crate::db;
use crate::domain::account::Password;
use crate::import::{self, Format};

const ORGANIZATIONS: &str = include_str!("demo/organizations.json");
/// A login for trying the service: it belongs to the first demo organization.
pub const DEMO_EMAIL: &str = "demo@roundtable.example";
pub const DEMO_PASSWORD: &str = "roundtable-demo";

/// Loads the demo organizations and the demo login, only into an empty database.
/// Returns whether anything was loaded.
pub async fn load_if_empty(db: &DatabaseConnection) -> anyhow::Result<bool> {
    if db::organizations::count(db).await? > 0 {
        return Ok(false);
    }
    let profiles = import::parse(ORGANIZATIONS.as_bytes(), Format::Json)
        .map_err(|e| anyhow::anyhow!("the built-in demo data is invalid: {e}"))?;
    import::apply(db, &profiles, true, |_| {}).await?;
    if let Some(first) = profiles.first()
        && let Some(org) = db::organizations::find_by_name(db, &first.name).await?
    {
        let hash =
            hash_password(Password::parse(DEMO_PASSWORD).map_err(anyhow::Error::msg)?).await?;
        db::accounts::insert(db, DEMO_EMAIL, &hash, org.id, db::accounts::ROLE_MEMBER).await?;
    }
    Ok(true)
}
