use actix_web::{HttpResponse, get, http::header};

/// The stylesheet, embedded in the binary.
const STYLE: &str = include_str!("../../templates/static/style.css");

#[get("/static/style.css")]
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(STYLE)
}
