//! Partner suggestions: the page, the JSON API and the page that explains scores.

use actix_web::{HttpRequest, HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use crate::db;
use crate::domain::interest::{Mark, Marks};
use crate::domain::profile::{OrgKind, REGIONS, is_safe_link, region_message};
use crate::exports::{self, ExportRow};
use crate::i18n::{Lang, labels};
use crate::matching::rounded;
use crate::matching::{Filter, Match, Reason};
use crate::services::match_index::{MatchIndex, Snapshot};
use crate::services::suggestions::{self, export_rows};
use crate::web::error::AppError;
use crate::web::respond::download;
use crate::web::respond::ok;
use crate::web::visitor::Visitor;

/// Suggestions shown on the page.
pub const PAGE_SIZE: usize = 25;

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
    /// (your need, who they are)
    pub they_fit: Vec<(String, String)>,
    /// (their need, who you are)
    pub you_fit: Vec<(String, String)>,
    /// The topics you both work on.
    pub same_field: Vec<String>,
    pub context: Vec<String>,
}

impl MatchView {
    /// `show_yours`, `show_theirs`: whether the viewer may read the private
    /// needs of `a` and of the partner ([`Reason::redact`]).
    fn new(
        lang: Lang,
        snapshot: &Snapshot,
        a: usize,
        rank: usize,
        m: &Match,
        show_yours: bool,
        show_theirs: bool,
    ) -> Self {
        let p = snapshot.engine.profile(m.index);
        let mut view = MatchView {
            rank,
            name: p.name.clone(),
            slug: snapshot.orgs[m.index].slug.clone(),
            kind: lang.t(&p.kind.message_id()),
            place: [
                p.country
                    .as_deref()
                    .and_then(|c| crate::i18n::names::country(lang, c)),
                p.region.as_deref().map(|r| lang.t(&region_message(r))),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
            score: rounded(m.score),
            they_cover: Vec::new(),
            you_cover: Vec::new(),
            they_fit: Vec::new(),
            you_fit: Vec::new(),
            same_field: Vec::new(),
            context: Vec::new(),
        };
        for mut reason in snapshot.explain(a, m.index) {
            reason.redact(show_yours, show_theirs);
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
                Reason::TheyFitYourNeed {
                    your_need,
                    they_are,
                    who,
                    ..
                } => view
                    .they_fit
                    .push((your_need, labels::who(lang, &they_are, &who))),
                Reason::YouFitTheirNeed {
                    their_need,
                    you_are,
                    who,
                    ..
                } => view
                    .you_fit
                    .push((their_need, labels::who(lang, &you_are, &who))),
                Reason::SameField { topics } => {
                    view.same_field = topics.iter().map(|t| labels::topic(lang, t)).collect();
                }
                other => view
                    .context
                    .push(crate::i18n::reasons::context(lang, &other)),
            }
        }
        view
    }

    /// The score as a whole number, for the bar's label.
    /// Halves round up, as everywhere else (74.5 → 75).
    pub fn score_label(&self) -> String {
        crate::matching::whole(self.score)
    }
}

/// The filters of the match list, as they come in the URL.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ListQuery {
    pub kind: String,
    pub region: String,
    pub language: String,
    pub min_score: String,
    pub show_hidden: String,
    pub page: String,
}

impl ListQuery {
    pub fn filter(&self) -> Result<Filter, AppError> {
        Filter::parse(&self.kind, &self.region, &self.language, &self.min_score).map_err(|what| {
            AppError::BadRequest(crate::i18n::message(
                "refused-filter-value",
                &[("filter", &what)],
            ))
        })
    }

    /// The filter with every value it can use; each value it cannot is left
    /// out and named, with what to type instead, for the filter form.
    fn filter_or_errors(&self) -> (Filter, Vec<(&'static str, &'static str)>) {
        let mut usable = self.clone();
        let mut errors = Vec::new();
        loop {
            match Filter::parse(
                &usable.kind,
                &usable.region,
                &usable.language,
                &usable.min_score,
            ) {
                Ok(filter) => return (filter, errors),
                Err(field) => {
                    let (name, message) = match field {
                        "kind" => ("kind", "Choose a kind from the list."),
                        "region" => ("region", "Choose a region from the list."),
                        "language" => (
                            "language",
                            "Type a language code such as fr, or leave the field empty.",
                        ),
                        _ => ("min_score", "The minimum score is a number from 0 to 100."),
                    };
                    match name {
                        "kind" => usable.kind.clear(),
                        "region" => usable.region.clear(),
                        "language" => usable.language.clear(),
                        _ => usable.min_score.clear(),
                    }
                    errors.push((name, message));
                }
            }
        }
    }

