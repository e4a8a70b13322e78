use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Stored in lower case.
    #[sea_orm(unique)]
    pub email: String,
    pub password_hash: String,
    pub organization_id: i32,
    /// On the site: `member` or `organizer` (a site administrator).
    pub role: String,
    /// In the organization: `owner` (manages its members) or `member`.
    pub org_role: String,
    pub created_at: DateTimeUtc,
    /// The interface language chosen (`fr`), empty until one is chosen.
    pub language: String,
    /// Unix seconds at which the address was confirmed; `None` until then.
    pub email_verified_at: Option<i64>,
    /// The random key of the account's unsubscribe links; empty until the
    /// first notification.
    pub mail_key: String,
    #[sea_orm(belongs_to, from = "organization_id", to = "id")]
    pub organization: BelongsTo<super::organization::Entity>,
    #[sea_orm(has_many)]
    pub sessions: HasMany<super::session::Entity>,
    #[sea_orm(has_many)]
    pub links: HasMany<super::account_link::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
