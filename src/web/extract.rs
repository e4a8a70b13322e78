//! Extractors: what a handler needs, checked before it runs, so that a
//! handler reads as its feature — who is looking ([`Visitor`]), an organizer
//! ([`Organizer`]), the event of the address ([`EventBySlug`]) and a form
//! whose CSRF token is checked ([`CsrfForm`]).

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::Method;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use sea_orm::DatabaseConnection;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::csrf::CsrfToken;
use super::error::AppError;
use super::language::{self, Chosen, Requested};
use super::next::referring_page;
use super::session::SESSION_COOKIE;
use super::visitor::{CurrentUser, LoginRequired, Visitor};
use crate::db;
use crate::domain::event::Event;
use crate::i18n::Lang;

type Extracting<T> = Pin<Box<dyn Future<Output = Result<T, actix_web::Error>>>>;

fn database(req: &HttpRequest) -> Result<web::Data<DatabaseConnection>, AppError> {
    req.app_data::<web::Data<DatabaseConnection>>()
        .cloned()
        .ok_or_else(|| AppError::Unexpected(anyhow::anyhow!("no database in app data")))
}

impl FromRequest for Visitor {
    type Error = actix_web::Error;
    type Future = Extracting<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            if let Some(v) = req.extensions().get::<Visitor>() {
                return Ok(v.clone());
            }
            let csrf = req
                .extensions()
                .get::<CsrfToken>()
                .map(|t| t.as_str().to_owned())
                .unwrap_or_default();
            let asked = req
                .extensions()
                .get::<Requested>()
                .copied()
                .unwrap_or_else(|| language::requested(&req));
            let mut lang = asked.lang();
            let user = match req.cookie(SESSION_COOKIE) {
                Some(cookie) => {
                    let db = database(&req)?;
                    let reads = req
                        .app_data::<web::Data<db::Reads>>()
                        .map_or_else(|| db.get_ref().clone(), |r| r.0.clone());
                    let found = db::sessions::lookup(&reads, cookie.value())
                        .await
                        .map_err(AppError::from)?;
                    if let Some((account, _)) = &found {
                        lang = remember_language(db.get_ref(), account, asked).await?;
                    }
                    found.map(|(account, org)| CurrentUser {
                        account_id: account.id,
                        email_verified: account.email_verified,
                        email: account.email,
                        role: account.role,
                        org_role: account.org_role,
                        organization_id: org.id,
                        organization_slug: org.slug,
                        organization_name: org.name,
                    })
                }
                None => None,
            };
            req.extensions_mut().insert(Chosen(lang));
            let visitor = Visitor {
                user,
                csrf,
                lang,
                path: req.path().to_owned(),
                query: req.query_string().to_owned(),
            };
            req.extensions_mut().insert(visitor.clone());
            Ok(visitor)
        })
    }
}

/// The request's language, as the [`Visitor`] has it (for handlers that need
/// only the language, such as downloads).
impl FromRequest for Lang {
    type Error = actix_web::Error;
    type Future = Extracting<Self>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let visitor = Visitor::from_request(req, payload);
        Box::pin(async move { Ok(visitor.await?.lang) })
    }
}

/// A logged-in person's language: one chosen now (`?lang=`) is kept as
/// the account's preference; else the preference; else the request's.
async fn remember_language(
    db: &DatabaseConnection,
    account: &crate::domain::account::Account,
    asked: Requested,
) -> Result<Lang, AppError> {
    if let Some(lang) = asked.explicit {
        if lang.code() != account.language {
            db::accounts::set_language(db, account.id, lang.code()).await?;
        }
        return Ok(lang);
    }
    Ok(Lang::parse(&account.language).unwrap_or(asked.fallback))
}

