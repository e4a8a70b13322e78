//! The room at a glance: a grid of tables (down) and time slots (across),
//! each cell the meeting there with its score. On the organizer's schedule
//! page, and printable on its own at `GET /events/{slug}/room`, one slot per
//! column.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use super::long_date;
use crate::db;
use crate::domain::event::EventSpec;
use crate::domain::meeting::Meeting;
use crate::web::error::AppError;
use crate::web::extract::{EventBySlug, Organizer};
use crate::web::respond::ok;
use crate::web::visitor::Visitor;

pub struct RoomCell {
    pub id: i32,
    pub names: String,
    /// The score as a whole number, as pages show scores.
    pub score: String,
    pub locked: bool,
}

pub struct RoomRow {
    pub table: String,
    pub cells: Vec<Option<RoomCell>>,
}

pub struct RoomGrid {
    pub slots: Vec<String>,
    pub rows: Vec<RoomRow>,
}

/// The grid of `meetings`, with the organizations' `names`.
pub fn grid(spec: &EventSpec, meetings: &[Meeting], names: &HashMap<i32, String>) -> RoomGrid {
    let mut rows: Vec<RoomRow> = spec
        .tables
        .iter()
        .map(|t| RoomRow {
            table: t.name.clone(),
            cells: spec.slots.iter().map(|_| None).collect(),
        })
        .collect();
    for m in meetings {
        let Some(cell) = rows
            .get_mut(m.table.0)
            .and_then(|r| r.cells.get_mut(m.slot.0))
        else {
            continue;
        };
        *cell = Some(RoomCell {
            id: m.id,
            names: m
                .members
                .iter()
                .map(|o| names.get(o).map_or("(left)", String::as_str))
                .collect::<Vec<_>>()
                .join(" · "),
            score: crate::matching::whole(m.score),
            locked: m.locked,
        });
    }
    RoomGrid {
        slots: spec.slots.iter().map(|s| s.label()).collect(),
        rows,
    }
}

#[derive(Template)]
#[template(path = "events/room.html")]
struct RoomPage {
    visitor: Visitor,
    slug: String,
    event_name: String,
    date: String,
    grid: RoomGrid,
    /// Whether cells link to the meeting's move page (not on paper).
    links: bool,
}

#[get("/events/{slug}/room")]
pub async fn page(
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let meetings = db::meetings::list(db.get_ref(), event.id).await?;
    let names: HashMap<i32, String> = db::participants::list(db.get_ref(), event.id)
        .await?
        .into_iter()
        .map(|p| (p.organization_id, p.name))
        .collect();
    ok(&RoomPage {
        date: long_date(organizer.visitor.lang, &event),
        visitor: organizer.visitor,
        slug: event.slug.clone(),
        event_name: event.spec.name.clone(),
        grid: grid(&event.spec, &meetings, &names),
        links: false,
    })
}
