//! The stylesheet and the icon, embedded in the binary. Pages link the
//! stylesheet by a versioned address ([`style_href`]) that browsers keep for a
//! year; a new release changes the address, so nobody sees an old style.

use std::sync::LazyLock;

use actix_web::{HttpRequest, HttpResponse, get, http::header};

const STYLE: &str = include_str!("../../../templates/static/style.css");

/// The stylesheet's version: a hash of its content (FNV-1a, 64 bits).
static STYLE_VERSION: LazyLock<String> = LazyLock::new(|| {
    let hash = STYLE.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
});

static STYLE_HREF: LazyLock<String> =
    LazyLock::new(|| format!("/static/style.css?v={}", *STYLE_VERSION));

/// The address pages link the stylesheet by.
pub fn style_href() -> &'static str {
    &STYLE_HREF
}

#[get("/static/style.css")]
pub async fn stylesheet(req: HttpRequest) -> HttpResponse {
    let etag = format!("\"{}\"", *STYLE_VERSION);
    let versioned = req.query_string() == format!("v={}", *STYLE_VERSION);
    let cache = if versioned {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=3600"
    };
    let unchanged = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let mut response = if unchanged {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header((header::ETAG, etag));
    if unchanged {
        response.finish()
    } else {
        response.body(STYLE)
    }
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