/// Where the login page should send an organizer back to: the page itself,
/// or for a form, the page the form was on.
fn come_back_to(req: &HttpRequest) -> String {
    if matches!(*req.method(), Method::GET | Method::HEAD) {
        return req.path().to_owned();
    }
    referring_page(req).map_or_else(
        || "/events".to_owned(),
        |path| path.split(['?', '#']).next().unwrap_or(&path).to_owned(),
    )
}

/// Whether the logged-in `user` organizes event `event`: a site
/// administrator organizes every event, anyone else the events they were
/// made an organizer of.
pub async fn organizes(
    db: &DatabaseConnection,
    user: Option<&CurrentUser>,
    event: i32,
) -> Result<bool, sea_orm::DbErr> {
    match user {
        None => Ok(false),
        Some(u) if u.is_organizer() => Ok(true),
        Some(u) => db::event_organizers::organizes(db, event, u.account_id).await,
    }
}

/// A logged-in organizer: of the event of the address (`/events/{slug}/…`),
/// else a site administrator. Anyone else is sent to log in, or refused with
/// a page that says why.
#[derive(Debug, Clone)]
pub struct Organizer {
    pub visitor: Visitor,
}

impl Organizer {
    pub fn user(&self) -> &CurrentUser {
        self.visitor
            .user
            .as_ref()
            .expect("an organizer is logged in")
    }
}

impl FromRequest for Organizer {
    type Error = actix_web::Error;
    type Future = Extracting<Self>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let visitor = Visitor::from_request(req, payload);
        let next = come_back_to(req);
        let event = req
            .path()
            .starts_with("/events/")
            .then(|| req.match_info().get("slug").map(str::to_owned))
            .flatten();
        let db = database(req);
        Box::pin(async move {
            let visitor = visitor.await?;
            let user = visitor
                .user
                .as_ref()
                .ok_or(AppError::from(LoginRequired { next }))?;
            if user.is_organizer() {
                return Ok(Organizer { visitor });
            }
            // An organizer of this event, and only of this one.
            if let Some(slug) = event {
                let db = db?;
                let found = db::events::find_by_slug(db.get_ref(), &slug)
                    .await
                    .map_err(AppError::from)?;
                if let Some(e) = found
                    && db::event_organizers::organizes(db.get_ref(), e.id, user.account_id)
                        .await
                        .map_err(AppError::from)?
                {
                    return Ok(Organizer { visitor });
                }
            }
            Err(AppError::Forbidden("error-organizers-only").into())
        })
    }
}

/// The event named by the `{slug}` segment of the address; "not found" when
/// there is none.
#[derive(Debug, Clone)]
pub struct EventBySlug(pub Event);

impl FromRequest for EventBySlug {
    type Error = actix_web::Error;
    type Future = Extracting<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let slug = req.match_info().get("slug").map(str::to_owned);
        let db = database(req);
        Box::pin(async move {
            let (Some(slug), db) = (slug, db?) else {
                return Err(AppError::NotFound.into());
            };
            let event = db::events::find_by_slug(db.get_ref(), &slug)
                .await
                .map_err(AppError::from)?
                .ok_or(AppError::NotFound)?;
            Ok(EventBySlug(event))
        })
    }
}

/// A form with no fields but its CSRF token.
#[derive(Debug, Default, Deserialize)]
pub struct NoFields {}

#[derive(Deserialize)]
struct WithToken<T> {
    #[serde(default)]
    csrf_token: String,
    #[serde(flatten)]
    form: T,
}

/// A urlencoded form whose `csrf_token` field matched the visitor's token
/// (else 403, before the handler runs).
#[derive(Debug)]
pub struct CsrfForm<T>(pub T);

impl<T> CsrfForm<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for CsrfForm<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = actix_web::Error;
    type Future = Extracting<Self>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let token = CsrfToken::from_request(req, payload).into_inner();
        let form = web::Form::<WithToken<T>>::from_request(req, payload);
        Box::pin(async move {
            let token = token?;
            let form = form.await?.into_inner();
            token.verify(&form.csrf_token)?;
            Ok(CsrfForm(form.form))
        })
    }
}
