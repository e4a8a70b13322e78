use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000009_create_event::Event;

/// On the day: `participant.attendance` (empty until the organizer checks the
/// participant in, `present` or `absent`), and `removed_meeting`, the
/// meetings an organizer removed, kept so that the removal can be undone.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Participant::Table)
                    .add_column(string(Participant::Attendance).default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RemovedMeeting::Table)
                    .if_not_exists()
                    .col(integer(RemovedMeeting::Id).primary_key())
                    .col(integer(RemovedMeeting::EventId))
                    .col(text(RemovedMeeting::Data))
                    .col(timestamp_with_time_zone(RemovedMeeting::RemovedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RemovedMeeting::Table, RemovedMeeting::EventId)
                            .to(Event::Table, Event::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_removed_meeting_event")
                    .table(RemovedMeeting::Table)
                    .col(RemovedMeeting::EventId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RemovedMeeting::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Participant::Table)
                    .drop_column(Participant::Attendance)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Participant {
    Table,
    Attendance,
}

#[derive(DeriveIden)]
enum RemovedMeeting {
    Table,
    Id,
    EventId,
    Data,
    RemovedAt,
}
