//! Meeting requests between participants: `POST /events/{slug}/requests`,
//! and a request's `/answer` and `/withdraw`.

use actix_web::{HttpRequest, HttpResponse, post, web};
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::Deserialize;

use super::participation::require_participant;
use crate::db::{self, requests::RequestError};
use crate::domain::char_len;
use crate::domain::interest::Mark;
use crate::domain::meeting::RequestStatus;
use crate::domain::notification::Kind;
use crate::services::mail::Mail;
use crate::services::notify::{self, News, Written};
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EventBySlug, NoFields};
use crate::web::respond::see_other;
use crate::web::visitor::Visitor;

pub const MESSAGE_MAX: usize = 500;

fn check_message(raw: &str) -> Result<String, AppError> {
    let m = raw.trim().replace("\r\n", "\n");
    if char_len(&m) > MESSAGE_MAX {
        return Err(AppError::BadRequest(crate::i18n::message(
            "refused-message-long",
            &[("max", &MESSAGE_MAX)],
        )));
    }
    Ok(m)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RequestForm {
    to: String,
    message: String,
}

#[post("/events/{slug}/requests")]
pub async fn request(
    form: CsrfForm<RequestForm>,
    req: HttpRequest,
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    mail: web::Data<Mail>,
) -> Result<HttpResponse, AppError> {
    let slug = &event.slug;
    let me = require_participant(db.get_ref(), &visitor, &event).await?;
    let message = check_message(&form.message)?;
    let other = db::organizations::find_by_slug(db.get_ref(), form.to.trim())
        .await?
        .ok_or_else(|| {
            AppError::BadRequest(crate::i18n::message("refused-request-partner", &[]))
        })?;
    if other.org.id == me {
        return Err(AppError::BadRequest(crate::i18n::message(
            "refused-request-own",
            &[],
        )));
    }
    if !db::participants::is_participant(db.get_ref(), event.id, other.org.id).await? {
        return Err(AppError::BadRequest(crate::i18n::message(
            "refused-request-not-participant",
            &[("org", &other.org.name)],
        )));
    }
    let marks = db::interests::of(db.get_ref(), me).await?;
    if marks.mine(other.org.id) == Some(Mark::NotInterested) {
        return Err(AppError::BadRequest(crate::i18n::message(
            "refused-request-not-interested",
            &[("org", &other.org.name)],
        )));
    }
    let txn = db.begin().await?;
    match db::requests::create(&txn, event.id, me, other.org.id, &message).await {
        Ok(()) => {}
        Err(RequestError::Duplicate) => {
            return Err(AppError::BadRequest(crate::i18n::message(
                "refused-request-duplicate",
                &[("org", &other.org.name)],
            )));
        }
        Err(RequestError::Db(e)) => return Err(e.into()),
    }
    // The people of the organization asked are told, in the same transaction.
    let from = visitor
        .user
        .as_ref()
        .map(|u| u.organization_name.clone())
        .unwrap_or_default();
    let name = event.spec.name.clone();
    let write = |lang: crate::i18n::Lang| {
        let args: [(&str, &dyn std::fmt::Display); 2] = [("org", &from), ("event", &name)];
        let mut paragraphs = vec![lang.tr("notify-request-intro", &args)];
        if !message.is_empty() {
            paragraphs.push(lang.tr("notify-message", &[("message", &message)]));
        }
        Written {
            subject: lang.tr("notify-request-subject", &args),
            paragraphs,
            action: lang.t("notify-request-action"),
        }
    };
    let news = News {
        kind: Kind::Requests,
        org: other.org.id,
        path: format!("/events/{slug}#requests"),
        write: &write,
        calendar: None,
    };
    notify::tell(&txn, &mail.base_url(&req), &news).await?;
    txn.commit().await?;
    mail.ring();
    Ok(see_other(format!("/events/{slug}?done=requested#requests")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    decision: String,
    reply: String,
}

#[post("/events/{slug}/requests/{id}/answer")]
pub async fn answer(
    form: CsrfForm<AnswerForm>,
    req: HttpRequest,
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
    mail: web::Data<Mail>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = (&event.slug, path.1);
    let me = require_participant(db.get_ref(), &visitor, &event).await?;
    let reply = check_message(&form.reply)?;
    let (status, done) = match form.decision.as_str() {
        "accept" => (RequestStatus::Accepted, "accepted"),
        "decline" => (RequestStatus::Declined, "declined"),
        _ => {
            return Err(AppError::BadRequest(crate::i18n::message(
                "refused-answer-choice",
                &[],
            )));
        }
    };
    let txn = db.begin().await?;
    let Some((requester, changed)) =
        db::requests::answer(&txn, event.id, id, me, status, &reply).await?
    else {
        return Err(AppError::NotFound);
    };
    // The requesting organization's people hear the answer (once: the same
    // answer sent again tells nothing new).
    if changed {
        let from = visitor
            .user
            .as_ref()
            .map(|u| u.organization_name.clone())
            .unwrap_or_default();
        let name = event.spec.name.clone();
        let (subject, intro) = match status {
            RequestStatus::Accepted => ("notify-accepted-subject", "notify-accepted-intro"),
            _ => ("notify-declined-subject", "notify-declined-intro"),
        };
        let write = |lang: crate::i18n::Lang| {
            let args: [(&str, &dyn std::fmt::Display); 2] = [("org", &from), ("event", &name)];
            let mut paragraphs = vec![lang.tr(intro, &args)];
            if !reply.is_empty() {
                paragraphs.push(lang.tr("notify-reply", &[("reply", &reply)]));
            }
            Written {
                subject: lang.tr(subject, &args),
                paragraphs,
                action: lang.t("notify-answer-action"),
            }
        };
        let news = News {
            kind: Kind::Answers,
            org: requester,
            path: format!("/events/{slug}#requests"),
            write: &write,
            calendar: None,
        };
        notify::tell(&txn, &mail.base_url(&req), &news).await?;
    }
    txn.commit().await?;
    mail.ring();
    Ok(see_other(format!("/events/{slug}?done={done}#requests")))
}

#[post("/events/{slug}/requests/{id}/withdraw")]
pub async fn withdraw(
    _: CsrfForm<NoFields>,
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = (&event.slug, path.1);
    let me = require_participant(db.get_ref(), &visitor, &event).await?;
    if !db::requests::withdraw(db.get_ref(), event.id, id, me).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(format!("/events/{slug}?done=withdrawn#requests")))
}
