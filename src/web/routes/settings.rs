//! Account settings: API tokens.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use crate::db;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, NoFields};
use crate::web::respond::render;
use crate::web::respond::see_other;
use crate::web::visitor::Visitor;

pub struct TokenView {
    pub id: i32,
    pub name: String,
    pub created: String,
}

#[derive(Template)]
#[template(path = "settings/tokens.html")]
struct TokensPage {
    visitor: Visitor,
    tokens: Vec<TokenView>,
    /// A token just created: shown this once.
    new_token: Option<String>,
    error: Option<&'static str>,
    /// What the last action did (a message id).
    notice: Option<&'static str>,
    /// What is wrong with the password form.
    password_error: Option<String>,
}

async fn tokens_page(
    visitor: Visitor,
    db: &DatabaseConnection,
    status: StatusCode,
    new_token: Option<String>,
    error: Option<&'static str>,
    notice: Option<&'static str>,
    password_error: Option<String>,
) -> Result<HttpResponse, AppError> {
    let user = visitor.require_user("/settings/tokens")?;
    let tokens = db::tokens::list(db, user.account_id)
        .await?
        .into_iter()
        .map(|t| TokenView {
            id: t.id,
            name: t.name,
            created: crate::i18n::format::date(visitor.lang, t.created_at.date_naive()),
        })
        .collect();
    render(
        status,
        &TokensPage {
            visitor,
            tokens,
            new_token,
            error,
            notice,
            password_error,
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

#[get("/settings/tokens")]
pub async fn tokens_list(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    // The only notice of the page: the confirmation link was sent again.
    let notice = match query.done.as_str() {
        "link-sent" => Some("verify-sent"),
        "password" => Some("password-changed"),
        _ => None,
    };
    tokens_page(
        visitor,
        db.get_ref(),
        StatusCode::OK,
        None,
        None,
        notice,
        None,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateForm {
    name: String,
}

#[post("/settings/tokens")]
pub async fn create(
    form: CsrfForm<CreateForm>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let user = visitor.require_user("/settings/tokens")?;
    let name = form.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > 100 {
        return tokens_page(
            visitor,
            db.get_ref(),
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some("tokens-name-invalid"),
            None,
            None,
        )
        .await;
    }
    let token = db::tokens::create(db.get_ref(), user.account_id, &name).await?;
    tokens_page(
        visitor,
        db.get_ref(),
        StatusCode::OK,
        Some(token),
        None,
        None,
        None,
    )
    .await
}

#[post("/settings/tokens/{id}/revoke")]
pub async fn revoke(
    _: CsrfForm<NoFields>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let user = visitor.require_user("/settings/tokens")?;
    if !db::tokens::revoke(db.get_ref(), user.account_id, id.into_inner()).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/settings/tokens"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
}

/// Changes the password: the current one first; every other session ends.
#[post("/settings/password")]
pub async fn change_password(
    form: CsrfForm<PasswordForm>,
    req: actix_web::HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    passwords: web::Data<crate::services::password::Passwords>,
) -> Result<HttpResponse, AppError> {
    let user = visitor.require_user("/settings/tokens")?;
    let form = form.into_inner();
    let account = db::accounts::find(db.get_ref(), user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let right = passwords
        .verify(form.current_password, Some(account.password_hash.clone()))
        .await?;
    let refused = |error: String| (StatusCode::UNPROCESSABLE_ENTITY, error);
    let outcome = if right {
        match crate::domain::account::Password::parse_new(&form.new_password, &[&account.email]) {
            Ok(new) => Ok(new),
            Err(e) => Err(refused(visitor.msg(&e))),
        }
    } else {
        Err(refused(visitor.t("password-current-wrong")))
    };
    let new = match outcome {
        Ok(new) => new,
        Err((status, error)) => {
            return tokens_page(visitor, db.get_ref(), status, None, None, None, Some(error)).await;
        }
    };
    let hash = passwords.hash(new).await?;
    let session = req
        .cookie(crate::web::session::SESSION_COOKIE)
        .map(|c| c.value().to_owned())
        .unwrap_or_default();
    let txn = sea_orm::TransactionTrait::begin(db.get_ref()).await?;
    db::accounts::set_password(&txn, account.id, &hash).await?;
    db::sessions::delete_others_of(&txn, account.id, &session).await?;
    txn.commit().await?;
    tracing::info!(account = account.id, "password changed");
    Ok(crate::web::respond::see_other(
        "/settings/tokens?done=password",
    ))
}
