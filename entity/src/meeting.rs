use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "meeting")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    /// Index into the event's slots.
    pub slot: i32,
    /// Index into the event's tables.
    pub table_index: i32,
    pub org_a: i32,
    pub org_b: i32,
    /// The third organization at a group table.
    pub org_c: Option<i32>,
    /// The need a group table is about; empty for a meeting of two.
    pub topic: String,
    pub score: f64,
    /// JSON list of sentences.
    #[sea_orm(column_type = "Text")]
    pub reasons: String,
    /// `request`, `mutual`, `suggestion`, `group` or `manual`.
    pub origin: String,
    pub locked: bool,
    /// `follow_up`, `agreement`, `project` or `no_fit`.
    pub outcome: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub note: String,
}

impl ActiveModelBehavior for ActiveModel {}
