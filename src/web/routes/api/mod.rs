//! The JSON API under /api/v1, described by the OpenAPI 3.1 document at
//! /api/openapi.json. Writes need an API token (`Authorization: Bearer`).
//! Errors are RFC 9457 problem documents.

mod events;

use std::collections::BTreeMap;

use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, HttpResponse, Scope, delete, get, put, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};

use crate::db::{self, interests::Mark, organizations::OrgWithItems, organizations::WriteError};
use crate::domain::codes::LANGUAGES;
use crate::domain::profile::{OrgKind, ProfileDraft, REGIONS};
use crate::exports::{self, export_rows};
use crate::matching::rounded;
use crate::matching::{Filter, private_need_label};
use crate::services::match_index::MatchIndex;
use crate::web::error::{ApiError, AppError, Problem};
use crate::web::respond::ok;
use crate::web::routes::matches::{ListQuery, file_response};
use crate::web::visitor::Visitor;

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
        .service(openapi_json)
        .service(docs)
        .service(list_organizations)
        .service(get_organization)
        .service(update_organization)
        .service(matches)
        .service(export_matches)
        .service(set_interest)
        .service(clear_interest)
        .service(events::list_events)
        .service(events::get_event)
        .service(events::agenda)
        .default_service(web::to(no_route))
}

/// The organization an API token acts for.
pub struct ApiUser {
    pub organization_id: i32,
}

impl FromRequest for ApiUser {
    type Error = actix_web::Error;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let token = req
                .headers()
                .get(AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(str::trim)
                .filter(|t| t.starts_with(db::tokens::PREFIX))
                .ok_or(ApiError::Unauthorized)?
                .to_owned();
            let db = req
                .app_data::<web::Data<DatabaseConnection>>()
                .ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("no database in app data")))?;
            let (_, org) = db::tokens::lookup(db.get_ref(), &token)
                .await
                .map_err(ApiError::from)?
                .ok_or(ApiError::Unauthorized)?;
            Ok(ApiUser {
                organization_id: org.id,
            })
        })
    }
}

