//! `GET /events/{slug}`: the event page. A participant sees its meetings, the
//! slots it cannot attend, meeting requests sent and received, and the other
//! participants best match first.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::EventView;
use crate::db;
use crate::domain::interest::Mark;
use crate::domain::meeting::{MeetingRequest, Outcome, RequestStatus};
use crate::exports::agenda::AgendaItem;
use crate::matching::rounded;
use crate::services::agenda::{Reader, agenda_items, now_and_next};
use crate::services::match_index::MatchIndex;
use crate::web::error::AppError;
use crate::web::extract::EventBySlug;
use crate::web::respond::ok;
use crate::web::visitor::Visitor;

pub struct RequestView {
    pub id: i32,
    pub partner: String,
    pub partner_slug: String,
    pub status: &'static str,
    pub message: String,
    pub reply: String,
}

pub struct PartnerView {
    pub name: String,
    pub slug: String,
    pub score: f64,
    /// The best reason the two should meet, from the viewer's side.
    pub reason: String,
    /// Where a meeting request between the two stands, or a mark.
    pub state: PartnerState,
}

/// One clear state per row of the partner table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerState {
    /// No request, no mark: the row offers to ask.
    Open,
    YouAsked,
    TheyAsked,
    Accepted,
    Declined,
    NotInterested,
}

impl PartnerState {
    fn can_ask(self) -> bool {
        self == PartnerState::Open
    }

    fn label(self) -> &'static str {
        match self {
            PartnerState::Open => "",
            PartnerState::YouAsked => "partner-you-asked",
            PartnerState::TheyAsked => "partner-they-asked",
            PartnerState::Accepted => "partner-accepted",
            PartnerState::Declined => "partner-declined",
            PartnerState::NotInterested => "partner-not-interested",
        }
    }
}

/// What the page shows to a participant.
pub struct Mine {
    pub slug: String,
    pub blocked: Vec<bool>,
    pub incoming: Vec<RequestView>,
    pub outgoing: Vec<RequestView>,
    pub partners: Vec<PartnerView>,
    /// How many other participants there are (the list may show fewer).
    pub partners_total: usize,
    pub meetings: Vec<AgendaItem>,
    /// On the day: the meeting now and the next one.
    pub now_next: Vec<String>,
}

#[derive(Template)]
#[template(path = "events/show.html")]
struct EventPage {
    visitor: Visitor,
    event: EventView,
    participants: Vec<(String, String)>,
    mine: Option<Mine>,
    organizer: bool,
    notice: String,
}

impl EventPage {
    fn outcomes(&self) -> &'static [Outcome] {
        &Outcome::ALL
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Notice {
    done: String,
    /// Any value: list every participant, not only the best matches.
    all: String,
}

/// Participants listed at first, best match first.
pub const PARTNERS_SHOWN: usize = 50;

/// The message (id) that says what the last action did.
fn notice(done: &str) -> &'static str {
    match done {
        "joined" => "notice-joined",
        "left" => "notice-left",
        "availability" => "notice-availability",
        "requested" => "notice-requested",
        "accepted" => "notice-accepted",
        "declined" => "notice-declined",
        "withdrawn" => "notice-withdrawn",
        "outcome" => "notice-outcome",
        _ => "",
    }
}

