//! Demonstration data: about thirty fictional organizations modelled on the
//! participants of a roundtable matchmaking session.

use sea_orm::DatabaseConnection;

use crate::db;
use crate::domain::account::Password;
use crate::domain::event::EventDraft;
use crate::services::import::{self, InputFormat};
use crate::services::password::Passwords;

const ORGANIZATIONS: &str = include_str!("demo/organizations.json");
/// A login for trying the service: it belongs to the first demo organization
/// and is an organizer, so that the demo event can be scheduled.
pub const DEMO_EMAIL: &str = "demo@roundtable.example";
pub const DEMO_PASSWORD: &str = "roundtable-demo";

/// Loads the demo organizations and the demo login, only into an empty database.
/// Returns whether anything was loaded.
pub async fn load_if_empty(db: &DatabaseConnection) -> anyhow::Result<bool> {
    if db::organizations::count(db).await? > 0 {
        return Ok(false);
    }
    let profiles = import::parse(ORGANIZATIONS.as_bytes(), InputFormat::Json)
        .map_err(|e| anyhow::anyhow!("the built-in demo data is invalid: {e}"))?;
    import::apply(db, &profiles, true, |_| {}).await?;
    if let Some(first) = profiles.first()
        && let Some(org) = db::organizations::find_by_name(db, &first.name).await?
    {
        let hash = Passwords::default()
            .hash(Password::parse(DEMO_PASSWORD).map_err(anyhow::Error::msg)?)
            .await?;
        let account = db::accounts::insert(
            db,
            DEMO_EMAIL,
            &hash,
            org.id,
            crate::domain::account::Role::Organizer,
            crate::domain::account::OrgRole::Owner,
        )
        .await?;
        // The demo's address is taken as confirmed: its notifications show
        // in the outbox.
        db::accounts::verify_email(db, account.id, DEMO_EMAIL).await?;
        let event = demo_event().parse().map_err(|e| {
            anyhow::anyhow!(
                "the built-in demo event is invalid: {:?}",
                e.iter().collect::<Vec<_>>()
            )
        })?;
        let slug = db::events::insert(db, &event, account.id).await?;
        if let Some(event) = db::events::find_by_slug(db, &slug).await? {
            for p in &profiles {
                if let Some(o) = db::organizations::find_by_name(db, &p.name).await? {
                    db::participants::join(db, event.id, o.id).await?;
                }
            }
        }
    }
    Ok(true)
}

/// A session two weeks from today with every demo organization taking part.
fn demo_event() -> EventDraft {
    let date = chrono::Utc::now().date_naive() + chrono::Duration::days(14);
    EventDraft {
        name: "Demo matchmaking session".into(),
        date: date.format("%Y-%m-%d").to_string(),
        venue: "Conference Room 1, Palais des Nations, Geneva".into(),
        time_zone: "Europe/Zurich".into(),
        tables: "Table 1-10: 2\nGroup table 1-2: 4".into(),
        interpretation: "en, fr, es".into(),
        group_tables: "on".into(),
        ..EventDraft::example()
    }
}
