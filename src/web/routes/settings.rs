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
}

async fn tokens_page(
    visitor: Visitor,
    db: &DatabaseConnection,
    status: StatusCode,
    new_token: Option<String>,
    error: Option<&'static str>,
    notice: Option<&'static str>,
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
    let notice = (query.done == "link-sent").then_some("verify-sent");
    tokens_page(visitor, db.get_ref(), StatusCode::OK, None, None, notice).await
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
