//! The landscape of the field, for anyone: `GET /landscape` (a heat map of
//! needs covered by theme and region, the unmet needs, the topics offered
//! most and least, the field's providers) with filters in the URL, and every
//! table behind a picture as a file: `GET /landscape/export.{csv|xlsx}?table=…`.
//! Public data only: private needs are counted, never named.

use std::sync::Arc;

use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use crate::db;
use crate::domain::profile::{OrgKind, REGIONS};
use crate::search::RawSearch;
use crate::search::THEMES;
use crate::services::landscape::{Landscape, Landscapes, Scope, UnmetNeed};
use crate::services::match_index::MatchIndex;
use crate::web::charts::{Bars, HeatMap, bars, heatmap};
use crate::web::error::AppError;
use crate::web::respond::{ok, sheet_download, sheet_format};
use crate::web::visitor::Visitor;

/// Unmet needs listed on the page (all of them are in the files).
pub const UNMET_SHOWN: usize = 200;

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct LandscapeQuery {
    theme: String,
    region: String,
    kind: String,
    language: String,
    /// An event's address: the needs of its participants, covered by each other.
    event: String,
    /// Which table a file holds.
    table: String,
}

impl LandscapeQuery {
    /// The query of this view, for links to its files.
    fn to_query(&self) -> String {
        let pairs: Vec<(&str, &str)> = [
            ("theme", &self.theme),
            ("region", &self.region),
            ("kind", &self.kind),
            ("language", &self.language),
            ("event", &self.event),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k, v.as_str()))
        .collect();
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }

    /// The scope, and per wrong field what is wrong (that field is left out).
    async fn scope(
        &self,
        db: &DatabaseConnection,
    ) -> Result<(Scope, Vec<(&'static str, String)>), AppError> {
        let some = |s: &String| (!s.trim().is_empty()).then(|| s.clone());
        let (search, mut errors) = RawSearch {
            kind: some(&self.kind),
            region: some(&self.region),
            language: some(&self.language),
            theme: some(&self.theme),
            ..RawSearch::default()
        }
        .parse();
        let mut scope = Scope {
            theme: search.theme,
            region: search.region,
            kind: search.kind,
            language: search.language,
            members: None,
        };
        let event = self.event.trim();
        if !event.is_empty() {
            match db::events::find_by_slug(db, event).await? {
                Some(e) => {
                    let mut ids: Vec<i32> = db::participants::list(db, e.id)
                        .await?
                        .into_iter()
                        .map(|p| p.organization_id)
                        .collect();
                    ids.sort_unstable();
                    scope.members = Some(ids);
                }
                None => errors.push(("event", "Choose an event from the list.".into())),
            }
        }
        Ok((scope, errors))
    }
}

/// The unmet needs of one theme and region.
pub struct UnmetGroup<'a> {
    pub theme: &'a str,
    pub region: &'a str,
    pub needs: Vec<&'a UnmetNeed>,
}

fn groups(unmet: &[UnmetNeed], most: usize) -> Vec<UnmetGroup<'_>> {
    let mut out: Vec<UnmetGroup<'_>> = Vec::new();
    for n in unmet.iter().take(most) {
        match out.last_mut() {
            Some(g) if g.theme == n.theme && g.region == n.region => g.needs.push(n),
            _ => out.push(UnmetGroup {
                theme: &n.theme,
                region: &n.region,
                needs: vec![n],
            }),
        }
    }
    out
}

#[derive(Template)]
#[template(path = "landscape/index.html")]
struct LandscapePage<'a> {
    visitor: Visitor,
    query: LandscapeQuery,
    /// The view's query string, for the files.
    files: String,
    errors: Vec<(&'static str, String)>,
    view: &'a Landscape,
    heat: HeatMap,
    least: Bars,
    unmet: Vec<UnmetGroup<'a>>,
    kinds: Vec<(&'static str, String)>,
    regions: &'static [&'static str],
    themes: &'static [(&'static str, &'static str)],
    events: Vec<(String, String)>,
    /// The event in view, by name.
    event_name: String,
}

impl LandscapePage<'_> {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
}

