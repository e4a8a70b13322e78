use sea_orm::entity::prelude::*;

/// `organization_id`'s mark on the suggested partner `partner_id`.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interest")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organization_id: i32,
    pub partner_id: i32,
    pub interested: bool,
    /// The parts of the score, the rank and the engine's version when the
    /// mark was set (JSON), for calibrating the weights from use.
    pub scored_with: Option<String>,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