    fn page(&self) -> usize {
        self.page
            .trim()
            .parse::<usize>()
            .unwrap_or(1)
            .clamp(1, 100_000)
    }

    pub fn show_hidden(&self) -> bool {
        !self.show_hidden.is_empty() && self.show_hidden != "0"
    }

    /// The query string with the page replaced (None: without a page).
    fn with_page(&self, page: Option<usize>) -> String {
        let mut params: Vec<(&str, String)> = [
            ("kind", &self.kind),
            ("region", &self.region),
            ("language", &self.language),
            ("min_score", &self.min_score),
            ("show_hidden", &self.show_hidden),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k, v.trim().to_owned()))
        .collect();
        if let Some(p) = page {
            params.push(("page", p.to_string()));
        }
        serde_urlencoded::to_string(params).unwrap_or_default()
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
    matches: Vec<(MatchView, Option<&'static str>, bool)>,
    query: ListQuery,
    /// Filter values left out, by field, with what to type instead.
    filter_errors: Vec<(&'static str, &'static str)>,
    total: usize,
    /// The suggestions may not show the latest edits yet.
    updating: bool,
    page: usize,
    pages: usize,
    here: String,
}

impl MatchesPage {
    fn filter_error(&self, field: &str) -> Option<&'static str> {
        self.filter_errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| *m)
    }

    fn kinds(&self) -> Vec<(&'static str, String)> {
        OrgKind::ALL
            .iter()
            .map(|k| (k.id(), self.visitor.t(k.message_id())))
            .collect()
    }

    fn regions(&self) -> &'static [&'static str] {
        &REGIONS
    }

    fn page_link(&self, page: usize) -> String {
        format!(
            "/organizations/{}/matches?{}",
            self.slug,
            self.query.with_page(Some(page))
        )
    }

    fn export_link(&self, format: &str) -> String {
        format!(
            "/organizations/{}/matches/export.{format}?{}",
            self.slug,
            self.query.with_page(None)
        )
    }

    fn print_link(&self) -> String {
        format!(
            "/organizations/{}/matches/print?{}",
            self.slug,
            self.query.with_page(None)
        )
    }
}

async fn marks_if_own(
    visitor: &Visitor,
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    a: usize,
) -> Result<Option<Marks>, AppError> {
    match &visitor.user {
        Some(u) if u.organization_id == snapshot.orgs[a].id => {
            Ok(Some(db::interests::of(db, u.organization_id).await?))
        }
        _ => Ok(None),
    }
}

#[get("/organizations/{slug}/matches")]
pub async fn list(
    req: HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    // A value the filters cannot use is shown on the filter form, not as an error page.
    let (filter, filter_errors) = query.filter_or_errors();
    let (snapshot, a) = index.ranking_of(db.get_ref(), &slug).await?;
    let a = a.ok_or(AppError::NotFound)?;
    // Out of the public directory: for logged-in organizations only, and
    // suggested only to them.
    if snapshot.orgs[a].hidden {
        visitor.require_user(&format!("/organizations/{slug}/matches"))?;
    }
    let marks = marks_if_own(&visitor, db.get_ref(), &snapshot, a).await?;
    let reader = suggestions::Reader {
        marks: marks.as_ref(),
        show_hidden: query.show_hidden(),
        public_only: visitor.user.is_none(),
    };
    let shown = |page: usize| {
        suggestions::page(
            &snapshot,
            a,
            &filter,
            reader,
            ((page - 1) * PAGE_SIZE, PAGE_SIZE),
        )
    };
    let mut page = query.page();
    let (mut total, mut window) = shown(page);
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    if page > pages {
        // Past the end: the last page.
        page = pages;
        (total, window) = shown(page);
    }
    let matches = window
        .iter()
        .enumerate()
        .map(|(i, e)| (i + (page - 1) * PAGE_SIZE, e))
        .map(|(i, e)| {
            (
                MatchView::new(
                    visitor.lang,
                    &snapshot,
                    a,
                    i + 1,
                    &e.m,
                    marks.is_some(),
                    e.mutual,
                ),
                e.mark.map(Mark::id),
                e.mutual,
            )
        })
        .collect();
    let me = snapshot.engine.profile(a);
    ok(&MatchesPage {
        is_own: marks.is_some(),
        visitor,
        name: me.name.clone(),
        slug: slug.into_inner(),
        has_items: !me.needs.is_empty() || !me.capabilities.is_empty(),
        matches,
        here: req.uri().to_string(),
        query,
        filter_errors,
        total,
        page,
        pages,
        updating: index.is_updating(),
    })
}

/// A partner with mutual interest, with its contact details.
struct MutualView {
    name: String,
    slug: String,
    score: f64,
    website: Option<String>,
    contact_email: Option<String>,
    /// The e-mail addresses of its accounts: the people behind the profile.
    people: Vec<String>,
}

