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
    /// What is wrong with the e-mail form, and the address typed.
    email_error: Option<String>,
    new_email: String,
}

/// What the settings page shows beside the account's tokens.
#[derive(Default)]
struct Shown {
    new_token: Option<String>,
    error: Option<&'static str>,
    notice: Option<&'static str>,
    password_error: Option<String>,
    email_error: Option<String>,
    new_email: String,
}

async fn tokens_page(
    visitor: Visitor,
    db: &DatabaseConnection,
    status: StatusCode,
    shown: Shown,
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
            new_token: shown.new_token,
            error: shown.error,
            notice: shown.notice,
            password_error: shown.password_error,
            email_error: shown.email_error,
            new_email: shown.new_email,
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
        "email" => Some("email-changed"),
        _ => None,
    };
    let shown = Shown {
        notice,
        ..Shown::default()
    };
    tokens_page(visitor, db.get_ref(), StatusCode::OK, shown).await
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
        let shown = Shown {
            error: Some("tokens-name-invalid"),
            ..Shown::default()
        };
        return tokens_page(
            visitor,
            db.get_ref(),
            StatusCode::UNPROCESSABLE_ENTITY,
            shown,
        )
        .await;
    }
    let token = db::tokens::create(db.get_ref(), user.account_id, &name).await?;
    let shown = Shown {
        new_token: Some(token),
        ..Shown::default()
    };
    tokens_page(visitor, db.get_ref(), StatusCode::OK, shown).await
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

/// The logged-in person's account, and whether `typed` is its password (the
/// re-authentication of changes to an account or an organization).
pub(super) async fn with_current_password(
    db: &DatabaseConnection,
    passwords: &crate::services::password::Passwords,
    account_id: i32,
    typed: String,
) -> Result<(crate::domain::account::Account, bool), AppError> {
    let account = db::accounts::find(db, account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let right = passwords
        .verify(typed, Some(account.password_hash.clone()))
        .await?;
    Ok((account, right))
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
    let (account, right) = with_current_password(
        db.get_ref(),
        &passwords,
        user.account_id,
        form.current_password,
    )
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
            let shown = Shown {
                password_error: Some(error),
                ..Shown::default()
            };
            return tokens_page(visitor, db.get_ref(), status, shown).await;
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

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EmailForm {
    new_email: String,
    current_password: String,
}

/// Changes the account's address, with the current password: the new one
/// must be confirmed (a link goes to it; notifications wait until then), and
/// the old one is told of the change.
#[post("/settings/email")]
pub async fn change_email(
    form: CsrfForm<EmailForm>,
    req: actix_web::HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    passwords: web::Data<crate::services::password::Passwords>,
    mail: web::Data<crate::services::mail::Mail>,
) -> Result<HttpResponse, AppError> {
    let user = visitor.require_user("/settings/tokens")?;
    let form = form.into_inner();
    let (account, right) = with_current_password(
        db.get_ref(),
        &passwords,
        user.account_id,
        form.current_password,
    )
    .await?;
    let outcome = if right {
        match crate::domain::account::Email::parse(&form.new_email) {
            Ok(email) if email.as_str() == account.email => Err(visitor.t("email-same")),
            Ok(email) => Ok(email),
            Err(e) => Err(visitor.msg(&e)),
        }
    } else {
        Err(visitor.t("password-current-wrong"))
    };
    let email = match outcome {
        Ok(email) => email,
        Err(error) => {
            let shown = Shown {
                email_error: Some(error),
                new_email: form.new_email,
                ..Shown::default()
            };
            return tokens_page(
                visitor,
                db.get_ref(),
                StatusCode::UNPROCESSABLE_ENTITY,
                shown,
            )
            .await;
        }
    };
    let txn = sea_orm::TransactionTrait::begin(db.get_ref()).await?;
    if !db::accounts::set_email(&txn, account.id, email.as_str()).await? {
        drop(txn);
        let shown = Shown {
            email_error: Some(visitor.t("register-email-taken")),
            new_email: form.new_email,
            ..Shown::default()
        };
        return tokens_page(
            visitor,
            db.get_ref(),
            StatusCode::UNPROCESSABLE_ENTITY,
            shown,
        )
        .await;
    }
    let lang = crate::i18n::Lang::parse(&account.language).unwrap_or(visitor.lang);
    let changed = db::accounts::find(&txn, account.id)
        .await?
        .ok_or(AppError::NotFound)?;
    super::account_links::send_confirmation(&txn, &mail, &req, lang, &changed).await?;
    db::outbox::enqueue(
        &txn,
        crate::services::mail::letters::email_changed(lang, &account.email, email.as_str()),
    )
    .await?;
    txn.commit().await?;
    mail.ring();
    tracing::info!(account = account.id, "e-mail address changed");
    Ok(crate::web::respond::see_other(
        "/settings/tokens?done=email",
    ))
}
