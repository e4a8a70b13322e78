//! An event's schedule, built and reported: load what the participants said
//! and the meetings that stay, let the pure planner decide
//! ([`crate::scheduling::plan`]), and save the new meetings in one
//! transaction. The organizer's button and `roundtable schedule --event SLUG`
//! both call [`run`]; the organizer's page shows [`report`].

use std::collections::{HashMap, HashSet};

use sea_orm::{DatabaseConnection, DbErr};

use crate::db;
use crate::domain::event::{Attendance, Event, Participant};
use crate::domain::interest::Mark;
use crate::domain::meeting::{Meeting, SlotIndex};
use crate::scheduling::event::{EventInput, plan};
use crate::scheduling::report::Report;
use crate::scheduling::rules::Rules;
use crate::services::match_index::MatchIndex;

/// What a run did, for the message after the button.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSummary {
    pub placed: usize,
    pub groups: usize,
    pub kept: usize,
    pub total_score: f64,
}

/// What can go wrong while building or reporting a schedule.
#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    /// Another run or a hand move took a table meanwhile; nothing was saved.
    #[error(
        "The schedule changed while it was being built (someone else built it or moved a meeting). Nothing was changed; build it again."
    )]
    Changed,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbErr> for ScheduleError {
    fn from(e: DbErr) -> Self {
        match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => ScheduleError::Changed,
            _ => ScheduleError::Unexpected(anyhow::Error::new(e).context("database error")),
        }
    }
}

/// The rules of the event: marks among `ids`, the event's requests and every
/// "no fit" outcome.
pub async fn rules(db: &DatabaseConnection, event_id: i32, ids: &[i32]) -> Result<Rules, DbErr> {
    let mut interested = HashSet::new();
    let mut not_interested = HashSet::new();
    for (o, p, mark) in db::interests::among(db, ids).await? {
        match mark {
            Mark::Interested => interested.insert((o, p)),
            Mark::NotInterested => not_interested.insert((o, p)),
        };
    }
    let requests = db::requests::list(db, event_id).await?;
    let no_fit = db::meetings::all_no_fit(db).await?;
    Ok(Rules::new(&interested, &not_interested, &requests, &no_fit))
}

/// Builds the schedule; with `from` > 0 (a re-run during the event), the
/// meetings of the slots before `from` stay as they are and new meetings go
/// only into slot `from` and later.
pub async fn run(
    db: &DatabaseConnection,
    index: &MatchIndex,
    event: &Event,
    from: SlotIndex,
) -> Result<RunSummary, ScheduleError> {
    let snapshot = index.current(db).await?;
    let participants = db::participants::list(db, event.id).await?;
    let members: Vec<(i32, usize)> = participants
        .iter()
        .filter_map(|p| {
            snapshot
                .index_of_id(p.organization_id)
                .map(|i| (p.organization_id, i))
        })
        .collect();
    let ids: Vec<i32> = members.iter().map(|m| m.0).collect();
    let rules = rules(db, event.id, &ids).await?;
    let kept: Vec<Meeting> = db::meetings::list(db, event.id)
        .await?
        .into_iter()
        .filter(|m| m.is_kept(from))
        .collect();
    let input = EventInput {
        spec: &event.spec,
        profiles: members
            .iter()
            .map(|(_, i)| snapshot.engine.profile(*i).clone())
            .collect(),
        ids,
        // A no-show is blocked everywhere: re-runs give it no meetings.
        blocked: participants
            .into_iter()
            .map(|p| {
                let blocked = if p.attendance == Attendance::Absent {
                    (0..event.spec.slots.len()).map(SlotIndex).collect()
                } else {
                    p.blocked
                };
                (p.organization_id, blocked)
            })
            .collect(),
        rules: &rules,
        kept: &kept,
        from,
    };
    let planned = plan(input);
    db::meetings::replace_unlocked(db, event.id, from, &planned.meetings).await?;
    Ok(RunSummary {
        placed: planned.meetings.len(),
        groups: planned.groups,
        kept: kept.len(),
        total_score: planned.meetings.iter().map(|m| m.score).sum::<f64>()
            + kept.iter().map(|m| m.score).sum::<f64>(),
    })
}

/// The schedule as it stands, with its participants and their report.
pub struct Standing {
    pub participants: Vec<Participant>,
    pub meetings: Vec<Meeting>,
    pub report: Report,
}

pub async fn report(
    db: &DatabaseConnection,
    index: &MatchIndex,
    event: &Event,
) -> Result<Standing, ScheduleError> {
    let meetings = db::meetings::list(db, event.id).await?;
    let participants = db::participants::list(db, event.id).await?;
    let ids: Vec<i32> = participants.iter().map(|p| p.organization_id).collect();
    let rules = rules(db, event.id, &ids).await?;
    let snapshot = index.current(db).await?;
    let languages: HashMap<i32, Vec<String>> = ids
        .iter()
        .filter_map(|&o| {
            snapshot
                .index_of_id(o)
                .map(|i| (o, snapshot.engine.profile(i).languages.clone()))
        })
        .collect();
    let report = crate::scheduling::report::report(
        &event.spec,
        &participants,
        &meetings,
        &rules,
        &languages,
    );
    Ok(Standing {
        participants,
        meetings,
        report,
    })
}
