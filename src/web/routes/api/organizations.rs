//! Organizations in the JSON API: the directory, one profile, and replacing
//! one's own profile.

use std::collections::BTreeMap;

use actix_web::{HttpRequest, HttpResponse, get, put, web};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiUser, MAX_PER_PAGE, find_organization, optional_user};
use crate::db::{self, organizations::OrgWithItems, organizations::WriteError};
use crate::domain::profile::ProfileDraft;
use crate::matching::private_need_label;
use crate::search::RawSearch;
use crate::search::TEXT_MAX;
use crate::services::directory::{Directory, Found};

use crate::web::error::{ApiError, Problem};

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
    pub facets: FacetCounts,
    /// Parameters whose value no organization can have, and why: then
    /// nothing is found.
    pub warnings: Vec<String>,
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
            languages: o.org.languages.clone(),
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
    /// Words to find in names, descriptions, capabilities and public needs:
    /// accents, case and word endings (English, French, Spanish) do not
    /// matter; every word must be found. Results come best first.
    #[param(max_length = 200)]
    q: Option<String>,
    /// A kind of organization (government, development_agency, international_org,
    /// regional_org, cert, civil_society, academia, private_sector, other).
    kind: Option<String>,
    /// Africa, Americas, Asia, Europe, Middle East, Pacific or Global.
    region: Option<String>,
    /// A country by ISO 3166-1 code or English name (KE or Kenya).
    country: Option<String>,
    /// A working language by ISO 639-1 code or English name (fr or French).
    language: Option<String>,
    /// A GFCE theme: strategy, incidents, cybercrime, skills, standards, cooperation.
    theme: Option<String>,
    /// Where the words (and the theme) must be: `offers` (capabilities) or
    /// `seeks` (public needs); empty for anywhere.
    #[param(pattern = "^(|any|offers|seeks)$")]
    side: Option<String>,
    #[param(minimum = 1, maximum = 1000000)]
    page: Option<u64>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u64>,
}

/// The number of organizations found per value of a facet.
#[derive(Serialize, ToSchema)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Counts per value of each facet among all the organizations found.
#[derive(Serialize, ToSchema)]
pub struct FacetCounts {
    pub kind: Vec<FacetCount>,
    pub region: Vec<FacetCount>,
    /// By ISO 3166-1 code.
    pub country: Vec<FacetCount>,
    /// By ISO 639-1 code.
    pub language: Vec<FacetCount>,
    /// By theme id; on the side asked for when `side` is given.
    pub theme: Vec<FacetCount>,
}

fn counts(list: Vec<(String, u64)>) -> Vec<FacetCount> {
    list.into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect()
}

/// Search the directory: words and facets, best first, with counts per facet.
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
    req: HttpRequest,
    db: web::Data<DatabaseConnection>,
    directory: web::Data<Directory>,
    query: web::Query<ListParams>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let page = query.page.unwrap_or(1);
    let per_page = query.per_page.unwrap_or(20);
    if page == 0 || page > 1_000_000 || per_page == 0 || per_page > MAX_PER_PAGE {
        return Err(ApiError::BadRequest(format!(
            "page must be at least 1 and per_page between 1 and {MAX_PER_PAGE}"
        )));
    }
    if query
        .q
        .as_deref()
        .is_some_and(|q| q.chars().count() > TEXT_MAX)
    {
        return Err(ApiError::BadRequest(format!(
            "q has at most {TEXT_MAX} characters"
        )));
    }
    let (mut search, errors) = RawSearch {
        q: query.q,
        kind: query.kind,
        region: query.region,
        country: query.country,
        language: query.language,
        theme: query.theme,
        side: query.side,
    }
    .parse();
    // A value no organization can have (an unknown country, kind, theme…)
    // finds nothing, and the answer says why.
    // A value outside the document's lists is a bad request.
    if let Some((field, message)) = errors.iter().find(|(f, _)| *f != "country") {
        return Err(ApiError::BadRequest(format!("{field}: {message}")));
    }
    // Organizations out of the public directory: with a token only.
    search.public_only = optional_user(&req).await?.is_none();
    let warnings: Vec<String> = errors
        .into_iter()
        .map(|(field, message)| format!("{field}: {message}"))
        .collect();
    let found = if warnings.is_empty() {
        directory
            .find(db.get_ref(), &search, page, per_page)
            .await?
    } else {
        Found::nothing()
    };
    Ok(HttpResponse::Ok().json(OrganizationPage {
        warnings,
        items: found
            .organizations
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
        total: found.total,
        page,
        per_page,
        facets: FacetCounts {
            kind: counts(found.facets.kind),
            region: counts(found.facets.region),
            country: counts(found.facets.country),
            language: counts(found.facets.language),
            theme: counts(found.facets.theme),
        },
    }))
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
    let found = find_organization(db.get_ref(), &slug).await?;
    // Out of the public directory: as if it did not exist, without a token.
    if found.org.hidden && user.is_none() {
        return Err(ApiError::NotFound(format!("no organization \"{slug}\"")));
    }
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
    let found = find_organization(db.get_ref(), &slug).await?;
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
    let saved = find_organization(db.get_ref(), &slug).await?;
    Ok(HttpResponse::Ok().json(Organization::new(saved, true)))
}
