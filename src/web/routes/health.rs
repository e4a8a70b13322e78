use std::time::Duration;

use actix_web::http::header::RETRY_AFTER;
use actix_web::{HttpResponse, get, web};
use sea_orm::DatabaseConnection;

use crate::web::error::RETRY_AFTER_SECONDS;

/// The longest a health check waits for the database: a monitor needs an answer
/// quickly, and a database that takes longer than this to answer `SELECT 1` is
/// not healthy. (Taking a connection from the pool is bounded too, by the
/// pool's own timeout; this also bounds a ping on a connection that hangs.)
const PING_TIMEOUT: Duration = Duration::from_secs(2);

/// 200 `ok` when the database answers, 503 (with `Retry-After`) otherwise.
#[get("/healthz")]
pub async fn healthz(db: web::Data<DatabaseConnection>) -> HttpResponse {
    let problem = match tokio::time::timeout(PING_TIMEOUT, db.ping()).await {
        Ok(Ok(())) => return HttpResponse::Ok().content_type("text/plain").body("ok"),
        Ok(Err(e)) => e.to_string(),
        Err(_) => format!("no answer within {PING_TIMEOUT:?}"),
    };
    tracing::error!(error = %problem, "health check: database does not answer");
    HttpResponse::ServiceUnavailable()
        .content_type("text/plain")
        .insert_header((RETRY_AFTER, RETRY_AFTER_SECONDS))
        .body("database unavailable")
}
