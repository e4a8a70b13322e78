use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participant")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub organization_id: i32,
    /// JSON list of slot indexes the organization cannot attend.
    #[sea_orm(column_type = "Text")]
    pub blocked_slots: String,
    pub joined_at: DateTimeUtc,
    /// Empty until checked in on the day; `present` or `absent`.
    pub attendance: String,
}

impl ActiveModelBehavior for ActiveModel {}
