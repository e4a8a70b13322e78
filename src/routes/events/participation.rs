//! An event as a participant sees it: joining and leaving, the slots it cannot
//! attend, meeting requests sent and received, and its meetings.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::agenda::{OUTCOMES, agenda_items};
use super::{EventView, is_organizer, load, see_other};
use crate::agenda::AgendaItem;
use crate::csrf::CsrfToken;
use crate::db::{self, events::RequestError, interests::Mark};
use crate::domain::char_len;
use crate::error::{AppError, ok};
use crate::match_index::MatchIndex;
use crate::page::Visitor;
use crate::rank::rounded;

pub const MESSAGE_MAX: usize = 500;

pub struct RequestView {
    pub id: i32,
    pub partner: String,
    pub partner_slug: String,
    pub status: String,
    pub message: String,
    pub reply: String,
}

pub struct PartnerView {
    pub name: String,
    pub slug: String,
    pub score: f64,
    /// "", "requested", "not_interested"
    pub state: &'static str,
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
    fn outcomes(&self) -> &'static [(&'static str, &'static str)] {
        &OUTCOMES
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

fn notice(done: &str) -> &'static str {
    match done {
        "joined" => "You have joined this event.",
        "left" => "You have left this event.",
        "availability" => "Your availability is saved.",
        "requested" => "Your meeting request was sent.",
        "accepted" => "You accepted the request.",
        "declined" => "You declined the request.",
        "withdrawn" => "Your request was withdrawn.",
        "outcome" => "The outcome is saved.",
        _ => "",
    }
}

