//! The directory's search: the words matched by the database's full-text
//! index, the facets, counts and pages from the catalog each process holds in
//! memory ([`Catalog`]). The catalog follows the profiles' generation: a
//! process that finds it behind reads only the organizations written since
//! ([`db::search::catalog_entries`]), so an edit through any process is seen
//! by the next search of every other. The hits of recent searches are kept
//! too, and brought up to date the same way: the words are matched again only
//! against the organizations written since (their ranks against the others
//! are kept, though the engine's statistics of the whole index moved a little).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use sea_orm::{DatabaseConnection, DbErr};

use crate::db;
use crate::db::organizations::{OrgWithItems, from_model};
use crate::domain::organization::Organization;
use crate::search::catalog::{Catalog, Hit, Selection};
use crate::search::{Facets, Search};
use crate::services::profiles_state::ProfilesState;

/// What a search found: one page, the number in all, the counts per facet.
pub struct Found {
    pub organizations: Vec<Organization>,
    pub total: u64,
    pub facets: Facets,
}

impl Found {
    pub fn nothing() -> Self {
        Found {
            organizations: Vec::new(),
            total: 0,
            facets: Facets::default(),
        }
    }
}

/// At most this many searches' hits are kept (the least recently used go).
const HITS_KEPT: usize = 512;
/// At most this many catch-ups are remembered to bring kept hits up to date.
const CHANGES_KEPT: usize = 1024;
/// At most this many bytes of selections (ids found and counts) are kept
/// for the catalog held; the least recently used go.
const SELECTIONS_HELD: usize = 16 << 20;

/// The catalog at a generation, and which organizations each recent
/// catch-up brought.
struct State {
    generation: i64,
    /// How many organizations had ever been deleted when it was read.
    removals: i64,
    catalog: Arc<Catalog>,
    /// `(from, to, ids)`: the organizations written after generation `from`
    /// up to `to`; contiguous, oldest first.
    changes: VecDeque<(i64, i64, Arc<[i32]>)>,
}

impl State {
    /// The organizations written after generation `since`, if remembered.
    fn changed_since(&self, since: i64) -> Option<Vec<i32>> {
        let oldest = self.changes.front().map_or(self.generation, |c| c.0);
        if since < oldest {
            return None;
        }
        let mut ids: Vec<i32> = self
            .changes
            .iter()
            .filter(|(_, to, _)| *to > since)
            .flat_map(|(_, _, ids)| ids.iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        Some(ids)
    }
}

struct KeptHits {
    generation: i64,
    hits: Arc<Vec<Hit>>,
    used: u64,
}

#[derive(Default)]
struct HitCache {
    kept: HashMap<String, KeptHits>,
    clock: u64,
}

/// What recent searches selected from the catalog of one generation: a
/// search asked again (the same words and facets) before the next edit
/// reads its page straight from it.
#[derive(Default)]
struct Selections {
    generation: i64,
    kept: HashMap<String, (u64, Arc<Selection>)>,
    clock: u64,
    size: usize,
}

impl Selections {
    fn get(&mut self, generation: i64, key: &str) -> Option<Arc<Selection>> {
        if generation != self.generation {
            return None;
        }
        self.clock += 1;
        let clock = self.clock;
        self.kept.get_mut(key).map(|(used, s)| {
            *used = clock;
            s.clone()
        })
    }

    fn put(&mut self, generation: i64, key: String, selection: Arc<Selection>) {
        if generation < self.generation {
            return;
        }
        if generation > self.generation {
            *self = Selections {
                generation,
                ..Selections::default()
            };
        }
        self.clock += 1;
        self.size += bytes(&selection);
        if let Some((_, old)) = self.kept.insert(key, (self.clock, selection)) {
            self.size -= bytes(&old);
        }
        while self.size > SELECTIONS_HELD && self.kept.len() > 1 {
            let Some(oldest) = self
                .kept
                .iter()
                .min_by_key(|(_, (used, _))| *used)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            if let Some((_, gone)) = self.kept.remove(&oldest) {
                self.size -= bytes(&gone);
            }
        }
    }
}

/// About what a kept selection costs.
fn bytes(s: &Selection) -> usize {
    let facets = [
        &s.facets.kind,
        &s.facets.region,
        &s.facets.country,
        &s.facets.language,
        &s.facets.theme,
    ];
    s.ids.len() * 4 + facets.iter().map(|f| f.len() * 40).sum::<usize>()
}

#[derive(Default)]
pub struct Directory {
    held: RwLock<Option<Arc<State>>>,
    /// One catch-up at a time.
    updating: tokio::sync::Mutex<()>,
    /// The hits of recent searches, by the engine's query.
    hits: Mutex<HitCache>,
    /// What recent searches selected, by their words and facets.
    selections: Mutex<Selections>,
    /// The connections it reads through ([`db::long_reads`]).
    reads: OnceLock<DatabaseConnection>,
    /// The reads of the profiles' generation, shared by the searches that wait for one.
    profiles: ProfilesState,
}

impl Directory {
    /// A directory that reads through `reads` (else through its own [`db::long_reads`]).
    pub fn reading_from(reads: DatabaseConnection) -> Self {
        let directory = Self::default();
        let _ = directory.reads.set(reads);
        directory
    }

