//! One meeting on the schedule: `POST /events/{slug}/meetings/{id}/lock`,
//! `/move` and `/remove` (organizers), and `/outcome` (its participants or
//! an organizer).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::schedule::{Messages, schedule_page};
use crate::db;
use crate::domain::char_len;
use crate::domain::meeting::Outcome;
use crate::scheduling::moves::{check_move, slot_of, table_of};
use crate::services::match_index::MatchIndex;
use crate::web::confirm::{self, Confirmation};
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EventBySlug, Organizer};
use crate::web::respond::{render, see_other};
use crate::web::visitor::Visitor;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LockForm {
    locked: String,
}

#[post("/events/{slug}/meetings/{id}/lock")]
pub async fn lock(
    form: CsrfForm<LockForm>,
    _: Organizer,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let id = path.1;
    let locked = form.locked == "true";
    if !db::meetings::set_locked(db.get_ref(), event.id, id, locked).await? {
        return Err(AppError::NotFound);
    }
    let done = if locked { "locked" } else { "unlocked" };
    Ok(see_other(format!(
        "/events/{}/schedule?done={done}#m{id}",
        event.slug
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    slot: String,
    table: String,
}

/// Moves a meeting and locks it there. A move that cannot be made is
/// explained on the schedule page itself, at the meeting's slot.
#[post("/events/{slug}/meetings/{id}/move")]
pub async fn move_meeting(
    form: CsrfForm<MoveForm>,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
) -> Result<HttpResponse, AppError> {
    let id = path.1;
    let spec = &event.spec;
    let meeting = db::meetings::find(db.get_ref(), event.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let meetings = db::meetings::list(db.get_ref(), event.id).await?;
    let participants = db::participants::list(db.get_ref(), event.id).await?;
    let checked = slot_of(spec, &form.slot).and_then(|slot| {
        let table = table_of(spec, &form.table)?;
        check_move(spec, &meeting, slot, table, &meetings, &participants)?;
        Ok((slot, table))
    });
    let (slot, table) = match checked {
        Ok(place) => place,
        Err(problem) => {
            let messages = Messages {
                problem: format!("The meeting could not be moved: {problem}"),
                ..Messages::default()
            };
            let page = schedule_page(
                organizer.visitor,
                db.get_ref(),
                &index,
                &event,
                messages,
                &meeting.slot.0.to_string(),
            )
            .await?;
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    // Checked above; the unique index still refuses a table taken meanwhile.
    if let Err(e) = db::meetings::move_to(db.get_ref(), event.id, id, slot, table).await {
        return Err(match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => AppError::BadRequest(format!(
                "{} was just taken at {}. Reload the page and choose another table.",
                spec.table_name(table),
                spec.slot_label(slot)
            )),
            _ => e.into(),
        });
    }
    Ok(see_other(format!(
        "/events/{}/schedule?done=moved#m{id}",
        event.slug
    )))
}

/// Removes a meeting, once the organizer has confirmed (the first post asks).
#[post("/events/{slug}/meetings/{id}/remove")]
pub async fn remove(
    form: CsrfForm<Confirmation>,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let id = path.1;
    if !form.is_given() {
        let meeting = db::meetings::find(db.get_ref(), event.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let names: Vec<String> = db::participants::list(db.get_ref(), event.id)
            .await?
            .into_iter()
            .filter(|p| meeting.includes(p.organization_id))
            .map(|p| p.name)
            .collect();
        let title = format!(
            "Remove the meeting of {} at {}?",
            names.join(" and "),
            event.spec.slot_label(meeting.slot)
        );
        return confirm::ask(
            organizer.visitor,
            &title,
            vec![format!(
                "{} becomes free; the participants lose this meeting from their agendas. A re-run may place them again.",
                event.spec.table_name(meeting.table)
            )],
            &format!("/events/{}/meetings/{id}/remove", event.slug),
            "Remove the meeting",
            &format!("/events/{}/schedule#m{id}", event.slug),
        );
    }
    if !db::meetings::delete(db.get_ref(), event.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(format!(
        "/events/{}/schedule?done=removed",
        event.slug
    )))
}

pub const NOTE_MAX: usize = 1_000;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OutcomeForm {
    outcome: String,
    note: String,
}

/// A participant of the meeting, or an organizer, records how it went.
#[post("/events/{slug}/meetings/{id}/outcome")]
pub async fn outcome(
    form: CsrfForm<OutcomeForm>,
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = (&event.slug, path.1);
    let user = visitor.require_user(&format!("/events/{slug}"))?;
    let m = db::meetings::find(db.get_ref(), event.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let member = m.includes(user.organization_id);
    if !member && !visitor.is_organizer() {
        return Err(AppError::Forbidden(
            "Only the participants of a meeting and the organizers record its outcome.",
        ));
    }
    let outcome = match form.outcome.trim() {
        "" => None,
        o => Some(
            Outcome::parse(o)
                .ok_or_else(|| AppError::BadRequest("Choose an outcome from the list.".into()))?,
        ),
    };
    let note = form.note.trim().replace("\r\n", "\n");
    if char_len(&note) > NOTE_MAX {
        return Err(AppError::BadRequest(format!(
            "The note is too long: use at most {NOTE_MAX} characters."
        )));
    }
    db::meetings::set_outcome(db.get_ref(), event.id, id, outcome, &note).await?;
    Ok(if member {
        see_other(format!("/events/{slug}?done=outcome#meetings"))
    } else {
        see_other(format!(
            "/events/{slug}/schedule?done=outcome&slot={}#m{id}",
            m.slot.0
        ))
    })
}
