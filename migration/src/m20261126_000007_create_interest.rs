use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000001_create_organization::Organization;

/// An organization's mark on a suggested partner: interested or not.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Interest::Table)
                    .if_not_exists()
                    .col(pk_auto(Interest::Id))
                    .col(integer(Interest::OrganizationId))
                    .col(integer(Interest::PartnerId))
                    .col(boolean(Interest::Interested))
                    .col(timestamp_with_time_zone(Interest::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Interest::Table, Interest::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Interest::Table, Interest::PartnerId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_interest_pair")
                    .table(Interest::Table)
                    .col(Interest::OrganizationId)
                    .col(Interest::PartnerId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_interest_partner")
                    .table(Interest::Table)
                    .col(Interest::PartnerId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Interest::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Interest {
    Table,
    Id,
    OrganizationId,
    PartnerId,
    Interested,
    UpdatedAt,
}
