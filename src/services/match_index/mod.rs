//! The matching engine built from the database, shared by the requests of one
//! process and checked against the database's profile generation on every use:
//! an edit made through any process is seen by the next request of every other.
//!
//! The index is built whole at start-up; after that, a process catches up by
//! reading only the organizations written since its snapshot's generation
//! (`organization.revision`) into a new snapshot that shares the engine's
//! core ([`Engine::with_changes`]) and mends the rankings it keeps. It is
//! built whole again, in the background, when many organizations have
//! changed since, when the core is old, or when an organization was deleted.

mod explanations;
mod orgs;
mod rankings;

pub use orgs::{OrgMeta, Orgs};
pub use rankings::Ranking;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, RwLock};
use std::time::{Duration, Instant};

use anyhow::Context;
use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use crate::db;
use crate::matching::{Engine, Filter, Match, Reason};
use crate::services::profiles_state::ProfilesState;
use explanations::Explanations;
use rankings::{Rankings, Versions};

pub struct Snapshot {
    pub generation: i64,
    pub engine: Engine,
    pub orgs: Orgs,
    rankings: Arc<Rankings>,
    /// The reasons of pairs recently explained, shared with the snapshots
    /// caught up from the same core.
    explanations: Arc<Explanations>,
    /// 0 for a snapshot built whole, one more for each catch-up from it.
    version: u64,
    /// For each organization changed by a catch-up since the index was
    /// built whole: the version of its last change.
    changed_at: Arc<HashMap<usize, u64>>,
    /// When the index was built whole.
    built: Instant,
    /// How many organizations had ever been deleted when it was.
    removals: i64,
}

impl Snapshot {
    /// The organizations out of the public directory (indices, ascending).
    pub fn hidden(&self) -> &[usize] {
        self.orgs.hidden()
    }

    /// Every suggestion for organization `a`, best first (see [`Engine::top`]).
    pub fn ranking(&self, a: usize) -> Arc<[Match]> {
        self.partners(a, usize::MAX, true).list
    }

    /// The suggestions for `a`, at least the first `need` best first, and
    /// how many there are (see [`Ranking`]): for the first pages, without
    /// putting all in order nor perhaps holding the others.
    pub fn ranking_head(&self, a: usize, need: usize) -> Ranking {
        self.partners(a, need, false)
    }

    /// Every suggestion for `a`, at least the first `need` best first.
    pub fn ranking_all(&self, a: usize, need: usize) -> Ranking {
        self.partners(a, need, true)
    }

    fn partners(&self, a: usize, need: usize, all: bool) -> Ranking {
        self.rankings.get(&self.versions(), a, need, all)
    }

    fn versions(&self) -> Versions<'_> {
        Versions {
            engine: &self.engine,
            version: self.version,
            changed_at: &self.changed_at,
        }
    }

    /// Why `b` is suggested to `a` ([`Engine::explain`]), kept for the
    /// pairs recently read until either organization changes.
    pub fn explain(&self, a: usize, b: usize) -> Vec<Reason> {
        self.explanations.get(&self.versions(), a, b).to_vec()
    }

    /// The first `limit` suggestions for `a` that pass `filter`, best first.
    pub fn ranked(&self, a: usize, filter: &Filter, limit: usize) -> Vec<Match> {
        let passing = |list: &[Match]| -> Vec<Match> {
            list.iter()
                .filter(|m| filter.accepts(&self.engine, m))
                .take(limit)
                .copied()
                .collect()
        };
        let first = self.ranking_head(a, limit);
        let found = passing(first.head());
        if found.len() == limit || first.is_whole() {
            return found;
        }
        passing(&self.ranking(a))
    }

    pub fn index_of(&self, slug: &str) -> Option<usize> {
        self.orgs.index_of(slug)
    }

    pub fn index_of_id(&self, id: i32) -> Option<usize> {
        self.orgs.index_of_id(id)
    }

    /// What the suggestion of `partner` to `org` is scored with now, as JSON
    /// kept with an interest mark: the engine's version, the partner's rank
    /// in the organization's list (1 is first) and the parts of the score.
    pub fn scored_with(&self, org: i32, partner: i32) -> Option<String> {
        let (a, b) = (self.index_of_id(org)?, self.index_of_id(partner)?);
        // Its place without putting the whole list in order: one more than
        // the partners before it.
        let m = self.engine.pair(a, b);
        let rank = (m.score > 0.0).then(|| {
            let all = self.ranking_all(a, 0).list;
            let before = all
                .iter()
                .filter(|r| self.engine.order(r, &m) == std::cmp::Ordering::Less);
            before.count() + 1
        });
        serde_json::to_string(&serde_json::json!({
            "engine": crate::matching::VERSION,
            "rank": rank,
            "parts": self.engine.parts(a, b),
        }))
        .ok()
    }
}

