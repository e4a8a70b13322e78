//! The profiles' generation and count of deletions, read once for every
//! request that came before the read began.
//!
//! Each page that shows suggestions or searches the directory first asks the
//! database whether the profiles moved. A read that began after a request
//! came sees every write committed before it, so it answers that request as
//! well as a read of its own would: requests that arrive while a read is
//! under way wait for the next one, and all of them share it. Under load
//! this is one query per round instead of one per request.
//!
//! A request waits at most [`SHARE_WAIT`] for its turn: behind a read that
//! takes longer (a database slow to answer, or not answering) it asks on its
//! own, so that in an outage requests fail side by side, each after its own
//! time-out, not one after the other.

use std::time::{Duration, Instant};

use sea_orm::{DatabaseConnection, DbErr};

use crate::db;

/// How long a request waits for a shared read before it reads on its own.
const SHARE_WAIT: Duration = Duration::from_millis(50);

#[derive(Default)]
pub struct ProfilesState {
    /// When the last read began, and what it found.
    last: tokio::sync::Mutex<Option<(Instant, (i64, i64))>>,
}

impl ProfilesState {
    /// `(generation, removals)` as of a moment after this call began.
    pub async fn read(&self, db: &DatabaseConnection) -> Result<(i64, i64), DbErr> {
        let asked = Instant::now();
        let Ok(mut last) = tokio::time::timeout(SHARE_WAIT, self.last.lock()).await else {
            return db::organizations::state(db).await;
        };
        if let Some((began, state)) = *last
            && began >= asked
        {
            return Ok(state);
        }
        let began = Instant::now();
        let state = db::organizations::state(db).await?;
        *last = Some((began, state));
        Ok(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration::MigratorTrait;
    use std::sync::Arc;

    /// Reads that keep one another busy never hand a request a state read
    /// before it came: each generation written is seen by the next request.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_request_sees_every_write_committed_before_it_came() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/state.db?mode=rwc", dir.path().display());
        let db = db::connect(&url).await.unwrap();
        migration::Migrator::up(&db, None).await.unwrap();
        let reads = db::long_reads(&db);
        let shared = Arc::new(ProfilesState::default());
        let busy: Vec<_> = (0..4)
            .map(|_| {
                let (shared, reads) = (shared.clone(), reads.clone());
                tokio::spawn(async move {
                    for _ in 0..300 {
                        shared.read(&reads).await.unwrap();
                    }
                })
            })
            .collect();
        for _ in 0..100 {
            db::organizations::removed(&db).await.unwrap();
            let written = db::organizations::state(&db).await.unwrap();
            assert_eq!(shared.read(&reads).await.unwrap(), written);
        }
        for b in busy {
            b.await.unwrap();
        }
    }

    /// Behind a read that does not end, a request reads on its own.
    #[tokio::test]
    async fn a_request_does_not_wait_long_behind_a_stuck_read() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/stuck.db?mode=rwc", dir.path().display());
        let db = db::connect(&url).await.unwrap();
        migration::Migrator::up(&db, None).await.unwrap();
        db::organizations::removed(&db).await.unwrap();
        let shared = ProfilesState::default();
        let stuck = shared.last.lock().await;
        let started = Instant::now();
        let read = tokio::time::timeout(Duration::from_secs(5), shared.read(&db)).await;
        assert_eq!(read.expect("answered").unwrap(), (1, 1));
        assert!(started.elapsed() >= SHARE_WAIT);
        drop(stuck);
    }
}
