//! Matchmaking sessions, one file per action:
//! - [`list`], [`form`] (create, edit, delete) and [`show`] (the event page);
//! - a participant's side: [`participation`] (join, leave, availability) and
//!   [`requests`] (meeting requests and answers);
//! - the organizer's side: [`schedule`] (the page and the build button),
//!   [`meetings`] (lock, remove and its undo, outcome), [`moves`] (move and
//!   swap) and [`participants`] (add, import, check-in, the participant list);
//! - what people take away: [`agenda`] (an organization's agenda) and
//!   [`table_plan`] (the table plan and table cards), [`room`] (the grid of
//!   tables and slots), [`report`] (the session in numbers and pictures).

pub mod agenda;
pub mod form;
pub mod list;
pub mod meetings;
pub mod moves;
pub mod organizers;
pub mod participants;
pub mod participation;
pub mod report;
pub mod requests;
pub mod room;
pub mod schedule;
pub mod show;
pub mod table_plan;

use crate::domain::event::Event;
use crate::i18n::Lang;

/// An event as its pages show it.
pub struct EventView {
    pub slug: String,
    pub name: String,
    pub date: String,
    pub venue: String,
    pub time_zone: String,
    pub slots: Vec<String>,
    pub tables: usize,
    pub group_tables: usize,
    pub interpretation: Vec<String>,
    pub min_meetings: u32,
    pub open: bool,
    pub scheduled: bool,
}

impl EventView {
    pub fn new(lang: Lang, e: &Event) -> Self {
        let s = &e.spec;
        EventView {
            slug: e.slug.clone(),
            name: s.name.clone(),
            date: long_date(lang, e),
            venue: s.venue.clone(),
            time_zone: s.time_zone.name().to_owned(),
            slots: s.slots.iter().map(|x| x.label()).collect(),
            tables: s.tables.len(),
            group_tables: if s.group_tables {
                s.tables.iter().filter(|t| t.seats >= 3).count()
            } else {
                0
            },
            interpretation: s
                .interpretation
                .iter()
                .map(|c| crate::i18n::names::language(lang, c).unwrap_or_else(|| c.clone()))
                .collect(),
            min_meetings: s.min_meetings,
            open: s.open,
            scheduled: e.scheduled_at.is_some(),
        }
    }
}

/// The event's date as pages print it, in `lang` ("Monday 2 December 2024",
/// "lundi 2 décembre 2024").
/// Tells the participants what changed in their schedule, once a change is
/// saved (an extractor: handlers that change a schedule take one and call
/// [`ScheduleNews::tell`] after the change). A failure is logged, not shown:
/// the change stands, and the next one tells it too (the comparison is with
/// what was told).
pub struct ScheduleNews(actix_web::HttpRequest);

impl actix_web::FromRequest for ScheduleNews {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<Self, Self::Error>>;

    fn from_request(req: &actix_web::HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(Ok(ScheduleNews(req.clone())))
    }
}

impl ScheduleNews {
    pub async fn tell(&self, slug: &str) {
        use actix_web::web::Data;
        let req = &self.0;
        let (Some(db), Some(index), Some(mail)) = (
            req.app_data::<Data<sea_orm::DatabaseConnection>>(),
            req.app_data::<Data<crate::services::match_index::MatchIndex>>(),
            req.app_data::<Data<crate::services::mail::Mail>>(),
        ) else {
            tracing::error!("schedule news: the app data is missing");
            return;
        };
        let base_url = mail.base_url(req);
        if let Err(e) =
            crate::services::schedule_news::tell_changes(db, index, mail, &base_url, slug).await
        {
            tracing::warn!(error = %format!("{e:#}"), "schedule changes could not be told");
        }
    }
}

pub fn long_date(lang: Lang, e: &Event) -> String {
    crate::i18n::format::full_date(lang, e.spec.date)
}
