//! An event's organizers: `/events/{slug}/organizers` lists them to its
//! organizers, who add a colleague by the e-mail address of their account
//! (who is told by e-mail) and remove organizers. Site administrators
//! organize every event and are not listed.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::Deserialize;

use crate::db;
use crate::domain::account::Email;
use crate::services::mail::{Mail, letters};
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EventBySlug, NoFields, Organizer};
use crate::web::respond::{render, see_other};
use crate::web::visitor::Visitor;

pub struct OrganizerView {
    pub id: i32,
    pub email: String,
    pub organization: String,
    pub me: bool,
}

#[derive(Template)]
#[template(path = "events/organizers.html")]
struct OrganizersPage {
    visitor: Visitor,
    slug: String,
    name: String,
    organizers: Vec<OrganizerView>,
    email: String,
    error: Option<String>,
    notice: Option<&'static str>,
}

async fn page(
    organizer: Organizer,
    db: &DatabaseConnection,
    event: &crate::domain::event::Event,
    status: StatusCode,
    (email, error, notice): (String, Option<String>, Option<&'static str>),
) -> Result<HttpResponse, AppError> {
    let me = organizer.user().account_id;
    let organizers = db::event_organizers::list(db, event.id)
        .await?
        .into_iter()
        .map(|o| OrganizerView {
            me: o.account_id == me,
            id: o.account_id,
            email: o.email,
            organization: o.organization,
        })
        .collect();
    render(
        status,
        &OrganizersPage {
            visitor: organizer.visitor,
            slug: event.slug.clone(),
            name: event.spec.name.clone(),
            organizers,
            email,
            error,
            notice,
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

#[get("/events/{slug}/organizers")]
pub async fn list(
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.done.as_str() {
        "added" => Some("organizers-added"),
        "removed" => Some("organizers-removed"),
        _ => None,
    };
    page(
        organizer,
        &db,
        &event,
        StatusCode::OK,
        (String::new(), None, notice),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddForm {
    email: String,
}

/// Makes the account of an address an organizer of this event; it is told
/// by e-mail.
#[post("/events/{slug}/organizers")]
pub async fn add(
    form: CsrfForm<AddForm>,
    req: HttpRequest,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    mail: web::Data<Mail>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner().email;
    let refuse = |organizer: Organizer, error: String| {
        let db = db.clone();
        let event = event.clone();
        let typed = typed.clone();
        async move {
            page(
                organizer,
                &db,
                &event,
                StatusCode::UNPROCESSABLE_ENTITY,
                (typed, Some(error), None),
            )
            .await
        }
    };
    let email = match Email::parse(&typed) {
        Ok(e) => e,
        Err(e) => {
            let error = organizer.visitor.msg(&e);
            return refuse(organizer, error).await;
        }
    };
    let Some(account) = db::accounts::find_by_email(db.get_ref(), email.as_str()).await? else {
        let error = organizer.visitor.t("organizers-no-account");
        return refuse(organizer, error).await;
    };
    let txn = db.begin().await?;
    if !db::event_organizers::add(&txn, event.id, account.id).await? {
        drop(txn);
        let error = organizer.visitor.t("organizers-already");
        return refuse(organizer, error).await;
    }
    let lang = crate::i18n::Lang::parse(&account.language).unwrap_or(organizer.visitor.lang);
    let link = format!("{}/events/{}/schedule", mail.base_url(&req), event.slug);
    db::outbox::enqueue(
        &txn,
        letters::organizer_added(
            lang,
            &account.email,
            &event.spec.name,
            &organizer.user().email,
            &link,
        ),
    )
    .await?;
    txn.commit().await?;
    mail.ring();
    tracing::info!(event = %event.slug, account = account.id, "organizer added");
    Ok(see_other(format!(
        "/events/{}/organizers?done=added",
        event.slug
    )))
}

/// Removes an organizer of this event (oneself too).
#[post("/events/{slug}/organizers/{account}/remove")]
pub async fn remove(
    _: CsrfForm<NoFields>,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, i32)>,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let account = path.1;
    if !db::event_organizers::remove(db.get_ref(), event.id, account).await? {
        return Err(AppError::NotFound);
    }
    tracing::info!(event = %event.slug, account, "organizer removed");
    if account == organizer.user().account_id && !organizer.user().is_organizer() {
        // No longer an organizer: back to the event's page.
        return Ok(see_other(format!("/events/{}", event.slug)));
    }
    Ok(see_other(format!(
        "/events/{}/organizers?done=removed",
        event.slug
    )))
}
