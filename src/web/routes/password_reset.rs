//! Password reset: `/password-reset` asks for an address and answers the
//! same whatever it is; an account's address gets a link (in the outbox, in
//! the transaction that creates it) that works once, for an hour, and opens
//! a form for the new password; using it ends every session of the account.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::Deserialize;

use crate::db;
use crate::domain::account::{Email, Password};
use crate::i18n::Lang;
use crate::services::mail::{Mail, letters};
use crate::services::password::Passwords;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::respond::{ok, render};
use crate::web::visitor::Visitor;

/// What the page shows.
#[derive(PartialEq, Eq)]
enum Step {
    /// The form that asks for the address.
    Ask,
    /// The same answer for every address.
    Sent,
    /// The form for the new password.
    Choose,
    /// The password is changed.
    Done,
    /// The link was used or is too old.
    Expired,
}

#[derive(Template)]
#[template(path = "auth/password_reset.html")]
struct ResetPage {
    visitor: Visitor,
    step: Step,
    token: String,
    error: Option<String>,
}

impl ResetPage {
    fn is(&self, step: &str) -> bool {
        let s = match self.step {
            Step::Ask => "ask",
            Step::Sent => "sent",
            Step::Choose => "choose",
            Step::Done => "done",
            Step::Expired => "expired",
        };
        s == step
    }
}

fn page(visitor: Visitor, step: Step) -> ResetPage {
    ResetPage {
        visitor,
        step,
        token: String::new(),
        error: None,
    }
}

#[get("/password-reset")]
pub async fn ask(visitor: Visitor) -> Result<HttpResponse, AppError> {
    ok(&page(visitor, Step::Ask))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AskForm {
    email: String,
}

/// The site's address for links in messages.
fn base_url(mail: &Mail, req: &HttpRequest) -> String {
    mail.config.base_url.clone().unwrap_or_else(|| {
        let info = req.connection_info();
        format!("{}://{}", info.scheme(), info.host())
    })
}

#[post("/password-reset")]
pub async fn send(
    form: CsrfForm<AskForm>,
    req: HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    mail: web::Data<Mail>,
) -> Result<HttpResponse, AppError> {
    let found = match Email::parse(&form.into_inner().email) {
        Ok(email) => db::accounts::find_by_email(db.get_ref(), email.as_str()).await?,
        Err(_) => None,
    };
    if let Some(account) = found {
        let lang = Lang::parse(&account.language).unwrap_or(visitor.lang);
        let txn = db.begin().await?;
        let token = db::password_resets::create(&txn, account.id).await?;
        let link = format!("{}/password-reset/{token}", base_url(&mail, &req));
        db::outbox::enqueue(&txn, letters::password_reset(lang, &account.email, &link)).await?;
        txn.commit().await?;
        mail.ring();
        tracing::info!(
            account = account.id,
            "password reset link written to the outbox"
        );
    }
    // The same answer whether or not an account uses the address.
    ok(&page(visitor, Step::Sent))
}

#[get("/password-reset/{token}")]
pub async fn choose(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    if db::password_resets::usable(db.get_ref(), &token)
        .await?
        .is_none()
    {
        return render(StatusCode::GONE, &page(visitor, Step::Expired));
    }
    ok(&ResetPage {
        token,
        ..page(visitor, Step::Choose)
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChooseForm {
    password: String,
}

#[post("/password-reset/{token}")]
pub async fn change(
    form: CsrfForm<ChooseForm>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    passwords: web::Data<Passwords>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let Some(account_id) = db::password_resets::usable(db.get_ref(), &token).await? else {
        return render(StatusCode::GONE, &page(visitor, Step::Expired));
    };
    let account = db::accounts::find(db.get_ref(), account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let password = match Password::parse_new(&form.into_inner().password, &[&account.email]) {
        Ok(p) => p,
        Err(e) => {
            let error = Some(visitor.msg(&e));
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ResetPage {
                    token,
                    error,
                    ..page(visitor, Step::Choose)
                },
            );
        }
    };
    let hash = passwords.hash(password).await?;
    let txn = db.begin().await?;
    // Taken in the transaction: of two uses at once, only one changes anything.
    if db::password_resets::take(&txn, &token).await?.is_none() {
        return render(StatusCode::GONE, &page(visitor, Step::Expired));
    }
    db::accounts::set_password(&txn, account.id, &hash).await?;
    db::sessions::delete_all_of(&txn, account.id).await?;
    txn.commit().await?;
    tracing::info!(account = account.id, "password reset");
    ok(&page(visitor, Step::Done))
}
