//! An organization's agenda at an event: `GET /events/{slug}/agenda/{org}`
//! (printable) and its `.ics`, CSV and Excel files — for the organization
//! itself and the organizers.

use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use super::long_date;
use crate::db;
use crate::domain::event::Event;
use crate::exports::agenda::{AGENDA_HEADER, AgendaItem, agenda_rows, ics};
use crate::services::agenda::{Reader, agenda_items, now_and_next};
use crate::services::match_index::MatchIndex;
use crate::web::error::AppError;
use crate::web::extract::EventBySlug;
use crate::web::respond::{ICS, download, ok, sheet_download, sheet_format};
use crate::web::visitor::Visitor;

/// The agenda of the organization `org_slug`: its own, or any for the organizer.
async fn agenda_of(
    visitor: &Visitor,
    db: &DatabaseConnection,
    index: &MatchIndex,
    event: &Event,
    org_slug: &str,
) -> Result<(String, Vec<AgendaItem>), AppError> {
    let user = visitor.require_user(&format!("/events/{}/agenda/{org_slug}", event.slug))?;
    let participants = db::participants::list(db, event.id).await?;
    let who = participants
        .iter()
        .find(|p| p.slug == org_slug)
        .ok_or(AppError::NotFound)?;
    let reader = if who.organization_id == user.organization_id {
        Reader::Itself
    } else if crate::web::extract::organizes(db, visitor.user.as_ref(), event.id).await? {
        Reader::Organizer
    } else {
        return Err(AppError::Forbidden("error-agenda-own-only"));
    };
    let snapshot = index.current(db).await?;
    let meetings = db::meetings::list(db, event.id).await?;
    let items = agenda_items(
        event,
        &snapshot,
        &meetings,
        who.organization_id,
        &participants,
        reader,
        visitor.lang,
    );
    Ok((who.name.clone(), items))
}

#[derive(Template)]
#[template(path = "events/agenda.html")]
struct AgendaPage {
    visitor: Visitor,
    event_name: String,
    event_slug: String,
    org_slug: String,
    date: String,
    venue: String,
    time_zone: String,
    name: String,
    /// On the day: the meeting now and the next one.
    now_next: Vec<String>,
    items: Vec<AgendaItem>,
}

#[get("/events/{slug}/agenda/{org}")]
pub async fn page(
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let org = path.into_inner().1;
    let (name, items) = agenda_of(&visitor, db.get_ref(), &index, &event, &org).await?;
    ok(&AgendaPage {
        event_name: event.spec.name.clone(),
        event_slug: event.slug.clone(),
        org_slug: org,
        date: long_date(visitor.lang, &event),
        venue: event.spec.venue.clone(),
        time_zone: event.spec.time_zone.name().to_owned(),
        name,
        now_next: now_and_next(&event.spec, &items, chrono::Utc::now()),
        items,
        visitor,
    })
}

#[get("/events/{slug}/agenda/{org}/export.{format}")]
pub async fn file(
    lang: crate::i18n::Lang,
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, org, format) = path.into_inner();
    if !matches!(format.as_str(), "csv" | "xlsx" | "ics") {
        return Err(AppError::NotFound);
    }
    let (name, items) = agenda_of(&visitor, db.get_ref(), &index, &event, &org).await?;
    let stem = format!("agenda-{slug}-{org}");
    if format == "ics" {
        return Ok(download(
            &format!("{stem}.ics"),
            ICS,
            ics(
                visitor.lang,
                &event.spec,
                &event.slug,
                &name,
                &items,
                chrono::Utc::now(),
            )
            .into_bytes(),
        ));
    }
    sheet_download(
        lang,
        "Agenda",
        &stem,
        &AGENDA_HEADER,
        &agenda_rows(&items),
        sheet_format(&format)?,
    )
}
