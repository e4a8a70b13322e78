use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000001_create_organization::Organization;
use super::m20261126_000009_create_event::Event;

/// One participant asks another for a meeting at an event.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MeetingRequest::Table)
                    .if_not_exists()
                    .col(pk_auto(MeetingRequest::Id))
                    .col(integer(MeetingRequest::EventId))
                    .col(integer(MeetingRequest::FromOrg))
                    .col(integer(MeetingRequest::ToOrg))
                    .col(string(MeetingRequest::Status))
                    .col(text(MeetingRequest::Message))
                    .col(text(MeetingRequest::Reply))
                    .col(timestamp_with_time_zone(MeetingRequest::CreatedAt))
                    .col(timestamp_with_time_zone(MeetingRequest::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingRequest::Table, MeetingRequest::EventId)
                            .to(Event::Table, Event::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingRequest::Table, MeetingRequest::FromOrg)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingRequest::Table, MeetingRequest::ToOrg)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_meeting_request_pair")
                    .table(MeetingRequest::Table)
                    .col(MeetingRequest::EventId)
                    .col(MeetingRequest::FromOrg)
                    .col(MeetingRequest::ToOrg)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MeetingRequest::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum MeetingRequest {
    Table,
    Id,
    EventId,
    FromOrg,
    ToOrg,
    Status,
    Message,
    Reply,
    CreatedAt,
    UpdatedAt,
}
