//! The organizer's table plan: `GET /events/{slug}/plan` (printable), its
//! CSV and Excel files, and `GET /events/{slug}/cards`, one card per table.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use super::long_date;
use crate::domain::event::Event;
use crate::services::table_plan::{PlanRow, plan};
use crate::web::error::AppError;
use crate::web::extract::{EventBySlug, Organizer};
use crate::web::respond::{ok, sheet_download, sheet_format};
use crate::web::visitor::Visitor;

/// The plan's columns; after the session its outcomes are the record for the
/// next edition.
pub const PLAN_HEADER: [&str; 7] = [
    "Time",
    "Table",
    "Participants",
    "Topic",
    "Score",
    "Outcome",
    "Note",
];

#[derive(Template)]
#[template(path = "events/table_plan.html")]
struct PlanPage {
    visitor: Visitor,
    event_name: String,
    date: String,
    venue: String,
    slots: Vec<(String, Vec<PlanRow>)>,
}

fn by_slot(event: &Event, rows: Vec<PlanRow>) -> Vec<(String, Vec<PlanRow>)> {
    let mut slots: Vec<(String, Vec<PlanRow>)> = event
        .spec
        .slots
        .iter()
        .map(|s| (s.label(), Vec::new()))
        .collect();
    for r in rows {
        if let Some(s) = slots.get_mut(r.slot.0) {
            s.1.push(r);
        }
    }
    slots
}

#[get("/events/{slug}/plan")]
pub async fn page(
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let rows = plan(db.get_ref(), &event).await?;
    ok(&PlanPage {
        date: long_date(organizer.visitor.lang, &event),
        visitor: organizer.visitor,
        event_name: event.spec.name.clone(),
        venue: event.spec.venue.clone(),
        slots: by_slot(&event, rows),
    })
}

#[get("/events/{slug}/plan/export.{format}")]
pub async fn file(
    lang: crate::i18n::Lang,
    _: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, format) = path.into_inner();
    let xlsx = sheet_format(&format)?;
    let rows: Vec<Vec<String>> = plan(db.get_ref(), &event)
        .await?
        .into_iter()
        .map(|r| {
            vec![
                r.time,
                r.table,
                r.participants.join("; "),
                r.topic,
                crate::matching::whole(r.score),
                r.outcome.to_owned(),
                r.note,
            ]
        })
        .collect();
    sheet_download(
        lang,
        "Table plan",
        &format!("table-plan-{slug}"),
        &PLAN_HEADER,
        &rows,
        xlsx,
    )
}

/// One card per table: its name and who sits there in each slot.
pub struct Card {
    pub table: String,
    pub seats: u32,
    pub slots: Vec<(String, Vec<String>, String)>,
}

#[derive(Template)]
#[template(path = "events/cards.html")]
struct CardsPage {
    visitor: Visitor,
    event_name: String,
    cards: Vec<Card>,
}

#[get("/events/{slug}/cards")]
pub async fn cards(
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let rows = plan(db.get_ref(), &event).await?;
    let mut by_table: HashMap<String, Vec<PlanRow>> = HashMap::new();
    for r in rows {
        by_table.entry(r.table.clone()).or_default().push(r);
    }
    let cards = event
        .spec
        .tables
        .iter()
        .filter_map(|t| {
            let mut rows = by_table.remove(&t.name)?;
            rows.sort_by_key(|r| r.slot);
            Some(Card {
                table: t.name.clone(),
                seats: t.seats,
                slots: rows
                    .into_iter()
                    .map(|r| (r.time, r.participants, r.topic))
                    .collect(),
            })
        })
        .collect();
    ok(&CardsPage {
        visitor: organizer.visitor,
        event_name: event.spec.name.clone(),
        cards,
    })
}
