use actix_web::{HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;

use crate::db;
use crate::web::error::AppError;
use crate::web::respond::ok;
use crate::web::visitor::Visitor;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    visitor: Visitor,
    organization_count: u64,
    /// What the last action did (a message id).
    notice: Option<&'static str>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

#[get("/")]
pub async fn index(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let organization_count = db::organizations::count(db.get_ref()).await?;
    // After leaving an organization the account is gone: say so.
    let notice = match query.done.as_str() {
        "left" => Some("members-left"),
        "deleted" => Some("data-deleted"),
        _ => None,
    };
    ok(&HomePage {
        visitor,
        organization_count,
        notice,
    })
}
