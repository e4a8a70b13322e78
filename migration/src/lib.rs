//! Schema migrations, run by `roundtable migrate`, at start-up of `roundtable serve`,
//! and by this crate's own CLI (`cargo run -p migration -- status`).

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_create_organization;
mod m20261126_000002_create_profile_item;
mod m20261126_000003_create_account;
mod m20261126_000004_create_session;
mod m20261126_000005_create_login_failure;
mod m20261126_000006_create_catalog_state;
mod m20261126_000007_create_interest;
mod m20261126_000008_create_api_token;
mod m20261126_000009_create_event;
mod m20261126_000010_create_participant;
mod m20261126_000011_create_meeting_request;
mod m20261126_000012_create_meeting;
mod m20261126_000013_index_meeting_outcome;
mod m20261201_000014_add_interest_scored_with;
mod m20261201_000015_recompute_name_key;
mod m20261201_000016_directory_search;
mod m20261207_000017_organization_revision;
mod m20261207_000018_attendance_and_undo;
mod m20261208_000019_account_language;
mod m20261208_000020_outbox_and_account_links;
mod m20261209_000021_members;
mod m20261209_000022_notifications;
mod m20261209_000023_organization_hidden;
mod m20261209_000024_event_organizer;
mod m20261210_000025_catalog_removals;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_create_organization::Migration),
            Box::new(m20261126_000002_create_profile_item::Migration),
            Box::new(m20261126_000003_create_account::Migration),
            Box::new(m20261126_000004_create_session::Migration),
            Box::new(m20261126_000005_create_login_failure::Migration),
            Box::new(m20261126_000006_create_catalog_state::Migration),
            Box::new(m20261126_000007_create_interest::Migration),
            Box::new(m20261126_000008_create_api_token::Migration),
            Box::new(m20261126_000009_create_event::Migration),
            Box::new(m20261126_000010_create_participant::Migration),
            Box::new(m20261126_000011_create_meeting_request::Migration),
            Box::new(m20261126_000012_create_meeting::Migration),
            Box::new(m20261126_000013_index_meeting_outcome::Migration),
            Box::new(m20261201_000014_add_interest_scored_with::Migration),
            Box::new(m20261201_000015_recompute_name_key::Migration),
            Box::new(m20261201_000016_directory_search::Migration),
            Box::new(m20261207_000017_organization_revision::Migration),
            Box::new(m20261207_000018_attendance_and_undo::Migration),
            Box::new(m20261208_000019_account_language::Migration),
            Box::new(m20261208_000020_outbox_and_account_links::Migration),
            Box::new(m20261209_000021_members::Migration),
            Box::new(m20261209_000022_notifications::Migration),
            Box::new(m20261209_000023_organization_hidden::Migration),
            Box::new(m20261209_000024_event_organizer::Migration),
            Box::new(m20261210_000025_catalog_removals::Migration),
        ]
    }
}
