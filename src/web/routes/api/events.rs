//! Events in the JSON API: the list, one event, and an organization's agenda.

use actix_web::{HttpResponse, get, web};
use chrono::SecondsFormat;
use sea_orm::DatabaseConnection;
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiUser;
use crate::db;
use crate::domain::event::Event;
use crate::domain::meeting::{Outcome, SlotIndex};
use crate::services::agenda::{Reader, agenda_items};
use crate::services::match_index::MatchIndex;
use crate::web::error::{ApiError, Problem};

/// An event in a list.
#[derive(Serialize, ToSchema)]
pub struct EventSummary {
    pub slug: String,
    pub name: String,
    /// `YYYY-MM-DD`
    pub date: String,
    pub venue: String,
    /// IANA time zone name.
    pub time_zone: String,
    /// Whether organizations may join on their own.
    pub open: bool,
    pub participants: u64,
}

#[derive(Serialize, ToSchema)]
pub struct EventSlot {
    /// Local start, `HH:MM`, in the event's time zone.
    pub start: String,
    pub minutes: u32,
}

#[derive(Serialize, ToSchema)]
pub struct EventTable {
    pub name: String,
    pub seats: u32,
}

/// One event with its programme.
#[derive(Serialize, ToSchema)]
#[schema(as = Event)]
pub struct EventDetail {
    #[serde(flatten)]
    pub summary: EventSummary,
    pub slots: Vec<EventSlot>,
    pub tables: Vec<EventTable>,
    /// ISO 639-1 codes of the languages interpreted at the event.
    pub interpretation: Vec<String>,
    /// Whether group tables of three are proposed.
    pub group_tables: bool,
    /// Meetings each participant should get when feasible.
    pub min_meetings: u32,
}

/// One meeting on an organization's agenda.
#[derive(Serialize, ToSchema)]
pub struct AgendaMeeting {
    /// Index into the event's slots.
    pub slot: usize,
    /// RFC 3339, with the event's UTC offset.
    pub start: String,
    pub end: String,
    pub table: String,
    pub partners: Vec<String>,
    /// The need a group table of three is about; empty for a meeting of two.
    pub topic: String,
    pub score: f64,
    pub reasons: Vec<String>,
    /// Follow-up agreed, MoU or agreement, Project started, No fit; empty until recorded.
    pub outcome: String,
    pub note: String,
}

#[derive(Serialize, ToSchema)]
pub struct Agenda {
    pub event: String,
    pub organization: String,
    pub meetings: Vec<AgendaMeeting>,
}

async fn summary(db: &DatabaseConnection, e: &Event) -> Result<EventSummary, ApiError> {
    Ok(EventSummary {
        slug: e.slug.clone(),
        name: e.spec.name.clone(),
        date: e.spec.date.format("%Y-%m-%d").to_string(),
        venue: e.spec.venue.clone(),
        time_zone: e.spec.time_zone.name().to_owned(),
        open: e.spec.open,
        participants: db::participants::count(db, e.id).await?,
    })
}

async fn find(db: &DatabaseConnection, slug: &str) -> Result<Event, ApiError> {
    db::events::find_by_slug(db, slug)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no event \"{slug}\"")))
}

/// Matchmaking events, the latest first.
#[utoipa::path(
    get,
    path = "/api/v1/events",
    responses((status = 200, body = Vec<EventSummary>))
)]
#[get("/v1/events")]
pub async fn list_events(db: web::Data<DatabaseConnection>) -> Result<HttpResponse, ApiError> {
    let mut out = Vec::new();
    for e in db::events::list(db.get_ref()).await? {
        out.push(summary(db.get_ref(), &e).await?);
    }
    Ok(HttpResponse::Ok().json(out))
}

/// One event with its time slots and tables.
#[utoipa::path(
    get,
    path = "/api/v1/events/{slug}",
    params(("slug" = String, Path, description = "The event's slug")),
    responses(
        (status = 200, body = EventDetail),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/v1/events/{slug}")]
pub async fn get_event(
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let e = find(db.get_ref(), &slug).await?;
    Ok(HttpResponse::Ok().json(EventDetail {
        summary: summary(db.get_ref(), &e).await?,
        slots: e
            .spec
            .slots
            .iter()
            .map(|s| EventSlot {
                start: s.start.format("%H:%M").to_string(),
                minutes: s.minutes,
            })
            .collect(),
        tables: e
            .spec
            .tables
            .iter()
            .map(|t| EventTable {
                name: t.name.clone(),
                seats: t.seats,
            })
            .collect(),
        interpretation: e.spec.interpretation.clone(),
        group_tables: e.spec.group_tables,
        min_meetings: e.spec.min_meetings,
    }))
}

/// The token's organization's meetings at the event, in time order, with the
/// reasons of each match.
#[utoipa::path(
    get,
    path = "/api/v1/events/{slug}/agenda",
    params(("slug" = String, Path, description = "The event's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Agenda),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/v1/events/{slug}/agenda")]
pub async fn agenda(
    user: ApiUser,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let e = find(db.get_ref(), &slug).await?;
    let participants = db::participants::list(db.get_ref(), e.id).await?;
    let me = participants
        .iter()
        .find(|p| p.organization_id == user.organization_id)
        .ok_or(ApiError::Forbidden(
            "the token's organization does not take part in this event",
        ))?;
    let snapshot = index.current(db.get_ref()).await?;
    let meetings = db::meetings::list(db.get_ref(), e.id).await?;
    let items = agenda_items(
        &e,
        &snapshot,
        &meetings,
        me.organization_id,
        &participants,
        Reader::Itself,
        crate::i18n::Lang::En,
    );
    let when = |slot: SlotIndex, end: bool| {
        e.spec
            .slot_start(slot)
            .map(|t| {
                let minutes = if end { e.spec.slots[slot.0].minutes } else { 0 };
                (t + chrono::Duration::minutes(i64::from(minutes)))
                    .to_rfc3339_opts(SecondsFormat::Secs, true)
            })
            .unwrap_or_default()
    };
    Ok(HttpResponse::Ok().json(Agenda {
        event: e.slug.clone(),
        organization: me.slug.clone(),
        meetings: items
            .into_iter()
            .map(|i| AgendaMeeting {
                start: when(i.slot, false),
                end: when(i.slot, true),
                slot: i.slot.0,
                table: i.table,
                partners: i.partners,
                topic: i.topic,
                score: i.score,
                reasons: i.reasons,
                outcome: Outcome::label_of(i.outcome).to_owned(),
                note: i.note,
            })
            .collect(),
    }))
}