/// An organization in a list.
#[derive(Serialize, ToSchema)]
pub struct OrganizationSummary {
    pub slug: String,
    pub name: String,
    /// One of government, development_agency, international_org, regional_org,
    /// cert, civil_society, academia, private_sector, other.
    pub kind: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub website: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct OrganizationPage {
    pub items: Vec<OrganizationSummary>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

/// An organization's whole profile.
#[derive(Serialize, ToSchema)]
pub struct Organization {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub description: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    pub capabilities: Vec<String>,
    pub needs: Vec<String>,
    /// In full for the organization itself; for others only the theme of each.
    pub private_needs: Vec<String>,
    /// Send it back with an update: a stale version gets 409.
    pub version: i32,
    pub fictional: bool,
}

impl Organization {
    fn new(o: OrgWithItems, own: bool) -> Self {
        let private_needs = if own {
            o.private_needs
        } else {
            o.private_needs
                .iter()
                .map(|n| private_need_label(n))
                .collect()
        };
        Self {
            languages: db::organizations::languages_of(&o.org),
            slug: o.org.slug,
            name: o.org.name,
            kind: o.org.kind,
            country: o.org.country,
            region: o.org.region,
            description: o.org.description,
            website: o.org.website,
            contact_email: o.org.contact_email,
            capabilities: o.capabilities,
            needs: o.needs,
            private_needs,
            version: o.org.version,
            fictional: o.org.is_demo,
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Words to find in names, descriptions, capabilities and needs.
    #[param(max_length = 200)]
    q: Option<String>,
    #[param(minimum = 1, maximum = 1000000)]
    page: Option<u64>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u64>,
}

/// List and search organizations, by name.
#[utoipa::path(
    get,
    path = "/api/v1/organizations",
    params(ListParams),
    responses(
        (status = 200, body = OrganizationPage),
        (status = 400, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/v1/organizations")]
pub async fn list_organizations(
    db: web::Data<DatabaseConnection>,
    query: web::Query<ListParams>,
) -> Result<HttpResponse, ApiError> {
    let page = query.page.unwrap_or(1);
    let per_page = query.per_page.unwrap_or(20);
    if page == 0 || page > 1_000_000 || per_page == 0 || per_page > MAX_PER_PAGE {
        return Err(ApiError::BadRequest(format!(
            "page must be at least 1 and per_page between 1 and {MAX_PER_PAGE}"
        )));
    }
    let q = query.q.clone().unwrap_or_default();
    if q.chars().count() > 200 {
        return Err(ApiError::BadRequest("q has at most 200 characters".into()));
    }
    let (rows, total) = db::organizations::search(db.get_ref(), &q, page, per_page).await?;
    Ok(HttpResponse::Ok().json(OrganizationPage {
        items: rows
            .into_iter()
            .map(|o| OrganizationSummary {
                slug: o.slug,
                name: o.name,
                kind: o.kind,
                country: o.country,
                region: o.region,
                website: o.website,
            })
            .collect(),
        total,
        page,
        per_page,
    }))
}

async fn find(db: &DatabaseConnection, slug: &str) -> Result<OrgWithItems, ApiError> {
    db::organizations::find_by_slug(db, slug)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no organization \"{slug}\"")))
}

/// The optional token of a read: reads are public, a token shows one's own private needs.
async fn optional_user(req: &HttpRequest) -> Result<Option<ApiUser>, ApiError> {
    if req.headers().get(AUTHORIZATION).is_none() {
        return Ok(None);
    }
    match ApiUser::extract(req).await {
        Ok(u) => Ok(Some(u)),
        Err(_) => Err(ApiError::Unauthorized),
    }
}

/// One organization's profile.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{slug}",
    params(("slug" = String, Path, description = "The organization's slug")),
    security((), ("bearer" = [])),
    responses(
        (status = 200, body = Organization),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/v1/organizations/{slug}")]
pub async fn get_organization(
    req: HttpRequest,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let user = optional_user(&req).await?;
    let found = find(db.get_ref(), &slug).await?;
    let own = user.is_some_and(|u| u.organization_id == found.org.id);
    Ok(HttpResponse::Ok().json(Organization::new(found, own)))
}

/// A new profile. Lists replace the stored ones; `version` is the one read.
#[derive(Deserialize, ToSchema)]
pub struct ProfileUpdate {
    pub version: i32,
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    /// One of government, development_agency, international_org, regional_org,
    /// cert, civil_society, academia, private_sector, other.
    pub kind: String,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub contact_email: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub capabilities: Vec<String>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub private_needs: Vec<String>,
}

/// Replace one's own profile (optimistic locking by `version`).
#[utoipa::path(
    put,
    path = "/api/v1/organizations/{slug}",
    params(("slug" = String, Path, description = "The organization's slug")),
    request_body = ProfileUpdate,
    security(("bearer" = [])),
    responses(
        (status = 200, body = Organization),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/v1/organizations/{slug}")]
pub async fn update_organization(
    user: ApiUser,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
    body: web::Json<ProfileUpdate>,
) -> Result<HttpResponse, ApiError> {
    let found = find(db.get_ref(), &slug).await?;
    if found.org.id != user.organization_id {
        return Err(ApiError::Forbidden(
            "a token can only change its own organization's profile",
        ));
    }
    let b = body.into_inner();
    let draft = ProfileDraft {
        name: b.name,
        kind: b.kind,
        country: b.country.unwrap_or_default(),
        region: b.region.unwrap_or_default(),
        description: b.description.unwrap_or_default(),
        website: b.website.unwrap_or_default(),
        languages: b.languages,
        capabilities: b.capabilities,
        needs: b.needs,
        private_needs: b.private_needs,
        contact_email: b.contact_email.unwrap_or_default(),
    };
    let profile = draft.parse().map_err(|errors| {
        ApiError::Invalid(
            errors
                .iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect::<BTreeMap<_, _>>(),
        )
    })?;
    if let Some(other) = db::organizations::find_by_name(db.get_ref(), &profile.name).await?
        && other.id != found.org.id
    {
        return Err(ApiError::Invalid(BTreeMap::from([(
            "name".to_owned(),
            "Another organization already has this name.".to_owned(),
        )])));
    }
    match db::organizations::save_profile(db.get_ref(), user.organization_id, b.version, &profile)
        .await
    {
        Ok(()) => {}
        Err(WriteError::Conflict) => return Err(ApiError::Conflict(b.version)),
        Err(WriteError::NameTaken) => {
            return Err(ApiError::Invalid(BTreeMap::from([(
                "name".to_owned(),
                "Another organization already has this name.".to_owned(),
            )])));
        }
        Err(WriteError::Db(e)) => return Err(e.into()),
    }
    let saved = find(db.get_ref(), &slug).await?;
    Ok(HttpResponse::Ok().json(Organization::new(saved, true)))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatchParams {
    /// How many suggestions (1–200, default 20).
    #[param(minimum = 1, maximum = 200)]
    limit: Option<usize>,
    /// Only partners of this kind.
    kind: Option<String>,
    /// Only partners in this region: Africa, Americas, Asia, Europe, Middle East, Pacific, Global.
    region: Option<String>,
    /// Only partners working in this ISO 639-1 language.
    language: Option<String>,
    /// Only suggestions scoring at least this (0–100).
    #[param(minimum = 0, maximum = 100)]
    min_score: Option<f32>,
}

/// The filters of the API, checked the same way as those of the web page; an
/// empty value is refused here, as the document lists only real values.
fn filter_of(
    kind: &Option<String>,
    region: &Option<String>,
    language: &Option<String>,
    min_score: Option<f32>,
) -> Result<Filter, ApiError> {
    let exact = |value: &Option<String>, allowed: Vec<&str>| {
        value.as_deref().is_none_or(|v| allowed.contains(&v))
    };
    for (name, ok) in [
        (
            "kind",
            exact(kind, OrgKind::ALL.iter().map(|k| k.id()).collect()),
        ),
        ("region", exact(region, REGIONS.to_vec())),
        (
            "language",
            exact(language, LANGUAGES.iter().map(|(c, _)| *c).collect()),
        ),
    ] {
        if !ok {
            return Err(ApiError::BadRequest(format!(
                "{name} must be one of the values the API document lists (leave it out for any)"
            )));
        }
    }
    ListQuery {
        kind: kind.clone().unwrap_or_default(),
        region: region.clone().unwrap_or_default(),
        language: language.clone().unwrap_or_default(),
        min_score: min_score.map(|v| v.to_string()).unwrap_or_default(),
        ..Default::default()
    }
    .filter()
    .map_err(|e| match e {
        AppError::BadRequest(m) => ApiError::BadRequest(m),
        other => ApiError::Unexpected(anyhow::anyhow!("{other}")),
    })
}

#[derive(Serialize, ToSchema)]
pub struct Partner {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub website: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Suggestion {
    pub rank: usize,
    pub partner: Partner,
    /// 0 to 100; see /how-scores-work.
    pub score: f64,
    /// Share of the organization's needs the partner covers (0–1).
    pub they_cover: f64,
    /// Share of the partner's needs the organization covers (0–1).
    pub you_cover: f64,
    /// Each reason has a `type`, a plain-English `text` and the items it names.
    /// Types: `they_cover_your_need` and `you_cover_their_need` (an offer covers
    /// a need), `they_fit_your_need` and `you_fit_their_need` (being the kind of
    /// partner a need asks for), `same_field` (topics both work on),
    /// `shared_languages`, `no_shared_language`, `same_region`, `kinds_complement`.
    #[schema(value_type = Vec<Object>)]
    pub reasons: Vec<serde_json::Value>,
}

#[derive(Serialize, ToSchema)]
pub struct Suggestions {
    pub organization: String,
    pub name: String,
    pub matches: Vec<Suggestion>,
}

/// Partner suggestions for an organization, best first, with reasons.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{slug}/matches",
    params(("slug" = String, Path, description = "The organization's slug"), MatchParams),
    responses(
        (status = 200, body = Suggestions),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/v1/organizations/{slug}/matches")]
pub async fn matches(
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
    query: web::Query<MatchParams>,
) -> Result<HttpResponse, ApiError> {
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::BadRequest(format!(
            "limit must be between 1 and {MAX_LIMIT}"
        )));
    }
    let filter = filter_of(&query.kind, &query.region, &query.language, query.min_score)?;
    let snapshot = index.current(db.get_ref()).await?;
    let a = snapshot
        .index_of(&slug)
        .ok_or_else(|| ApiError::NotFound(format!("no organization \"{slug}\"")))?;
    let engine = &snapshot.engine;
    let mut ranked = engine.ranked(a, &filter);
    ranked.truncate(limit);
    let matches = ranked
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let p = engine.profile(m.index);
            let meta = &snapshot.orgs[m.index];
            Suggestion {
                rank: i + 1,
                partner: Partner {
                    slug: meta.slug.clone(),
                    name: p.name.clone(),
                    kind: p.kind.id().to_owned(),
                    country: p.country.clone(),
                    region: p.region.clone(),
                    website: meta.website.clone(),
                },
                score: rounded(m.score),
                they_cover: (m.they_cover as f64 * 1000.0).round() / 1000.0,
                you_cover: (m.you_cover as f64 * 1000.0).round() / 1000.0,
                reasons: engine
                    .explain(a, m.index)
                    .into_iter()
                    .map(|mut r| {
                        // Reads are public: private needs show only their theme.
                        r.redact(false, false);
                        let mut v = serde_json::to_value(&r).unwrap_or_default();
                        if let Some(o) = v.as_object_mut() {
                            o.insert("text".into(), r.text().into());
                        }
                        v
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(Suggestions {
        organization: slug.into_inner(),
        name: engine.profile(a).name.clone(),
        matches,
    }))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// csv, xlsx or json.
    format: String,
    kind: Option<String>,
    region: Option<String>,
    language: Option<String>,
    #[param(minimum = 0, maximum = 100)]
    min_score: Option<f32>,
}

/// One's own match list as a file, with the interest marks.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{slug}/matches/export",
    params(("slug" = String, Path, description = "The organization's slug"), ExportParams),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The file", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (Object = "application/json"),
        )),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/v1/organizations/{slug}/matches/export")]
pub async fn export_matches(
    user: ApiUser,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
    query: web::Query<ExportParams>,
) -> Result<HttpResponse, ApiError> {
    let format = exports::Format::parse(&query.format)
        .ok_or_else(|| ApiError::BadRequest("format must be csv, xlsx or json".into()))?;
    let filter = filter_of(&query.kind, &query.region, &query.language, query.min_score)?;
    let snapshot = index.current(db.get_ref()).await?;
    let a = snapshot
        .index_of(&slug)
        .ok_or_else(|| ApiError::NotFound(format!("no organization \"{slug}\"")))?;
    if snapshot.orgs[a].id != user.organization_id {
        return Err(ApiError::Forbidden(
            "a token can only export its own organization's list",
        ));
    }
    let marks = db::interests::of(db.get_ref(), user.organization_id).await?;
    let rows = export_rows(&snapshot, a, &filter, &marks, false);
    Ok(file_response(&slug, &rows, format)?)
}

#[derive(Deserialize, ToSchema)]
pub struct InterestUpdate {
    /// `interested` or `not_interested`.
    pub state: String,
}

async fn pair(
    db: &DatabaseConnection,
    user: &ApiUser,
    slug: &str,
    partner: &str,
) -> Result<(i32, i32), ApiError> {
    let me = find(db, slug).await?;
    if me.org.id != user.organization_id {
        return Err(ApiError::Forbidden(
            "a token can only mark suggestions for its own organization",
        ));
    }
    let other = find(db, partner).await?;
    if other.org.id == me.org.id {
        return Err(ApiError::BadRequest(
            "an organization cannot mark itself".into(),
        ));
    }
    Ok((me.org.id, other.org.id))
}

/// Mark a suggested partner as interesting or not.
#[utoipa::path(
    put,
    path = "/api/v1/organizations/{slug}/interests/{partner}",
    params(("slug" = String, Path), ("partner" = String, Path, description = "The partner's slug")),
    request_body = InterestUpdate,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Marked"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/v1/organizations/{slug}/interests/{partner}")]
pub async fn set_interest(
    user: ApiUser,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    path: web::Path<(String, String)>,
    body: web::Json<InterestUpdate>,
) -> Result<HttpResponse, ApiError> {
    let mark = match body.state.as_str() {
        "interested" => Mark::Interested,
        "not_interested" => Mark::NotInterested,
        _ => {
            return Err(ApiError::BadRequest(
                "state must be interested or not_interested".into(),
            ));
        }
    };
    let (me, other) = pair(db.get_ref(), &user, &path.0, &path.1).await?;
    let scored_with = index.current(db.get_ref()).await?.scored_with(me, other);
    db::interests::set(db.get_ref(), me, other, mark, scored_with).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Clear the mark on a suggested partner.
#[utoipa::path(
    delete,
    path = "/api/v1/organizations/{slug}/interests/{partner}",
    params(("slug" = String, Path), ("partner" = String, Path, description = "The partner's slug")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Cleared"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/v1/organizations/{slug}/interests/{partner}")]
pub async fn clear_interest(
    user: ApiUser,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (me, other) = pair(db.get_ref(), &user, &path.0, &path.1).await?;
    db::interests::clear(db.get_ref(), me, other).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The bearer scheme, and the closed lists of values some query parameters take.
struct Constraints;

impl Modify for Constraints {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        use utoipa::openapi::{RefOr, Schema};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
        let allowed = |name: &str| -> Option<Vec<String>> {
            match name {
                "kind" => Some(OrgKind::ALL.iter().map(|k| k.id().to_owned()).collect()),
                "region" => Some(REGIONS.iter().map(|r| (*r).to_owned()).collect()),
                "language" => Some(LANGUAGES.iter().map(|(c, _)| (*c).to_owned()).collect()),
                "format" => Some(vec!["csv".into(), "xlsx".into(), "json".into()]),
                _ => None,
            }
        };
        for item in openapi.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.put, &mut item.delete]
                .into_iter()
                .flatten()
            {
                for p in op.parameters.iter_mut().flatten() {
                    let RefOr::T(p) = p else { continue };
                    if let Some(values) = allowed(&p.name) {
                        p.schema = Some(RefOr::T(Schema::Object(
                            ObjectBuilder::new()
                                .schema_type(Type::String)
                                .enum_values(Some(values))
                                .build(),
                        )));
                    }
                }
            }
        }
    }
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

#[derive(OpenApi)]
#[openapi(
    info(title = "Roundtable API", version = "1", description = "Partner matchmaking for development cooperation. Create a token at /settings/tokens."),
    paths(list_organizations, get_organization, update_organization, matches, export_matches, set_interest, clear_interest, events::list_events, events::get_event, events::agenda),
    components(schemas(Problem, OrganizationPage, OrganizationSummary, Organization, ProfileUpdate, Suggestions, Suggestion, Partner, InterestUpdate, events::EventSummary, events::Event, events::EventSlot, events::EventTable, events::Agenda, events::AgendaMeeting)),
    modifiers(&Constraints)
)]
pub struct ApiDoc;

#[get("/openapi.json")]
pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

pub struct Operation {
    pub method: String,
    pub path: String,
    pub summary: String,
    pub needs_token: bool,
}

#[derive(Template)]
#[template(path = "api/docs.html")]
struct DocsPage {
    visitor: Visitor,
    operations: Vec<Operation>,
    kinds: Vec<&'static str>,
}

/// A readable list of the API's operations, made from the OpenAPI document.
#[get("/docs")]
pub async fn docs(visitor: Visitor) -> Result<HttpResponse, AppError> {
    let doc = serde_json::to_value(ApiDoc::openapi()).map_err(anyhow::Error::from)?;
    let mut operations = Vec::new();
    if let Some(paths) = doc["paths"].as_object() {
        for (path, item) in paths {
            for method in ["get", "put", "post", "delete"] {
                if let Some(op) = item.get(method) {
                    let needs_token = op["security"]
                        .as_array()
                        .is_some_and(|s| s.iter().all(|r| r.get("bearer").is_some()));
                    operations.push(Operation {
                        method: method.to_uppercase(),
                        path: path.clone(),
                        summary: op["summary"].as_str().unwrap_or_default().to_owned(),
                        needs_token,
                    });
                }
            }
        }
    }
    ok(&DocsPage {
        visitor,
        operations,
        kinds: OrgKind::ALL.iter().map(|k| k.id()).collect(),
    })
}
