use sea_orm_migration::{prelude::*, schema::*};

/// `catalog_state.removals`: how many organizations were ever deleted. A
/// process that caught its directory and matching index up by reading the
/// organizations written since a generation learns from it that one is gone
/// (a deletion is in no organization's `revision`), without counting them all.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(CatalogState::Table)
                    .add_column(big_integer(CatalogState::Removals).default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(CatalogState::Table)
                    .drop_column(CatalogState::Removals)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum CatalogState {
    Table,
    Removals,
}
