//! Registration, log in and log out.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::Deserialize;

use crate::db::{self, accounts::CreateAccountError, organizations::WriteError, throttle};
use crate::domain::FieldErrors;
use crate::domain::account::{Email, PASSWORD_MIN, Password};
use crate::domain::profile::{Profile, parse_name};
use crate::services::mail::Mail;
use crate::services::password::Passwords;
use crate::web::csrf;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, NoFields};
use crate::web::next::safe_next;
use crate::web::respond::{ok, render, see_other_with_cookies};
use crate::web::session::{SESSION_COOKIE, expired_session_cookie, session_cookie};
use crate::web::visitor::Visitor;

/// The address a request comes from, as the throttles count it.
pub(crate) fn client_address(req: &HttpRequest) -> String {
    req.peer_addr()
        .map_or_else(|| "unknown".into(), |a| a.ip().to_string())
}

#[derive(Template)]
#[template(path = "auth/register.html")]
struct RegisterPage {
    visitor: Visitor,
    organization_name: String,
    email: String,
    errors: FieldErrors,
    password_min: usize,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegisterForm {
    organization_name: String,
    email: String,
    password: String,
}

#[get("/register")]
pub async fn register_form(visitor: Visitor) -> Result<HttpResponse, AppError> {
    ok(&RegisterPage {
        visitor,
        organization_name: String::new(),
        email: String::new(),
        errors: FieldErrors::default(),
        password_min: PASSWORD_MIN,
    })
}

#[post("/register")]
pub async fn register(
    form: CsrfForm<RegisterForm>,
    req: HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    passwords: web::Data<Passwords>,
    mail: web::Data<Mail>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let mut errors = FieldErrors::default();
    let name = errors.take("organization_name", parse_name(&form.organization_name));
    let email = errors.take("email", Email::parse(&form.email));
    let password = errors.take(
        "password",
        Password::parse_new(
            &form.password,
            &[form.email.as_str(), form.organization_name.as_str()],
        ),
    );
    if let Some(name) = &name
        && db::organizations::find_by_name(db.get_ref(), name)
            .await?
            .is_some()
    {
        errors.add(
            "organization_name",
            crate::i18n::message("register-name-taken", &[]),
        );
    }
    if let Some(email) = &email
        && db::accounts::find_by_email(db.get_ref(), email.as_str())
            .await?
            .is_some()
    {
        errors.add("email", crate::i18n::message("register-email-taken", &[]));
    }
    let again = |visitor: Visitor, errors: FieldErrors| {
        render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &RegisterPage {
                visitor,
                organization_name: form.organization_name.clone(),
                email: form.email.clone(),
                errors,
                password_min: PASSWORD_MIN,
            },
        )
    };
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        return again(visitor, errors);
    };
    if !errors.is_empty() {
        return again(visitor, errors);
    }
    // Every registration from an address counts, before its password is hashed.
    let ip = client_address(&req);
    let key = throttle::registration_key(&ip);
    if throttle::attempt(
        db.get_ref(),
        &[(key.as_str(), throttle::MAX_REGISTRATIONS_PER_IP)],
    )
    .await?
    .is_none()
    {
        tracing::warn!(%ip, "registration throttled");
        return Err(AppError::TooManyRegistrations);
    }
    let hash = passwords.hash(password).await?;
    let profile = Profile::empty(name);
    let txn = db.begin().await?;
    let org = match db::organizations::insert(&txn, &profile, false).await {
        Ok(org) => org,
        Err(WriteError::NameTaken) => {
            errors.add(
                "organization_name",
                crate::i18n::message("register-name-taken", &[]),
            );
            return again(visitor, errors);
        }
        Err(e) => {
            return Err(anyhow::Error::new(e)
                .context("creating organization")
                .into());
        }
    };
    let account = match db::accounts::insert(
        &txn,
        email.as_str(),
        &hash,
        org.id,
        crate::domain::account::Role::Member,
        crate::domain::account::OrgRole::Owner,
    )
    .await
    {
        Ok(a) => a,
        Err(CreateAccountError::EmailTaken) => {
            errors.add("email", crate::i18n::message("register-email-taken", &[]));
            return again(visitor, errors);
        }
        Err(e) => return Err(anyhow::Error::new(e).context("creating account").into()),
    };
    // The account works at once; the link confirms its address.
    super::account_links::send_confirmation(&txn, &mail, &req, visitor.lang, &account).await?;
    let token = db::sessions::create(&txn, account.id).await?;
    txn.commit().await?;
    mail.ring();
    tracing::info!(organization = %org.slug, account = account.id, "registered");
    let secure = req.connection_info().scheme() == "https";
    Ok(see_other_with_cookies(
        format!("/organizations/{}/edit", org.slug),
        [session_cookie(token, secure), csrf::rotate(&req)],
    ))
}

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    visitor: Visitor,
    email: String,
    next: String,
    error: Option<&'static str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
}

#[get("/login")]
pub async fn login_form(
    visitor: Visitor,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    ok(&LoginPage {
        visitor,
        email: String::new(),
        next: safe_next(&query.next).unwrap_or("").to_owned(),
        error: None,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

const WRONG_CREDENTIALS: &str = "Wrong e-mail address or password.";

#[post("/login")]
pub async fn login(
    form: CsrfForm<LoginForm>,
    req: HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    passwords: web::Data<Passwords>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let ip = client_address(&req);
    let email = form.email.trim().to_lowercase();
    let (ip_key, account_key) = (throttle::ip_key(&ip), throttle::account_key(&email));
    let limits = [
        (ip_key.as_str(), throttle::MAX_PER_IP),
        (account_key.as_str(), throttle::MAX_PER_ACCOUNT),
    ];
    let Some(attempt) = throttle::attempt(db.get_ref(), &limits).await? else {
        tracing::warn!(%ip, "login throttled");
        return Err(AppError::TooManyAttempts);
    };
    let account = match Email::parse(&email) {
        Ok(e) => db::accounts::find_by_email(db.get_ref(), e.as_str()).await?,
        Err(_) => None,
    };
    let verified = passwords
        .verify(
            form.password.clone(),
            account.as_ref().map(|a| a.password_hash.clone()),
        )
        .await?;
    let Some(account) = account.filter(|_| verified) else {
        return render(
            StatusCode::UNAUTHORIZED,
            &LoginPage {
                visitor,
                email: form.email,
                next: safe_next(&form.next).unwrap_or("").to_owned(),
                error: Some(WRONG_CREDENTIALS),
            },
        );
    };
    throttle::succeeded(db.get_ref(), attempt, &account_key).await?;
    // A new session id at every login: a session fixed before login is worthless.
    if let Some(old) = req.cookie(SESSION_COOKIE) {
        db::sessions::delete(db.get_ref(), old.value()).await?;
    }
    let token = db::sessions::create(db.get_ref(), account.id).await?;
    let target = match safe_next(&form.next) {
        Some(next) => next.to_owned(),
        None => match db::organizations::find_by_id(db.get_ref(), account.organization_id).await? {
            Some(o) => format!("/organizations/{}", o.org.slug),
            None => "/".to_owned(),
        },
    };
    let secure = req.connection_info().scheme() == "https";
    Ok(see_other_with_cookies(
        target,
        [session_cookie(token, secure), csrf::rotate(&req)],
    ))
}

#[post("/logout")]
pub async fn logout(
    _: CsrfForm<NoFields>,
    req: HttpRequest,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    if let Some(cookie) = req.cookie(SESSION_COOKIE) {
        db::sessions::delete(db.get_ref(), cookie.value()).await?;
    }
    Ok(see_other_with_cookies("/", [expired_session_cookie()]))
}
