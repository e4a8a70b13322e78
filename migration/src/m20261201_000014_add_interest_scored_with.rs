use sea_orm_migration::prelude::*;

/// What a suggestion was scored with when it was marked (the parts of the
/// score, its rank, the engine's version, as JSON): the data to calibrate the
/// weights from use.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Interest::Table)
                    .add_column(ColumnDef::new(Interest::ScoredWith).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Interest::Table)
                    .drop_column(Interest::ScoredWith)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Interest {
    Table,
    ScoredWith,
}
