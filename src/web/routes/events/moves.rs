//! Moving meetings by hand: `GET /events/{slug}/meetings/{id}/move` offers
//! the free slots and tables and the meetings it can swap with;
//! `POST …/move` moves it (and locks it there), `POST …/swap` exchanges the
//! places of two meetings. A refused change is explained on the same page,
//! with who or what is in the way.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use crate::db;
use crate::domain::event::{Event, Participant};
use crate::domain::meeting::{Meeting, SlotIndex, TableIndex};
use crate::scheduling::moves::{
    MoveError, check_move, check_swap, free_places, slot_of, swap_options, table_of,
};
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EventBySlug, Organizer};
use crate::web::respond::{ok, render, see_other};
use crate::web::visitor::Visitor;

/// A meeting in a list of choices: where it is and who meets.
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "events/move.html")]
struct MovePage {
    visitor: Visitor,
    slug: String,
    event_name: String,
    id: i32,
    slot: usize,
    who: String,
    place: String,
    /// Each slot's label with its free tables.
    places: Vec<(String, Vec<Choice>)>,
    swaps: Vec<Choice>,
    problem: String,
}

fn names_of(m: &Meeting, participants: &[Participant]) -> String {
    m.members
        .iter()
        .map(|&o| {
            participants
                .iter()
                .find(|p| p.organization_id == o)
                .map_or("(left)", |p| p.name.as_str())
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

fn place_of(event: &Event, slot: SlotIndex, table: TableIndex) -> String {
    format!(
        "{} · {}",
        event.spec.slot_label(slot),
        event.spec.table_name(table)
    )
}

async fn move_page(
    visitor: Visitor,
    db: &DatabaseConnection,
    event: &Event,
    meeting: &Meeting,
    problem: String,
) -> Result<MovePage, AppError> {
    let spec = &event.spec;
    let meetings = db::meetings::list(db, event.id).await?;
    let participants = db::participants::list(db, event.id).await?;
    let places = free_places(spec, meeting, &meetings, &participants)
        .into_iter()
        .map(|(slot, tables)| {
            let choices = tables
                .into_iter()
                .map(|t| Choice {
                    value: format!("{}:{}", slot.0, t.0),
                    label: place_of(event, slot, t),
                })
                .collect();
            (spec.slot_label(slot), choices)
        })
        .collect();
    let swaps = swap_options(spec, meeting, &meetings, &participants)
        .into_iter()
        .map(|o| Choice {
            value: o.id.to_string(),
            label: format!(
                "{} · {}",
                place_of(event, o.slot, o.table),
                names_of(o, &participants)
            ),
        })
        .collect();
    Ok(MovePage {
        visitor,
        slug: event.slug.clone(),
        event_name: spec.name.clone(),
        id: meeting.id,
        slot: meeting.slot.0,
        who: names_of(meeting, &participants),
        place: place_of(event, meeting.slot, meeting.table),
        places,
        swaps,
        problem,
    })
}

async fn find_meeting(
    db: &DatabaseConnection,
    event: &Event,
    id: i32,
) -> Result<Meeting, AppError> {
    db::meetings::find(db, event.id, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The meeting `id`, with every meeting and participant of the event.
async fn situation(
    db: &DatabaseConnection,
    event: &Event,
    id: i32,
) -> Result<(Meeting, Vec<Meeting>, Vec<Participant>), AppError> {
    Ok((
        find_meeting(db, event, id).await?,
        db::meetings::list(db, event.id).await?,
        db::participants::list(db, event.id).await?,
    ))
}

#[get("/events/{slug}/meetings/{id}/move")]
pub async fn page(
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let meeting = find_meeting(db.get_ref(), &event, path.1).await?;
    ok(&move_page(
        organizer.visitor,
        db.get_ref(),
        &event,
        &meeting,
        String::new(),
    )
    .await?)
}

/// The move page again, saying why the change was refused.
async fn refused(
    organizer: Organizer,
    db: &DatabaseConnection,
    event: &Event,
    meeting: &Meeting,
    problem: String,
) -> Result<HttpResponse, AppError> {
    let shown = move_page(organizer.visitor, db, event, meeting, problem).await?;
    render(StatusCode::UNPROCESSABLE_ENTITY, &shown)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    /// `slot:table` by their numbers, as the move page offers them.
    place: String,
    /// Or the slot's number and the table's name.
    slot: String,
    table: String,
}

impl MoveForm {
    fn target(&self, event: &Event) -> Result<(SlotIndex, TableIndex), MoveError> {
        let spec = &event.spec;
        match self.place.trim().split_once(':') {
            Some((s, t)) => {
                let slot = slot_of(spec, s)?;
                let table = t
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|t| *t < spec.tables.len())
                    .map(TableIndex)
                    .ok_or_else(|| MoveError::NoSuchTable(t.trim().chars().take(20).collect()))?;
                Ok((slot, table))
            }
            None if !self.place.trim().is_empty() => Err(MoveError::NoSuchSlot),
            None => Ok((slot_of(spec, &self.slot)?, table_of(spec, &self.table)?)),
        }
    }
}

/// Moves a meeting and locks it there.
#[post("/events/{slug}/meetings/{id}/move")]
pub async fn move_meeting(
    form: CsrfForm<MoveForm>,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
    news: super::ScheduleNews,
) -> Result<HttpResponse, AppError> {
    let (db, id) = (db.get_ref(), path.1);
    let (meeting, meetings, participants) = situation(db, &event, id).await?;
    let checked = form.target(&event).and_then(|(slot, table)| {
        check_move(&event.spec, &meeting, slot, table, &meetings, &participants)?;
        Ok((slot, table))
    });
    let (slot, table) = match checked {
        Ok(place) => place,
        Err(problem) => {
            let lang = organizer.visitor.lang;
            let problem = lang.tr(
                "move-refused",
                &[("problem", &lang.render(&problem.message()))],
            );
            return refused(organizer, db, &event, &meeting, problem).await;
        }
    };
    // Checked above; the unique index still refuses a table taken meanwhile.
    if let Err(e) = db::meetings::move_to(db, event.id, id, slot, table).await {
        let Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) = e.sql_err() else {
            return Err(e.into());
        };
        let problem = organizer.visitor.lang.tr(
            "move-just-taken",
            &[
                ("table", &event.spec.table_name(table)),
                ("slot", &event.spec.slot_label(slot)),
            ],
        );
        return refused(organizer, db, &event, &meeting, problem).await;
    }
    news.tell(&event.slug).await;
    Ok(see_other(format!(
        "/events/{}/schedule?done=moved&slot={}&m={id}&back={}:{}#m{id}",
        event.slug, slot.0, meeting.slot.0, meeting.table.0
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SwapForm {
    /// The other meeting's id.
    with: String,
}

/// Exchanges the places of two meetings and locks both.
#[post("/events/{slug}/meetings/{id}/swap")]
pub async fn swap(
    form: CsrfForm<SwapForm>,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
    news: super::ScheduleNews,
) -> Result<HttpResponse, AppError> {
    let (db, id) = (db.get_ref(), path.1);
    let (meeting, meetings, participants) = situation(db, &event, id).await?;
    let other = form
        .with
        .trim()
        .parse::<i32>()
        .ok()
        .and_then(|o| meetings.iter().find(|m| m.id == o));
    let Some(other) = other else {
        let problem = organizer.visitor.t("swap-choose");
        return refused(organizer, db, &event, &meeting, problem).await;
    };
    if let Err(problem) = check_swap(&event.spec, &meeting, other, &meetings, &participants) {
        let lang = organizer.visitor.lang;
        let problem = lang.tr(
            "swap-refused",
            &[("problem", &lang.render(&problem.message()))],
        );
        return refused(organizer, db, &event, &meeting, problem).await;
    }
    let a = (meeting.id, meeting.slot, meeting.table);
    let b = (other.id, other.slot, other.table);
    if !db::meetings::swap(db, event.id, a, b).await? {
        let problem = organizer.visitor.t("swap-changed");
        return refused(organizer, db, &event, &meeting, problem).await;
    }
    news.tell(&event.slug).await;
    Ok(see_other(format!(
        "/events/{}/schedule?done=swapped&slot={}&a={}&b={}#m{id}",
        event.slug, other.slot.0, id, other.id
    )))
}
