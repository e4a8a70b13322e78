//! A participant's side of an event: `POST /events/{slug}/join`, `/leave`
//! and `/availability` (the slots it cannot attend).

use actix_web::{HttpResponse, post, web};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::domain::event::Event;
use crate::domain::meeting::SlotIndex;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EventBySlug, NoFields};
use crate::web::respond::see_other;
use crate::web::visitor::Visitor;

#[post("/events/{slug}/join")]
pub async fn join(
    _: CsrfForm<NoFields>,
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let slug = &event.slug;
    let user = visitor.require_user(&format!("/events/{slug}"))?;
    if !event.spec.open && !visitor.is_organizer() {
        return Err(AppError::Forbidden(
            "This event is closed to new participants. Ask the organizer to add you.",
        ));
    }
    db::participants::join(db.get_ref(), event.id, user.organization_id).await?;
    Ok(see_other(format!("/events/{slug}?done=joined")))
}

#[post("/events/{slug}/leave")]
pub async fn leave(
    _: CsrfForm<NoFields>,
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let slug = &event.slug;
    let user = visitor.require_user(&format!("/events/{slug}"))?;
    db::participants::leave(db.get_ref(), event.id, user.organization_id).await?;
    Ok(see_other(format!("/events/{slug}?done=left")))
}

/// The participant's own record, or a clear refusal.
pub async fn require_participant(
    db: &DatabaseConnection,
    visitor: &Visitor,
    event: &Event,
) -> Result<i32, AppError> {
    let user = visitor.require_user(&format!("/events/{}", event.slug))?;
    if db::participants::is_participant(db, event.id, user.organization_id).await? {
        Ok(user.organization_id)
    } else {
        Err(AppError::Forbidden(
            "Join the event first: only participants can do this.",
        ))
    }
}

/// Checkbox names `blocked` repeated, one per slot index.
#[post("/events/{slug}/availability")]
pub async fn availability(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    EventBySlug(event): EventBySlug,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let slug = &event.slug;
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body)
        .map_err(|_| AppError::BadRequest("The form could not be read.".into()))?;
    let token = pairs
        .iter()
        .find(|(k, _)| k == "csrf_token")
        .map_or("", |(_, v)| v.as_str());
    csrf.verify(token)?;
    let org = require_participant(db.get_ref(), &visitor, &event).await?;
    let mut blocked = Vec::new();
    for (_, v) in pairs.iter().filter(|(k, _)| k == "blocked") {
        let s = v
            .parse::<usize>()
            .ok()
            .filter(|s| *s < event.spec.slots.len())
            .map(SlotIndex)
            .ok_or_else(|| {
                AppError::BadRequest(format!("There is no time slot “{v}” at this event."))
            })?;
        if !blocked.contains(&s) {
            blocked.push(s);
        }
    }
    blocked.sort_unstable();
    db::participants::set_blocked(db.get_ref(), event.id, org, &blocked).await?;
    Ok(see_other(format!(
        "/events/{slug}?done=availability#availability"
    )))
}
