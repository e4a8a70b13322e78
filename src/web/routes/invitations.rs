//! Accepting an invitation: `/invitations/{token}` lets the invitee choose
//! a password; the account joins the organization as the owner who invited
//! chose, its address confirmed by the link, and is logged in.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::Deserialize;

use crate::db;
use crate::domain::account::{PASSWORD_MIN, Password, Role};
use crate::domain::organization::Organization;
use crate::services::password::Passwords;
use crate::web::csrf;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::respond::{ok, render, see_other_with_cookies};
use crate::web::session::session_cookie;
use crate::web::visitor::Visitor;

/// What the invitation page shows.
#[derive(PartialEq, Eq)]
enum Step {
    /// Choose a password to join.
    Join,
    /// The link was used, withdrawn or is too old.
    Expired,
    /// The address has an account already.
    Taken,
}

#[derive(Template)]
#[template(path = "invitations/accept.html")]
struct InvitationPage {
    visitor: Visitor,
    step: Step,
    token: String,
    email: String,
    organization: String,
    invited_by: String,
    error: Option<String>,
    password_min: usize,
}

impl InvitationPage {
    fn is(&self, step: &str) -> bool {
        step == match self.step {
            Step::Join => "join",
            Step::Expired => "expired",
            Step::Taken => "taken",
        }
    }

    fn gone(visitor: Visitor, step: Step) -> Self {
        InvitationPage {
            visitor,
            step,
            token: String::new(),
            email: String::new(),
            organization: String::new(),
            invited_by: String::new(),
            error: None,
            password_min: PASSWORD_MIN,
        }
    }
}

/// The invitation as its link opens it, or the page that says it is gone.
async fn opened(
    visitor: Visitor,
    db: &DatabaseConnection,
    token: String,
) -> Result<Result<(InvitationPage, Organization), HttpResponse>, AppError> {
    let Some(invitation) = db::members::usable(db, &token).await? else {
        return Ok(Err(render(
            StatusCode::GONE,
            &InvitationPage::gone(visitor, Step::Expired),
        )?));
    };
    let Some(org) = db::organizations::find_by_id(db, invitation.organization_id)
        .await?
        .map(|found| found.org)
    else {
        return Ok(Err(render(
            StatusCode::GONE,
            &InvitationPage::gone(visitor, Step::Expired),
        )?));
    };
    if db::accounts::find_by_email(db, &invitation.email)
        .await?
        .is_some()
    {
        return Ok(Err(render(
            StatusCode::CONFLICT,
            &InvitationPage::gone(visitor, Step::Taken),
        )?));
    }
    Ok(Ok((
        InvitationPage {
            visitor,
            step: Step::Join,
            token,
            email: invitation.email,
            organization: org.name.clone(),
            invited_by: invitation.invited_by,
            error: None,
            password_min: PASSWORD_MIN,
        },
        org,
    )))
}

#[get("/invitations/{token}")]
pub async fn open(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    match opened(visitor, &db, token.into_inner()).await? {
        Ok((shown, _)) => ok(&shown),
        Err(gone) => Ok(gone),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct JoinForm {
    password: String,
}

/// The invitee chooses a password: a new account of the organization, its
/// address confirmed (the link came to it), logged in.
#[post("/invitations/{token}")]
pub async fn join(
    form: CsrfForm<JoinForm>,
    req: HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    passwords: web::Data<Passwords>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let lang = visitor.lang;
    let (mut shown, org) = match opened(visitor, &db, token.into_inner()).await? {
        Ok(found) => found,
        Err(gone) => return Ok(gone),
    };
    let password = match Password::parse_new(&form.password, &[&shown.email, &org.name]) {
        Ok(p) => p,
        Err(e) => {
            shown.error = Some(shown.visitor.msg(&e));
            return render(StatusCode::UNPROCESSABLE_ENTITY, &shown);
        }
    };
    let hash = passwords.hash(password).await?;
    let txn = db.begin().await?;
    // Taken in the transaction: of two uses at once, only one joins.
    let Some(invitation) = db::members::take(&txn, &shown.token).await? else {
        drop(txn);
        return render(
            StatusCode::GONE,
            &InvitationPage::gone(shown.visitor, Step::Expired),
        );
    };
    let account = match db::accounts::insert(
        &txn,
        &invitation.email,
        &hash,
        invitation.organization_id,
        Role::Member,
        invitation.org_role,
    )
    .await
    {
        Ok(account) => account,
        Err(db::accounts::CreateAccountError::EmailTaken) => {
            drop(txn);
            return render(
                StatusCode::CONFLICT,
                &InvitationPage::gone(shown.visitor, Step::Taken),
            );
        }
        Err(e) => return Err(anyhow::Error::new(e).context("joining").into()),
    };
    db::accounts::verify_email(&txn, account.id, &account.email).await?;
    db::accounts::set_language(&txn, account.id, lang.code()).await?;
    let session = db::sessions::create(&txn, account.id).await?;
    txn.commit().await?;
    tracing::info!(organization = %org.slug, account = account.id, "joined by invitation");
    let secure = req.connection_info().scheme() == "https";
    Ok(see_other_with_cookies(
        format!("/organizations/{}/members?done=joined", org.slug),
        [session_cookie(session, secure), csrf::rotate(&req)],
    ))
}
