use sea_orm::entity::prelude::*;

/// An owner's invitation of a colleague to join the organization: only the
/// SHA-256 digest of the link's token is stored; it works once, until
/// `expires_at`.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub organization_id: i32,
    /// The invited address, in lower case.
    pub email: String,
    /// `owner` or `member`.
    pub org_role: String,
    /// The address of the owner who invited.
    pub invited_by: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub expires_at: i64,
    /// Unix seconds, once used (or withdrawn).
    pub used_at: Option<i64>,
    #[sea_orm(belongs_to, from = "organization_id", to = "id")]
    pub organization: BelongsTo<super::organization::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
