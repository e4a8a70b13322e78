//! The JSON API under /api/v1, described by the OpenAPI 3.1 document at
//! /api/openapi.json. Writes need an API token (`Authorization: Bearer`).
//! Errors are RFC 9457 problem documents.

mod docs;
mod events;
mod matches;
mod openapi;
mod organizations;

use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, HttpResponse, Scope, web};
use sea_orm::DatabaseConnection;

use crate::db::{self, organizations::OrgWithItems};
use crate::web::error::ApiError;

pub const DEFAULT_LIMIT: usize = 20;
pub const MAX_LIMIT: usize = 200;
pub const MAX_PER_PAGE: u64 = 100;

/// The API's routes, with JSON errors for bad queries, paths and bodies.
pub fn scope() -> Scope {
    web::scope("/api")
        .app_data(
            web::QueryConfig::default()
                .error_handler(|e, _| ApiError::BadRequest(e.to_string()).into()),
        )
        .app_data(
            web::PathConfig::default()
                .error_handler(|e, _| ApiError::BadRequest(e.to_string()).into()),
        )
        .app_data(
            web::JsonConfig::default()
                .limit(crate::web::limits::JSON_LIMIT)
                .error_handler(|e, _| match e {
                    actix_web::error::JsonPayloadError::Overflow { .. }
                    | actix_web::error::JsonPayloadError::OverflowKnownLength { .. } => {
                        ApiError::PayloadTooLarge.into()
                    }
                    other => ApiError::BadRequest(format!("the body is not valid: {other}")).into(),
                }),
        )
        .service(openapi::openapi_json)
        .service(docs::docs)
        .service(organizations::list_organizations)
        .service(organizations::get_organization)
        .service(organizations::update_organization)
        .service(matches::matches)
        .service(matches::export_matches)
        .service(matches::set_interest)
        .service(matches::clear_interest)
        .service(events::list_events)
        .service(events::get_event)
        .service(events::agenda)
        .default_service(web::to(no_route))
}

/// The organization an API token acts for.
pub struct ApiUser {
    pub organization_id: i32,
}

impl ApiUser {
    /// The organization of the request's token: 401 without a valid token; when
    /// the database cannot be asked, that error (503), never a 401.
    async fn authenticate(req: &HttpRequest) -> Result<Self, ApiError> {
        let token = req
            .headers()
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| t.starts_with(db::tokens::PREFIX))
            .ok_or(ApiError::Unauthorized)?;
        let db = req
            .app_data::<web::Data<DatabaseConnection>>()
            .ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("no database in app data")))?;
        let (_, org) = db::tokens::lookup(db.get_ref(), token)
            .await?
            .ok_or(ApiError::Unauthorized)?;
        Ok(ApiUser {
            organization_id: org.id,
        })
    }
}

impl FromRequest for ApiUser {
    type Error = actix_web::Error;
    type Future = std::pin::Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(ApiUser::authenticate(&req).await?) })
    }
}

/// The organization with this slug, or a 404 problem.
pub(super) async fn find_organization(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<OrgWithItems, ApiError> {
    db::organizations::find_by_slug(db, slug)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no organization \"{slug}\"")))
}

/// The optional token of a read: reads are public, a token shows one's own private needs.
pub(super) async fn optional_user(req: &HttpRequest) -> Result<Option<ApiUser>, ApiError> {
    if req.headers().get(AUTHORIZATION).is_none() {
        return Ok(None);
    }
    ApiUser::authenticate(req).await.map(Some)
}

/// 405 for a known API path with a method it does not take, 404 otherwise.
async fn no_route(req: HttpRequest) -> Result<HttpResponse, ApiError> {
    let parts: Vec<&str> = req
        .path()
        .trim_end_matches('/')
        .split('/')
        .skip(1)
        .collect();
    let allow = match parts.as_slice() {
        ["api", "openapi.json"]
        | ["api", "docs"]
        | ["api", "v1", "organizations"]
        | ["api", "v1", "events"]
        | ["api", "v1", "events", _]
        | ["api", "v1", "events", _, "agenda"] => Some("GET"),
        ["api", "v1", "organizations", _] => Some("GET, PUT"),
        ["api", "v1", "organizations", _, "matches"]
        | ["api", "v1", "organizations", _, "matches", "export"] => Some("GET"),
        ["api", "v1", "organizations", _, "interests", _] => Some("PUT, DELETE"),
        _ => None,
    };
    match allow {
        Some(methods) => Err(ApiError::MethodNotAllowed(methods)),
        None => Err(ApiError::NotFound("no such API endpoint".into())),
    }
}
