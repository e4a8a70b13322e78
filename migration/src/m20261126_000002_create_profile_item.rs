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
                    .table(ProfileItem::Table)
                    .if_not_exists()
                    .col(pk_auto(ProfileItem::Id))
                    .col(integer(ProfileItem::OrganizationId))
                    .col(string(ProfileItem::Side))
                    .col(integer(ProfileItem::Position))
                    .col(string(ProfileItem::Text))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProfileItem::Table, ProfileItem::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_profile_item_organization")
                    .table(ProfileItem::Table)
                    .col(ProfileItem::OrganizationId)
                    .col(ProfileItem::Side)
                    .col(ProfileItem::Position)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProfileItem::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ProfileItem {
    Table,
    Id,
    OrganizationId,
    Side,
    Position,
    Text,
}
