//! The one error type of the web layer. Every error page is rendered through
//! the site's layout; unexpected errors are logged with their whole cause chain
//! and shown to the user only as a friendly message.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpMessage, HttpResponse, ResponseError};
use askama::Template;

use super::language::Requested;
use super::next::{login_path, referring_page};
use super::visitor::{LoginRequired, Visitor};
use crate::db::availability;
use crate::i18n::Lang;
use crate::services::password::PasswordError;
use crate::services::schedule_run::ScheduleError;

/// What a 503 asks the client to wait before trying again, in seconds.
pub const RETRY_AFTER_SECONDS: &str = "10";

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("login required")]
    LoginRequired { next: String },
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("too many login attempts")]
    TooManyAttempts,
    #[error("too many registrations")]
    TooManyRegistrations,
    /// Too many password checks at once: try again in a moment.
    #[error("busy")]
    Busy,
    /// The database does not answer (or the pool gave up waiting for it): 503.
    #[error("database unavailable")]
    Unavailable(#[source] anyhow::Error),
    #[error(transparent)]
    Unexpected(anyhow::Error),
}

impl From<anyhow::Error> for AppError {
    fn from(e: anyhow::Error) -> Self {
        if availability::in_chain(&e) {
            AppError::Unavailable(e)
        } else {
            AppError::Unexpected(e)
        }
    }
}

impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        anyhow::Error::new(e).context("database error").into()
    }
}

impl From<LoginRequired> for AppError {
    fn from(e: LoginRequired) -> Self {
        AppError::LoginRequired { next: e.next }
    }
}

impl From<ScheduleError> for AppError {
    fn from(e: ScheduleError) -> Self {
        match e {
            ScheduleError::Changed => AppError::BadRequest(e.to_string()),
            ScheduleError::Unexpected(e) => e.into(),
        }
    }
}

impl From<PasswordError> for AppError {
    fn from(e: PasswordError) -> Self {
        match e {
            PasswordError::Busy(_) => AppError::Busy,
            PasswordError::Unexpected(e) => AppError::Unexpected(e),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Unexpected(anyhow::Error::new(e).context("template rendering failed"))
    }
}

/// The error page, in the site's layout.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub visitor: Visitor,
    pub title: String,
    pub message: String,
    /// The page to go back to (where the failed form was), if known.
    pub back: Option<String>,
}

/// Kept on an error response, so that [`in_the_visitors_layout`] can render
/// the page again for the person who got it.
#[derive(Debug, Clone)]
struct Shown {
    title: &'static str,
    message: String,
}

/// Middleware: an error page is rendered without the request, so it would
/// greet a logged-in person with "Log in"; when the request knew its visitor,
/// the page is rendered again in that visitor's layout, with a link back to
/// the page the failed action came from.
pub async fn in_the_visitors_layout(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    let res = next.call(req).await?;
    let shown = res.response().extensions().get::<Shown>().cloned();
    let Some(shown) = shown else {
        return Ok(res.map_into_boxed_body());
    };
    let visitor = res
        .request()
        .extensions()
        .get::<Visitor>()
        .cloned()
        .unwrap_or_else(|| {
            let asked = res.request().extensions().get::<Requested>().copied();
            let mut v = Visitor::anonymous_in(asked.map_or(Lang::En, Requested::lang));
            v.path = res.request().path().to_owned();
            v.query = res.request().query_string().to_owned();
            v
        });
    let lang = visitor.lang;
    let page = ErrorPage {
        back: referring_page(res.request()),
        visitor,
        title: lang.t(shown.title),
        message: lang.render(&shown.message),
    };
    let Ok(body) = page.render() else {
        return Ok(res.map_into_boxed_body());
    };
    Ok(res.map_body(|_, _| actix_web::body::BoxBody::new(body)))
}

