//! What people take away from a scheduled event: an organization's agenda
//! (printable, CSV, .xlsx, .ics) and, for the organizer, the table plan
//! (printable, CSV, .xlsx) and table cards.

use std::collections::HashMap;

use actix_web::http::header::CONTENT_DISPOSITION;
use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use super::{is_organizer, load, require_organizer};
use crate::agenda::{AGENDA_HEADER, AgendaItem, agenda_rows, ics, sheet};
use crate::db::{self, events::Event};
use crate::error::{AppError, ok};
use crate::match_index::{MatchIndex, Snapshot};
use crate::page::Visitor;

pub const OUTCOMES: [(&str, &str); 4] = [
    ("follow_up", "Follow-up agreed"),
    ("agreement", "MoU or agreement"),
    ("project", "Project started"),
    ("no_fit", "No fit"),
];

pub fn outcome_label(id: Option<&str>) -> &'static str {
    OUTCOMES
        .iter()
        .find(|(k, _)| Some(*k) == id)
        .map(|(_, l)| *l)
        .unwrap_or("")
}

/// The meetings of `org`, in time order, with partners and reasons seen from
/// `org`'s side (the partners' private needs stay hidden).
pub fn agenda_items(
    event: &Event,
    snapshot: &Snapshot,
    meetings: &[entity::meeting::Model],
    org: i32,
    participants: &[db::events::Participant],
) -> Vec<AgendaItem> {
    let spec = &event.spec;
    let names: HashMap<i32, (&str, &str)> = participants
        .iter()
        .map(|p| (p.organization_id, (p.name.as_str(), p.slug.as_str())))
        .collect();
    let name = |id: i32| {
        names
            .get(&id)
            .map(|n| n.0.to_owned())
            .or_else(|| {
                snapshot
                    .index_of_id(id)
                    .map(|i| snapshot.engine.profile(i).name.clone())
            })
            .unwrap_or_else(|| "(left the event)".to_owned())
    };
    let mut items: Vec<AgendaItem> = meetings
        .iter()
        .filter(|m| m.org_a == org || m.org_b == org || m.org_c == Some(org))
        .map(|m| {
            let others: Vec<i32> = [Some(m.org_a), Some(m.org_b), m.org_c]
                .into_iter()
                .flatten()
                .filter(|o| *o != org)
                .collect();
            let reasons = if m.org_c.is_some() {
                serde_json::from_str(&m.reasons).unwrap_or_default()
            } else {
                match (snapshot.index_of_id(org), snapshot.index_of_id(others[0])) {
                    (Some(a), Some(b)) => snapshot
                        .engine
                        .explain(a, b)
                        .into_iter()
                        .map(|mut r| {
                            r.redact(true, false);
                            r.text()
                        })
                        .collect(),
                    _ => Vec::new(),
                }
            };
            AgendaItem {
                meeting_id: m.id,
                slot: m.slot as usize,
                time: spec
                    .slots
                    .get(m.slot as usize)
                    .map(|s| s.label())
                    .unwrap_or_default(),
                table: spec
                    .tables
                    .get(m.table_index as usize)
                    .map(|t| t.name.clone())
                    .unwrap_or_default(),
                partner_slugs: others
                    .iter()
                    .map(|o| {
                        names
                            .get(o)
                            .map(|n| n.1.to_owned())
                            .or_else(|| {
                                snapshot
                                    .index_of_id(*o)
                                    .map(|i| snapshot.orgs[i].slug.clone())
                            })
                            .unwrap_or_default()
                    })
                    .collect(),
                partners: others.into_iter().map(name).collect(),
                topic: m.topic.clone(),
                score: m.score,
                reasons,
                outcome: m.outcome.clone(),
                note: m.note.clone(),
            }
        })
        .collect();
    items.sort_by_key(|i| i.slot);
    items
}

/// The agenda of the organization `org_slug`: its own, or any for the organizer.
async fn agenda_of(
    visitor: &Visitor,
    db: &DatabaseConnection,
    index: &MatchIndex,
    slug: &str,
    org_slug: &str,
) -> Result<(Event, String, Vec<AgendaItem>), AppError> {
    let user = visitor.require_user(&format!("/events/{slug}/agenda/{org_slug}"))?;
    let event = load(db, slug).await?;
    let participants = db::events::participants(db, event.id).await?;
    let who = participants
        .iter()
        .find(|p| p.slug == org_slug)
        .ok_or(AppError::NotFound)?;
    if who.organization_id != user.organization_id && !is_organizer(visitor) {
        return Err(AppError::Forbidden(
            "Only the organization itself and the organizers see its agenda.",
        ));
    }
    let snapshot = index.current(db).await?;
    let meetings = db::events::meetings(db, event.id).await?;
    let items = agenda_items(
        &event,
        &snapshot,
        &meetings,
        who.organization_id,
        &participants,
    );
    Ok((event, who.name.clone(), items))
}