/// How long a read of suggestions waits for the index of a newer generation
/// before it is answered from the previous one ([`MatchIndex::current_or_previous`]),
/// when the index must be built whole.
const FRESH_WAIT: Duration = Duration::from_millis(300);

/// Below this many organizations, the index is built whole after every
/// change rather than caught up: exact (the field's statistics of a small
/// index move with every profile), and built in about a tenth of a second.
const REBUILD_BELOW: usize = 1000;

/// A catch-up reads at most this many changed organizations (or 1 % of
/// them, whichever is more) into a snapshot; beyond, the index is built whole.
const CHANGES_READ_IN: usize = 32;

/// After this long, an index with changes read in is built whole again in
/// the background (the field's statistics and the hub measures of the
/// organizations that did not change move with the others).
const CORE_AGE: Duration = Duration::from_secs(600);

/// The index of the profiles as they are, caught up or rebuilt when their
/// generation moves. Cloning it shares it.
#[derive(Clone)]
pub struct MatchIndex {
    inner: Arc<Inner>,
    fresh_wait: Duration,
    rebuild_below: usize,
}

impl Default for MatchIndex {
    fn default() -> Self {
        Self::with_fresh_wait(FRESH_WAIT)
    }
}

#[derive(Default)]
struct Inner {
    current: RwLock<Option<Arc<Snapshot>>>,
    /// Held by the one full rebuild that runs at a time.
    rebuilding: tokio::sync::Mutex<()>,
    /// Held by whoever replaces the current snapshot.
    replacing: tokio::sync::Mutex<()>,
    /// Whether a rebuild in the background is under way.
    background: AtomicBool,
    /// Wakes the reads waiting for a background rebuild.
    rebuilt: Notify,
    /// The connections the profiles are read through ([`db::long_reads`]).
    loader: OnceLock<DatabaseConnection>,
    /// How long the last rebuild took, in milliseconds.
    last_build_ms: AtomicU64,
    /// How many times it was built whole.
    builds: AtomicU64,
    /// The newest generation of the profiles seen in the database.
    seen: AtomicI64,
    /// The reads of that generation, shared by the requests that wait for one.
    profiles: ProfilesState,
    /// How far a ranking read for the first time is put in order (0: [`rankings::HEAD`]).
    head: std::sync::atomic::AtomicUsize,
}

/// Why the index is built whole.
#[derive(Clone, Copy, Debug)]
enum Why {
    /// A reader saw this generation and no snapshot of it could be had
    /// otherwise (none yet, an organization deleted, too many changes): any
    /// snapshot as new, made while it waited for the rebuild before it,
    /// will do. Readers that queue behind the first build do not each build
    /// again when that build has caught up with edits made meanwhile.
    Behind(i64),
    /// The core is renewed (the field's statistics and hub measures): only a
    /// snapshot built whole at the database's generation will do.
    Refresh(&'static str),
}

impl Why {
    fn as_str(self) -> &'static str {
        match self {
            Why::Behind(_) => "behind the profiles",
            Why::Refresh(why) => why,
        }
    }
}

