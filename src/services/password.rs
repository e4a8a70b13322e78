//! Passwords, hashed with argon2id on a blocking thread (slow on purpose).
//!
//! Each evaluation takes about 19 MiB and a core for tens of milliseconds, so
//! an application runs at most one per core at a time ([`Passwords`]); a few
//! more may wait their turn, and beyond that a request is refused at once with
//! [`Busy`] instead of queueing memory and time without bound.

use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use tokio::sync::Semaphore;

use crate::domain::account::Password;

/// Too many password checks are running or waiting: try again in a moment.
#[derive(Debug, thiserror::Error)]
#[error("too many password checks at once")]
pub struct Busy;

/// What a password operation can fail with.
#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error(transparent)]
    Busy(#[from] Busy),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

/// Password hashing for one application: it bounds the argon2 evaluations
/// that run and wait at once.
#[derive(Debug)]
pub struct Passwords {
    running: Semaphore,
    waiting: AtomicUsize,
    max_waiting: usize,
}

/// Waiting requests allowed per core, beyond those running.
const WAITING_PER_CORE: usize = 4;

impl Default for Passwords {
    /// One evaluation per core at a time.
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        Self {
            running: Semaphore::new(cores),
            waiting: AtomicUsize::new(0),
            max_waiting: cores * WAITING_PER_CORE,
        }
    }
}

impl Passwords {
    /// Runs `work` on a blocking thread once a core is free for it.
    async fn gated<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
    ) -> Result<T, PasswordError> {
        let ahead = self.waiting.fetch_add(1, Ordering::SeqCst);
        if ahead >= self.max_waiting + self.running.available_permits() {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return Err(Busy.into());
        }
        let permit = self.running.acquire().await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        let _permit = permit.context("the password gate is closed")?;
        Ok(tokio::task::spawn_blocking(work)
            .await
            .context("password task failed")??)
    }

    /// Hashes a new password.
    pub async fn hash(&self, password: Password) -> Result<String, PasswordError> {
        self.gated(move || {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(password.expose().as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
        })
        .await
    }

    /// Whether `password` matches the stored `hash`; `None` (no such account)
    /// takes as long and is always false.
    pub async fn verify(
        &self,
        password: String,
        hash: Option<String>,
    ) -> Result<bool, PasswordError> {
        self.gated(move || {
            let known = hash.is_some();
            let hash = hash.unwrap_or_else(|| DUMMY_HASH.to_owned());
            let parsed = PasswordHash::new(&hash)
                .map_err(|e| anyhow::anyhow!("stored hash unreadable: {e}"))?;
            let ok = Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok();
            Ok(ok && known)
        })
        .await
    }
}

/// A valid hash of a random password, checked when the e-mail is unknown so that
/// a wrong address takes as long to refuse as a wrong password.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9A3r2mBQ8Xm5n1h8w2m0Y3oZ6m3Jm0vJ9B8k1XoX4aQ";
