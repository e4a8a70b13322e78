//! Partner suggestions: the page, the JSON API and the page that explains scores.

use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};

use crate::domain::profile::country_name;
use crate::error::{ApiError, AppError, ok};
use crate::match_index::{MatchIndex, Snapshot};
use crate::matching::{Match, Reason};
use crate::page::Visitor;
use crate::rank::rounded;

/// Suggestions shown on the page.
pub const PAGE_SIZE: usize = 25;
pub const API_DEFAULT_LIMIT: usize = 20;
pub const API_MAX_LIMIT: usize = 200;

/// One suggestion as the page shows it.
pub struct MatchView {
    pub rank: usize,
    pub name: String,
    pub slug: String,
    pub kind: String,
    pub place: String,
    pub score: f64,
    /// (your need, their offer)
    pub they_cover: Vec<(String, String)>,
    /// (their need, your offer)
    pub you_cover: Vec<(String, String)>,
    pub context: Vec<String>,
}

impl MatchView {
    fn new(snapshot: &Snapshot, a: usize, rank: usize, m: &Match) -> Self {
        let p = snapshot.engine.profile(m.index);
        let mut view = MatchView {
            rank,
            name: p.name.clone(),
            slug: snapshot.orgs[m.index].slug.clone(),
            kind: p.kind.label().to_owned(),
            place: [
                p.country.as_deref().and_then(country_name),
                p.region.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
            score: rounded(m.score),
            they_cover: Vec::new(),
            you_cover: Vec::new(),
            context: Vec::new(),
        };
        for reason in snapshot.engine.explain(a, m.index) {
            match reason {
                Reason::TheyCoverYourNeed {
                    your_need,
                    their_offer,
                    ..
                } => view.they_cover.push((your_need, their_offer)),
                Reason::YouCoverTheirNeed {
                    their_need,
                    your_offer,
                    ..
                } => view.you_cover.push((their_need, your_offer)),
                other => view.context.push(other.text()),
            }
        }
        view
    }

    /// The score as a whole number, for the bar's label.
    pub fn score_label(&self) -> String {
        format!("{:.0}", self.score)
    }
}

#[derive(Template)]
#[template(path = "matches/index.html")]
struct MatchesPage {
    visitor: Visitor,
    name: String,
    slug: String,
    is_own: bool,
    has_items: bool,
    matches: Vec<MatchView>,
}

#[get("/organizations/{slug}/matches")]
pub async fn page(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let snapshot = index.current(db.get_ref()).await?;
    let a = snapshot.index_of(&slug).ok_or(AppError::NotFound)?;
    let me = snapshot.engine.profile(a);
    let matches = snapshot
        .engine
        .top(a, PAGE_SIZE)
        .iter()
        .enumerate()
        .map(|(i, m)| MatchView::new(&snapshot, a, i + 1, m))
        .collect();
    ok(&MatchesPage {
        is_own: visitor
            .user
            .as_ref()
            .is_some_and(|u| u.organization_id == snapshot.orgs[a].id),
        visitor,
        name: me.name.clone(),
        slug: slug.into_inner(),
        has_items: !me.needs.is_empty() || !me.capabilities.is_empty(),
        matches,
    })
}

#[derive(Deserialize)]
pub struct ApiQuery {
    limit: Option<usize>,
}

#[derive(Serialize)]
struct ApiPartner {
    slug: String,
    name: String,
    kind: &'static str,
    country: Option<String>,
    region: Option<String>,
    website: Option<String>,
}

#[derive(Serialize)]
struct ApiMatch {
    rank: usize,
    partner: ApiPartner,
    score: f64,
    /// Share of the organization's needs the partner covers (0–1).
    they_cover: f64,
    /// Share of the partner's needs the organization covers (0–1).
    you_cover: f64,
    reasons: Vec<ApiReason>,
}

#[derive(Serialize)]
struct ApiReason {
    text: String,
    #[serde(flatten)]
    detail: Reason,
}

#[derive(Serialize)]
struct ApiMatches {
    organization: String,
    name: String,
    matches: Vec<ApiMatch>,
}

#[get("/api/v1/organizations/{slug}/matches")]
pub async fn api(
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
    query: web::Query<ApiQuery>,
) -> Result<HttpResponse, ApiError> {
    let limit = query.limit.unwrap_or(API_DEFAULT_LIMIT);
    if limit == 0 || limit > API_MAX_LIMIT {
        return Err(ApiError::BadRequest(format!(
            "limit must be between 1 and {API_MAX_LIMIT}"
        )));
    }
    let snapshot = index.current(db.get_ref()).await?;
    let a = snapshot
        .index_of(&slug)
        .ok_or_else(|| ApiError::NotFound(format!("no organization \"{slug}\"")))?;
    let engine = &snapshot.engine;
    let matches = engine
        .top(a, limit)
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let p = engine.profile(m.index);
            let meta = &snapshot.orgs[m.index];
            ApiMatch {
                rank: i + 1,
                partner: ApiPartner {
                    slug: meta.slug.clone(),
                    name: p.name.clone(),
                    kind: p.kind.id(),
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
                    .map(|r| ApiReason {
                        text: r.text(),
                        detail: r,
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(ApiMatches {
        organization: slug.into_inner(),
        name: engine.profile(a).name.clone(),
        matches,
    }))
}

#[derive(Template)]
#[template(path = "matches/how_scores_work.html")]
struct HowScoresWorkPage {
    visitor: Visitor,
}

#[get("/how-scores-work")]
pub async fn how_scores_work(visitor: Visitor) -> Result<HttpResponse, AppError> {
    ok(&HowScoresWorkPage { visitor })
}
