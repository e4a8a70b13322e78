//! Passwords, hashed with argon2id on a blocking thread (slow on purpose).
//!
//! Each evaluation takes about 19 MiB and a core for tens of milliseconds, so
//! an application runs at most one per core at a time ([`Passwords`]); some
//! more may wait their turn, and beyond that a request is refused at once with
//! [`Busy`] instead of queueing memory and time without bound.

use std::sync::mpsc::{SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use std::cell::RefCell;

use argon2::password_hash::{
    self, Output, ParamsString, PasswordHash, SaltString, rand_core::OsRng,
};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use subtle::ConstantTimeEq;
use tokio::sync::oneshot;

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

/// Password hashing for one application: one worker thread per core runs the
/// argon2 evaluations, in turn, from a short queue. Dedicated threads keep the
/// memory of past evaluations to one block per worker (a fresh blocking
/// thread per evaluation would leave a block behind in each).
pub struct Passwords {
    jobs: SyncSender<Job>,
}

type Job = Box<dyn FnOnce() + Send>;

/// Requests that may wait for a free worker, beyond those running: at about
/// 50 ms per check, the last of them waits about a second and a half.
const MAX_WAITING: usize = 32;

impl Default for Passwords {
    /// One worker per core.
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let (jobs, queue) = sync_channel::<Job>(MAX_WAITING);
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..cores {
            let queue = Arc::clone(&queue);
            let spawned = std::thread::Builder::new()
                .name(format!("passwords-{n}"))
                .spawn(move || {
                    loop {
                        // The lock is held only to take the next job.
                        let job = queue.lock().map(|q| q.recv());
                        match job {
                            Ok(Ok(job)) => job(),
                            // The application is gone, or a worker panicked.
                            _ => break,
                        }
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "could not start a password worker");
            }
        }
        Self { jobs }
    }
}

impl std::fmt::Debug for Passwords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passwords")
    }
}

impl Passwords {
    /// Runs `work` on a worker, or refuses at once when the queue is full.
    async fn gated<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
    ) -> Result<T, PasswordError> {
        let (done, result) = oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = done.send(work());
        });
        match self.jobs.try_send(job) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err(Busy.into()),
            Err(TrySendError::Disconnected(_)) => {
                return Err(anyhow::anyhow!("the password workers have stopped").into());
            }
        }
        Ok(result
            .await
            .context("a password worker stopped during a check")??)
    }

    /// Hashes a new password.
    pub async fn hash(&self, password: Password) -> Result<String, PasswordError> {
        self.gated(move || {
            let salt = SaltString::generate(&mut OsRng);
            let argon = Argon2::default();
            let mut salt_bytes = [0u8; 64];
            let raw_salt = salt
                .as_salt()
                .decode_b64(&mut salt_bytes)
                .map_err(|e| anyhow::anyhow!("salt: {e}"))?;
            let length = argon
                .params()
                .output_len()
                .unwrap_or(Params::DEFAULT_OUTPUT_LEN);
            let output = Output::init_with(length, |out| {
                argon2_into(&argon, password.expose().as_bytes(), raw_salt, out)
                    .map_err(|_| password_hash::Error::Password)
            })
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))?;
            let phc = PasswordHash {
                algorithm: Algorithm::Argon2id.ident(),
                version: Some(Version::V0x13.into()),
                params: ParamsString::try_from(argon.params())
                    .map_err(|e| anyhow::anyhow!("parameters: {e}"))?,
                salt: Some(salt.as_salt()),
                hash: Some(output),
            };
            Ok(phc.to_string())
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
            let unreadable =
                |e: &dyn std::fmt::Display| anyhow::anyhow!("stored hash unreadable: {e}");
            let parsed = PasswordHash::new(&hash).map_err(|e| unreadable(&e))?;
            let params = Params::try_from(&parsed).map_err(|e| unreadable(&e))?;
            let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| unreadable(&e))?;
            let version = parsed
                .version
                .map(Version::try_from)
                .transpose()
                .map_err(|e| unreadable(&e))?
                .unwrap_or_default();
            let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
                return Err(unreadable(&"no salt or no hash"));
            };
            let mut salt_bytes = [0u8; 64];
            let raw_salt = salt
                .decode_b64(&mut salt_bytes)
                .map_err(|e| unreadable(&e))?;
            let mut out = vec![0u8; expected.len()];
            argon2_into(
                &Argon2::new(algorithm, version, params),
                password.as_bytes(),
                raw_salt,
                &mut out,
            )
            .map_err(|e| unreadable(&e))?;
            let same: bool = expected.as_bytes().ct_eq(&out).into();
            Ok(same && known)
        })
        .await
    }
}

thread_local! {
    /// A worker's argon2 memory, allocated once and reused by every check it
    /// runs (argon2's own functions allocate and free 19 MiB each time, which
    /// the allocator does not always give back).
    static BLOCKS: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// argon2 into `out`, in this thread's memory blocks.
fn argon2_into(
    argon: &Argon2<'_>,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), argon2::Error> {
    BLOCKS.with_borrow_mut(|blocks| {
        let needed = argon.params().block_count();
        if blocks.len() < needed {
            blocks.resize(needed, Block::new());
        }
        argon.hash_password_into_with_memory(password, salt, out, &mut blocks[..needed])
    })
}

/// A valid hash of a random password, checked when the e-mail is unknown so that
/// a wrong address takes as long to refuse as a wrong password.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9A3r2mBQ8Xm5n1h8w2m0Y3oZ6m3Jm0vJ9B8k1XoX4aQ";

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    #[tokio::test]
    async fn hashes_verify_here_and_with_argon2s_own_functions() {
        let passwords = Passwords::default();
        let secret = "correct horse battery staple";
        let ours = passwords
            .hash(Password::parse(secret).unwrap())
            .await
            .unwrap();
        assert!(
            passwords
                .verify(secret.into(), Some(ours.clone()))
                .await
                .unwrap()
        );
        assert!(
            !passwords
                .verify("wrong".into(), Some(ours.clone()))
                .await
                .unwrap()
        );
        // Stored hashes from before (argon2's own) verify, and ours verify there.
        let theirs = Argon2::default()
            .hash_password(secret.as_bytes(), &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(passwords.verify(secret.into(), Some(theirs)).await.unwrap());
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(
            Argon2::default()
                .verify_password(secret.as_bytes(), &parsed)
                .is_ok()
        );
        // An unknown account never verifies.
        assert!(!passwords.verify(secret.into(), None).await.unwrap());
    }
}
