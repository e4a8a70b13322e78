use sea_orm::entity::prelude::*;

/// An e-mail waiting to be sent, or sent: written in the transaction of what
/// caused it, delivered by the mail worker with retries.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub recipient: String,
    /// What the message is about (`password_reset`, …).
    pub kind: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    #[sea_orm(column_type = "Text")]
    pub html: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds: not sent before.
    pub next_attempt_at: i64,
    pub attempts: i32,
    /// Unix seconds; `None` until the SMTP server accepted it.
    pub sent_at: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub last_error: String,
    /// The one-click unsubscribe address (`List-Unsubscribe`), or empty.
    #[sea_orm(column_type = "Text")]
    pub list_unsubscribe: String,
    /// An iTIP calendar object (`METHOD:REQUEST` or `CANCEL`) sent beside
    /// the text, or empty.
    #[sea_orm(column_type = "Text")]
    pub calendar: String,
}

impl ActiveModelBehavior for ActiveModel {}