impl AppError {
    /// The page's title and message, as message ids (a bad request carries
    /// its own text, which may itself be a message id).
    fn title_and_message(&self) -> (&'static str, String) {
        let (title, message) = match self {
            AppError::NotFound => ("error-not-found-title", "error-not-found"),
            AppError::Forbidden(why) => ("error-forbidden-title", *why),
            AppError::LoginRequired { .. } => ("error-login-title", "error-login"),
            AppError::BadRequest(why) => return ("error-bad-request-title", why.clone()),
            AppError::PayloadTooLarge => ("error-too-large-title", "error-too-large"),
            AppError::TooManyRegistrations => ("error-registrations-title", "error-registrations"),
            AppError::Busy => ("error-busy-title", "error-busy"),
            AppError::TooManyAttempts => ("error-attempts-title", "error-attempts"),
            AppError::Unavailable(_) => ("error-unavailable-title", "error-unavailable"),
            AppError::Unexpected(_) => ("error-unexpected-title", "error-unexpected"),
        };
        (title, message.to_owned())
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::LoginRequired { .. } => StatusCode::SEE_OTHER,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::TooManyRegistrations => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Unexpected(e) => tracing::error!(error = ?e, "unexpected error"),
            AppError::Unavailable(e) => {
                tracing::warn!(error = %format!("{e:#}"), "database unavailable");
            }
            _ => {}
        }
        if let AppError::LoginRequired { next } = self {
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, login_path(next)))
                .finish();
        }
        let (title, message) = self.title_and_message();
        // The request's language; [`in_the_visitors_layout`] renders the page
        // again in the visitor's layout when the handler knew them.
        let lang = super::language::current();
        let page = ErrorPage {
            visitor: Visitor::anonymous_in(lang),
            title: lang.t(title),
            message: lang.render(&message),
            back: None,
        };
        let body = page.render().unwrap_or_else(|_| {
            format!("<!doctype html><title>{0}</title><h1>{0}</h1>", page.title)
        });
        let mut response = HttpResponse::build(self.status_code()).body(body);
        response.extensions_mut().insert(Shown { title, message });
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        let retry_after = match self {
            AppError::TooManyAttempts | AppError::TooManyRegistrations => Some("900"),
            AppError::Unavailable(_) => Some(RETRY_AFTER_SECONDS),
            AppError::Busy => Some("2"),
            _ => None,
        };
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static(seconds));
        }
        response
    }
}

/// Errors of the JSON API, sent as RFC 9457 `application/problem+json`.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    BadRequest(String),
    #[error("send an API token as `Authorization: Bearer TOKEN` (create one at /settings/tokens)")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(&'static str),
    #[error("the profile was changed since version {0}; fetch it again and resend your change")]
    Conflict(i32),
    #[error("some fields are invalid")]
    Invalid(std::collections::BTreeMap<String, String>),
    #[error("the request body is too large")]
    PayloadTooLarge,
    #[error("this endpoint takes {0}")]
    MethodNotAllowed(&'static str),
    /// The database does not answer (or the pool gave up waiting for it): 503.
    #[error("the service cannot reach its database at the moment; retry in a few seconds")]
    Unavailable(#[source] anyhow::Error),
    #[error(transparent)]
    Unexpected(anyhow::Error),
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        if availability::in_chain(&e) {
            ApiError::Unavailable(e)
        } else {
            ApiError::Unexpected(e)
        }
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(e: sea_orm::DbErr) -> Self {
        anyhow::Error::new(e).context("database error").into()
    }
}

/// An RFC 9457 problem document.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// For 422: a message per invalid field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<std::collections::BTreeMap<String, String>>,
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        // Keys and titles stay English; the detail follows Accept-Language.
        let lang = super::language::current();
        let detail = match self {
            ApiError::Unexpected(e) => {
                tracing::error!(error = ?e, "unexpected API error");
                "api-error-unexpected".to_owned()
            }
            ApiError::Unavailable(e) => {
                tracing::warn!(error = %format!("{e:#}"), "API: database unavailable");
                "api-error-unavailable".to_owned()
            }
            ApiError::Unauthorized => "api-error-unauthorized".to_owned(),
            ApiError::Conflict(version) => {
                crate::i18n::message("api-error-conflict", &[("version", version)])
            }
            ApiError::Invalid(_) => "api-error-invalid".to_owned(),
            ApiError::PayloadTooLarge => "api-error-too-large".to_owned(),
            ApiError::MethodNotAllowed(methods) => {
                crate::i18n::message("api-error-method", &[("methods", methods)])
            }
            other => other.to_string(),
        };
        let detail = lang.render(&detail);
        let body = Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail,
            errors: match self {
                ApiError::Invalid(e) => Some(
                    e.iter()
                        .map(|(field, message)| (field.clone(), lang.render(message)))
                        .collect(),
                ),
                _ => None,
            },
        };
        let mut response = HttpResponse::build(status);
        response.content_type("application/problem+json");
        if let ApiError::Unauthorized = self {
            response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
        }
        if let ApiError::MethodNotAllowed(methods) = self {
            response.insert_header((header::ALLOW, *methods));
        }
        if let ApiError::Unavailable(_) = self {
            response.insert_header((header::RETRY_AFTER, RETRY_AFTER_SECONDS));
        }
        response.body(serde_json::to_string(&body).unwrap_or_default())
    }
}
