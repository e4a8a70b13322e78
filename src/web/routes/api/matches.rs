//! Partner suggestions in the JSON API: the ranked list, its export, and
//! interest marks.

use actix_web::{HttpResponse, delete, get, put, web};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiUser, DEFAULT_LIMIT, MAX_LIMIT, find_organization};
use crate::db;
use crate::domain::codes::LANGUAGES;
use crate::domain::interest::Mark;
use crate::domain::profile::{OrgKind, REGIONS};
use crate::exports;
use crate::matching::Filter;
use crate::matching::rounded;
use crate::services::match_index::MatchIndex;
use crate::services::suggestions::export_rows;
use crate::web::error::{ApiError, Problem};
use crate::web::respond::download;

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
    kind: Option<&str>,
    region: Option<&str>,
    language: Option<&str>,
    min_score: Option<f32>,
) -> Result<Filter, ApiError> {
    let exact =
        |value: Option<&str>, allowed: Vec<&str>| value.is_none_or(|v| allowed.contains(&v));
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
    Filter::parse(
        kind.unwrap_or_default(),
        region.unwrap_or_default(),
        language.unwrap_or_default(),
        &min_score.map(|v| v.to_string()).unwrap_or_default(),
    )
    .map_err(|what| {
        ApiError::BadRequest(format!(
            "The filter “{what}” has a value this list cannot use."
        ))
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
    req: actix_web::HttpRequest,
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
    let filter = filter_of(
        query.kind.as_deref(),
        query.region.as_deref(),
        query.language.as_deref(),
        query.min_score,
    )?;
    let (snapshot, a) = index.ranking_of(db.get_ref(), &slug).await?;
    let a = a.ok_or_else(|| ApiError::NotFound(format!("no organization \"{slug}\"")))?;
    // Without a token, organizations out of the public directory are neither
    // listed nor suggested.
    let public_only = super::optional_user(&req).await?.is_none();
    if public_only && snapshot.orgs[a].hidden {
        return Err(ApiError::NotFound(format!("no organization \"{slug}\"")));
    }
    let engine = &snapshot.engine;
    let mut ranked = if public_only {
        snapshot.ranked(a, &filter, limit + snapshot.hidden().len())
    } else {
        snapshot.ranked(a, &filter, limit)
    };
    if public_only {
        ranked.retain(|m| !snapshot.orgs[m.index].hidden);
        ranked.truncate(limit);
    }
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
                they_cover: (f64::from(m.they_cover) * 1000.0).round() / 1000.0,
                you_cover: (f64::from(m.you_cover) * 1000.0).round() / 1000.0,
                reasons: snapshot
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
    let filter = filter_of(
        query.kind.as_deref(),
        query.region.as_deref(),
        query.language.as_deref(),
        query.min_score,
    )?;
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
    let rows = export_rows(crate::i18n::Lang::En, &snapshot, a, &filter, &marks, false);
    Ok(download(
        &exports::file_name(&slug, format, chrono::Utc::now().date_naive()),
        format.content_type(),
        exports::render(&rows, format)?,
    ))
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
    let me = find_organization(db, slug).await?;
    if me.org.id != user.organization_id {
        return Err(ApiError::Forbidden(
            "a token can only mark suggestions for its own organization",
        ));
    }
    let other = find_organization(db, partner).await?;
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
