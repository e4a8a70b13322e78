use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000003_create_account::Account;

/// A matchmaking session: when and where, its time slots and tables.
/// Slots and tables are small lists stored as JSON text with the event.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Event::Table)
                    .if_not_exists()
                    .col(pk_auto(Event::Id))
                    .col(string_uniq(Event::Slug))
                    .col(string(Event::Name))
                    .col(string(Event::Date))
                    .col(string(Event::Venue))
                    .col(string(Event::TimeZone))
                    .col(text(Event::Slots))
                    .col(text(Event::Tables))
                    .col(string(Event::Interpretation))
                    .col(boolean(Event::GroupTables))
                    .col(integer(Event::MinMeetings))
                    .col(boolean(Event::Open))
                    .col(integer(Event::CreatedBy))
                    .col(timestamp_with_time_zone(Event::CreatedAt))
                    .col(timestamp_with_time_zone_null(Event::ScheduledAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Event::Table, Event::CreatedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Event::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Event {
    Table,
    Id,
    Slug,
    Name,
    Date,
    Venue,
    TimeZone,
    Slots,
    Tables,
    Interpretation,
    GroupTables,
    MinMeetings,
    Open,
    CreatedBy,
    CreatedAt,
    ScheduledAt,
}
