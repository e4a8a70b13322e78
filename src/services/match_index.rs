//! The matching engine built from the database, shared by the requests of one
//! process and checked against the database's profile generation on every use:
//! an edit made through any process is seen by the next request of every other.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use anyhow::Context;
use sea_orm::DatabaseConnection;

use crate::db;
use crate::matching::Engine;

/// What a page needs to show a partner, besides its profile.
pub struct OrgMeta {
    pub id: i32,
    pub slug: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
}

pub struct Snapshot {
    pub generation: i64,
    pub engine: Engine,
    pub orgs: Vec<OrgMeta>,
    by_slug: HashMap<String, usize>,
    by_id: HashMap<i32, usize>,
}

impl Snapshot {
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
            .engine
            .top(a, self.engine.len())
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

#[derive(Default)]
pub struct MatchIndex {
    current: RwLock<Option<Arc<Snapshot>>>,
    rebuilding: tokio::sync::Mutex<()>,
}

impl MatchIndex {
    fn cached(&self, generation: i64) -> Option<Arc<Snapshot>> {
        let guard = self.current.read().unwrap_or_else(|e| e.into_inner());
        guard
            .as_ref()
            .filter(|s| s.generation == generation)
            .cloned()
    }

    /// The engine for the profiles as they are now in the database.
    pub async fn current(&self, db: &DatabaseConnection) -> anyhow::Result<Arc<Snapshot>> {
        let generation = db::organizations::generation(db).await?;
        if let Some(s) = self.cached(generation) {
            return Ok(s);
        }
        // One rebuild at a time; the others wait and then find it done.
        let _one = self.rebuilding.lock().await;
        let generation = db::organizations::generation(db).await?;
        if let Some(s) = self.cached(generation) {
            return Ok(s);
        }
        // The generation is read before the profiles: the snapshot is never older
        // than its label, and a write after it raises the label for the next request.
        let all = db::organizations::load_all(db).await?;
        let snapshot = actix_web::rt::task::spawn_blocking(move || build(generation, all))
            .await
            .context("building the matching index failed")?;
        let snapshot = Arc::new(snapshot);
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(snapshot.clone());
        Ok(snapshot)
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
        });
    }
    Snapshot {
        generation,
        engine: Engine::new(profiles),
        orgs,
        by_slug,
        by_id,
    }
}
