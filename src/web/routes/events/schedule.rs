//! The organizer's schedule page, `GET /events/{slug}/schedule`: the report,
//! the meetings slot by slot and the participants; and the button,
//! `POST /events/{slug}/schedule`, that builds the schedule.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::EventView;
use super::room::{RoomGrid, grid};
use crate::domain::event::{Attendance, Event};
use crate::domain::meeting::{Outcome, SlotIndex};
use crate::i18n::message;
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
    notice: String,
    /// The way back from the last action, if it can be undone.
    undo: Option<Undo>,
    /// What went wrong with the organizer's last action, and what to do.
    problem: String,
    import_errors: Vec<String>,
    participants: Vec<ParticipantRow>,
    /// Participants checked in, marked as no-shows, not checked.
    attendance: (usize, usize, usize),
    slug: String,
    grid: RoomGrid,
    /// Grid cells link to their meeting's move page.
    links: bool,
}

/// A participant on the console, with its meetings and whether it came.
pub struct ParticipantRow {
    pub name: String,
    pub slug: String,
    pub meetings: usize,
    pub attendance: Attendance,
}

impl ParticipantRow {
    pub fn is_present(&self) -> bool {
        self.attendance == Attendance::Present
    }

    pub fn is_absent(&self) -> bool {
        self.attendance == Attendance::Absent
    }
}

/// A form that undoes the last action: where it posts and what it carries.
pub struct Undo {
    pub action: String,
    pub fields: Vec<(&'static str, String)>,
    pub button: &'static str,
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
    /// Removed meetings that the notice offers to restore (ids, by commas).
    undo: String,
    /// The participant marked as a no-show (its page address).
    who: String,
    /// A moved meeting's id, and its place before (`slot:table`).
    m: String,
    back: String,
    /// Two swapped meetings.
    a: String,
    b: String,
}

/// Ids as the undo links carry them; nothing if any is not a number.
fn ids(raw: &str) -> Option<String> {
    super::meetings::meeting_ids(raw)
        .ok()
        .map(|v| v.iter().map(i32::to_string).collect::<Vec<_>>().join(","))
}

impl ScheduleQuery {
    /// The undo form for what was just done, from the values the redirect carries.
    fn undo(&self, slug: &str) -> Option<Undo> {
        let number = |s: &str| s.trim().parse::<i32>().ok();
        match self.done.as_str() {
            "removed" => Some(Undo {
                action: format!("/events/{slug}/meetings/restore"),
                fields: vec![("ids", ids(&self.undo)?)],
                button: "undo-removal",
            }),
            "absent" => {
                let who = &self.who;
                let valid =
                    !who.is_empty() && who.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                Some(Undo {
                    action: format!(
                        "/events/{slug}/participants/{}/attendance/unknown",
                        valid.then_some(who)?
                    ),
                    fields: vec![("restore", ids(&self.undo).unwrap_or_default())],
                    button: "undo-absent",
                })
            }
            "moved" => {
                let (s, t) = self.back.split_once(':')?;
                Some(Undo {
                    action: format!("/events/{slug}/meetings/{}/move", number(&self.m)?),
                    fields: vec![("place", format!("{}:{}", number(s)?, number(t)?))],
                    button: "undo-move",
                })
            }
            "swapped" => Some(Undo {
                action: format!("/events/{slug}/meetings/{}/swap", number(&self.a)?),
                fields: vec![("with", number(&self.b)?.to_string())],
                button: "undo-swap",
            }),
            _ => None,
        }
    }
}

/// Above this many meetings the page shows one slot at a time.
pub const ALL_SLOTS_UP_TO: usize = 200;

/// What the last action did, as a message for the page to write.
fn notice(done: &str) -> String {
    let id = match done {
        "locked" => "notice-locked",
        "unlocked" => "notice-unlocked",
        "moved" => "notice-moved",
        "swapped" => "notice-swapped",
        "removed" => "notice-removed",
        "restored" => "notice-restored",
        "present" => "notice-present",
        "unchecked" => "notice-unchecked",
        "absent" => "notice-absent",
        "added" => "notice-added",
        d if d.starts_with("built-") => {
            let n: u64 = d.trim_start_matches("built-").parse().unwrap_or(0);
            return message("notice-built", &[("count", &n)]);
        }
        d if d.starts_with("imported-") => {
            let mut n = d
                .trim_start_matches("imported-")
                .split('-')
                .map(|x| x.parse::<u64>().unwrap_or(0));
            let (all, kept) = (n.next().unwrap_or(0), n.next().unwrap_or(0));
            return message("notice-imported", &[("count", &all), ("registered", &kept)]);
        }
        _ => "",
    };
    id.to_owned()
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
    pub undo: Option<Undo>,
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
        undo,
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
        .iter()
        .map(|p| (p.organization_id, p.name.clone()))
        .collect();
    let came: HashMap<&str, Attendance> = standing
        .participants
        .iter()
        .map(|p| (p.slug.as_str(), p.attendance))
        .collect();
    let participants: Vec<ParticipantRow> = standing
        .report
        .per_participant
        .iter()
        .map(|(name, slug, n)| ParticipantRow {
            name: name.clone(),
            slug: slug.clone(),
            meetings: *n,
            attendance: came.get(slug.as_str()).copied().unwrap_or_default(),
        })
        .collect();
    let count = |a: Attendance| participants.iter().filter(|p| p.attendance == a).count();
    let attendance = (
        count(Attendance::Present),
        count(Attendance::Absent),
        count(Attendance::Unknown),
    );
    let grid = grid(&event.spec, &standing.meetings, &names);
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
        event: EventView::new(visitor.lang, event),
        visitor,
        report: standing.report,
        slot_labels,
        slots,
        shown,
        notice,
        undo,
        problem,
        import_errors,
        participants,
        attendance,
        slug: event.slug.clone(),
        grid,
        links: true,
    })
}

/// The console again, saying what went wrong with the organizer's action.
pub(super) async fn refused(
    visitor: Visitor,
    db: &DatabaseConnection,
    index: &MatchIndex,
    event: &Event,
    status: actix_web::http::StatusCode,
    problem: String,
) -> Result<HttpResponse, AppError> {
    let messages = Messages {
        problem,
        ..Messages::default()
    };
    let shown = schedule_page(visitor, db, index, event, messages, "").await?;
    crate::web::respond::render(status, &shown)
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
        undo: query.undo(&event.slug),
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
    news: super::ScheduleNews,
) -> Result<HttpResponse, AppError> {
    let from = match form.from_slot.trim() {
        "" => SlotIndex(0),
        v => v
            .parse::<usize>()
            .ok()
            .filter(|s| *s < event.spec.slots.len())
            .map(SlotIndex)
            .ok_or_else(|| {
                AppError::BadRequest(crate::i18n::message("refused-slot-choose", &[]))
            })?,
    };
    let run = schedule_run::run(db.get_ref(), &index, &event, from).await?;
    news.tell(&event.slug).await;
    Ok(see_other(format!(
        "/events/{}/schedule?done=built-{}",
        event.slug,
        run.placed + run.kept
    )))
}
