//! The directory's search: the words matched by the database's full-text
//! index, the facets, counts and pages from the catalog each process holds in
//! memory ([`Catalog`]). The catalog follows the profiles' generation: a
//! process that finds it behind reads only the organizations written since
//! ([`db::search::catalog_entries`]), so an edit through any process is seen
//! by the next search of every other.

use std::sync::{Arc, RwLock};

use sea_orm::{DatabaseConnection, DbErr};

use crate::db;
use crate::db::organizations::{OrgWithItems, from_model};
use crate::domain::organization::Organization;
use crate::search::catalog::Catalog;
use crate::search::{Facets, Search};

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

#[derive(Default)]
pub struct Directory {
    held: RwLock<Option<(i64, Arc<Catalog>)>>,
    /// One catch-up at a time.
    updating: tokio::sync::Mutex<()>,
}

impl Directory {
    fn held(&self) -> Option<(i64, Arc<Catalog>)> {
        self.held.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The catalog of the profiles as they are now.
    pub async fn catalog(&self, db: &DatabaseConnection) -> Result<Arc<Catalog>, DbErr> {
        let generation = db::organizations::generation(db).await?;
        if let Some((g, c)) = self.held()
            && g >= generation
        {
            return Ok(c);
        }
        let _one = self.updating.lock().await;
        let generation = db::organizations::generation(db).await?;
        let held = self.held();
        if let Some((g, c)) = &held
            && *g >= generation
        {
            return Ok(c.clone());
        }
        // Every write up to `generation` has committed (writes take the
        // generation in turn), so reading what was written since the held
        // generation gives a catalog at least as new as `generation`.
        let catalog = Arc::new(match held {
            Some((g, c)) => c.with(db::search::catalog_entries(db, Some(g)).await?),
            None => Catalog::new(db::search::catalog_entries(db, None).await?),
        });
        *self.held.write().unwrap_or_else(|e| e.into_inner()) = Some((generation, catalog.clone()));
        Ok(catalog)
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
        let ids = self.select(db, s).await?;
        let start = usize::try_from(page.saturating_sub(1).saturating_mul(per_page))
            .unwrap_or(usize::MAX)
            .min(ids.ids.len());
        let end = start
            .saturating_add(usize::try_from(per_page).unwrap_or(usize::MAX))
            .min(ids.ids.len());
        let organizations = db::search::organizations_by_ids(db, &ids.ids[start..end])
            .await?
            .into_iter()
            .map(from_model)
            .collect();
        Ok(Found {
            organizations,
            total: ids.ids.len() as u64,
            facets: ids.facets,
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
        let mut ids = self.select(db, s).await?.ids;
        ids.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let orgs = db::search::organizations_by_ids(db, &ids).await?;
        db::organizations::with_items_of(db, orgs).await
    }

    async fn select(
        &self,
        db: &DatabaseConnection,
        s: &Search,
    ) -> Result<crate::search::catalog::Selection, DbErr> {
        let catalog = self.catalog(db).await?;
        let hits = if s.terms.is_empty() {
            None
        } else {
            Some(db::search::hits(db, s).await?)
        };
        Ok(catalog.select(s, hits.as_deref()))
    }
}
