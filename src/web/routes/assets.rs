use actix_web::{HttpResponse, get, http::header};

/// The stylesheet, embedded in the binary.
const STYLE: &str = include_str!("../../../templates/static/style.css");

#[get("/static/style.css")]
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(STYLE)
}

const FAVICON: &str = include_str!("../../../templates/static/favicon.svg");

/// The icon, also where browsers look for it without being told.
#[get("/static/favicon.svg")]
pub async fn favicon() -> HttpResponse {
    favicon_response()
}

#[get("/favicon.ico")]
pub async fn favicon_ico() -> HttpResponse {
    favicon_response()
}

fn favicon_response() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("image/svg+xml")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(FAVICON)
}
