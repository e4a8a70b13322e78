use actix_web::{HttpResponse, get, web};
use sea_orm::DatabaseConnection;

/// 200 `ok` when the database answers, 503 otherwise.
#[get("/healthz")]
pub async fn healthz(db: web::Data<DatabaseConnection>) -> HttpResponse {
    match db.ping().await {
        Ok(()) => HttpResponse::Ok().content_type("text/plain").body("ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: database does not answer");
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body("database unavailable")
        }
    }
}
