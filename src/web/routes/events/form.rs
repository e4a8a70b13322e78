//! The organizer's event form: `GET /events/new`, `POST /events`,
//! `GET`/`POST /events/{slug}/edit`, and `POST /events/{slug}/delete`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use crate::db;
use crate::domain::FieldErrors;
use crate::domain::event::{EventDraft, EventSpec, Remap};
use crate::domain::meeting::Meeting;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EventBySlug, Organizer};
use crate::web::respond::{ok, render, see_other};
use crate::web::visitor::Visitor;

#[derive(Template)]
#[template(path = "events/form.html")]
struct EventForm {
    visitor: Visitor,
    /// None: a new event.
    slug: Option<String>,
    form: EventDraft,
    errors: FieldErrors,
}

impl EventForm {
    fn checked(v: &str) -> bool {
        !v.is_empty()
    }
}

#[get("/events/new")]
pub async fn new_form(organizer: Organizer) -> Result<HttpResponse, AppError> {
    ok(&EventForm {
        visitor: organizer.visitor,
        slug: None,
        form: EventDraft::example(),
        errors: FieldErrors::default(),
    })
}

#[post("/events")]
pub async fn create(
    form: CsrfForm<EventDraft>,
    organizer: Organizer,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let draft = form.into_inner();
    match draft.parse() {
        Ok(spec) => {
            let slug = db::events::insert(db.get_ref(), &spec, organizer.user().account_id).await?;
            Ok(see_other(format!("/events/{slug}")))
        }
        Err(errors) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &EventForm {
                visitor: organizer.visitor,
                slug: None,
                form: draft,
                errors,
            },
        ),
    }
}

#[get("/events/{slug}/edit")]
pub async fn edit_form(
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
) -> Result<HttpResponse, AppError> {
    ok(&EventForm {
        visitor: organizer.visitor,
        slug: Some(event.slug.clone()),
        form: EventDraft::from_spec(&event.spec),
        errors: FieldErrors::default(),
    })
}

/// Whether every stored meeting has a place in the edited event: its slot
/// (by start time) and its table (by name) still exist, and the table seats it.
fn still_fits(spec: &EventSpec, remap: &Remap, meetings: &[Meeting]) -> bool {
    meetings.iter().all(|m| {
        remap.slot(m.slot.0).is_some()
            && remap
                .table(m.table.0)
                .and_then(|t| spec.tables.get(t))
                .is_some_and(|t| t.seats as usize >= m.members.len())
    })
}

#[post("/events/{slug}/edit")]
pub async fn edit(
    form: CsrfForm<EventDraft>,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let draft = form.into_inner();
    let again = |visitor, draft, errors| {
        render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &EventForm {
                visitor,
                slug: Some(event.slug.clone()),
                form: draft,
                errors,
            },
        )
    };
    match draft.parse() {
        Ok(spec) => {
            let meetings = db::meetings::list(db.get_ref(), event.id).await?;
            let remap = Remap::between(&event.spec, &spec);
            if !still_fits(&spec, &remap, &meetings) {
                let mut errors = FieldErrors::default();
                errors.add(
                    "slots",
                    "Some scheduled meetings use a slot or table that this change removes. Keep them, or move those meetings first.",
                );
                return again(organizer.visitor, draft, errors);
            }
            db::events::update_remapped(db.get_ref(), event.id, &spec, &remap).await?;
            Ok(see_other(format!("/events/{}", event.slug)))
        }
        Err(errors) => again(organizer.visitor, draft, errors),
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    confirm: String,
}

/// Deletes an event, its participants, requests, meetings and outcomes, once
/// the organizer has ticked the confirmation.
#[post("/events/{slug}/delete")]
pub async fn delete(
    form: CsrfForm<DeleteForm>,
    _: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    if form.confirm != "yes" {
        return Err(AppError::BadRequest(
            "Tick the box to confirm that the event and everything recorded for it should be deleted."
                .into(),
        ));
    }
    db::events::delete(db.get_ref(), event.id).await?;
    Ok(see_other("/events?done=deleted"))
}