#[derive(Template)]
#[template(path = "events/agenda.html")]
struct AgendaPage {
    event_name: String,
    event_slug: String,
    org_slug: String,
    date: String,
    venue: String,
    time_zone: String,
    name: String,
    items: Vec<AgendaItem>,
}

#[get("/events/{slug}/agenda/{org}")]
pub async fn agenda_page(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, org) = path.into_inner();
    let (event, name, items) = agenda_of(&visitor, db.get_ref(), &index, &slug, &org).await?;
    ok(&AgendaPage {
        event_name: event.spec.name.clone(),
        event_slug: event.slug.clone(),
        org_slug: org,
        date: event.spec.date.format("%A %-d %B %Y").to_string(),
        venue: event.spec.venue.clone(),
        time_zone: event.spec.time_zone.name().to_owned(),
        name,
        items,
    })
}

fn download(file_name: String, content_type: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .body(body)
}

const CSV: &str = "text/csv; charset=utf-8";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ICS: &str = "text/calendar; charset=utf-8";

/// The sheet formats of the exports: `xlsx` (true) or `csv` (false); any
/// other extension is not a page here.
fn sheet_format(extension: &str) -> Result<bool, AppError> {
    match extension {
        "csv" => Ok(false),
        "xlsx" => Ok(true),
        _ => Err(AppError::NotFound),
    }
}

/// Rows under a header as a CSV or Excel download named `{stem}.{csv|xlsx}`.
fn sheet_download(
    sheet_name: &str,
    stem: &str,
    header: &[&str],
    rows: &[Vec<String>],
    xlsx: bool,
) -> Result<HttpResponse, AppError> {
    let (ext, content_type) = if xlsx { ("xlsx", XLSX) } else { ("csv", CSV) };
    Ok(download(
        format!("{stem}.{ext}"),
        content_type,
        sheet(sheet_name, header, rows, xlsx)?,
    ))
}

#[get("/events/{slug}/agenda/{org}/export.{format}")]
pub async fn agenda_file(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, org, format) = path.into_inner();
    if !matches!(format.as_str(), "csv" | "xlsx" | "ics") {
        return Err(AppError::NotFound);
    }
    let (event, name, items) = agenda_of(&visitor, db.get_ref(), &index, &slug, &org).await?;
    let stem = format!("agenda-{slug}-{org}");
    if format == "ics" {
        return Ok(download(
            format!("{stem}.ics"),
            ICS,
            ics(&event.spec, &event.slug, &name, &items).into_bytes(),
        ));
    }
    sheet_download(
        "Agenda",
        &stem,
        &AGENDA_HEADER,
        &agenda_rows(&items),
        sheet_format(&format)?,
    )
}

/// One table in one slot.
pub struct PlanRow {
    pub slot: usize,
    pub time: String,
    pub table: String,
    pub participants: Vec<String>,
    pub topic: String,
    pub score: f64,
    pub outcome: &'static str,
    pub note: String,
}

/// The plan's columns; after the session its outcomes are the record for the
/// next edition.
pub const PLAN_HEADER: [&str; 7] = [
    "Time",
    "Table",
    "Participants",
    "Topic",
    "Score",
    "Outcome",
    "Note",
];

async fn plan(db: &DatabaseConnection, event: &Event) -> Result<Vec<PlanRow>, AppError> {
    let names: HashMap<i32, String> = db::events::participants(db, event.id)
        .await?
        .into_iter()
        .map(|p| (p.organization_id, p.name))
        .collect();
    let name = |id: i32| {
        names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| "(left the event)".into())
    };
    Ok(db::events::meetings(db, event.id)
        .await?
        .into_iter()
        .map(|m| PlanRow {
            slot: m.slot as usize,
            time: event
                .spec
                .slots
                .get(m.slot as usize)
                .map(|s| s.label())
                .unwrap_or_default(),
            table: event
                .spec
                .tables
                .get(m.table_index as usize)
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            participants: [Some(m.org_a), Some(m.org_b), m.org_c]
                .into_iter()
                .flatten()
                .map(name)
                .collect(),
            topic: m.topic,
            score: m.score,
            outcome: outcome_label(m.outcome.as_deref()),
            note: m.note,
        })
        .collect())
}

#[derive(Template)]
#[template(path = "events/plan.html")]
struct PlanPage {
    event_name: String,
    date: String,
    venue: String,
    slots: Vec<(String, Vec<PlanRow>)>,
}

fn by_slot(event: &Event, rows: Vec<PlanRow>) -> Vec<(String, Vec<PlanRow>)> {
    let mut slots: Vec<(String, Vec<PlanRow>)> = event
        .spec
        .slots
        .iter()
        .map(|s| (s.label(), Vec::new()))
        .collect();
    for r in rows {
        if let Some(s) = slots.get_mut(r.slot) {
            s.1.push(r);
        }
    }
    slots
}

