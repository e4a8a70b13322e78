//! The organizer's table plan: every meeting of an event by slot and table,
//! with the participants' names.

use std::collections::HashMap;

use sea_orm::{DatabaseConnection, DbErr};

use super::agenda::LEFT;
use crate::db;
use crate::domain::event::Event;
use crate::domain::meeting::{Outcome, SlotIndex};

/// One table in one slot, as the organizer's plan shows it.
pub struct PlanRow {
    pub slot: SlotIndex,
    pub time: String,
    pub table: String,
    pub participants: Vec<String>,
    pub topic: String,
    pub score: f64,
    pub outcome: &'static str,
    pub note: String,
}

/// The event's meetings by slot and table, with the participants' names.
pub async fn plan(db: &DatabaseConnection, event: &Event) -> Result<Vec<PlanRow>, DbErr> {
    let names: HashMap<i32, String> = db::participants::list(db, event.id)
        .await?
        .into_iter()
        .map(|p| (p.organization_id, p.name))
        .collect();
    let name = |id: &i32| names.get(id).cloned().unwrap_or_else(|| LEFT.into());
    Ok(db::meetings::list(db, event.id)
        .await?
        .into_iter()
        .map(|m| PlanRow {
            slot: m.slot,
            time: event.spec.slot_label(m.slot),
            table: event.spec.table_name(m.table).to_owned(),
            participants: m.members.iter().map(name).collect(),
            topic: m.topic,
            score: m.score,
            outcome: Outcome::label_of(m.outcome),
            note: m.note,
        })
        .collect())
}
