use sea_orm::entity::prelude::*;

/// A server-side login session. The cookie holds a random token; only its
/// SHA-256 digest is stored, so a leaked table does not leak live sessions.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "session")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    pub account_id: i32,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
    #[sea_orm(belongs_to, from = "account_id", to = "id")]
    pub account: BelongsTo<super::account::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
