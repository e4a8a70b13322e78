use sea_orm::entity::prelude::*;

/// A piece of news waiting for its account's daily digest.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "digest_item")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub account_id: i32,
    pub kind: String,
    /// What happened, in the account's language.
    #[sea_orm(column_type = "Text")]
    pub line: String,
    /// The page it happened on (a full address).
    #[sea_orm(column_type = "Text")]
    pub link: String,
    /// The site's address when it happened.
    #[sea_orm(column_type = "Text")]
    pub base_url: String,
    /// Unix seconds.
    pub created_at: i64,
    #[sea_orm(belongs_to, from = "account_id", to = "id")]
    pub account: BelongsTo<super::account::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
