//! `GET /events`: every event, the next first.

use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use super::EventView;
use crate::db;
use crate::web::error::AppError;
use crate::web::respond::ok;
use crate::web::visitor::Visitor;

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
pub struct Done {
    done: String,
}

#[get("/events")]
pub async fn list(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let mut events = Vec::new();
    for e in db::events::list(db.get_ref()).await? {
        let n = db::participants::count(db.get_ref(), e.id).await?;
        events.push((EventView::new(visitor.lang, &e), n));
    }
    ok(&EventsPage {
        organizer: visitor.is_organizer(),
        visitor,
        events,
        notice: match query.done.as_str() {
            "deleted" => "notice-event-deleted",
            _ => "",
        },
    })
}
