//! A participant's side of an event: `POST /events/{slug}/join`, `/leave`
//! and `/availability` (the slots it cannot attend).

use actix_web::{HttpResponse, post, web};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::domain::event::Event;
use crate::domain::meeting::SlotIndex;
use crate::web::confirm::{self, Confirmation};
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
    if !event.spec.open
        && !crate::web::extract::organizes(&db, visitor.user.as_ref(), event.id).await?
    {
        return Err(AppError::Forbidden("error-event-closed"));
    }
    db::participants::join(db.get_ref(), event.id, user.organization_id).await?;
    Ok(see_other(format!("/events/{slug}?done=joined")))
}

/// Leaving cancels the organization's requests and the meetings not yet held:
/// the first post asks, with what will be cancelled.
#[post("/events/{slug}/leave")]
pub async fn leave(
    form: CsrfForm<Confirmation>,
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let slug = &event.slug;
    let user = visitor.require_user(&format!("/events/{slug}"))?;
    let org = user.organization_id;
    if !form.is_given() {
        let meetings = db::meetings::list(db.get_ref(), event.id)
            .await?
            .into_iter()
            .filter(|m| m.includes(org) && m.outcome.is_none())
            .count();
        let requests = db::requests::list(db.get_ref(), event.id)
            .await?
            .into_iter()
            .filter(|r| r.from == org || r.to == org)
            .count();
        let lang = visitor.lang;
        let title = lang.tr("confirm-leave-title", &[("event", &event.spec.name)]);
        return confirm::ask(
            visitor.clone(),
            &title,
            vec![
                lang.tr("confirm-leave-meetings", &[("count", &meetings)]),
                lang.tr("confirm-leave-requests", &[("count", &requests)]),
                lang.t("confirm-leave-outcomes"),
            ],
            &format!("/events/{slug}/leave"),
            &lang.t("confirm-leave-button"),
            &format!("/events/{slug}"),
        );
    }
    db::participants::leave(db.get_ref(), event.id, org).await?;
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
        Err(AppError::Forbidden("error-participants-only"))
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
        .map_err(|_| AppError::BadRequest(crate::i18n::message("refused-form-unreadable", &[])))?;
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
                AppError::BadRequest(crate::i18n::message(
                    "refused-slot-unknown",
                    &[("slot", &v)],
                ))
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
