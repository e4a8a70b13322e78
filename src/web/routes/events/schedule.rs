//! The organizer's schedule page, `GET /events/{slug}/schedule`: the report,
//! the meetings slot by slot and the participants; and the button,
//! `POST /events/{slug}/schedule`, that builds the schedule.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::EventView;
use crate::domain::event::Event;
use crate::domain::meeting::{Outcome, SlotIndex};
use crate::scheduling::report::Report;
use crate::services::match_index::MatchIndex;
use crate::services::schedule_run;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EventBySlug, Organizer};
use crate::web::respond::{ok, see_other};
use crate::web::visitor::Visitor;

/// A meeting as the schedule page lists it.
pub struct MeetingRow {
    pub id: i32,
    pub table: String,
    pub participants: Vec<String>,
    pub topic: String,
    /// Why a group table was proposed (pairs are explained on the agendas).
    pub reasons: Vec<String>,
    pub origin: &'static str,
    pub score: f64,
    pub locked: bool,
    pub outcome: &'static str,
    pub note: String,
}

#[derive(Template)]
#[template(path = "events/schedule.html")]
pub(super) struct SchedulePage {
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
    /// What went wrong with the organizer's last action, and what to do.
    problem: String,
    import_errors: Vec<String>,
}

impl SchedulePage {
    fn is_shown(&self, slot: &usize) -> bool {
        self.shown == Some(*slot)
    }
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
        d if d.starts_with("imported-") => {
            let mut n = d.trim_start_matches("imported-").split('-');
            let (all, kept) = (n.next().unwrap_or("0"), n.next().unwrap_or("0"));
            let mut text = format!("{all} organizations imported and added as participants.");
            if kept != "0" {
                text.push_str(&format!(
                    " {kept} of them are registered: they keep their own profiles, which only their accounts change."
                ));
            }
            text
        }
        _ => String::new(),
    }
}

/// What the schedule page says above the schedule.
#[derive(Default)]
pub(super) struct Messages {
    /// What the last action did.
    pub notice: String,
    /// What went wrong with the organizer's last action, and what to do.
    pub problem: String,
    /// The rows of a participant import that could not be read.
    pub import_errors: Vec<String>,
}

/// The schedule page of `event`, showing `slot` (a number, `all`, or empty
/// for all when the schedule is small).
pub(super) async fn schedule_page(
    visitor: Visitor,
    db: &DatabaseConnection,
    index: &MatchIndex,
    event: &Event,
    messages: Messages,
    slot: &str,
) -> Result<SchedulePage, AppError> {
    let Messages {
        notice,
        problem,
        import_errors,
    } = messages;
    let standing = schedule_run::report(db, index, event).await?;
    let shown = match slot.trim() {
        "all" => None,
        "" if standing.meetings.len() <= ALL_SLOTS_UP_TO => None,
        s => Some(
            s.parse::<usize>()
                .unwrap_or(0)
                .min(event.spec.slots.len().saturating_sub(1)),
        ),
    };
    let names: HashMap<i32, String> = standing
        .participants
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
    for m in standing.meetings {
        if let Some(l) = slot_labels.get_mut(m.slot.0) {
            l.1 += 1;
        }
        if shown.is_some_and(|s| SlotIndex(s) != m.slot) {
            continue;
        }
        let row = MeetingRow {
            id: m.id,
            table: event.spec.table_name(m.table).to_owned(),
            participants: m
                .members
                .iter()
                .map(|o| names.get(o).cloned().unwrap_or_else(|| "(left)".into()))
                .collect(),
            topic: m.topic,
            reasons: m.reasons,
            origin: m.origin.as_str(),
            score: m.score,
            locked: m.locked,
            outcome: Outcome::label_of(m.outcome),
            note: m.note,
        };
        if let Some(s) = slots.iter_mut().find(|s| s.0 == m.slot.0) {
            s.2.push(row);
        }
    }
    Ok(SchedulePage {
        tables: event.spec.tables.iter().map(|t| t.name.clone()).collect(),
        event: EventView::new(event),
        visitor,
        report: standing.report,
        slot_labels,
        slots,
        shown,
        notice,
        problem,
        import_errors,
    })
}

#[get("/events/{slug}/schedule")]
pub async fn page(
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    query: web::Query<ScheduleQuery>,
) -> Result<HttpResponse, AppError> {
    let messages = Messages {
        notice: notice(&query.done),
        ..Messages::default()
    };
    ok(&schedule_page(
        organizer.visitor,
        db.get_ref(),
        &index,
        &event,
        messages,
        &query.slot,
    )
    .await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BuildForm {
    /// Empty: the whole event; else the first slot that may change.
    from_slot: String,
}

#[post("/events/{slug}/schedule")]
pub async fn build(
    form: CsrfForm<BuildForm>,
    _: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
) -> Result<HttpResponse, AppError> {
    let from = match form.from_slot.trim() {
        "" => SlotIndex(0),
        v => v
            .parse::<usize>()
            .ok()
            .filter(|s| *s < event.spec.slots.len())
            .map(SlotIndex)
            .ok_or_else(|| AppError::BadRequest("Choose a time slot of this event.".into()))?,
    };
    let run = schedule_run::run(db.get_ref(), &index, &event, from).await?;
    Ok(see_other(format!(
        "/events/{}/schedule?done=built-{}",
        event.slug,
        run.placed + run.kept
    )))
}
