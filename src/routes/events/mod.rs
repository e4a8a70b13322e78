//! Matchmaking sessions: the list, an event's page, and the organizer's form.
//! Participation (joining, blocked slots, meeting requests) is in
//! [`participation`]; the schedule, its report and outcomes in [`schedule`];
//! agendas, the table plan and table cards in [`agenda`].

pub mod agenda;
pub mod participation;
pub mod schedule;

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use crate::csrf::CsrfToken;
use crate::db::{self, accounts::ROLE_ORGANIZER, events::Event};
use crate::domain::FieldErrors;
use crate::domain::event::{EventDraft, EventSpec, Remap};
use crate::domain::profile::language_name;
use crate::error::{AppError, ok, render};
use crate::page::{CurrentUser, Visitor};

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
    pub fn new(e: &Event) -> Self {
        let s = &e.spec;
        EventView {
            slug: e.slug.clone(),
            name: s.name.clone(),
            date: s.date.format("%A %-d %B %Y").to_string(),
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
                .map(|c| language_name(c).unwrap_or(c).to_owned())
                .collect(),
            min_meetings: s.min_meetings,
            open: s.open,
            scheduled: e.scheduled_at.is_some(),
        }
    }
}

pub fn is_organizer(visitor: &Visitor) -> bool {
    visitor
        .user
        .as_ref()
        .is_some_and(|u| u.role == ROLE_ORGANIZER)
}

/// The logged-in organizer, or an error page that says why not.
pub fn require_organizer<'a>(
    visitor: &'a Visitor,
    next: &str,
) -> Result<&'a CurrentUser, AppError> {
    let user = visitor.require_user(next)?;
    if user.role != ROLE_ORGANIZER {
        return Err(AppError::Forbidden(
            "Only event organizers can do this. An organizer account is created with `roundtable create-organizer`.",
        ));
    }
    Ok(user)
}

pub async fn load(db: &DatabaseConnection, slug: &str) -> Result<Event, AppError> {
    db::events::find_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

pub fn see_other(to: impl Into<String>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, to.into()))
        .finish()
}

#[derive(Template)]
#[template(path = "events/index.html")]
struct EventsPage {
    visitor: Visitor,
    events: Vec<(EventView, u64)>,
    organizer: bool,
    notice: &'static str,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    done: String,
}

#[get("/events")]
pub async fn list(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let mut events = Vec::new();
    for e in db::events::list(db.get_ref()).await? {
        let n = db::events::participant_count(db.get_ref(), e.id).await?;
        events.push((EventView::new(&e), n));
    }
    ok(&EventsPage {
        organizer: is_organizer(&visitor),
        visitor,
        events,
        notice: match query.done.as_str() {
            "deleted" => "The event was deleted.",
            _ => "",
        },
    })
}

#[derive(Template)]
#[template(path = "events/form.html")]
struct EventForm {
    visitor: Visitor,
    /// None: a new event.
    slug: Option<String>,
    form: EventDraft,
    errors: FieldErrors,
}

impl EventForm {
    fn checked(v: &str) -> bool {
        !v.is_empty()
    }
}

#[get("/events/new")]
pub async fn new_form(visitor: Visitor) -> Result<HttpResponse, AppError> {
    require_organizer(&visitor, "/events/new")?;
    ok(&EventForm {
        visitor,
        slug: None,
        form: EventDraft::example(),
        errors: FieldErrors::default(),
    })
}

#[derive(serde::Deserialize)]
pub struct EventFormData {
    #[serde(default)]
    csrf_token: String,
    #[serde(flatten)]
    draft: EventDraft,
}

#[post("/events")]
pub async fn create(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    form: web::Form<EventFormData>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    let user = require_organizer(&visitor, "/events/new")?.clone();
    let draft = form.into_inner().draft;
    match draft.parse() {
        Ok(spec) => {
            let slug = db::events::insert(db.get_ref(), &spec, user.account_id).await?;
            Ok(see_other(format!("/events/{slug}")))
        }
        Err(errors) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &EventForm {
                visitor,
                slug: None,
                form: draft,
                errors,
            },
        ),
    }
}

#[get("/events/{slug}/edit")]
pub async fn edit_form(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    require_organizer(&visitor, &format!("/events/{slug}/edit"))?;
    let event = load(db.get_ref(), &slug).await?;
    ok(&EventForm {
        visitor,
        slug: Some(event.slug.clone()),
        form: EventDraft::from_spec(&event.spec),
        errors: FieldErrors::default(),
    })
}

/// Whether every stored meeting has a place in the edited event: its slot
/// (by start time) and its table (by name) still exist, and the table seats it.
fn still_fits(spec: &EventSpec, remap: &Remap, meetings: &[entity::meeting::Model]) -> bool {
    meetings.iter().all(|m| {
        remap.slot(m.slot as usize).is_some()
            && remap
                .table(m.table_index as usize)
                .and_then(|t| spec.tables.get(t))
                .is_some_and(|t| t.seats as usize >= if m.org_c.is_some() { 3 } else { 2 })
    })
}

#[post("/events/{slug}/edit")]
pub async fn edit(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
    form: web::Form<EventFormData>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    require_organizer(&visitor, &format!("/events/{slug}/edit"))?;
    let event = load(db.get_ref(), &slug).await?;
    let draft = form.into_inner().draft;
    let again = |visitor, draft, errors| {
        render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &EventForm {
                visitor,
                slug: Some(event.slug.clone()),
                form: draft,
                errors,
            },
        )
    };
    match draft.parse() {
        Ok(spec) => {
            let meetings = db::events::meetings(db.get_ref(), event.id).await?;
            let remap = Remap::between(&event.spec, &spec);
            if !still_fits(&spec, &remap, &meetings) {
                let mut errors = FieldErrors::default();
                errors.add(
                    "slots",
                    "Some scheduled meetings use a slot or table that this change removes. Keep them, or move those meetings first.",
                );
                return again(visitor, draft, errors);
            }
            db::events::update_remapped(db.get_ref(), event.id, &spec, &remap).await?;
            Ok(see_other(format!("/events/{}", event.slug)))
        }
        Err(errors) => again(visitor, draft, errors),
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    csrf_token: String,
    confirm: String,
}

/// Deletes an event, its participants, requests, meetings and outcomes, once
/// the organizer has ticked the confirmation.
#[post("/events/{slug}/delete")]
pub async fn delete(
    visitor: Visitor,
    csrf: CsrfToken,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
    form: web::Form<DeleteForm>,
) -> Result<HttpResponse, AppError> {
    csrf.verify(&form.csrf_token)?;
    require_organizer(&visitor, &format!("/events/{slug}/edit"))?;
    let event = load(db.get_ref(), &slug).await?;
    if form.confirm != "yes" {
        return Err(AppError::BadRequest(
            "Tick the box to confirm that the event and everything recorded for it should be deleted."
                .into(),
        ));
    }
    db::events::delete(db.get_ref(), event.id).await?;
    Ok(see_other("/events?done=deleted"))
}