#[get("/events/{slug}/plan")]
pub async fn plan_page(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    require_organizer(&visitor, &format!("/events/{slug}/plan"))?;
    let event = load(db.get_ref(), &slug).await?;
    let rows = plan(db.get_ref(), &event).await?;
    ok(&PlanPage {
        event_name: event.spec.name.clone(),
        date: event.spec.date.format("%A %-d %B %Y").to_string(),
        venue: event.spec.venue.clone(),
        slots: by_slot(&event, rows),
    })
}

#[get("/events/{slug}/plan/export.{format}")]
pub async fn plan_file(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, format) = path.into_inner();
    let xlsx = sheet_format(&format)?;
    require_organizer(&visitor, &format!("/events/{slug}/plan"))?;
    let event = load(db.get_ref(), &slug).await?;
    let rows: Vec<Vec<String>> = plan(db.get_ref(), &event)
        .await?
        .into_iter()
        .map(|r| {
            vec![
                r.time,
                r.table,
                r.participants.join("; "),
                r.topic,
                format!("{:.1}", r.score),
                r.outcome.to_owned(),
                r.note,
            ]
        })
        .collect();
    sheet_download(
        "Table plan",
        &format!("table-plan-{slug}"),
        &PLAN_HEADER,
        &rows,
        xlsx,
    )
}

/// One card per table: its name and who sits there in each slot.
pub struct Card {
    pub table: String,
    pub seats: u32,
    pub slots: Vec<(String, Vec<String>, String)>,
}

#[derive(Template)]
#[template(path = "events/cards.html")]
struct CardsPage {
    event_name: String,
    cards: Vec<Card>,
}

#[get("/events/{slug}/cards")]
pub async fn cards_page(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    require_organizer(&visitor, &format!("/events/{slug}/cards"))?;
    let event = load(db.get_ref(), &slug).await?;
    let rows = plan(db.get_ref(), &event).await?;
    let mut by_table: HashMap<String, Vec<PlanRow>> = HashMap::new();
    for r in rows {
        by_table.entry(r.table.clone()).or_default().push(r);
    }
    let cards = event
        .spec
        .tables
        .iter()
        .filter_map(|t| {
            let mut rows = by_table.remove(&t.name)?;
            rows.sort_by_key(|r| r.slot);
            Some(Card {
                table: t.name.clone(),
                seats: t.seats,
                slots: rows
                    .into_iter()
                    .map(|r| (r.time, r.participants, r.topic))
                    .collect(),
            })
        })
        .collect();
    ok(&CardsPage {
        event_name: event.spec.name.clone(),
        cards,
    })
}

pub const PARTICIPANTS_HEADER: [&str; 8] = [
    "Organization",
    "Kind",
    "Country",
    "Languages",
    "Contact e-mail",
    "Website",
    "Meetings",
    "Not available",
];

/// The participant list for the organizer: badges, name cards, contacts.
#[get("/events/{slug}/participants/export.{format}")]
pub async fn participants_file(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, format) = path.into_inner();
    let xlsx = sheet_format(&format)?;
    require_organizer(&visitor, &format!("/events/{slug}/schedule"))?;
    let event = load(db.get_ref(), &slug).await?;
    let snapshot = index.current(db.get_ref()).await?;
    let meetings = db::events::meetings(db.get_ref(), event.id).await?;
    let mut count: HashMap<i32, usize> = HashMap::new();
    for m in &meetings {
        for o in [Some(m.org_a), Some(m.org_b), m.org_c]
            .into_iter()
            .flatten()
        {
            *count.entry(o).or_default() += 1;
        }
    }
    let rows: Vec<Vec<String>> = db::events::participants(db.get_ref(), event.id)
        .await?
        .into_iter()
        .map(|p| {
            let i = snapshot.index_of_id(p.organization_id);
            let profile = i.map(|i| snapshot.engine.profile(i));
            let meta = i.map(|i| &snapshot.orgs[i]);
            vec![
                p.name.clone(),
                profile
                    .map(|p| p.kind.label().to_owned())
                    .unwrap_or_default(),
                profile
                    .and_then(|p| p.country.as_deref())
                    .and_then(crate::domain::profile::country_name)
                    .unwrap_or_default()
                    .to_owned(),
                profile.map(|p| p.languages.join(", ")).unwrap_or_default(),
                meta.and_then(|m| m.contact_email.clone())
                    .unwrap_or_default(),
                meta.and_then(|m| m.website.clone()).unwrap_or_default(),
                count
                    .get(&p.organization_id)
                    .copied()
                    .unwrap_or(0)
                    .to_string(),
                p.blocked
                    .iter()
                    .filter_map(|s| event.spec.slots.get(*s).map(|s| s.label()))
                    .collect::<Vec<_>>()
                    .join("; "),
            ]
        })
        .collect();
    sheet_download(
        "Participants",
        &format!("participants-{slug}"),
        &PARTICIPANTS_HEADER,
        &rows,
        xlsx,
    )
}
