use sea_orm_migration::{prelude::*, schema::*};

/// One row whose `generation` grows with every profile change, so that every
/// app process can tell in one query whether its matching index is current.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CatalogState::Table)
                    .if_not_exists()
                    .col(integer(CatalogState::Id).primary_key())
                    .col(big_integer(CatalogState::Generation).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(CatalogState::Table)
                    .columns([CatalogState::Id, CatalogState::Generation])
                    .values_panic([1.into(), 0.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CatalogState::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum CatalogState {
    Table,
    Id,
    Generation,
}
