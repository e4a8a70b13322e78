//! The session cookie that carries a logged-in account's token.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};

use crate::db::sessions::SESSION_SECONDS;

pub const SESSION_COOKIE: &str = "rt_session";

pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, token)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::seconds(SESSION_SECONDS))
        .finish()
}

pub fn expired_session_cookie() -> Cookie<'static> {
    let mut c = Cookie::build(SESSION_COOKIE, "")
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .finish();
    c.make_removal();
    c
}
