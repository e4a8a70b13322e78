//! The matching engine built from the database, shared by the requests of one
//! process and checked against the database's profile generation on every use:
//! an edit made through any process is seen by the next request of every other.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant};

use anyhow::Context;
use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use crate::db;
use crate::matching::{Engine, Filter, Match};

/// What a page needs to show a partner, besides its profile.
pub struct OrgMeta {
    pub id: i32,
    pub slug: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    /// Suggested to logged-in viewers only.
    pub hidden: bool,
}

pub struct Snapshot {
    pub generation: i64,
    pub engine: Engine,
    pub orgs: Vec<OrgMeta>,
    by_slug: HashMap<String, usize>,
    by_id: HashMap<i32, usize>,
    /// The organizations out of the public directory, ascending.
    hidden: Vec<usize>,
    rankings: Rankings,
}

/// At most this many suggestions are kept in all across the rankings of one
/// snapshot (24 bytes each: 48 MB); the least recently read go first.
const RANKINGS_HELD: usize = 2_000_000;

/// Each organization's whole ranking, computed when first read and kept for
/// the snapshot's life: paging, filtering and marking do not rank again.
#[derive(Default)]
struct Rankings {
    held: Mutex<Held>,
}

#[derive(Default)]
struct Held {
    lists: HashMap<usize, (u64, Arc<[Match]>)>,
    clock: u64,
    size: usize,
}

impl Rankings {
    fn get(&self, engine: &Engine, a: usize) -> Arc<[Match]> {
        if let Some(list) = self.touch(a) {
            return list;
        }
        // Ranked outside the lock: two first reads of one list may both rank it.
        let list: Arc<[Match]> = engine.top(a, engine.len()).into();
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.clock += 1;
        let clock = held.clock;
        if let Some((_, old)) = held.lists.insert(a, (clock, list.clone())) {
            held.size -= old.len();
        }
        held.size += list.len();
        while held.size > RANKINGS_HELD && held.lists.len() > 1 {
            let Some(oldest) = held
                .lists
                .iter()
                .filter(|(k, _)| **k != a)
                .min_by_key(|(_, (used, _))| *used)
                .map(|(k, _)| *k)
            else {
                break;
            };
            if let Some((_, gone)) = held.lists.remove(&oldest) {
                held.size -= gone.len();
            }
        }
        list
    }

    fn touch(&self, a: usize) -> Option<Arc<[Match]>> {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.clock += 1;
        let clock = held.clock;
        let (used, list) = held.lists.get_mut(&a)?;
        *used = clock;
        Some(list.clone())
    }
}

impl Snapshot {
    /// The organizations out of the public directory (indices, ascending).
    pub fn hidden(&self) -> &[usize] {
        &self.hidden
    }

    /// Every suggestion for organization `a`, best first (see [`Engine::top`]).
    pub fn ranking(&self, a: usize) -> Arc<[Match]> {
        self.rankings.get(&self.engine, a)
    }

    /// The first `limit` suggestions for `a` that pass `filter`, best first.
    pub fn ranked(&self, a: usize, filter: &Filter, limit: usize) -> Vec<Match> {
        self.ranking(a)
            .iter()
            .filter(|m| filter.accepts(&self.engine, m))
            .take(limit)
            .copied()
            .collect()
    }

    pub fn index_of(&self, slug: &str) -> Option<usize> {
        self.by_slug.get(slug).copied()
    }

    pub fn index_of_id(&self, id: i32) -> Option<usize> {
        self.by_id.get(&id).copied()
    }

    /// What the suggestion of `partner` to `org` is scored with now, as JSON
    /// kept with an interest mark: the engine's version, the partner's rank
    /// in the organization's list (1 is first) and the parts of the score.
    pub fn scored_with(&self, org: i32, partner: i32) -> Option<String> {
        let (a, b) = (self.index_of_id(org)?, self.index_of_id(partner)?);
        let rank = self
            .ranking(a)
            .iter()
            .position(|m| m.index == b)
            .map(|r| r + 1);
        serde_json::to_string(&serde_json::json!({
            "engine": crate::matching::VERSION,
            "rank": rank,
            "parts": self.engine.parts(a, b),
        }))
        .ok()
    }
}

/// How long a read of suggestions waits for the index of a newer generation
/// before it is answered from the previous one ([`MatchIndex::current_or_previous`]).
const FRESH_WAIT: Duration = Duration::from_millis(300);

/// The index of the profiles as they are, rebuilt when their generation moves.
/// Cloning it shares it.
#[derive(Clone)]
pub struct MatchIndex {
    inner: Arc<Inner>,
    fresh_wait: Duration,
}

impl Default for MatchIndex {
    fn default() -> Self {
        Self::with_fresh_wait(FRESH_WAIT)
    }
}

#[derive(Default)]
struct Inner {
    current: RwLock<Option<Arc<Snapshot>>>,
    /// Held by the one rebuild that runs at a time.
    rebuilding: tokio::sync::Mutex<()>,
    /// Whether a rebuild in the background is under way.
    background: AtomicBool,
    /// Wakes the reads waiting for a background rebuild.
    rebuilt: Notify,
    /// The connection the profiles are loaded through ([`db::long_reads`]).
    loader: OnceLock<DatabaseConnection>,
    /// How long the last rebuild took, in milliseconds.
    last_build_ms: AtomicU64,
}

impl Inner {
    /// The snapshot held, if it is of `generation` or newer.
    fn cached(&self, generation: i64) -> Option<Arc<Snapshot>> {
        self.latest().filter(|s| s.generation >= generation)
    }

