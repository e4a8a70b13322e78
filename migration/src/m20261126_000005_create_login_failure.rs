use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LoginFailure::Table)
                    .if_not_exists()
                    .col(pk_auto(LoginFailure::Id))
                    .col(string(LoginFailure::Key))
                    .col(big_integer(LoginFailure::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_login_failure_key_at")
                    .table(LoginFailure::Table)
                    .col(LoginFailure::Key)
                    .col(LoginFailure::At)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(LoginFailure::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum LoginFailure {
    Table,
    Id,
    Key,
    At,
}
