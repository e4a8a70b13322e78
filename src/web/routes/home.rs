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
}

#[get("/")]
pub async fn index(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let organization_count = db::organizations::count(db.get_ref()).await?;
    ok(&HomePage {
        visitor,
        organization_count,
    })
}
