use sea_orm::entity::prelude::*;

/// A meeting an organizer removed, kept so that the removal can be undone.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "removed_meeting")]
pub struct Model {
    /// The meeting's own id, given back when it is restored.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub event_id: i32,
    /// The meeting row as JSON.
    #[sea_orm(column_type = "Text")]
    pub data: String,
    pub removed_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
