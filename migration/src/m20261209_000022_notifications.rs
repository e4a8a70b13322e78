use sea_orm_migration::{prelude::*, schema::*};

use super::m20261126_000003_create_account::Account;
use super::m20261126_000009_create_event::Event;

/// Notifications by e-mail: `notification_pref` (per account and kind:
/// `immediate`, `digest` or `off`; no row is `immediate`); `digest_item`
/// (what waits for an account's daily digest); `account.mail_key` (the
/// random key of its unsubscribe links, made when first needed);
/// `event.reminded_at` (the day-before reminder was written);
/// `outbox.list_unsubscribe` (the one-click address, sent as
/// `List-Unsubscribe`) and `outbox.calendar` (an iTIP calendar object sent
/// beside the text); `agenda_sent` (per event and organization, the
/// meetings as its people were last told of them: the next change of the
/// schedule is told as the difference, and a change whose message was never
/// written is told with the next one).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .add_column(string(Notifications::MailKey).default(""))
                    .to_owned(),
            )
            .await?;
        for column in [Notifications::ListUnsubscribe, Notifications::Calendar] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Outbox::Table)
                        .add_column(text(column).default(""))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Event::Table)
                    .add_column(big_integer_null(Notifications::RemindedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NotificationPref::Table)
                    .if_not_exists()
                    .col(integer(NotificationPref::AccountId))
                    .col(string(NotificationPref::Kind))
                    .col(string(NotificationPref::Mode))
                    .primary_key(
                        Index::create()
                            .col(NotificationPref::AccountId)
                            .col(NotificationPref::Kind),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(NotificationPref::Table, NotificationPref::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DigestItem::Table)
                    .if_not_exists()
                    .col(pk_auto(DigestItem::Id))
                    .col(integer(DigestItem::AccountId))
                    .col(string(DigestItem::Kind))
                    .col(text(DigestItem::Line))
                    .col(text(DigestItem::Link))
                    .col(text(DigestItem::BaseUrl))
                    .col(big_integer(DigestItem::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DigestItem::Table, DigestItem::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgendaSent::Table)
                    .if_not_exists()
                    .col(integer(AgendaSent::EventId))
                    .col(integer(AgendaSent::OrganizationId))
                    .col(text(AgendaSent::Meetings))
                    .primary_key(
                        Index::create()
                            .col(AgendaSent::EventId)
                            .col(AgendaSent::OrganizationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgendaSent::Table, AgendaSent::EventId)
                            .to(Event::Table, Event::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_digest_item_account")
                    .table(DigestItem::Table)
                    .col(DigestItem::AccountId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AgendaSent::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(DigestItem::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(NotificationPref::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Event::Table)
                    .drop_column(Notifications::RemindedAt)
                    .to_owned(),
            )
            .await?;
        for column in [Notifications::ListUnsubscribe, Notifications::Calendar] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Outbox::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .drop_column(Notifications::MailKey)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Notifications {
    MailKey,
    ListUnsubscribe,
    Calendar,
    /// `event.reminded_at`: unix seconds when the day-before reminders were
    /// written.
    RemindedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
}

#[derive(DeriveIden)]
enum NotificationPref {
    Table,
    AccountId,
    Kind,
    Mode,
}

#[derive(DeriveIden)]
enum AgendaSent {
    Table,
    EventId,
    OrganizationId,
    /// JSON: the meetings as last told, by calendar key.
    Meetings,
}

#[derive(DeriveIden)]
enum DigestItem {
    Table,
    Id,
    AccountId,
    Kind,
    /// What happened, in the account's language.
    Line,
    /// The page it happened on.
    Link,
    /// The site's address when it happened (for the digest's own links).
    BaseUrl,
    CreatedAt,
}
