//! The organizer's side of an event: participants, the schedule from one
//! button, its report, locking and moving meetings, and the outcomes.

use std::collections::{HashMap, HashSet};

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::agenda::{OUTCOMES, outcome_label};
use super::participation::PlainForm;
use super::{EventView, is_organizer, load, require_organizer, see_other};
use crate::csrf::CsrfToken;
use crate::db::{self, events::Event};
use crate::domain::char_len;
use crate::error::{AppError, ok};
use crate::event_schedule::{self, Rules};
use crate::import;
use crate::match_index::MatchIndex;
use crate::page::Visitor;
use crate::scheduling::{AT_CAP, NO_TIME};

pub struct MeetingRow {
    pub id: i32,
    pub table: String,
    pub participants: Vec<String>,
    pub topic: String,
    /// Why a group table was proposed (pairs are explained on the agendas).
    pub reasons: Vec<String>,
    pub origin: String,
    pub score: f64,
    pub locked: bool,
    pub outcome: &'static str,
    pub note: String,
}

pub struct Unplaced {
    pub who: String,
    pub reason: String,
}

pub struct Report {
    /// Meeting requests: accepted, pending, declined.
    pub requests: (usize, usize, usize),
    pub meetings: usize,
    pub groups: usize,
    pub total_score: f64,
    pub min: usize,
    pub median: usize,
    pub max: usize,
    pub unplaced: Vec<Unplaced>,
    pub per_participant: Vec<(String, String, usize)>,
    pub outcomes: Vec<(&'static str, usize)>,
}

#[derive(Template)]
#[template(path = "events/schedule.html")]
struct SchedulePage {
    visitor: Visitor,
    event: EventView,
    report: Report,
    /// Every slot's label and number of meetings.
    slot_labels: Vec<(String, usize)>,
    /// The slots shown, with their meetings (all, or the one chosen).
    slots: Vec<(usize, String, Vec<MeetingRow>)>,
    /// `None`: all slots are shown.
    shown: Option<usize>,
    tables: Vec<String>,
    notice: String,
    import_errors: Vec<String>,
}

impl SchedulePage {
    fn is_shown(&self, slot: &usize) -> bool {
        self.shown == Some(*slot)
    }
}

const NO_LANGUAGE: &str =
    "they share no working language, and the event has no interpretation for theirs";
const EXCLUDED: &str =
    "one side marked the other “not interested”, or they met before without a fit";

/// The report of the schedule as it is now (after hand moves too).
async fn report(
    db: &DatabaseConnection,
    index: &MatchIndex,
    event: &Event,
    participants: &[db::events::Participant],
    meetings: &[entity::meeting::Model],
) -> Result<Report, AppError> {
    let spec = &event.spec;
    let ids: Vec<i32> = participants.iter().map(|p| p.organization_id).collect();
    let names: HashMap<i32, &str> = participants
        .iter()
        .map(|p| (p.organization_id, p.name.as_str()))
        .collect();
    let rules = Rules::load(db, event.id, &ids).await?;
    let snapshot = index.current(db).await?;
    let languages = |o: i32| -> Vec<String> {
        snapshot
            .index_of_id(o)
            .map(|i| snapshot.engine.profile(i).languages.clone())
            .unwrap_or_default()
    };
    let mut count: HashMap<i32, usize> = HashMap::new();
    let mut busy: HashSet<(i32, usize)> = HashSet::new();
    let mut used = vec![0usize; spec.slots.len()];
    let mut met: HashSet<(i32, i32)> = HashSet::new();
    for m in meetings {
        let who: Vec<i32> = [Some(m.org_a), Some(m.org_b), m.org_c]
            .into_iter()
            .flatten()
            .collect();
        for &o in &who {
            *count.entry(o).or_default() += 1;
            busy.insert((o, m.slot as usize));
            for &p in &who {
                met.insert((o, p));
            }
        }
        if let Some(u) = used.get_mut(m.slot as usize) {
            *u += 1;
        }
    }
    let blocked: HashMap<i32, &Vec<usize>> = participants
        .iter()
        .map(|p| (p.organization_id, &p.blocked))
        .collect();
    let free = |o: i32, s: usize| {
        !busy.contains(&(o, s)) && !blocked.get(&o).is_some_and(|b| b.contains(&s))
    };
    let mut unplaced = Vec::new();
    let mut requests: Vec<&(i32, i32)> = rules.accepted.iter().chain(&rules.pending).collect();
    requests.sort();
    for &&(a, b) in &requests {
        if met.contains(&(a, b)) || !names.contains_key(&a) || !names.contains_key(&b) {
            continue;
        }
        let reason = if rules.excluded.contains(&(a, b)) {
            EXCLUDED
        } else if !spec.can_talk(&languages(a), &languages(b)) {
            NO_LANGUAGE
        } else if !(0..spec.slots.len())
            .any(|s| used[s] < spec.tables.len() && free(a, s) && free(b, s))
        {
            NO_TIME
        } else {
            AT_CAP
        };
        let state = if rules.accepted.contains(&(a, b)) {
            "accepted request"
        } else {
            "pending request"
        };
        unplaced.push(Unplaced {
            who: format!("{} and {} ({state})", names[&a], names[&b]),
            reason: reason.to_owned(),
        });
    }
    // Meetings that a later change of availability or of marks now breaks.
    for m in meetings.iter().filter(|m| m.outcome.is_none()) {
        let who: Vec<i32> = [Some(m.org_a), Some(m.org_b), m.org_c]
            .into_iter()
            .flatten()
            .collect();
        let label = || {
            format!(
                "Meeting of {} at {}",
                who.iter()
                    .map(|o| names.get(o).copied().unwrap_or("(left)"))
                    .collect::<Vec<_>>()
                    .join(" and "),
                spec.slots
                    .get(m.slot as usize)
                    .map(|s| s.label())
                    .unwrap_or_default()
            )
        };
        if let Some(o) = who.iter().find(|o| {
            blocked
                .get(o)
                .is_some_and(|b| b.contains(&(m.slot as usize)))
        }) {
            unplaced.push(Unplaced {
                who: label(),
                reason: format!(
                    "{} is no longer available then; move the meeting or re-run",
                    names.get(o).copied().unwrap_or("a participant")
                ),
            });
        } else if who.len() == 2
            && rules
                .excluded
                .contains(&(m.org_a.min(m.org_b), m.org_a.max(m.org_b)))
        {
            unplaced.push(Unplaced {
                who: label(),
                reason: format!("{EXCLUDED}; remove the meeting or re-run"),
            });
        }
    }
    let mut per_participant: Vec<(String, String, usize)> = participants
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                p.slug.clone(),
                count.get(&p.organization_id).copied().unwrap_or(0),
            )
        })
        .collect();
    if !meetings.is_empty() {
        for (name, _, n) in &per_participant {
            if *n < spec.min_meetings as usize {
                unplaced.push(Unplaced {
                    who: name.clone(),
                    reason: format!(
                        "only {n} of {} meetings: too few suggested partners who share a language are free at the same time",
                        spec.min_meetings
                    ),
                });
            }
        }
    }
    per_participant.sort_by(|x, y| x.2.cmp(&y.2).then(x.0.cmp(&y.0)));
    let mut counts: Vec<usize> = per_participant.iter().map(|p| p.2).collect();
    counts.sort_unstable();
    let (min, median, max) = match counts.len() {
        0 => (0, 0, 0),
        n => (counts[0], counts[n / 2], counts[n - 1]),
    };
    let outcomes = OUTCOMES
        .iter()
        .map(|(id, label)| {
            (
                *label,
                meetings
                    .iter()
                    .filter(|m| m.outcome.as_deref() == Some(*id))
                    .count(),
            )
        })
        .chain(std::iter::once((
            "Not yet recorded",
            meetings.iter().filter(|m| m.outcome.is_none()).count(),
        )))
        .collect();
    Ok(Report {
        // One request per pair, so the pairs count the requests.
        requests: (
            rules.accepted.len(),
            rules.pending.len(),
            rules.declined.len(),
        ),
        meetings: meetings.len(),
        groups: meetings.iter().filter(|m| m.org_c.is_some()).count(),
        total_score: (meetings.iter().map(|m| m.score).sum::<f64>() * 10.0).round() / 10.0,
        min,
        median,
        max,
        unplaced,
        per_participant,
        outcomes,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ScheduleQuery {
    done: String,
    /// A slot index, or `all`.
    slot: String,
}

/// Above this many meetings the page shows one slot at a time.
pub const ALL_SLOTS_UP_TO: usize = 200;

fn notice(done: &str) -> String {
    match done {
        "locked" => "The meeting is locked: re-runs keep it as it is.".into(),
        "unlocked" => "The meeting is unlocked: the next run may change it.".into(),
        "moved" => "The meeting was moved and locked there.".into(),
        "removed" => "The meeting was removed.".into(),
        "added" => "The participant was added.".into(),
        d if d.starts_with("built-") => format!(
            "The schedule is built: {} meetings placed.",
            d.trim_start_matches("built-")
        ),
        d if d.starts_with("imported-") => format!(
            "{} organizations imported and added as participants.",
            d.trim_start_matches("imported-")
        ),
        _ => String::new(),
    }
}

async fn schedule_page(
    visitor: Visitor,
    db: &DatabaseConnection,
    index: &MatchIndex,
    event: Event,
    notice: String,
    import_errors: Vec<String>,
    slot: &str,
) -> Result<SchedulePage, AppError> {
    let meetings = db::events::meetings(db, event.id).await?;
    let shown = match slot.trim() {
        "all" => None,
        "" if meetings.len() <= ALL_SLOTS_UP_TO => None,
        s => Some(
            s.parse::<usize>()
                .unwrap_or(0)
                .min(event.spec.slots.len().saturating_sub(1)),
        ),
    };
    let participants = db::events::participants(db, event.id).await?;
    let report = report(db, index, &event, &participants, &meetings).await?;
    let names: HashMap<i32, String> = participants
        .into_iter()
        .map(|p| (p.organization_id, p.name))
        .collect();
    let mut slot_labels: Vec<(String, usize)> =
        event.spec.slots.iter().map(|s| (s.label(), 0)).collect();
    let mut slots: Vec<(usize, String, Vec<MeetingRow>)> = slot_labels
        .iter()
        .enumerate()
        .filter(|(i, _)| shown.is_none_or(|s| s == *i))
        .map(|(i, (label, _))| (i, label.clone(), Vec::new()))
        .collect();
    for m in meetings {
        if let Some(l) = slot_labels.get_mut(m.slot as usize) {
            l.1 += 1;
        }
        if shown.is_some_and(|s| s != m.slot as usize) {
            continue;
        }
        let row = MeetingRow {
            id: m.id,
            table: event
                .spec
                .tables
                .get(m.table_index as usize)
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            participants: [Some(m.org_a), Some(m.org_b), m.org_c]
                .into_iter()
                .flatten()
                .map(|o| names.get(&o).cloned().unwrap_or_else(|| "(left)".into()))
                .collect(),
            topic: m.topic,
            reasons: serde_json::from_str(&m.reasons).unwrap_or_default(),
            origin: m.origin,
            score: m.score,
            locked: m.locked,
            outcome: outcome_label(m.outcome.as_deref()),
            note: m.note,
        };
        if let Some(s) = slots.iter_mut().find(|s| s.0 == m.slot as usize) {
            s.2.push(row);
        }
    }
    Ok(SchedulePage {
        tables: event.spec.tables.iter().map(|t| t.name.clone()).collect(),
        event: EventView::new(&event),
        visitor,
        report,
        slot_labels,
        slots,
        shown,
        notice,
        import_errors,
    })
}

#[get("/events/{slug}/schedule")]
pub async fn page(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
    query: web::Query<ScheduleQuery>,
) -> Result<HttpResponse, AppError> {
    require_organizer(&visitor, &format!("/events/{slug}/schedule"))?;
    let event = load(db.get_ref(), &slug).await?;
    ok(&schedule_page(
        visitor,
        db.get_ref(),
        &index,
        event,
        notice(&query.done),
        Vec::new(),
        &query.slot,
    )
    .await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BuildForm {
    csrf_token: String,
    /// Empty: the whole event; else the first slot that may change.
    from_slot: String,
}

#[post("/events/{slug}/schedule")]
pub async fn build(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
    form: web::Form<BuildForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    require_organizer(&visitor, &format!("/events/{slug}/schedule"))?;
    let event = load(db.get_ref(), &slug).await?;
    let from = match form.from_slot.trim() {
        "" => 0,
        v => v
            .parse::<usize>()
            .ok()
            .filter(|s| *s < event.spec.slots.len())
            .ok_or_else(|| AppError::BadRequest("Choose a time slot of this event.".into()))?,
    };
    let run = event_schedule::run(db.get_ref(), &index, &event, from)
        .await
        .map_err(|e| {
            let clash = e
                .downcast_ref::<sea_orm::DbErr>()
                .and_then(|d| d.sql_err())
                .is_some_and(|s| matches!(s, sea_orm::SqlErr::UniqueConstraintViolation(_)));
            if clash {
                AppError::BadRequest(
                    "The schedule changed while it was being built (someone else built it or moved a meeting). Nothing was changed; build it again.".into(),
                )
            } else {
                AppError::Unexpected(e)
            }
        })?;
    Ok(see_other(format!(
        "/events/{slug}/schedule?done=built-{}",
        run.placed + run.kept
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LockForm {
    csrf_token: String,
    locked: String,
}

#[post("/events/{slug}/meetings/{id}/lock")]
pub async fn lock(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, i32)>,
    form: web::Form<LockForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    let (slug, id) = path.into_inner();
    require_organizer(&visitor, &format!("/events/{slug}/schedule"))?;
    let event = load(db.get_ref(), &slug).await?;
    let locked = form.locked == "true";
    if !db::events::set_locked(db.get_ref(), event.id, id, locked).await? {
        return Err(AppError::NotFound);
    }
    let done = if locked { "locked" } else { "unlocked" };
    Ok(see_other(format!(
        "/events/{slug}/schedule?done={done}#m{id}"
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    csrf_token: String,
    slot: String,
    table: String,
}

#[post("/events/{slug}/meetings/{id}/move")]
pub async fn move_meeting(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, i32)>,
    form: web::Form<MoveForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    let (slug, id) = path.into_inner();
    require_organizer(&visitor, &format!("/events/{slug}/schedule"))?;
    let event = load(db.get_ref(), &slug).await?;
    let spec = &event.spec;
    let m = db::events::meeting(db.get_ref(), event.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let slot = form
        .slot
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|s| *s < spec.slots.len())
        .ok_or_else(|| AppError::BadRequest("Choose a time slot of this event.".into()))?;
    let table = spec
        .tables
        .iter()
        .position(|t| t.name.eq_ignore_ascii_case(form.table.trim()))
        .ok_or_else(|| {
            AppError::BadRequest(format!(
                "There is no table called “{}” at this event.",
                form.table.trim().chars().take(60).collect::<String>()
            ))
        })?;
    let who: Vec<i32> = [Some(m.org_a), Some(m.org_b), m.org_c]
        .into_iter()
        .flatten()
        .collect();
    if (spec.tables[table].seats as usize) < who.len() {
        return Err(AppError::BadRequest(format!(
            "{} has {} seats; this meeting needs {}.",
            spec.tables[table].name,
            spec.tables[table].seats,
            who.len()
        )));
    }
    let meetings = db::events::meetings(db.get_ref(), event.id).await?;
    for other in meetings
        .iter()
        .filter(|o| o.id != id && o.slot as usize == slot)
    {
        if other.table_index as usize == table {
            return Err(AppError::BadRequest(format!(
                "{} is taken at {}. Move or remove that meeting first.",
                spec.tables[table].name,
                spec.slots[slot].label()
            )));
        }
        if [Some(other.org_a), Some(other.org_b), other.org_c]
            .into_iter()
            .flatten()
            .any(|o| who.contains(&o))
        {
            return Err(AppError::BadRequest(format!(
                "A participant of this meeting has another meeting at {}.",
                spec.slots[slot].label()
            )));
        }
    }
    for p in db::events::participants(db.get_ref(), event.id).await? {
        if who.contains(&p.organization_id) && p.blocked.contains(&slot) {
            return Err(AppError::BadRequest(format!(
                "{} is not available at {}.",
                p.name,
                spec.slots[slot].label()
            )));
        }
    }
    // Checked above; the unique index still refuses a table taken meanwhile.
    if let Err(e) = db::events::move_meeting(db.get_ref(), event.id, id, slot, table).await {
        return Err(match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => AppError::BadRequest(format!(
                "{} was just taken at {}. Reload the page and choose another table.",
                spec.tables[table].name,
                spec.slots[slot].label()
            )),
            _ => e.into(),
        });
    }
    Ok(see_other(format!(
        "/events/{slug}/schedule?done=moved#m{id}"
    )))
}

#[post("/events/{slug}/meetings/{id}/remove")]
pub async fn remove(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, i32)>,
    form: web::Form<PlainForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(form.token())?;
    let (slug, id) = path.into_inner();
    require_organizer(&visitor, &format!("/events/{slug}/schedule"))?;
    let event = load(db.get_ref(), &slug).await?;
    if !db::events::delete_meeting(db.get_ref(), event.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(format!("/events/{slug}/schedule?done=removed")))
}

pub const NOTE_MAX: usize = 1_000;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OutcomeForm {
    csrf_token: String,
    outcome: String,
    note: String,
}

/// A participant of the meeting, or an organizer, records how it went.
#[post("/events/{slug}/meetings/{id}/outcome")]
pub async fn outcome(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, i32)>,
    form: web::Form<OutcomeForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    let (slug, id) = path.into_inner();
    let user = visitor.require_user(&format!("/events/{slug}"))?;
    let event = load(db.get_ref(), &slug).await?;
    let m = db::events::meeting(db.get_ref(), event.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = user.organization_id;
    let member = m.org_a == org || m.org_b == org || m.org_c == Some(org);
    if !member && !is_organizer(&visitor) {
        return Err(AppError::Forbidden(
            "Only the participants of a meeting and the organizers record its outcome.",
        ));
    }
    let outcome = match form.outcome.trim() {
        "" => None,
        o => Some(
            OUTCOMES
                .iter()
                .find(|(k, _)| *k == o)
                .map(|(k, _)| *k)
                .ok_or_else(|| AppError::BadRequest("Choose an outcome from the list.".into()))?,
        ),
    };
    let note = form.note.trim().replace("\r\n", "\n");
    if char_len(&note) > NOTE_MAX {
        return Err(AppError::BadRequest(format!(
            "The note is too long: use at most {NOTE_MAX} characters."
        )));
    }
    db::events::set_outcome(db.get_ref(), event.id, id, outcome, &note).await?;
    Ok(if member {
        see_other(format!("/events/{slug}?done=outcome#meetings"))
    } else {
        see_other(format!(
            "/events/{slug}/schedule?done=outcome&slot={}#m{id}",
            m.slot
        ))
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddForm {
    csrf_token: String,
    organization: String,
}

/// The organizer adds a registered organization by name or slug.
#[post("/events/{slug}/participants")]
pub async fn add_participant(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
    form: web::Form<AddForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    require_organizer(&visitor, &format!("/events/{slug}/schedule"))?;
    let event = load(db.get_ref(), &slug).await?;
    let wanted = form.organization.trim();
    let org = match db::organizations::find_by_slug(db.get_ref(), wanted).await? {
        Some(o) => Some(o.org),
        None => db::organizations::find_by_name(db.get_ref(), wanted).await?,
    }
    .ok_or_else(|| {
        AppError::BadRequest(format!(
            "No registered organization is called “{}”. Use its name or the last part of its page address.",
            wanted.chars().take(80).collect::<String>()
        ))
    })?;
    db::events::join(db.get_ref(), event.id, org.id).await?;
    Ok(see_other(format!(
        "/events/{slug}/schedule?done=added#participants"
    )))
}

/// Largest participant file, uploaded or pasted.
pub const IMPORT_MAX: usize = 8 * 1024 * 1024;

/// The import form: a file (multipart upload) or pasted text.
#[derive(Default)]
struct ImportForm {
    csrf_token: String,
    file_name: String,
    file: Vec<u8>,
    data: String,
}

/// Reads the form, sent as `multipart/form-data` (with a file) or urlencoded
/// (pasted text), refusing more than [`IMPORT_MAX`] bytes.
async fn read_import_form(
    req: &HttpRequest,
    mut payload: web::Payload,
) -> Result<ImportForm, AppError> {
    use futures_util::TryStreamExt;
    let unreadable = || AppError::BadRequest("The form could not be read.".into());
    let is_multipart = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let mut form = ImportForm::default();
    if !is_multipart {
        let mut body = web::BytesMut::new();
        while let Some(chunk) = payload.try_next().await.map_err(|_| unreadable())? {
            if body.len() + chunk.len() > IMPORT_MAX {
                return Err(AppError::PayloadTooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        let fields: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&body).map_err(|_| unreadable())?;
        for (k, v) in fields {
            match k.as_str() {
                "csrf_token" => form.csrf_token = v,
                "data" => form.data = v,
                _ => {}
            }
        }
        return Ok(form);
    }
    let mut multipart = actix_multipart::Multipart::new(req.headers(), payload);
    let mut total = 0;
    while let Some(mut field) = multipart.try_next().await.map_err(|_| unreadable())? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .unwrap_or_default()
            .to_owned();
        let mut value = Vec::new();
        while let Some(chunk) = field.try_next().await.map_err(|_| unreadable())? {
            total += chunk.len();
            if total > IMPORT_MAX {
                return Err(AppError::PayloadTooLarge);
            }
            value.extend_from_slice(&chunk);
        }
        match name.as_str() {
            "csrf_token" => form.csrf_token = String::from_utf8_lossy(&value).into_owned(),
            "data" => form.data = String::from_utf8_lossy(&value).into_owned(),
            "file" => {
                form.file = value;
                form.file_name = file_name;
            }
            _ => {}
        }
    }
    Ok(form)
}

/// The organizer imports participants: organizations in the import format
/// (JSON or CSV, uploaded or pasted), created or updated, and all added to
/// the event — all or nothing, with every bad row reported.
pub async fn import_participants(
    req: HttpRequest,
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let form = read_import_form(&req, payload).await?;
    csrf.verify(&form.csrf_token)?;
    require_organizer(&visitor, &format!("/events/{slug}/schedule"))?;
    let event = load(db.get_ref(), &slug).await?;
    // An uploaded file comes first; else the pasted text.
    let (bytes, name): (&[u8], &str) = if form.file.is_empty() {
        (form.data.trim().as_bytes(), "")
    } else {
        (&form.file, &form.file_name)
    };
    let fail = |errors: Vec<String>| async {
        let shown = schedule_page(
            visitor.clone(),
            db.get_ref(),
            &index,
            event.clone(),
            String::new(),
            errors,
            "",
        )
        .await?;
        crate::error::render(actix_web::http::StatusCode::UNPROCESSABLE_ENTITY, &shown)
    };
    if bytes.is_empty() {
        return fail(vec![
            "Choose a JSON or CSV file in the import format, or paste its content.".into(),
        ])
        .await;
    }
    let format = import::Format::detect(std::path::Path::new(name), bytes);
    let profiles = match import::parse(bytes, format) {
        Ok(p) => p,
        Err(import::ImportError::Rows(rows)) => {
            let mut errors = vec![format!(
                "{} invalid row(s); nothing was imported.",
                import::invalid_rows(&rows)
            )];
            errors.extend(rows.iter().take(100).map(ToString::to_string));
            return fail(errors).await;
        }
        Err(e) => return fail(vec![format!("{e}; nothing was imported.")]).await,
    };
    let ids = import::apply_and_join(db.get_ref(), &profiles, event.id).await?;
    Ok(see_other(format!(
        "/events/{slug}/schedule?done=imported-{}#participants",
        ids
    )))
}