#[derive(Template)]
#[template(path = "matches/mutual.html")]
struct MutualPage {
    visitor: Visitor,
    name: String,
    slug: String,
    partners: Vec<MutualView>,
}

#[get("/organizations/{slug}/mutual")]
pub async fn mutual_page(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    visitor.require_user(&format!("/organizations/{slug}/mutual"))?;
    let snapshot = index.current(db.get_ref()).await?;
    let a = snapshot.index_of(&slug).ok_or(AppError::NotFound)?;
    let marks = marks_if_own(&visitor, db.get_ref(), &snapshot, a)
        .await?
        .ok_or(AppError::Forbidden("error-mutual-own-only"))?;
    let mut partners: Vec<MutualView> = (0..snapshot.engine.len())
        .filter(|b| marks.is_mutual(snapshot.orgs[*b].id))
        .map(|b| MutualView {
            name: snapshot.engine.profile(b).name.clone(),
            slug: snapshot.orgs[b].slug.clone(),
            score: rounded(snapshot.engine.pair(a, b).score),
            website: snapshot.orgs[b].website.clone().filter(|w| is_safe_link(w)),
            contact_email: snapshot.orgs[b].contact_email.clone(),
            people: Vec::new(),
        })
        .collect();
    let ids: Vec<i32> = (0..snapshot.engine.len())
        .filter(|b| marks.is_mutual(snapshot.orgs[*b].id))
        .map(|b| snapshot.orgs[b].id)
        .collect();
    let mut people = db::accounts::emails_of(db.get_ref(), &ids).await?;
    for (p, id) in partners.iter_mut().zip(&ids) {
        p.people = people.remove(id).unwrap_or_default();
        p.people.retain(|e| Some(e) != p.contact_email.as_ref());
    }
    partners.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| x.name.cmp(&y.name))
    });
    ok(&MutualPage {
        visitor,
        name: snapshot.engine.profile(a).name.clone(),
        slug: slug.into_inner(),
        partners,
    })
}

/// The owner's list with its filters: what exports and the printable page use.
async fn own_rows(
    visitor: &Visitor,
    db: &DatabaseConnection,
    index: &MatchIndex,
    slug: &str,
    query: &ListQuery,
    what: &str,
) -> Result<Vec<ExportRow>, AppError> {
    visitor.require_user(&format!("/organizations/{slug}/matches"))?;
    let filter = query.filter()?;
    let snapshot = index.current(db).await?;
    let a = snapshot.index_of(slug).ok_or(AppError::NotFound)?;
    let marks = marks_if_own(visitor, db, &snapshot, a)
        .await?
        .ok_or(AppError::Forbidden(match what {
            "print" => "error-print-own-only",
            _ => "error-export-own-only",
        }))?;
    // Files and the printable page are in the reader's language (the API's
    // files keep the engine's English).
    Ok(export_rows(
        visitor.lang,
        &snapshot,
        a,
        &filter,
        &marks,
        query.show_hidden(),
    ))
}

#[get("/organizations/{slug}/matches/export.{format}")]
pub async fn export_file(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    path: web::Path<(String, String)>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, format) = path.into_inner();
    let format = exports::Format::parse(&format).ok_or(AppError::NotFound)?;
    let rows = own_rows(&visitor, db.get_ref(), &index, &slug, &query, "export").await?;
    Ok(file_response(visitor.lang, &slug, &rows, format)?)
}

/// An export as a download: `roundtable-matches-{slug}-{date}.{ext}`.
pub fn file_response(
    lang: Lang,
    slug: &str,
    rows: &[ExportRow],
    format: exports::Format,
) -> anyhow::Result<HttpResponse> {
    Ok(download(
        &exports::file_name(slug, format, chrono::Utc::now().date_naive()),
        format.content_type(),
        exports::render_in(lang, rows, format)?,
    ))
}

/// The strongest reasons of each suggestion on paper; the rest are counted.
pub const PRINTED_REASONS: usize = 3;

#[derive(Template)]
#[template(path = "matches/print.html")]
struct PrintPage {
    visitor: Visitor,
    name: String,
    date: String,
    rows: Vec<ExportRow>,
}

#[get("/organizations/{slug}/matches/print")]
pub async fn print_page(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let rows = own_rows(&visitor, db.get_ref(), &index, &slug, &query, "print").await?;
    let name = visitor
        .user
        .as_ref()
        .map(|u| u.organization_name.clone())
        .unwrap_or_default();
    ok(&PrintPage {
        name,
        date: crate::i18n::format::date(visitor.lang, chrono::Utc::now().date_naive()),
        rows,
        visitor,
    })
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
