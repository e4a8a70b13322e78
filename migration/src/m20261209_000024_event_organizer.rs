use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000003_create_account::Account;
use super::m20261126_000009_create_event::Event;

/// `event_organizer`: the accounts that organize an event (besides the site
/// administrators, who organize every event). An organizer of one event has
/// no power over another. Each event's creator organizes it.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EventOrganizer::Table)
                    .if_not_exists()
                    .col(integer(EventOrganizer::EventId))
                    .col(integer(EventOrganizer::AccountId))
                    .col(big_integer(EventOrganizer::AddedAt))
                    .primary_key(
                        Index::create()
                            .col(EventOrganizer::EventId)
                            .col(EventOrganizer::AccountId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventOrganizer::Table, EventOrganizer::EventId)
                            .to(Event::Table, Event::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventOrganizer::Table, EventOrganizer::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Every event so far is organized by whoever created it.
        let db = manager.get_connection();
        db.execute_unprepared(
            "INSERT INTO event_organizer (event_id, account_id, added_at) \
             SELECT id, created_by, 0 FROM event",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EventOrganizer::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum EventOrganizer {
    Table,
    EventId,
    AccountId,
    AddedAt,
}