    fn latest(&self) -> Option<Arc<Snapshot>> {
        let guard = self.current.read().unwrap_or_else(|e| e.into_inner());
        guard.clone()
    }

    /// Builds the snapshot of the database's generation unless one is held.
    async fn rebuild(&self, db: &DatabaseConnection) -> anyhow::Result<Arc<Snapshot>> {
        // One rebuild at a time; the others wait and then find it done.
        let _one = self.rebuilding.lock().await;
        let generation = db::organizations::generation(db).await?;
        if let Some(s) = self.cached(generation) {
            return Ok(s);
        }
        // The generation is read before the profiles: the snapshot is never older
        // than its label, and a write after it raises the label for the next request.
        let started = Instant::now();
        let loader = self.loader.get_or_init(|| db::long_reads(db));
        let all = db::organizations::load_all(loader).await?;
        let snapshot = actix_web::rt::task::spawn_blocking(move || build(generation, all))
            .await
            .context("building the matching index failed")?;
        let snapshot = Arc::new(snapshot);
        let took = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_build_ms.store(took, Ordering::Release);
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(snapshot.clone());
        Ok(snapshot)
    }
}

impl MatchIndex {
    /// An index whose reads of suggestions wait at most `wait` for a rebuild.
    pub fn with_fresh_wait(wait: Duration) -> Self {
        Self {
            inner: Arc::default(),
            fresh_wait: wait,
        }
    }

    /// The engine for the profiles as they are now in the database; waits
    /// for a rebuild when they changed.
    pub async fn current(&self, db: &DatabaseConnection) -> anyhow::Result<Arc<Snapshot>> {
        let generation = db::organizations::generation(db).await?;
        if let Some(s) = self.inner.cached(generation) {
            return Ok(s);
        }
        self.inner.rebuild(db).await
    }

    /// As [`MatchIndex::current`], but when the profiles changed and the
    /// rebuild takes longer than its wait ([`FRESH_WAIT`] by default), the
    /// previous snapshot: a large index is rebuilt in the background while
    /// reads go on. When the last rebuild took longer than the wait, reads do
    /// not wait at all.
    pub async fn current_or_previous(
        &self,
        db: &DatabaseConnection,
    ) -> anyhow::Result<Arc<Snapshot>> {
        let generation = db::organizations::generation(db).await?;
        if let Some(s) = self.inner.cached(generation) {
            return Ok(s);
        }
        let Some(previous) = self.inner.latest() else {
            return self.inner.rebuild(db).await;
        };
        let rebuilt = self.inner.rebuilt.notified();
        tokio::pin!(rebuilt);
        rebuilt.as_mut().enable();
        if !self.inner.background.swap(true, Ordering::AcqRel) {
            let (inner, db) = (self.inner.clone(), db.clone());
            tokio::spawn(async move {
                if let Err(e) = inner.rebuild(&db).await {
                    tracing::error!(error = %e, "rebuilding the matching index failed");
                }
                inner.background.store(false, Ordering::Release);
                inner.rebuilt.notify_waiters();
            });
        }
        // Waiting is worth it only when rebuilds end within the wait; beyond
        // that size (about 5,000 organizations) reads never wait.
        let last = Duration::from_millis(self.inner.last_build_ms.load(Ordering::Acquire));
        if last <= self.fresh_wait {
            let _ = tokio::time::timeout(self.fresh_wait, rebuilt).await;
        }
        Ok(self.inner.cached(generation).unwrap_or(previous))
    }

    /// The snapshot for reading `slug`'s suggestions and its index there:
    /// [`MatchIndex::current_or_previous`], or the current one for an
    /// organization the previous snapshot does not hold yet.
    pub async fn ranking_of(
        &self,
        db: &DatabaseConnection,
        slug: &str,
    ) -> anyhow::Result<(Arc<Snapshot>, Option<usize>)> {
        let snapshot = self.current_or_previous(db).await?;
        if let Some(a) = snapshot.index_of(slug) {
            return Ok((snapshot, Some(a)));
        }
        let snapshot = self.current(db).await?;
        let a = snapshot.index_of(slug);
        Ok((snapshot, a))
    }

    /// Whether the index is being rebuilt: suggestions read now may not show
    /// the latest edits yet.
    pub fn is_updating(&self) -> bool {
        self.inner.background.load(Ordering::Acquire)
    }
}

fn build(generation: i64, all: Vec<db::organizations::OrgWithItems>) -> Snapshot {
    let mut profiles = Vec::with_capacity(all.len());
    let mut orgs = Vec::with_capacity(all.len());
    let mut by_slug = HashMap::with_capacity(all.len());
    let mut by_id = HashMap::with_capacity(all.len());
    for (i, o) in all.into_iter().enumerate() {
        profiles.push(o.profile());
        by_slug.insert(o.org.slug.clone(), i);
        by_id.insert(o.org.id, i);
        orgs.push(OrgMeta {
            id: o.org.id,
            slug: o.org.slug,
            website: o.org.website,
            contact_email: o.org.contact_email,
            hidden: o.org.hidden,
        });
    }
    let hidden = orgs
        .iter()
        .enumerate()
        .filter(|(_, o)| o.hidden)
        .map(|(i, _)| i)
        .collect();
    Snapshot {
        generation,
        engine: Engine::new(profiles),
        orgs,
        by_slug,
        by_id,
        hidden,
        rankings: Rankings::default(),
    }
}
