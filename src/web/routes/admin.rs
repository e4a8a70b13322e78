//! `/admin/outbox`: the site's e-mails and whether they were sent, for a site
//! administrator (the organizer role, created with the command line). Bodies
//! are not shown: they hold links that act for their recipients.

use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use crate::db;
use crate::web::error::AppError;
use crate::web::extract::Organizer;
use crate::web::respond::ok;
use crate::web::visitor::Visitor;

pub struct OutboxRow {
    pub id: i32,
    pub created: String,
    pub recipient: String,
    pub kind: String,
    pub subject: String,
    /// `sent`, `waiting` or `failed`.
    pub state: &'static str,
    pub attempts: i32,
    pub last_error: String,
}

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    visitor: Visitor,
    rows: Vec<OutboxRow>,
    smtp: bool,
}

#[get("/admin/outbox")]
pub async fn page(
    organizer: Organizer,
    db: web::Data<DatabaseConnection>,
    mail: web::Data<crate::services::mail::Mail>,
) -> Result<HttpResponse, AppError> {
    let lang = organizer.visitor.lang;
    let rows = db::outbox::latest(db.get_ref(), 200)
        .await?
        .into_iter()
        .map(|m| OutboxRow {
            id: m.id,
            created: chrono::DateTime::from_timestamp(m.created_at, 0).map_or_else(
                String::new,
                |t| {
                    format!(
                        "{} {}",
                        crate::i18n::format::date(lang, t.date_naive()),
                        t.format("%H:%M UTC")
                    )
                },
            ),
            recipient: m.recipient,
            kind: m.kind,
            subject: m.subject,
            state: match (m.sent_at, m.attempts) {
                (Some(_), _) => "sent",
                (None, 0) => "waiting",
                (None, _) => "failed",
            },
            attempts: m.attempts,
            last_error: m.last_error,
        })
        .collect();
    ok(&OutboxPage {
        smtp: mail.config.smtp_url.is_some(),
        visitor: organizer.visitor,
        rows,
    })
}
