//! Links sent by e-mail to an account.
//!
//! Password reset: `/password-reset` asks for an address and answers the same
//! whatever it is; an account's address gets a link (in the outbox, in the
//! transaction that creates it) that works once, for an hour, and opens a form
//! for the new password; using it ends every session of the account.
//!
//! Confirming an address: registration sends a link (again from the
//! settings) that marks the account's address as confirmed.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::Deserialize;

use crate::db;
use crate::db::account_links::Purpose;
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
    /// The address is confirmed.
    Confirmed,
}

#[derive(Template)]
#[template(path = "auth/account_links.html")]
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
            Step::Confirmed => "confirmed",
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

/// Writes the link that confirms `account`'s address into the outbox (in
/// the caller's transaction; ring the mail's bell after commit).
pub(crate) async fn send_confirmation<C: sea_orm::ConnectionTrait>(
    db: &C,
    mail: &Mail,
    req: &HttpRequest,
    lang: Lang,
    account: &crate::domain::account::Account,
) -> Result<(), AppError> {
    let lang = Lang::parse(&account.language).unwrap_or(lang);
    let token = db::account_links::create(db, account.id, Purpose::Verify, &account.email).await?;
    let link = format!("{}/verify-email/{token}", mail.base_url(req));
    db::outbox::enqueue(db, letters::confirm_address(lang, &account.email, &link)).await?;
    Ok(())
}

/// Confirms an address with the link sent to it.
#[get("/verify-email/{token}")]
pub async fn verify(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let txn = db.begin().await?;
    let taken = db::account_links::take(&txn, &token, Purpose::Verify).await?;
    // A link to an address the account no longer has confirms nothing.
    let confirmed = match taken {
        Some((account, email)) => db::accounts::verify_email(&txn, account, &email).await?,
        None => false,
    };
    txn.commit().await?;
    if !confirmed {
        return render(StatusCode::GONE, &page(visitor, Step::Expired));
    }
    ok(&page(visitor, Step::Confirmed))
}

/// Sends the confirmation link again, to the logged-in person's address.
#[post("/settings/verify-email")]
pub async fn resend(
    _form: CsrfForm<crate::web::extract::NoFields>,
    req: HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    mail: web::Data<Mail>,
) -> Result<HttpResponse, AppError> {
    let user = visitor.require_user("/settings/tokens")?;
    let account = db::accounts::find(db.get_ref(), user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !account.email_verified {
        let txn = db.begin().await?;
        send_confirmation(&txn, &mail, &req, visitor.lang, &account).await?;
        txn.commit().await?;
        mail.ring();
    }
    Ok(crate::web::respond::see_other(
        "/settings/tokens?done=link-sent",
    ))
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
        Ok(email) => {
            // Every request counts, for any address: over the limits the
            // answer stays the same and nothing is sent.
            let [to, from] =
                db::throttle::reset_keys(email.as_str(), &super::auth::client_address(&req));
            let allowed = db::throttle::attempt(
                db.get_ref(),
                &[
                    (to.as_str(), db::throttle::MAX_RESETS_PER_EMAIL),
                    (from.as_str(), db::throttle::MAX_RESETS_PER_IP),
                ],
            )
            .await?
            .is_some();
            if allowed {
                db::accounts::find_by_email(db.get_ref(), email.as_str()).await?
            } else {
                tracing::warn!("password reset requests throttled");
                None
            }
        }
        Err(_) => None,
    };
    if let Some(account) = found {
        let lang = Lang::parse(&account.language).unwrap_or(visitor.lang);
        let txn = db.begin().await?;
        let token =
            db::account_links::create(&txn, account.id, Purpose::Reset, &account.email).await?;
        let link = format!("{}/password-reset/{token}", mail.base_url(&req));
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
    if db::account_links::usable(db.get_ref(), &token, Purpose::Reset)
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
    let Some((account_id, _)) =
        db::account_links::usable(db.get_ref(), &token, Purpose::Reset).await?
    else {
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
    if db::account_links::take(&txn, &token, Purpose::Reset)
        .await?
        .is_none()
    {
        return render(StatusCode::GONE, &page(visitor, Step::Expired));
    }
    db::accounts::set_password(&txn, account.id, &hash).await?;
    db::sessions::delete_all_of(&txn, account.id).await?;
    txn.commit().await?;
    tracing::info!(account = account.id, "password reset");
    ok(&page(visitor, Step::Done))
}
