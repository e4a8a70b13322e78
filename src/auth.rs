//! Passwords (argon2id) and the session cookie.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};

use crate::db::sessions::SESSION_SECONDS;
use crate::domain::account::Password;

pub const SESSION_COOKIE: &str = "rt_session";

/// Hashes on a blocking thread: argon2id is slow on purpose.
pub async fn hash_password(password: Password) -> anyhow::Result<String> {
    actix_web::rt::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.expose().as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
    })
    .await
    .context("password hashing task failed")?
}

/// A valid hash of a random password, checked when the e-mail is unknown so that
/// a wrong address takes as long to refuse as a wrong password.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9A3r2mBQ8Xm5n1h8w2m0Y3oZ6m3Jm0vJ9B8k1XoX4aQ";

pub async fn verify_password(password: String, hash: Option<String>) -> anyhow::Result<bool> {
    actix_web::rt::task::spawn_blocking(move || {
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| DUMMY_HASH.to_owned());
        let parsed =
            PasswordHash::new(&hash).map_err(|e| anyhow::anyhow!("stored hash unreadable: {e}"))?;
        let ok = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(ok && known)
    })
    .await
    .context("password verification task failed")?
}

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
