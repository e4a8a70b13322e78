//! The session in numbers and pictures: `GET /events/{slug}/report`, for the
//! event's organizers and participants, printable on A4 as the organizers'
//! report to the hosts, with its tables as files
//! (`GET /events/{slug}/report/export.{csv|xlsx}?table=themes|regions|needs`).

use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::EventView;
use crate::db;
use crate::domain::event::Event;
use crate::domain::meeting::Outcome;
use crate::services::event_report::{self, SessionReport};
use crate::services::match_index::MatchIndex;
use crate::web::charts::{Bars, bars};
use crate::web::error::AppError;
use crate::web::extract::EventBySlug;
use crate::web::respond::{ok, sheet_download, sheet_format};
use crate::web::visitor::Visitor;

/// The report, for an organizer or a participant of the event.
async fn report_of(
    visitor: &Visitor,
    db: &DatabaseConnection,
    index: &MatchIndex,
    event: &Event,
) -> Result<SessionReport, AppError> {
    let user = visitor.require_user(&format!("/events/{}/report", event.slug))?;
    let participants = db::participants::list(db, event.id).await?;
    let takes_part = participants
        .iter()
        .any(|p| p.organization_id == user.organization_id);
    if !takes_part && !crate::web::extract::organizes(db, visitor.user.as_ref(), event.id).await? {
        return Err(AppError::Forbidden("error-report-members-only"));
    }
    let meetings = db::meetings::list(db, event.id).await?;
    let requests = db::requests::list(db, event.id).await?;
    let snapshot = index.current(db).await?;
    Ok(event_report::compute(
        &snapshot,
        &event.spec,
        &participants,
        &meetings,
        &requests,
    ))
}

#[derive(Template)]
#[template(path = "events/report.html")]
struct ReportPage {
    visitor: Visitor,
    event: EventView,
    report: SessionReport,
    chart: Bars,
    outcome_labels: Vec<String>,
}

#[get("/events/{slug}/report")]
pub async fn page(
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
) -> Result<HttpResponse, AppError> {
    let report = report_of(&visitor, db.get_ref(), &index, &event).await?;
    let chart = bars(
        visitor.t("chart-report-title"),
        visitor.t("chart-report-desc"),
        &report
            .themes
            .iter()
            .map(|t| (visitor.theme(&t.theme), t.meetings, t.fruitful()))
            .collect::<Vec<_>>(),
        (
            visitor.t("chart-report-meetings"),
            visitor.t("chart-report-fruitful"),
        ),
    );
    let outcome_labels = Outcome::ALL
        .iter()
        .map(|o| o.label())
        .chain(std::iter::once("Not recorded"))
        .map(|l| visitor.outcome(l))
        .collect();
    ok(&ReportPage {
        event: EventView::new(visitor.lang, &event),
        visitor,
        report,
        chart,
        outcome_labels,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TableQuery {
    table: String,
}

#[get("/events/{slug}/report/export.{format}")]
pub async fn file(
    lang: crate::i18n::Lang,
    visitor: Visitor,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    path: web::Path<(String, String)>,
    query: web::Query<TableQuery>,
) -> Result<HttpResponse, AppError> {
    let xlsx = sheet_format(&path.1)?;
    let report = report_of(&visitor, db.get_ref(), &index, &event).await?;
    let table = query.table.trim();
    let (header, rows): (Vec<&str>, Vec<Vec<String>>) = match table {
        "themes" => (
            ["Theme", "Meetings"]
                .into_iter()
                .chain(Outcome::ALL.iter().map(|o| o.label()))
                .chain(["Not recorded"])
                .collect(),
            report
                .themes
                .iter()
                .map(|t| {
                    [t.theme.clone(), t.meetings.to_string()]
                        .into_iter()
                        .chain(t.outcomes.iter().map(u32::to_string))
                        .collect()
                })
                .collect(),
        ),
        "regions" => (
            vec!["Region", "Region", "Meetings"],
            report
                .region_pairs
                .iter()
                .map(|(x, y, n)| vec![x.clone(), y.clone(), n.to_string()])
                .collect(),
        ),
        "needs" => (
            vec!["Organization", "Need no meeting addressed"],
            report
                .unaddressed
                .iter()
                .map(|n| vec![n.organization.clone(), n.need.clone()])
                .collect(),
        ),
        _ => {
            return Err(AppError::BadRequest(
                "Choose a table: themes, regions or needs.".into(),
            ));
        }
    };
    sheet_download(
        lang,
        "Report",
        &format!("report-{}-{table}", event.slug),
        &header,
        &rows,
        xlsx,
    )
}
