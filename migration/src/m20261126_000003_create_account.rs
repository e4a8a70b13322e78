use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000001_create_organization::Organization;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Account::Table)
                    .if_not_exists()
                    .col(pk_auto(Account::Id))
                    .col(string_uniq(Account::Email))
                    .col(string(Account::PasswordHash))
                    .col(integer(Account::OrganizationId))
                    .col(string(Account::Role).default("member"))
                    .col(timestamp_with_time_zone(Account::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Account::Table, Account::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_account_organization")
                    .table(Account::Table)
                    .col(Account::OrganizationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Account::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Account {
    Table,
    Id,
    Email,
    PasswordHash,
    OrganizationId,
    Role,
    CreatedAt,
}
