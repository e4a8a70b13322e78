use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000001_create_organization::Organization;
use super::m20261126_000009_create_event::Event;

/// An organization taking part in an event, with the slots it cannot attend.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Participant::Table)
                    .if_not_exists()
                    .col(pk_auto(Participant::Id))
                    .col(integer(Participant::EventId))
                    .col(integer(Participant::OrganizationId))
                    .col(text(Participant::BlockedSlots))
                    .col(timestamp_with_time_zone(Participant::JoinedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Participant::Table, Participant::EventId)
                            .to(Event::Table, Event::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Participant::Table, Participant::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_participant_event_org")
                    .table(Participant::Table)
                    .col(Participant::EventId)
                    .col(Participant::OrganizationId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Participant::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Participant {
    Table,
    Id,
    EventId,
    OrganizationId,
    BlockedSlots,
    JoinedAt,
}
