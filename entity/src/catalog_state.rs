use sea_orm::entity::prelude::*;

/// A single row (id 1): `generation` grows with every change to any profile.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "catalog_state")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub generation: i64,
    /// The version of the search analyser the directory's index was built with.
    pub search_version: i32,
    /// How many organizations were ever deleted (a deletion is in no
    /// organization's `revision`).
    pub removals: i64,
}

impl ActiveModelBehavior for ActiveModel {}