    fn reads<'a>(&'a self, db: &DatabaseConnection) -> &'a DatabaseConnection {
        self.reads.get_or_init(|| db::long_reads(db))
    }

    fn held(&self) -> Option<Arc<State>> {
        self.held.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Builds the catalog now rather than on the first search.
    pub async fn prepare(&self, db: &DatabaseConnection) -> Result<(), DbErr> {
        self.state(self.reads(db)).await.map(|_| ())
    }

    /// The catalog of the profiles as they are now, caught up if behind.
    async fn state(&self, db: &DatabaseConnection) -> Result<Arc<State>, DbErr> {
        let (generation, _) = self.profiles.read(db).await?;
        if let Some(s) = self.held()
            && s.generation >= generation
        {
            return Ok(s);
        }
        let _one = self.updating.lock().await;
        // Caught up by another search while this one waited: fresh enough
        // (this search does not chase the edits committed after it came).
        let held = self.held();
        if let Some(s) = &held
            && s.generation >= generation
        {
            return Ok(s.clone());
        }
        let (generation, removals) = self.profiles.read(db).await?;
        // Every write up to `generation` has committed (writes take the
        // generation in turn), so reading what was written since the held
        // generation gives a catalog at least as new as `generation`.
        let state = Arc::new(match held {
            Some(s) => {
                let changed = db::search::catalog_entries(db, Some(s.generation)).await?;
                let ids: Arc<[i32]> = changed.iter().map(|e| e.id).collect();
                let mut changes = s.changes.clone();
                changes.push_back((s.generation, generation, ids));
                while changes.len() > CHANGES_KEPT {
                    changes.pop_front();
                }
                let catalog = s.catalog.with(changed);
                // A deleted organization is in no change: after a deletion
                // the catalog is read whole (and the kept hits are found anew).
                if removals != s.removals {
                    State {
                        generation,
                        removals,
                        catalog: Arc::new(Catalog::new(
                            db::search::catalog_entries(db, None).await?,
                        )),
                        changes: VecDeque::new(),
                    }
                } else {
                    State {
                        generation,
                        removals,
                        catalog: Arc::new(catalog),
                        changes,
                    }
                }
            }
            None => State {
                generation,
                removals,
                catalog: Arc::new(Catalog::new(db::search::catalog_entries(db, None).await?)),
                changes: VecDeque::new(),
            },
        });
        *self.held.write().unwrap_or_else(|e| e.into_inner()) = Some(state.clone());
        Ok(state)
    }

    /// The hits of the words of `s` as of `state`: kept ones (under `key`,
    /// [`db::search::hits_key`]), brought up to date by asking again about
    /// the organizations written since they were found, or found anew.
    async fn hits(
        &self,
        db: &DatabaseConnection,
        state: &State,
        s: &Search,
        key: String,
    ) -> Result<Arc<Vec<Hit>>, DbErr> {
        let kept = {
            let mut cache = self.hits.lock().unwrap_or_else(|e| e.into_inner());
            cache.clock += 1;
            let clock = cache.clock;
            cache.kept.get_mut(&key).map(|k| {
                k.used = clock;
                (k.generation, k.hits.clone())
            })
        };
        let hits = match kept {
            Some((g, hits)) if g >= state.generation => return Ok(hits),
            Some((g, hits)) => match state.changed_since(g) {
                Some(changed) if changed.is_empty() => hits,
                Some(changed) => {
                    let mut fresh = db::search::hits(db, s, Some(&changed)).await?;
                    fresh.extend(
                        hits.iter()
                            .filter(|(id, _)| changed.binary_search(id).is_err()),
                    );
                    Arc::new(fresh)
                }
                None => Arc::new(db::search::hits(db, s, None).await?),
            },
            None => Arc::new(db::search::hits(db, s, None).await?),
        };
        let mut cache = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        cache.clock += 1;
        let used = cache.clock;
        if cache.kept.len() >= HITS_KEPT && !cache.kept.contains_key(&key) {
            let oldest = cache
                .kept
                .iter()
                .min_by_key(|(_, k)| k.used)
                .map(|(k, _)| k.clone());
            if let Some(oldest) = oldest {
                cache.kept.remove(&oldest);
            }
        }
        cache.kept.insert(
            key,
            KeptHits {
                generation: state.generation,
                hits: hits.clone(),
                used,
            },
        );
        Ok(hits)
    }

    /// One page of the organizations the search finds, best first (by name
    /// when there are no words), with the counts per facet value among all.
    pub async fn find(
        &self,
        db: &DatabaseConnection,
        s: &Search,
        page: u64,
        per_page: u64,
    ) -> Result<Found, DbErr> {
        if s.finds_nothing() {
            return Ok(Found::nothing());
        }
        let db = self.reads(db);
        let (state, ids) = self.select(db, s).await?;
        let start = usize::try_from(page.saturating_sub(1).saturating_mul(per_page))
            .unwrap_or(usize::MAX)
            .min(ids.ids.len());
        let end = start
            .saturating_add(usize::try_from(per_page).unwrap_or(usize::MAX))
            .min(ids.ids.len());
        let page = &ids.ids[start..end];
        // The cards from the catalog; from the database if it lacks one.
        let cards: Option<Vec<Organization>> = page
            .iter()
            .map(|id| state.catalog.card(*id).map(|c| Organization::clone(c)))
            .collect();
        let organizations = match cards {
            Some(cards) => cards,
            None => db::search::organizations_by_ids(db, page)
                .await?
                .into_iter()
                .map(from_model)
                .collect(),
        };
        Ok(Found {
            organizations,
            total: ids.ids.len() as u64,
            facets: ids.facets.clone(),
        })
    }

    /// Every organization the search finds, in order, with its items (at
    /// most `limit`): the export.
    pub async fn find_all(
        &self,
        db: &DatabaseConnection,
        s: &Search,
        limit: u64,
    ) -> Result<Vec<OrgWithItems>, DbErr> {
        if s.finds_nothing() {
            return Ok(Vec::new());
        }
        let db = self.reads(db);
        let selected = self.select(db, s).await?.1;
        let ids = &selected.ids[..selected
            .ids
            .len()
            .min(usize::try_from(limit).unwrap_or(usize::MAX))];
        let orgs = db::search::organizations_by_ids(db, ids).await?;
        db::organizations::with_items_of(db, orgs).await
    }

    async fn select(
        &self,
        db: &DatabaseConnection,
        s: &Search,
    ) -> Result<(Arc<State>, Arc<Selection>), DbErr> {
        let state = self.state(db).await?;
        let words = db::search::hits_key(db.get_database_backend(), s);
        let key = format!(
            "{words}\u{1}{:?}\u{1}{:?}\u{1}{:?}\u{1}{:?}\u{1}{:?}\u{1}{:?}\u{1}{}",
            s.side, s.kind, s.region, s.country, s.language, s.theme, s.public_only
        );
        let kept = self
            .selections
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(state.generation, &key);
        if let Some(selection) = kept {
            return Ok((state, selection));
        }
        let hits = if s.terms.is_empty() {
            None
        } else {
            Some(self.hits(db, &state, s, words).await?)
        };
        let selection = Arc::new(state.catalog.select(s, hits.as_deref().map(Vec::as_slice)));
        self.selections
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .put(state.generation, key, selection.clone());
        Ok((state, selection))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selection(ids: usize) -> Arc<Selection> {
        Arc::new(Selection {
            ids: (0..ids as i32).collect(),
            facets: Facets::default(),
        })
    }

    #[test]
    fn kept_selections_are_of_one_generation_and_within_the_budget() {
        let mut kept = Selections::default();
        kept.put(3, "a".into(), selection(10));
        assert_eq!(kept.get(3, "a").map(|s| s.ids.len()), Some(10));
        assert!(kept.get(3, "b").is_none());
        // An edit since: what was selected before is not read.
        assert!(kept.get(4, "a").is_none());
        // One made from an older catalog is not kept over newer ones.
        kept.put(4, "b".into(), selection(1));
        kept.put(3, "a".into(), selection(10));
        assert!(kept.get(3, "a").is_none());
        assert!(kept.get(4, "a").is_none());
        assert!(kept.get(4, "b").is_some());
        // Beyond the budget the least recently read go.
        let big = SELECTIONS_HELD / 4 / 3;
        kept.put(4, "x".into(), selection(big));
        kept.put(4, "y".into(), selection(big));
        assert!(kept.get(4, "x").is_some());
        kept.put(4, "z".into(), selection(big));
        kept.put(4, "w".into(), selection(big));
        assert!(kept.size <= SELECTIONS_HELD);
        assert!(kept.get(4, "x").is_some(), "read last, kept");
        assert!(kept.get(4, "y").is_none(), "read least recently, gone");
        assert!(kept.get(4, "w").is_some());
    }
}