async fn view(
    db: &DatabaseConnection,
    index: &MatchIndex,
    landscapes: &Landscapes,
    query: &LandscapeQuery,
) -> Result<(Arc<Landscape>, Vec<(&'static str, String)>), AppError> {
    let (scope, errors) = query.scope(db).await?;
    let snapshot = index.current(db).await?;
    Ok((landscapes.get(&snapshot, &scope), errors))
}

#[get("/landscape")]
pub async fn page(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    landscapes: web::Data<Landscapes>,
    query: web::Query<LandscapeQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let (view, errors) = view(db.get_ref(), &index, &landscapes, &query).await?;
    let events: Vec<(String, String)> = db::events::list(db.get_ref())
        .await?
        .into_iter()
        .map(|e| (e.slug, e.spec.name))
        .collect();
    let event_name = events
        .iter()
        .find(|(s, _)| *s == query.event.trim())
        .map(|(_, n)| n.clone())
        .unwrap_or_default();
    let lang = visitor.lang;
    let heat = heatmap(
        lang.t("chart-landscape-title"),
        lang.tr(
            "chart-landscape-desc",
            &[
                ("covered", &view.total.covered),
                ("needs", &view.total.needs),
            ],
        ),
        &view
            .themes
            .iter()
            .map(|t| crate::i18n::labels::theme(lang, t))
            .collect::<Vec<_>>(),
        &view
            .regions
            .iter()
            .map(|r| crate::i18n::labels::region(lang, r))
            .collect::<Vec<_>>(),
        &view.cells,
        crate::web::charts::Legend {
            title: lang.t("chart-legend-covered"),
            empty: lang.t("chart-legend-no-needs"),
        },
    );
    let least = bars(
        lang.t("chart-topics-title"),
        lang.t("chart-topics-desc"),
        &view
            .least_offered
            .iter()
            .map(|t| {
                (
                    crate::i18n::labels::topic(lang, &t.topic),
                    t.needs,
                    t.offers,
                )
            })
            .collect::<Vec<_>>(),
        (lang.t("org-needs"), lang.t("chart-offers")),
    );
    ok(&LandscapePage {
        visitor,
        files: query.to_query(),
        query,
        errors,
        heat,
        least,
        unmet: groups(&view.unmet, UNMET_SHOWN),
        view: &view,
        kinds: OrgKind::ALL
            .iter()
            .map(|k| (k.id(), lang.t(&k.message_id())))
            .collect(),
        regions: &REGIONS,
        themes: &THEMES,
        events,
        event_name,
    })
}

/// The columns of each table, as the files name them.
pub const COVERAGE_HEADER: [&str; 5] = ["Theme", "Region", "Needs", "Covered", "Covered (%)"];
pub const UNMET_HEADER: [&str; 5] = ["Theme", "Region", "Organization", "Need", "Profile"];
pub const TOPICS_HEADER: [&str; 5] = ["Topic", "Theme", "Offers", "Needs", "Unmet needs"];
pub const PROVIDERS_HEADER: [&str; 2] = ["Organization", "Needs of others covered"];

/// The rows of one of the landscape's tables.
fn table(view: &Landscape, name: &str) -> Option<(&'static [&'static str], Vec<Vec<String>>)> {
    Some(match name {
        "coverage" => (
            &COVERAGE_HEADER,
            view.themes
                .iter()
                .zip(&view.cells)
                .flat_map(|(theme, row)| {
                    view.regions.iter().zip(row).map(move |(region, c)| {
                        vec![
                            theme.clone(),
                            region.clone(),
                            c.needs.to_string(),
                            c.covered.to_string(),
                            c.percent().map(|p| p.to_string()).unwrap_or_default(),
                        ]
                    })
                })
                .collect(),
        ),
        "unmet" => (
            &UNMET_HEADER,
            view.unmet
                .iter()
                .map(|n| {
                    vec![
                        n.theme.clone(),
                        n.region.clone(),
                        n.organization.clone(),
                        n.need.clone(),
                        format!("/organizations/{}", n.slug),
                    ]
                })
                .collect(),
        ),
        "topics" => (
            &TOPICS_HEADER,
            view.topics
                .iter()
                .map(|t| {
                    vec![
                        t.topic.clone(),
                        t.theme.clone(),
                        t.offers.to_string(),
                        t.needs.to_string(),
                        t.unmet.to_string(),
                    ]
                })
                .collect(),
        ),
        "providers" => (
            &PROVIDERS_HEADER,
            view.providers
                .iter()
                .map(|p| vec![p.organization.clone(), p.needs_covered.to_string()])
                .collect(),
        ),
        _ => return None,
    })
}

#[get("/landscape/export.{format}")]
pub async fn file(
    lang: crate::i18n::Lang,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    landscapes: web::Data<Landscapes>,
    format: web::Path<String>,
    query: web::Query<LandscapeQuery>,
) -> Result<HttpResponse, AppError> {
    let xlsx = sheet_format(&format)?;
    let (view, errors) = view(db.get_ref(), &index, &landscapes, &query).await?;
    if let Some((field, message)) = errors.first() {
        return Err(AppError::BadRequest(format!("{field}: {message}")));
    }
    let name = query.table.trim();
    let (header, rows) = table(&view, name).ok_or_else(|| {
        AppError::BadRequest(crate::i18n::message("refused-landscape-table", &[]))
    })?;
    sheet_download(
        lang,
        "Landscape",
        &format!("roundtable-landscape-{name}"),
        header,
        &rows,
        xlsx,
    )
}
