use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000003_create_account::Account;

/// `outbox`: every e-mail, written in the same transaction as what caused it
/// and sent by the server's mail worker (with retries); `password_reset`:
/// single-use reset links, stored as SHA-256 digests.
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
                    .table(PasswordReset::Table)
                    .if_not_exists()
                    .col(string(PasswordReset::TokenHash).primary_key())
                    .col(integer(PasswordReset::AccountId))
                    .col(big_integer(PasswordReset::CreatedAt))
                    .col(big_integer(PasswordReset::ExpiresAt))
                    .col(big_integer_null(PasswordReset::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PasswordReset::Table, PasswordReset::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PasswordReset::Table).to_owned())
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
enum PasswordReset {
    Table,
    TokenHash,
    AccountId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}
