//! E-mail notifications: `/settings/notifications` lets a person choose, per
//! kind of news, a message at once, a daily digest, or nothing;
//! `/unsubscribe/{key}/{kind}` is the one-click unsubscribe link of every
//! notification (RFC 8058: a mail program POSTs `List-Unsubscribe=One-Click`
//! to it; a person opening it gets a page with one button — a GET changes
//! nothing, as link checkers open links).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use crate::db;
use crate::domain::notification::{Kind, Mode};
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::respond::{ok, render, see_other};
use crate::web::visitor::Visitor;

/// One kind of news and the mode chosen for it.
pub struct Choice {
    pub kind: &'static str,
    pub label: &'static str,
    pub mode: &'static str,
}

#[derive(Template)]
#[template(path = "notifications/settings.html")]
struct SettingsPage {
    visitor: Visitor,
    choices: Vec<Choice>,
    modes: Vec<(&'static str, &'static str)>,
    notice: Option<&'static str>,
    error: Option<String>,
}

async fn settings_page(
    visitor: Visitor,
    db: &DatabaseConnection,
    status: StatusCode,
    notice: Option<&'static str>,
    error: Option<String>,
) -> Result<HttpResponse, AppError> {
    let user = visitor.require_user("/settings/notifications")?;
    let choices = db::notifications::modes(db, user.account_id)
        .await?
        .into_iter()
        .map(|(kind, mode)| Choice {
            kind: kind.as_str(),
            label: kind.label(),
            mode: mode.as_str(),
        })
        .collect();
    let modes = Mode::ALL.iter().map(|m| (m.as_str(), m.label())).collect();
    render(
        status,
        &SettingsPage {
            visitor,
            choices,
            modes,
            notice,
            error,
        },
    )
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

#[get("/settings/notifications")]
pub async fn settings(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let notice = (query.done == "saved").then_some("notify-saved");
    settings_page(visitor, &db, StatusCode::OK, notice, None).await
}

/// The form: a mode per kind.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ModesForm {
    requests: Option<String>,
    answers: Option<String>,
    mutual: Option<String>,
    schedule: Option<String>,
    reminder: Option<String>,
}

impl ModesForm {
    fn get(&self, kind: Kind) -> Option<&str> {
        match kind {
            Kind::Requests => self.requests.as_deref(),
            Kind::Answers => self.answers.as_deref(),
            Kind::Mutual => self.mutual.as_deref(),
            Kind::Schedule => self.schedule.as_deref(),
            Kind::Reminder => self.reminder.as_deref(),
        }
    }
}

/// Saves the mode of every kind sent; a kind not sent keeps its mode; an
/// unknown mode is refused and nothing is saved.
#[post("/settings/notifications")]
pub async fn save(
    form: CsrfForm<ModesForm>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let user = visitor.require_user("/settings/notifications")?;
    let mut chosen = Vec::new();
    for kind in Kind::ALL {
        let Some(value) = form.get(kind) else {
            continue;
        };
        match Mode::parse(value) {
            Some(mode) => chosen.push((kind, mode)),
            None => {
                let error = Some(visitor.t("notify-invalid"));
                return settings_page(visitor, &db, StatusCode::UNPROCESSABLE_ENTITY, None, error)
                    .await;
            }
        }
    }
    let txn = sea_orm::TransactionTrait::begin(db.get_ref()).await?;
    for (kind, mode) in chosen {
        db::notifications::set_mode(&txn, user.account_id, kind, mode).await?;
    }
    txn.commit().await?;
    Ok(see_other("/settings/notifications?done=saved"))
}

#[derive(Template)]
#[template(path = "notifications/unsubscribe.html")]
struct UnsubscribePage {
    visitor: Visitor,
    /// The message id of what the link stops.
    what: &'static str,
    action: String,
    done: bool,
    /// The link names no account (or no kind).
    unknown: bool,
}

/// The kinds a link stops: one kind, or every kind in the digest.
fn what(kind: &str) -> Option<&'static str> {
    if kind == "digest" {
        return Some("notify-digest-name");
    }
    Kind::parse(kind).map(Kind::label)
}

#[get("/unsubscribe/{key}/{kind}")]
pub async fn ask(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (key, kind) = path.into_inner();
    let known = db::notifications::account_of_key(db.get_ref(), &key)
        .await?
        .is_some();
    let page = UnsubscribePage {
        action: format!("/unsubscribe/{key}/{kind}"),
        what: what(&kind).unwrap_or(""),
        unknown: !known || what(&kind).is_none(),
        done: false,
        visitor,
    };
    let status = if page.unknown {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    };
    render(status, &page)
}

/// Stops the kind (or every kind in the digest). No CSRF token: the mail
/// program that POSTs it has none, and the key in the address is the
/// secret; the same answer for a browser's button.
#[post("/unsubscribe/{key}/{kind}")]
pub async fn stop(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (key, kind) = path.into_inner();
    let account = db::notifications::account_of_key(db.get_ref(), &key).await?;
    let (Some(account), Some(label)) = (account, what(&kind)) else {
        let page = UnsubscribePage {
            action: String::new(),
            what: "",
            unknown: true,
            done: false,
            visitor,
        };
        return render(StatusCode::NOT_FOUND, &page);
    };
    let txn = sea_orm::TransactionTrait::begin(db.get_ref()).await?;
    match Kind::parse(&kind) {
        Some(kind) => db::notifications::set_mode(&txn, account, kind, Mode::Off).await?,
        None => {
            for (kind, mode) in db::notifications::modes(&txn, account).await? {
                if mode == Mode::Digest {
                    db::notifications::set_mode(&txn, account, kind, Mode::Off).await?;
                }
            }
        }
    }
    txn.commit().await?;
    tracing::info!(account, kind, "unsubscribed");
    ok(&UnsubscribePage {
        action: String::new(),
        what: label,
        unknown: false,
        done: true,
        visitor,
    })
}
