use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000001_create_organization::Organization;
use super::m20261126_000003_create_account::Account;

/// Several people per organization: `account.org_role` (`owner` manages the
/// members, `member` does everything else; every account so far was its
/// organization's only one, so an owner); `invitation`: an owner's
/// invitation of a colleague by e-mail, a single-use link stored as a SHA-256
/// digest.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .add_column(string(Members::OrgRole).default("owner"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Invitation::Table)
                    .if_not_exists()
                    .col(pk_auto(Invitation::Id))
                    .col(string_uniq(Invitation::TokenHash))
                    .col(integer(Invitation::OrganizationId))
                    .col(string(Invitation::Email))
                    .col(string(Invitation::OrgRole))
                    .col(string(Invitation::InvitedBy))
                    .col(big_integer(Invitation::CreatedAt))
                    .col(big_integer(Invitation::ExpiresAt))
                    .col(big_integer_null(Invitation::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitation::Table, Invitation::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitation_organization")
                    .table(Invitation::Table)
                    .col(Invitation::OrganizationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Invitation::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .drop_column(Members::OrgRole)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Members {
    OrgRole,
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    Id,
    TokenHash,
    OrganizationId,
    Email,
    OrgRole,
    /// The inviting person's address, as the invitation shows it.
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}
