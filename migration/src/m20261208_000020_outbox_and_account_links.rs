use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000003_create_account::Account;

/// `outbox`: every e-mail, written in the same transaction as what caused it
/// and sent by the server's mail worker (with retries); `account_link`:
/// single-use links sent by e-mail (password reset, address confirmation),
/// stored as SHA-256 digests; `account.email_verified_at`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .if_not_exists()
                    .col(pk_auto(Outbox::Id))
                    .col(string(Outbox::Recipient))
                    .col(string(Outbox::Kind))
                    .col(string(Outbox::Subject))
                    .col(text(Outbox::Text))
                    .col(text(Outbox::Html))
                    .col(big_integer(Outbox::CreatedAt))
                    .col(big_integer(Outbox::NextAttemptAt))
                    .col(integer(Outbox::Attempts).default(0))
                    .col(big_integer_null(Outbox::SentAt))
                    .col(text(Outbox::LastError).default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::SentAt)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountLink::Table)
                    .if_not_exists()
                    .col(string(AccountLink::TokenHash).primary_key())
                    .col(integer(AccountLink::AccountId))
                    .col(string(AccountLink::Purpose))
                    .col(string(AccountLink::Email))
                    .col(big_integer(AccountLink::CreatedAt))
                    .col(big_integer(AccountLink::ExpiresAt))
                    .col(big_integer_null(AccountLink::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AccountLink::Table, AccountLink::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .add_column(big_integer_null(AccountVerified::EmailVerifiedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .drop_column(AccountVerified::EmailVerifiedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(AccountLink::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Outbox::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    Recipient,
    Kind,
    Subject,
    Text,
    Html,
    CreatedAt,
    NextAttemptAt,
    Attempts,
    SentAt,
    LastError,
}

#[derive(DeriveIden)]
enum AccountLink {
    Table,
    TokenHash,
    AccountId,
    /// `reset` or `verify`.
    Purpose,
    /// The address the link was sent to.
    Email,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum AccountVerified {
    EmailVerifiedAt,
}