/// How many changed organizations a snapshot of `orgs` may hold.
fn changes_read_in(orgs: usize) -> usize {
    CHANGES_READ_IN.max(orgs / 100)
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

    fn store(&self, snapshot: Arc<Snapshot>) {
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(snapshot);
    }

    /// The connections the index reads through ([`db::long_reads`]).
    fn reads<'a>(&'a self, db: &DatabaseConnection) -> &'a DatabaseConnection {
        self.loader.get_or_init(|| db::long_reads(db))
    }

    /// The database's generation (noted as seen) and count of deletions.
    async fn state(&self, db: &DatabaseConnection) -> anyhow::Result<(i64, i64)> {
        let (generation, removals) = self.profiles.read(self.reads(db)).await?;
        self.seen.fetch_max(generation, Ordering::AcqRel);
        Ok((generation, removals))
    }

    /// The held snapshot brought to the database's generation by reading
    /// the organizations written since; `None` when that cannot be done (no
    /// snapshot yet, an organization deleted, too many changed). Starts a
    /// full rebuild in the background when the changes read in grow many or old.
    /// `seen` is the generation the reader saw: a snapshot of it, made by
    /// whoever replaced the snapshot while the reader waited, is fresh enough
    /// (the reader does not chase the edits committed after it came).
    async fn catch_up(
        self: &Arc<Self>,
        db: &DatabaseConnection,
        seen: i64,
    ) -> anyhow::Result<Option<Arc<Snapshot>>> {
        let _one = self.replacing.lock().await;
        if let Some(s) = self.cached(seen) {
            return Ok(Some(s));
        }
        let now = self.state(db).await?;
        if let Some(s) = self.cached(now.0) {
            return Ok(Some(s));
        }
        let Some(base) = self.latest() else {
            return Ok(None);
        };
        let Some(snapshot) = caught_up(base, now, self.reads(db)).await? else {
            return Ok(None);
        };
        let snapshot = Arc::new(snapshot);
        self.store(snapshot.clone());
        let many = snapshot.engine.changes() * 2 > changes_read_in(snapshot.orgs.len());
        if many {
            self.rebuild_in_background(db, Why::Refresh("many changes read in"));
        } else if snapshot.built.elapsed() > CORE_AGE {
            self.rebuild_in_background(db, Why::Refresh("changes read in for long"));
        }
        Ok(Some(snapshot))
    }

    /// Builds the snapshot of the database's generation whole, unless one
    /// that does is held (see [`Why`]).
    async fn rebuild(&self, db: &DatabaseConnection, why: Why) -> anyhow::Result<Arc<Snapshot>> {
        // One rebuild at a time; the others wait and then find it done.
        let _one = self.rebuilding.lock().await;
        if let Why::Behind(seen) = why
            && let Some(s) = self.cached(seen)
        {
            return Ok(s);
        }
        let (generation, removals) = self.state(db).await?;
        if let Some(s) = self.cached(generation)
            && s.version == 0
        {
            return Ok(s);
        }
        // The generation is read before the profiles: the snapshot is never older
        // than its label, and a write after it raises the label for the next request.
        let started = Instant::now();
        let all = db::organizations::load_all(self.reads(db)).await?;
        let head = match self.head.load(Ordering::Relaxed) {
            0 => rankings::HEAD,
            n => n,
        };
        let snapshot =
            actix_web::rt::task::spawn_blocking(move || build(generation, removals, all, head))
                .await
                .context("building the matching index failed")?;
        let took = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_build_ms.store(took, Ordering::Release);
        self.builds.fetch_add(1, Ordering::AcqRel);
        tracing::info!(
            organizations = snapshot.orgs.len(),
            ms = took,
            why = why.as_str(),
            "matching index built whole"
        );
        // Written meanwhile: read in before it replaces the held snapshot.
        let _replace = self.replacing.lock().await;
        let mut snapshot = Arc::new(snapshot);
        let now = self.state(db).await?;
        if now.0 > generation
            && let Some(newer) = caught_up(snapshot.clone(), now, self.reads(db)).await?
        {
            snapshot = Arc::new(newer);
        }
        if self
            .latest()
            .is_none_or(|held| held.generation <= snapshot.generation)
        {
            self.store(snapshot.clone());
        }
        Ok(snapshot)
    }

    /// Starts a full rebuild in the background unless one runs.
    fn rebuild_in_background(self: &Arc<Self>, db: &DatabaseConnection, why: Why) {
        if self.background.swap(true, Ordering::AcqRel) {
            return;
        }
        let (inner, db) = (self.clone(), db.clone());
        tokio::spawn(async move {
            if let Err(e) = inner.rebuild(&db, why).await {
                tracing::error!(error = %e, "rebuilding the matching index failed");
            }
            inner.background.store(false, Ordering::Release);
            inner.rebuilt.notify_waiters();
        });
    }
}

