use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organization::Table)
                    .if_not_exists()
                    .col(pk_auto(Organization::Id))
                    .col(string_uniq(Organization::Slug))
                    .col(string(Organization::Name))
                    .col(string_uniq(Organization::NameKey))
                    .col(string(Organization::Kind))
                    .col(string_null(Organization::Country))
                    .col(string_null(Organization::Region))
                    .col(text(Organization::Description))
                    .col(string_null(Organization::Website))
                    .col(string(Organization::Languages))
                    .col(string_null(Organization::ContactEmail))
                    .col(text(Organization::SearchText))
                    .col(boolean(Organization::IsDemo).default(false))
                    .col(integer(Organization::Version).default(1))
                    .col(timestamp_with_time_zone(Organization::CreatedAt))
                    .col(timestamp_with_time_zone(Organization::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Organization::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Organization {
    Table,
    Id,
    Slug,
    Name,
    NameKey,
    Kind,
    Country,
    Region,
    Description,
    Website,
    Languages,
    ContactEmail,
    SearchText,
    IsDemo,
    Version,
    CreatedAt,
    UpdatedAt,
}
