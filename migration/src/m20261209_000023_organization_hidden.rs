use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000001_create_organization::Organization;

/// `organization.hidden`: its owners took it out of the public directory;
/// only logged-in organizations see its profile, and it is suggested only
/// to logged-in viewers.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organization::Table)
                    .add_column(boolean(Hidden::Hidden).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organization::Table)
                    .drop_column(Hidden::Hidden)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Hidden {
    Hidden,
}
