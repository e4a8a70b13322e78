use sea_orm_migration::prelude::*;

/// Match lists look up "no fit" outcomes on every view: an index on the outcome.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_meeting_outcome")
                    .table(Meeting::Table)
                    .col(Meeting::Outcome)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_meeting_outcome")
                    .table(Meeting::Table)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Meeting {
    Table,
    Outcome,
}
