use sea_orm::entity::prelude::*;

/// A failed login, keyed by `ip:ADDR` or `email:ADDR`; counted in a sliding
/// window to throttle guessing. Kept in the database so that every app process
/// sees the same counts.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_failure")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub key: String,
    /// Unix seconds.
    pub at: i64,
}

impl ActiveModelBehavior for ActiveModel {}
