//! Cross-site request forgery defence, in two layers:
//! 1. unsafe requests (POST, PUT, PATCH, DELETE) whose `Sec-Fetch-Site` or
//!    `Origin` shows another site are refused with 403 before any handler runs;
//! 2. every form carries a token that must equal the browser's `rt_csrf` cookie
//!    (HttpOnly, SameSite=Lax), compared in constant time.

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest};
use std::future::{Ready, ready};
use subtle::ConstantTimeEq;

use crate::web::error::AppError;

pub const COOKIE: &str = "rt_csrf";
/// The name of the hidden form field.
pub const FIELD: &str = "csrf_token";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsrfToken(String);

impl CsrfToken {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Checks a submitted form token against this request's cookie token.
    pub fn verify(&self, submitted: &str) -> Result<(), AppError> {
        if !submitted.is_empty() && bool::from(self.0.as_bytes().ct_eq(submitted.as_bytes())) {
            Ok(())
        } else {
            Err(AppError::Forbidden("error-form-expired"))
        }
    }

    fn fresh() -> Self {
        Self(crate::db::sessions::new_token())
    }
}

/// The token was made for this request and must be sent as a cookie.
#[derive(Clone)]
struct NewToken;

fn is_unsafe(method: &Method) -> bool {
    !matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    )
}

fn is_cross_site(req: &ServiceRequest) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = req.connection_info().host().to_owned();
        let origin_host = origin.split_once("://").map_or(origin, |(_, h)| h);
        return origin == "null" || !origin_host.eq_ignore_ascii_case(&host);
    }
    false
}

/// Middleware: refuses cross-site unsafe requests and makes sure every visitor
/// has a CSRF token.
pub async fn protect(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if is_unsafe(req.method()) && is_cross_site(&req) {
        return Err(AppError::Forbidden("error-cross-site").into());
    }
    let existing = req
        .cookie(COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()));
    let token = match existing {
        Some(v) => CsrfToken(v),
        None => {
            req.extensions_mut().insert(NewToken);
            CsrfToken::fresh()
        }
    };
    req.extensions_mut().insert(token);
    let mut res = next.call(req).await?;
    let new_token = res.request().extensions().get::<NewToken>().is_some();
    if new_token {
        let token = res.request().extensions().get::<CsrfToken>().cloned();
        if let Some(token) = token {
            let secure = res.request().connection_info().scheme() == "https";
            res.response_mut().add_cookie(&cookie(token.0, secure))?;
        }
    }
    Ok(res)
}

pub fn cookie(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(COOKIE, value)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::days(30))
        .finish()
}

/// Replaces the visitor's token (at login), so a token seen before login is useless after.
pub fn rotate(req: &HttpRequest) -> Cookie<'static> {
    let token = CsrfToken::fresh();
    req.extensions_mut().insert(token.clone());
    req.extensions_mut().remove::<NewToken>();
    cookie(token.0, req.connection_info().scheme() == "https")
}

impl FromRequest for CsrfToken {
    type Error = Error;
    type Future = Ready<Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(req.extensions().get::<CsrfToken>().cloned().ok_or_else(|| {
            AppError::Unexpected(anyhow::anyhow!("CSRF middleware not installed")).into()
        }))
    }
}