#[get("/events/{slug}")]
pub async fn show(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    slug: web::Path<String>,
    query: web::Query<Notice>,
) -> Result<HttpResponse, AppError> {
    let event = load(db.get_ref(), &slug).await?;
    let participants = db::events::participants(db.get_ref(), event.id).await?;
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
            let requests = db::events::requests(db.get_ref(), event.id).await?;
            let view = |r: &entity::meeting_request::Model, partner: i32| {
                let (name, slug) = names.get(&partner).cloned().unwrap_or_default();
                RequestView {
                    id: r.id,
                    partner: name.to_owned(),
                    partner_slug: slug.to_owned(),
                    status: r.status.clone(),
                    message: r.message.clone(),
                    reply: r.reply.clone(),
                }
            };
            let incoming = requests
                .iter()
                .filter(|r| r.to_org == org)
                .map(|r| view(r, r.from_org))
                .collect();
            let outgoing: Vec<RequestView> = requests
                .iter()
                .filter(|r| r.from_org == org)
                .map(|r| view(r, r.to_org))
                .collect();
            let asked: std::collections::HashSet<i32> = requests
                .iter()
                .filter(|r| r.from_org == org || r.to_org == org)
                .map(|r| {
                    if r.from_org == org {
                        r.to_org
                    } else {
                        r.from_org
                    }
                })
                .collect();
            let a = snapshot.index_of_id(org);
            let mut partners: Vec<PartnerView> = participants
                .iter()
                .filter(|q| q.organization_id != org)
                .map(|q| PartnerView {
                    name: q.name.clone(),
                    slug: q.slug.clone(),
                    score: match (a, snapshot.index_of_id(q.organization_id)) {
                        (Some(a), Some(b)) => rounded(snapshot.engine.pair(a, b).score),
                        _ => 0.0,
                    },
                    state: if asked.contains(&q.organization_id) {
                        "requested"
                    } else if marks.mine(q.organization_id) == Some(Mark::NotInterested) {
                        "not_interested"
                    } else {
                        ""
                    },
                })
                .collect();
            partners.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.name.cmp(&y.name)));
            let partners_total = partners.len();
            if query.all.is_empty() {
                partners.truncate(PARTNERS_SHOWN);
            }
            let meetings = db::events::meetings(db.get_ref(), event.id).await?;
            let mut blocked = vec![false; event.spec.slots.len()];
            for &s in &p.blocked {
                if let Some(b) = blocked.get_mut(s) {
                    *b = true;
                }
            }
            Some(Mine {
                slug: p.slug.clone(),
                blocked,
                incoming,
                outgoing,
                partners,
                partners_total,
                meetings: agenda_items(&event, &snapshot, &meetings, org, &participants),
            })
        }
    };
    ok(&EventPage {
        organizer: is_organizer(&visitor),
        event: EventView::new(&event),
        participants: participants.into_iter().map(|p| (p.name, p.slug)).collect(),
        mine,
        visitor,
        notice: notice(&query.done).to_owned(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PlainForm {
    csrf_token: String,
}

impl PlainForm {
    pub fn token(&self) -> &str {
        &self.csrf_token
    }
}

#[post("/events/{slug}/join")]
pub async fn join(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
    form: web::Form<PlainForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    let user = visitor.require_user(&format!("/events/{slug}"))?;
    let event = load(db.get_ref(), &slug).await?;
    if !event.spec.open && !is_organizer(&visitor) {
        return Err(AppError::Forbidden(
            "This event is closed to new participants. Ask the organizer to add you.",
        ));
    }
    db::events::join(db.get_ref(), event.id, user.organization_id).await?;
    Ok(see_other(format!("/events/{slug}?done=joined")))
}

#[post("/events/{slug}/leave")]
pub async fn leave(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
    form: web::Form<PlainForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    let user = visitor.require_user(&format!("/events/{slug}"))?;
    let event = load(db.get_ref(), &slug).await?;
    db::events::leave(db.get_ref(), event.id, user.organization_id).await?;
    Ok(see_other(format!("/events/{slug}?done=left")))
}

/// The participant's own record, or a clear refusal.
async fn require_participant(
    db: &DatabaseConnection,
    visitor: &Visitor,
    event: &db::events::Event,
) -> Result<i32, AppError> {
    let user = visitor.require_user(&format!("/events/{}", event.slug))?;
    db::events::participant(db, event.id, user.organization_id)
        .await?
        .map(|p| p.organization_id)
        .ok_or(AppError::Forbidden(
            "Join the event first: only participants can do this.",
        ))
}

/// Checkbox names `blocked` repeated, one per slot index.
#[post("/events/{slug}/availability")]
pub async fn availability(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body)
        .map_err(|_| AppError::BadRequest("The form could not be read.".into()))?;
    let token = pairs
        .iter()
        .find(|(k, _)| k == "csrf_token")
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    csrf.verify(token)?;
    let event = load(db.get_ref(), &slug).await?;
    let org = require_participant(db.get_ref(), &visitor, &event).await?;
    let mut blocked = Vec::new();
    for (_, v) in pairs.iter().filter(|(k, _)| k == "blocked") {
        let s = v
            .parse::<usize>()
            .ok()
            .filter(|s| *s < event.spec.slots.len())
            .ok_or_else(|| {
                AppError::BadRequest(format!("There is no time slot “{v}” at this event."))
            })?;
        if !blocked.contains(&s) {
            blocked.push(s);
        }
    }
    blocked.sort_unstable();
    db::events::set_blocked(db.get_ref(), event.id, org, &blocked).await?;
    Ok(see_other(format!(
        "/events/{slug}?done=availability#availability"
    )))
}

fn check_message(raw: &str) -> Result<String, AppError> {
    let m = raw.trim().replace("\r\n", "\n");
    if char_len(&m) > MESSAGE_MAX {
        return Err(AppError::BadRequest(format!(
            "The message is too long: use at most {MESSAGE_MAX} characters."
        )));
    }
    Ok(m)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RequestForm {
    csrf_token: String,
    to: String,
    message: String,
}

#[post("/events/{slug}/requests")]
pub async fn request(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
    form: web::Form<RequestForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    let event = load(db.get_ref(), &slug).await?;
    let me = require_participant(db.get_ref(), &visitor, &event).await?;
    let message = check_message(&form.message)?;
    let other = db::organizations::find_by_slug(db.get_ref(), form.to.trim())
        .await?
        .ok_or_else(|| {
            AppError::BadRequest("Choose an organization from the list of participants.".into())
        })?;
    if other.org.id == me {
        return Err(AppError::BadRequest(
            "You cannot ask your own organization for a meeting.".into(),
        ));
    }
    if db::events::participant(db.get_ref(), event.id, other.org.id)
        .await?
        .is_none()
    {
        return Err(AppError::BadRequest(format!(
            "{} does not take part in this event.",
            other.org.name
        )));
    }
    let marks = db::interests::of(db.get_ref(), me).await?;
    if marks.mine(other.org.id) == Some(Mark::NotInterested) {
        return Err(AppError::BadRequest(format!(
            "You marked {} “not interested”. Undo that mark on your suggestions page to ask for a meeting.",
            other.org.name
        )));
    }
    match db::events::create_request(db.get_ref(), event.id, me, other.org.id, &message).await {
        Ok(()) => Ok(see_other(format!("/events/{slug}?done=requested#requests"))),
        Err(RequestError::Duplicate) => Err(AppError::BadRequest(format!(
            "There is already a meeting request between you and {}; see “Meeting requests” on the event page.",
            other.org.name
        ))),
        Err(RequestError::Db(e)) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    csrf_token: String,
    decision: String,
    reply: String,
}

#[post("/events/{slug}/requests/{id}/answer")]
pub async fn answer(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, i32)>,
    form: web::Form<AnswerForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    let (slug, id) = path.into_inner();
    let event = load(db.get_ref(), &slug).await?;
    let me = require_participant(db.get_ref(), &visitor, &event).await?;
    let reply = check_message(&form.reply)?;
    let (status, done) = match form.decision.as_str() {
        "accept" => (db::events::ACCEPTED, "accepted"),
        "decline" => (db::events::DECLINED, "declined"),
        _ => return Err(AppError::BadRequest("Choose “Accept” or “Decline”.".into())),
    };
    if !db::events::answer_request(db.get_ref(), event.id, id, me, status, &reply).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(format!("/events/{slug}?done={done}#requests")))
}

#[post("/events/{slug}/requests/{id}/withdraw")]
pub async fn withdraw(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, i32)>,
    form: web::Form<PlainForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    let (slug, id) = path.into_inner();
    let event = load(db.get_ref(), &slug).await?;
    let me = require_participant(db.get_ref(), &visitor, &event).await?;
    if !db::events::withdraw_request(db.get_ref(), event.id, id, me).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(format!("/events/{slug}?done=withdrawn#requests")))
}
