use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000001_create_organization::Organization;
use super::m20261126_000009_create_event::Event;

/// A scheduled meeting: a slot, a table, two organizations (three at a group
/// table), and afterwards its outcome.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Meeting::Table)
                    .if_not_exists()
                    .col(pk_auto(Meeting::Id))
                    .col(integer(Meeting::EventId))
                    .col(integer(Meeting::Slot))
                    .col(integer(Meeting::TableIndex))
                    .col(integer(Meeting::OrgA))
                    .col(integer(Meeting::OrgB))
                    .col(integer_null(Meeting::OrgC))
                    .col(string(Meeting::Topic))
                    .col(double(Meeting::Score))
                    .col(text(Meeting::Reasons))
                    .col(string(Meeting::Origin))
                    .col(boolean(Meeting::Locked))
                    .col(string_null(Meeting::Outcome))
                    .col(text(Meeting::Note))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Meeting::Table, Meeting::EventId)
                            .to(Event::Table, Event::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Meeting::Table, Meeting::OrgA)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Meeting::Table, Meeting::OrgB)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Meeting::Table, Meeting::OrgC)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_meeting_event_slot")
                    .table(Meeting::Table)
                    .col(Meeting::EventId)
                    .col(Meeting::Slot)
                    .col(Meeting::TableIndex)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Meeting::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Meeting {
    Table,
    Id,
    EventId,
    Slot,
    TableIndex,
    OrgA,
    OrgB,
    OrgC,
    Topic,
    Score,
    Reasons,
    Origin,
    Locked,
    Outcome,
    Note,
}