#[get("/events/{slug}")]
pub async fn show(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    EventBySlug(event): EventBySlug,
    query: web::Query<Notice>,
) -> Result<HttpResponse, AppError> {
    let participants = db::participants::list(db.get_ref(), event.id).await?;
    let names: HashMap<i32, (&str, &str)> = participants
        .iter()
        .map(|p| (p.organization_id, (p.name.as_str(), p.slug.as_str())))
        .collect();
    let me = visitor.user.as_ref().and_then(|u| {
        participants
            .iter()
            .find(|p| p.organization_id == u.organization_id)
    });
    let mine = match me {
        None => None,
        Some(p) => {
            let org = p.organization_id;
            let snapshot = index.current(db.get_ref()).await?;
            let marks = db::interests::of(db.get_ref(), org).await?;
            let requests = db::requests::list(db.get_ref(), event.id).await?;
            let view = |r: &MeetingRequest, partner: i32| {
                let (name, slug) = names.get(&partner).copied().unwrap_or_default();
                RequestView {
                    id: r.id,
                    partner: name.to_owned(),
                    partner_slug: slug.to_owned(),
                    status: r.status.as_str(),
                    message: r.message.clone(),
                    reply: r.reply.clone(),
                }
            };
            let incoming = requests
                .iter()
                .filter(|r| r.to == org)
                .map(|r| view(r, r.from))
                .collect();
            let outgoing: Vec<RequestView> = requests
                .iter()
                .filter(|r| r.from == org)
                .map(|r| view(r, r.to))
                .collect();
            let state_with = |partner: i32| {
                let request = requests.iter().find(|r| {
                    (r.from == org && r.to == partner) || (r.from == partner && r.to == org)
                });
                match request.map(|r| (r.status, r.from == org)) {
                    Some((RequestStatus::Accepted, _)) => PartnerState::Accepted,
                    Some((RequestStatus::Declined, _)) => PartnerState::Declined,
                    Some((RequestStatus::Pending, true)) => PartnerState::YouAsked,
                    Some((RequestStatus::Pending, false)) => PartnerState::TheyAsked,
                    None if marks.mine(partner) == Some(Mark::NotInterested) => {
                        PartnerState::NotInterested
                    }
                    None => PartnerState::Open,
                }
            };
            let a = snapshot.index_of_id(org);
            let mut partners: Vec<(PartnerView, Option<(usize, usize)>)> = participants
                .iter()
                .filter(|q| q.organization_id != org)
                .map(|q| {
                    let pair = a.zip(snapshot.index_of_id(q.organization_id));
                    let view = PartnerView {
                        name: q.name.clone(),
                        slug: q.slug.clone(),
                        score: pair.map_or(0.0, |(a, b)| rounded(snapshot.engine.pair(a, b).score)),
                        reason: String::new(),
                        state: state_with(q.organization_id),
                    };
                    (view, pair)
                })
                .collect();
            partners.sort_by(|x, y| {
                y.0.score
                    .total_cmp(&x.0.score)
                    .then(x.0.name.cmp(&y.0.name))
            });
            let partners_total = partners.len();
            // Those with nothing in common are listed only on request.
            if query.all.is_empty() {
                partners.retain(|(p, _)| p.score > 0.0 || p.state != PartnerState::Open);
                partners.truncate(PARTNERS_SHOWN);
            }
            // The best reason of each row shown, from the viewer's side.
            let partners: Vec<PartnerView> = partners
                .into_iter()
                .map(|(mut view, pair)| {
                    if let Some((a, b)) = pair {
                        view.reason = snapshot
                            .explain(a, b)
                            .into_iter()
                            .next()
                            .map(|mut r| {
                                r.redact(true, false);
                                crate::i18n::reasons::sentence(visitor.lang, &r)
                            })
                            .unwrap_or_default();
                    }
                    view
                })
                .collect();
            let meetings = db::meetings::list(db.get_ref(), event.id).await?;
            let mut blocked = vec![false; event.spec.slots.len()];
            for s in &p.blocked {
                if let Some(b) = blocked.get_mut(s.0) {
                    *b = true;
                }
            }
            let meetings = agenda_items(
                &event,
                &snapshot,
                &meetings,
                org,
                &participants,
                Reader::Itself,
                visitor.lang,
            );
            Some(Mine {
                slug: p.slug.clone(),
                blocked,
                incoming,
                outgoing,
                partners,
                partners_total,
                now_next: now_and_next(&event.spec, &meetings, chrono::Utc::now()),
                meetings,
            })
        }
    };
    let organizer = crate::web::extract::organizes(&db, visitor.user.as_ref(), event.id).await?;
    ok(&EventPage {
        organizer,
        event: EventView::new(visitor.lang, &event),
        participants: participants.into_iter().map(|p| (p.name, p.slug)).collect(),
        mine,
        visitor,
        notice: notice(&query.done).to_owned(),
    })
}