impl MatchIndex {
    /// An index whose reads of suggestions wait at most `wait` for a rebuild.
    pub fn with_fresh_wait(wait: Duration) -> Self {
        Self {
            inner: Arc::default(),
            fresh_wait: wait,
            rebuild_below: REBUILD_BELOW,
        }
    }

    /// An index that reads through `reads` (else through its own [`db::long_reads`]).
    pub fn reading_from(self, reads: DatabaseConnection) -> Self {
        let _ = self.inner.loader.set(reads);
        self
    }

    /// This index, with rankings read for the first time put in order only
    /// `head` far (for tests; [`rankings::HEAD`] by default).
    pub fn ordered_at_first(self, head: usize) -> Self {
        self.inner.head.store(head.max(1), Ordering::Relaxed);
        self
    }

    /// This index, built whole after a change only below `limit`
    /// organizations ([`REBUILD_BELOW`] by default), caught up otherwise.
    pub fn rebuilding_below(self, limit: usize) -> Self {
        Self {
            rebuild_below: limit,
            ..self
        }
    }

    /// How many times this index was built whole.
    pub fn whole_builds(&self) -> u64 {
        self.inner.builds.load(Ordering::Acquire)
    }

    /// Whether changes are read into the snapshot rather than built whole.
    fn reads_changes_in(&self) -> bool {
        self.inner
            .latest()
            .is_some_and(|s| s.orgs.len() >= self.rebuild_below)
    }

    /// The engine for the profiles as they are now in the database: caught
    /// up when they changed, or rebuilt (and waited for) when that cannot be.
    pub async fn current(&self, db: &DatabaseConnection) -> anyhow::Result<Arc<Snapshot>> {
        let (generation, _) = self.inner.state(db).await?;
        if let Some(s) = self.inner.cached(generation) {
            return Ok(s);
        }
        if self.reads_changes_in()
            && let Some(s) = self.inner.catch_up(db, generation).await?
        {
            return Ok(s);
        }
        self.inner.rebuild(db, Why::Behind(generation)).await
    }

