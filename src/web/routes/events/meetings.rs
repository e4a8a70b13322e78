//! One meeting on the schedule: `POST /events/{slug}/meetings/{id}/lock` and
//! `/remove` with its undo, `POST /events/{slug}/meetings/restore`
//! (organizers), and `/outcome` (its participants or an organizer). Moves and
//! swaps are in [`super::moves`].

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::schedule::refused;
use crate::db;
use crate::domain::char_len;
use crate::domain::event::Event;
use crate::domain::meeting::Outcome;
use crate::scheduling::moves::check_move;
use crate::services::match_index::MatchIndex;
use crate::web::confirm::{self, Confirmation};
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EventBySlug, Organizer};
use crate::web::respond::see_other;
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

/// Removes a meeting, once the organizer has confirmed (the first post asks).
#[post("/events/{slug}/meetings/{id}/remove")]
pub async fn remove(
    form: CsrfForm<Confirmation>,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
    news: super::ScheduleNews,
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
        let lang = organizer.visitor.lang;
        let title = lang.tr(
            "confirm-remove-title",
            &[
                ("names", &names.join(", ")),
                ("slot", &event.spec.slot_label(meeting.slot)),
            ],
        );
        return confirm::ask(
            organizer.visitor,
            &title,
            vec![lang.tr(
                "confirm-remove-consequence",
                &[("table", &event.spec.table_name(meeting.table))],
            )],
            &format!("/events/{}/meetings/{id}/remove", event.slug),
            &lang.t("confirm-remove-button"),
            &format!("/events/{}/schedule#m{id}", event.slug),
        );
    }
    if db::meetings::remove(db.get_ref(), event.id, &[id])
        .await?
        .is_empty()
    {
        return Err(AppError::NotFound);
    }
    news.tell(&event.slug).await;
    Ok(see_other(format!(
        "/events/{}/schedule?done=removed&undo={id}#schedule-notice",
        event.slug
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RestoreForm {
    /// Meeting ids, separated by commas.
    ids: String,
}

/// The most meetings one undo restores (a no-show's whole day).
pub const RESTORE_MAX: usize = 100;

/// Reads a list of meeting ids as the undo links carry them.
pub(super) fn meeting_ids(raw: &str) -> Result<Vec<i32>, AppError> {
    let ids: Option<Vec<i32>> = raw
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().ok())
        .collect();
    match ids {
        Some(ids) if !ids.is_empty() && ids.len() <= RESTORE_MAX => Ok(ids),
        _ => Err(AppError::BadRequest(
            "There is nothing to undo: the link does not name removed meetings.".into(),
        )),
    }
}

/// Puts removed meetings back where they were, if their tables and members
/// are still free; else says who or what is in the way, on the console.
pub(super) async fn restore_meetings(
    db: &DatabaseConnection,
    event: &Event,
    ids: &[i32],
) -> Result<Result<usize, String>, AppError> {
    let removed = db::meetings::removed(db, event.id, ids).await?;
    if removed.is_empty() {
        return Ok(Err(
            "These meetings can no longer be restored (they were restored already, or removed more than a week ago).".into(),
        ));
    }
    let mut meetings = db::meetings::list(db, event.id).await?;
    let participants = db::participants::list(db, event.id).await?;
    for m in &removed {
        let left = m
            .members
            .iter()
            .any(|&o| !participants.iter().any(|p| p.organization_id == o));
        if left {
            return Ok(Err(format!(
                "The meeting at {} cannot be restored: one of its participants has left the event.",
                event.spec.slot_label(m.slot)
            )));
        }
        if let Err(problem) = check_move(&event.spec, m, m.slot, m.table, &meetings, &participants)
        {
            return Ok(Err(format!(
                "The meeting at {} cannot be restored: {problem}",
                event.spec.slot_label(m.slot)
            )));
        }
        meetings.push(m.clone());
    }
    match db::meetings::restore(db, event.id, ids).await {
        Ok(n) => Ok(Ok(n)),
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            Ok(Err(
                "A table was taken meanwhile; nothing was restored. Reload the schedule and try again.".into(),
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// Undoes a removal: `POST /events/{slug}/meetings/restore`.
#[post("/events/{slug}/meetings/restore")]
pub async fn restore(
    form: CsrfForm<RestoreForm>,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    news: super::ScheduleNews,
) -> Result<HttpResponse, AppError> {
    let ids = meeting_ids(&form.ids)?;
    match restore_meetings(db.get_ref(), &event, &ids).await? {
        Ok(_) => {
            news.tell(&event.slug).await;
            Ok(see_other(format!(
                "/events/{}/schedule?done=restored#m{}",
                event.slug, ids[0]
            )))
        }
        Err(problem) => {
            let visitor = organizer.visitor;
            refused(
                visitor,
                db.get_ref(),
                &index,
                &event,
                StatusCode::CONFLICT,
                problem,
            )
            .await
        }
    }
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
    if !member && !crate::web::extract::organizes(&db, visitor.user.as_ref(), event.id).await? {
        return Err(AppError::Forbidden("error-outcome-members-only"));
    }
    let outcome = match form.outcome.trim() {
        "" => None,
        o => Some(Outcome::parse(o).ok_or_else(|| {
            AppError::BadRequest(crate::i18n::message("refused-outcome-choice", &[]))
        })?),
    };
    let note = form.note.trim().replace("\r\n", "\n");
    if char_len(&note) > NOTE_MAX {
        return Err(AppError::BadRequest(crate::i18n::message(
            "refused-note-long",
            &[("max", &NOTE_MAX)],
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
