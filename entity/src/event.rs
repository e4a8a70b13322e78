use sea_orm::entity::prelude::*;

/// A matchmaking session. `slots` and `tables` are JSON lists
/// (see `roundtable::domain::event`).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    pub venue: String,
    /// IANA name, such as `Europe/Zurich`.
    pub time_zone: String,
    #[sea_orm(column_type = "Text")]
    pub slots: String,
    #[sea_orm(column_type = "Text")]
    pub tables: String,
    /// Language codes with interpretation, comma-separated.
    pub interpretation: String,
    pub group_tables: bool,
    pub min_meetings: i32,
    /// Organizations may join.
    pub open: bool,
    pub created_by: i32,
    pub created_at: DateTimeUtc,
    pub scheduled_at: Option<DateTimeUtc>,
    /// Unix seconds when the day-before reminders were written.
    pub reminded_at: Option<i64>,
}

impl ActiveModelBehavior for ActiveModel {}
