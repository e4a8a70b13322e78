use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organization")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    /// The key under which names are unique (`orgname::key`): case, spacing,
    /// invisible characters, accents and look-alike characters do not count.
    #[sea_orm(unique)]
    pub name_key: String,
    pub kind: String,
    pub country: Option<String>,
    pub region: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub website: Option<String>,
    /// ISO 639-1 codes joined by commas, e.g. `en,fr`.
    pub languages: String,
    pub contact_email: Option<String>,
    pub is_demo: bool,
    /// Optimistic locking: every update must name the version it started from.
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The catalog generation of the last write (see `catalog_state`).
    pub revision: i64,
    /// Out of the public directory: seen by logged-in organizations only.
    pub hidden: bool,
    #[sea_orm(has_many)]
    pub items: HasMany<super::profile_item::Entity>,
    #[sea_orm(has_many)]
    pub accounts: HasMany<super::account::Entity>,
    #[sea_orm(has_many)]
    pub tags: HasMany<super::org_tag::Entity>,
    #[sea_orm(has_many)]
    pub invitations: HasMany<super::invitation::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