    /// As [`MatchIndex::current`], but when an index that reads changes in
    /// must be rebuilt whole (a deletion, too many changes) and that takes
    /// longer than the wait ([`FRESH_WAIT`] by default), the previous
    /// snapshot: a large index is rebuilt in the background while reads go
    /// on. When the last rebuild took longer than the wait, reads do not
    /// wait at all. A small index (below [`REBUILD_BELOW`]) is waited for.
    pub async fn current_or_previous(
        &self,
        db: &DatabaseConnection,
    ) -> anyhow::Result<Arc<Snapshot>> {
        let (generation, _) = self.inner.state(db).await?;
        if let Some(s) = self.inner.cached(generation) {
            return Ok(s);
        }
        let Some(previous) = self.inner.latest() else {
            return self.inner.rebuild(db, Why::Behind(generation)).await;
        };
        if !self.reads_changes_in() {
            // A small index is built whole after every change, in about a
            // tenth of a second: waited for, however long it takes under
            // load, so that a read never shows suggestions older than the
            // edits committed before it.
            return self.inner.rebuild(db, Why::Behind(generation)).await;
        }
        if let Some(s) = self.inner.catch_up(db, generation).await? {
            return Ok(s);
        }
        let rebuilt = self.inner.rebuilt.notified();
        tokio::pin!(rebuilt);
        rebuilt.as_mut().enable();
        self.inner
            .rebuild_in_background(db, Why::Behind(generation));
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

    /// Whether the index held is behind the profiles while it is rebuilt:
    /// suggestions read now may not show the latest edits yet.
    pub fn is_updating(&self) -> bool {
        self.inner.background.load(Ordering::Acquire)
            && self
                .inner
                .latest()
                .is_some_and(|s| s.generation < self.inner.seen.load(Ordering::Acquire))
    }
}

/// `base` brought to the database's `(generation, removals)`: the
/// organizations written since its own read into a new snapshot; `None` when
/// an organization was deleted since or more changed than a snapshot may hold.
async fn caught_up(
    base: Arc<Snapshot>,
    (generation, removals): (i64, i64),
    reads: &DatabaseConnection,
) -> anyhow::Result<Option<Snapshot>> {
    if removals != base.removals {
        tracing::debug!("an organization was deleted: the index is built whole");
        return Ok(None);
    }
    let started = Instant::now();
    let changed = db::organizations::load_changed(reads, base.generation).await?;
    let read = started.elapsed();
    if base.engine.changes() + changed.len() > changes_read_in(base.orgs.len()) {
        tracing::debug!(
            held = base.engine.changes(),
            changed = changed.len(),
            "too many changes to read in: the index is built whole"
        );
        return Ok(None);
    }
    let n = changed.len();
    let snapshot = actix_web::rt::task::spawn_blocking(move || base.with(generation, changed))
        .await
        .context("reading changes into the matching index failed")?;
    tracing::debug!(
        changed = n,
        read_ms = read.as_secs_f64() * 1000.0,
        total_ms = started.elapsed().as_secs_f64() * 1000.0,
        "changes read into the matching index"
    );
    Ok(Some(snapshot))
}

impl Snapshot {
    /// This snapshot with `changed` organizations read in, labelled `generation`.
    fn with(&self, generation: i64, changed: Vec<db::organizations::OrgWithItems>) -> Snapshot {
        let mut orgs = self.orgs.clone();
        let mut changes = Vec::with_capacity(changed.len());
        for o in changed {
            let i = orgs.set(meta(&o));
            changes.push((i, o.profile()));
        }
        let mut changed_at = (*self.changed_at).clone();
        changed_at.extend(changes.iter().map(|(i, _)| (*i, self.version + 1)));
        Snapshot {
            generation,
            engine: self.engine.with_changes(changes),
            orgs,
            rankings: self.rankings.clone(),
            explanations: self.explanations.clone(),
            version: self.version + 1,
            changed_at: Arc::new(changed_at),
            built: self.built,
            removals: self.removals,
        }
    }
}

fn meta(o: &db::organizations::OrgWithItems) -> OrgMeta {
    OrgMeta {
        id: o.org.id,
        slug: o.org.slug.clone(),
        website: o.org.website.clone(),
        contact_email: o.org.contact_email.clone(),
        hidden: o.org.hidden,
    }
}

fn build(
    generation: i64,
    removals: i64,
    all: Vec<db::organizations::OrgWithItems>,
    head: usize,
) -> Snapshot {
    let orgs = Orgs::new(all.iter().map(meta).collect());
    let profiles = all.iter().map(|o| o.profile()).collect();
    drop(all);
    Snapshot {
        generation,
        engine: Engine::new(profiles),
        orgs,
        rankings: Arc::new(Rankings::with_head(head)),
        explanations: Arc::default(),
        version: 0,
        changed_at: Arc::default(),
        built: Instant::now(),
        removals,
    }
}
