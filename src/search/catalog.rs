//! The directory held in memory: every organization's facet values and the
//! order of names, so that filters, counts per facet value and pages cost no
//! database work. The words of a search are matched and ranked by the
//! database's full-text index; the catalog takes what it found ([`Hit`]).
//!
//! A catalog is immutable and shared; an edit makes a new one from the old
//! ([`Catalog::with`]) by replacing the entries of the changed organizations.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::query::{Facets, Search, Side};
use crate::domain::organization::Organization;

/// What the catalog holds of one organization.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: i32,
    pub name: String,
    /// An id of [`crate::domain::profile::OrgKind`].
    pub kind: String,
    pub region: Option<String>,
    pub country: Option<String>,
    /// The organization's tags (`lang:`, `theme:`, `offer:`, `need:`; see
    /// [`super::tags`]).
    pub tags: Vec<String>,
    /// What its card on a page of results shows, when read with it.
    pub card: Option<Arc<Organization>>,
}

/// The tag of an organization out of the public directory: left out of a
/// search made for a visitor who is not logged in.
pub const HIDDEN: &str = "visibility:hidden";

/// An organization the words found, with the engine's rank (lower is better).
pub type Hit = (i32, f64);

/// Every organization of the directory, by name, in flat arrays: a scan of
/// all of them reads memory in order.
#[derive(Default)]
pub struct Catalog {
    /// Organization ids, by lower-case name then id.
    ids: Vec<i32>,
    /// Lower-case names, in the same order.
    sort_keys: Vec<Arc<str>>,
    /// What the cards of a page of results show, in the same order.
    cards: Vec<Option<Arc<Organization>>>,
    /// `values[starts[i]..starts[i + 1]]`: the ids of the facet values of
    /// organization `i` (`kind:cert`, `region:Africa`, `lang:fr`, …), ascending.
    starts: Vec<u32>,
    values: Vec<u32>,
    /// Position in `ids` by organization id (`u32::MAX`: none); ids are small
    /// and dense, so a vector is the fastest map.
    by_id: Vec<u32>,
    /// The same, when ids are too sparse for a vector.
    by_sparse_id: HashMap<i32, u32>,
    /// Facet value names, by id; ids are never reused within a lineage of catalogs.
    names: Arc<Vec<String>>,
    value_ids: Arc<HashMap<String, u32>>,
    /// Counts per facet value over every organization, computed once.
    all_counts: OnceLock<Vec<u64>>,
}

/// What a search selects: the organizations in order and the counts per facet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection {
    pub ids: Vec<i32>,
    pub facets: Facets,
}

/// An entry read in: its sort key, id, facet values and card.
type Added = (Arc<str>, i32, Vec<u32>, Option<Arc<Organization>>);

impl Catalog {
    pub fn new(entries: Vec<Entry>) -> Self {
        Catalog::default().with(entries)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// What the card of organization `id` shows, if the catalog holds it.
    pub fn card(&self, id: i32) -> Option<&Arc<Organization>> {
        self.cards[self.position(id)?].as_ref()
    }

    /// Where organization `id` is in the catalog's order.
    fn position(&self, id: i32) -> Option<usize> {
        let i = if self.by_id.is_empty() {
            *self.by_sparse_id.get(&id)?
        } else {
            *self.by_id.get(usize::try_from(id).ok()?)?
        };
        (i != u32::MAX).then_some(i as usize)
    }

    fn values_of(&self, i: usize) -> &[u32] {
        &self.values[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// This catalog with `changed` in place of the entries of the same ids
    /// (and added where there were none).
    pub fn with(&self, changed: Vec<Entry>) -> Self {
        let mut names = (*self.names).clone();
        let mut value_ids = (*self.value_ids).clone();
        let mut intern = |name: String| -> u32 {
            if let Some(id) = value_ids.get(&name) {
                return *id;
            }
            let id = names.len() as u32;
            names.push(name.clone());
            value_ids.insert(name, id);
            id
        };
        let mut added: Vec<Added> = changed
            .into_iter()
            .map(|e| {
                let mut values: Vec<u32> = [Some(format!("kind:{}", e.kind))]
                    .into_iter()
                    .chain([
                        e.region.map(|r| format!("region:{r}")),
                        e.country.map(|c| format!("country:{c}")),
                    ])
                    .flatten()
                    .chain(e.tags)
                    .map(&mut intern)
                    .collect();
                values.sort_unstable();
                values.dedup();
                (Arc::from(e.name.to_lowercase()), e.id, values, e.card)
            })
            .collect();
        added.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        added.dedup_by_key(|a| a.1);
        let replaced: std::collections::HashSet<i32> = added.iter().map(|a| a.1).collect();

        let n = self.ids.len() + added.len();
        let mut out = Catalog {
            ids: Vec::with_capacity(n),
            sort_keys: Vec::with_capacity(n),
            cards: Vec::with_capacity(n),
            starts: Vec::with_capacity(n + 1),
            values: Vec::with_capacity(self.values.len() + added.len() * 16),
            by_id: Vec::new(),
            by_sparse_id: HashMap::new(),
            names: Arc::default(),
            value_ids: Arc::default(),
            all_counts: OnceLock::new(),
        };
        out.starts.push(0);
        let push = |out: &mut Catalog,
                    key: &Arc<str>,
                    id: i32,
                    values: &[u32],
                    card: &Option<Arc<Organization>>| {
            out.ids.push(id);
            out.sort_keys.push(key.clone());
            out.cards.push(card.clone());
            out.values.extend_from_slice(values);
            out.starts.push(out.values.len() as u32);
        };
        // Both runs are in order: merge them.
        let mut rest = added.iter().peekable();
        for i in 0..self.ids.len() {
            let (key, id) = (&self.sort_keys[i], self.ids[i]);
            if replaced.contains(&id) {
                continue;
            }
            while let Some(a) = rest.next_if(|a| (&*a.0, a.1) < (&**key, id)) {
                push(&mut out, &a.0, a.1, &a.2, &a.3);
            }
            push(&mut out, key, id, self.values_of(i), &self.cards[i]);
        }
        for a in rest {
            push(&mut out, &a.0, a.1, &a.2, &a.3);
        }
        let max_id = out.ids.iter().copied().max().unwrap_or(0);
        match usize::try_from(max_id) {
            Ok(max) if max <= 8 * out.ids.len() + 65_536 && out.ids.iter().all(|id| *id >= 0) => {
                out.by_id = vec![u32::MAX; max + 1];
                for (i, id) in out.ids.iter().enumerate() {
                    out.by_id[*id as usize] = i as u32;
                }
            }
            _ => {
                out.by_sparse_id = out
                    .ids
                    .iter()
                    .enumerate()
                    .map(|(i, id)| (*id, i as u32))
                    .collect();
            }
        }
        out.names = Arc::new(names);
        out.value_ids = Arc::new(value_ids);
        out
    }

    /// The organizations that pass the facets of `s`, best first by the
    /// words' `hits` when there are words (then by name), else by name.
    pub fn select(&self, s: &Search, hits: Option<&[Hit]>) -> Selection {
        let Some(required) = self.required(s) else {
            return Selection::default();
        };
        // For a visitor who is not logged in, organizations out of the
        // public directory are not there at all (nor in the counts).
        let excluded = if s.public_only {
            self.value_ids.get(HIDDEN).copied()
        } else {
            None
        };
        let passes = |i: usize| {
            let values = self.values_of(i);
            required.iter().all(|v| values.binary_search(v).is_ok())
                && excluded.is_none_or(|x| values.binary_search(&x).is_err())
        };
        let chosen: Vec<usize> = match hits {
            None if required.is_empty() && excluded.is_none() => {
                let counts = self
                    .all_counts
                    .get_or_init(|| self.count(0..self.ids.len()));
                return Selection {
                    ids: self.ids.clone(),
                    facets: self.facets(counts, s.side),
                };
            }
            None => (0..self.ids.len()).filter(|i| passes(*i)).collect(),
            Some(hits) => {
                let mut found: Vec<(f64, usize)> = hits
                    .iter()
                    .filter_map(|(id, rank)| {
                        let i = self.position(*id)?;
                        passes(i).then_some((*rank, i))
                    })
                    .collect();
                // By rank, then as the catalog orders (name, id).
                found.sort_unstable_by(|(ra, a), (rb, b)| ra.total_cmp(rb).then(a.cmp(b)));
                found.into_iter().map(|(_, i)| i).collect()
            }
        };
        let counts = self.count(chosen.iter().copied());
        Selection {
            ids: chosen.iter().map(|i| self.ids[*i]).collect(),
            facets: self.facets(&counts, s.side),
        }
    }

    /// The ids of the facet values `s` requires; `None` when one of them no
    /// organization has (nothing can pass).
    fn required(&self, s: &Search) -> Option<Vec<u32>> {
        let wanted = [
            s.kind.map(|k| format!("kind:{}", k.id())),
            s.region.map(|r| format!("region:{r}")),
            s.country.map(|c| format!("country:{c}")),
            s.language.map(|l| format!("lang:{l}")),
            s.theme.map(|t| format!("{}:{t}", theme_prefix(s.side))),
        ];
        wanted
            .into_iter()
            .flatten()
            .map(|name| self.value_ids.get(&name).copied())
            .collect()
    }

    fn count(&self, chosen: impl Iterator<Item = usize>) -> Vec<u64> {
        let mut counts = vec![0u64; self.names.len()];
        for i in chosen {
            for v in self.values_of(i) {
                counts[*v as usize] += 1;
            }
        }
        counts
    }

    fn facets(&self, counts: &[u64], side: Side) -> Facets {
        let theme = format!("{}:", theme_prefix(side));
        let mut f = Facets::default();
        for (id, n) in counts.iter().enumerate().filter(|(_, n)| **n > 0) {
            let name = &self.names[id];
            let (list, value) = if let Some(v) = name.strip_prefix("kind:") {
                (&mut f.kind, v)
            } else if let Some(v) = name.strip_prefix("region:") {
                (&mut f.region, v)
            } else if let Some(v) = name.strip_prefix("country:") {
                (&mut f.country, v)
            } else if let Some(v) = name.strip_prefix("lang:") {
                (&mut f.language, v)
            } else if let Some(v) = name.strip_prefix(theme.as_str()) {
                (&mut f.theme, v)
            } else {
                continue;
            };
            list.push((value.to_owned(), *n));
        }
        for list in [
            &mut f.kind,
            &mut f.region,
            &mut f.country,
            &mut f.language,
            &mut f.theme,
        ] {
            list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        }
        f
    }
}

/// The tag prefix of the theme facet for the search's side.
pub fn theme_prefix(side: Side) -> &'static str {
    match side {
        Side::Any => "theme",
        Side::Offers => "offer",
        Side::Seeks => "need",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::OrgKind;

    fn entry(id: i32, name: &str, kind: &str, region: &str, tags: &[&str]) -> Entry {
        Entry {
            id,
            name: name.into(),
            kind: kind.into(),
            region: Some(region.into()),
            country: None,
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            card: None,
        }
    }

    fn catalog() -> Catalog {
        Catalog::new(vec![
            entry(
                1,
                "Zeta CERT",
                "cert",
                "Africa",
                &["lang:en", "offer:incidents", "theme:incidents"],
            ),
            entry(
                2,
                "alpha ministry",
                "government",
                "Africa",
                &["lang:fr", "need:incidents", "theme:incidents"],
            ),
            entry(3, "Beta CERT", "cert", "Europe", &["lang:en", "lang:fr"]),
        ])
    }

    fn search() -> Search {
        Search::default()
    }

    fn count(list: &[(String, u64)], value: &str) -> u64 {
        list.iter().find(|(v, _)| v == value).map_or(0, |(_, n)| *n)
    }

    #[test]
    fn without_filters_every_organization_by_name_with_all_counts() {
        let sel = catalog().select(&search(), None);
        assert_eq!(sel.ids, vec![2, 3, 1]);
        assert_eq!(count(&sel.facets.kind, "cert"), 2);
        assert_eq!(count(&sel.facets.region, "Africa"), 2);
        assert_eq!(count(&sel.facets.language, "fr"), 2);
        assert_eq!(count(&sel.facets.theme, "incidents"), 2);
    }

    #[test]
    fn facets_combine_and_counts_follow_the_selection() {
        let s = Search {
            kind: Some(OrgKind::Cert),
            region: Some("Africa"),
            ..search()
        };
        let sel = catalog().select(&s, None);
        assert_eq!(sel.ids, vec![1]);
        assert_eq!(sel.facets.kind, vec![("cert".to_owned(), 1)]);
        assert_eq!(count(&sel.facets.language, "fr"), 0);
    }

    #[test]
    fn the_theme_facet_follows_the_side() {
        let offers = Search {
            theme: Some("incidents"),
            side: Side::Offers,
            ..search()
        };
        assert_eq!(catalog().select(&offers, None).ids, vec![1]);
        let seeks = Search {
            side: Side::Seeks,
            ..offers
        };
        assert_eq!(catalog().select(&seeks, None).ids, vec![2]);
    }

    #[test]
    fn a_value_nobody_has_selects_nothing() {
        let s = Search {
            country: Some("KE"),
            ..search()
        };
        assert_eq!(catalog().select(&s, None), Selection::default());
    }

    #[test]
    fn hits_keep_the_rank_then_the_name_and_unknown_ids_are_ignored() {
        let hits = [(1, -2.0), (3, -5.0), (2, -2.0), (99, -9.0)];
        let sel = catalog().select(&search(), Some(&hits));
        assert_eq!(sel.ids, vec![3, 2, 1]);
        assert_eq!(count(&sel.facets.kind, "cert"), 2);
    }

    #[test]
    fn sparse_and_dense_ids_find_the_same() {
        let dense = catalog();
        let sparse = dense.with(vec![entry(2_000_000_000, "Omega", "cert", "Asia", &[])]);
        let hits = [(2_000_000_000, -3.0), (1, -1.0), (-5, -9.0)];
        assert_eq!(
            sparse.select(&search(), Some(&hits)).ids,
            vec![2_000_000_000, 1]
        );
        assert_eq!(dense.select(&search(), Some(&hits)).ids, vec![1]);
    }

    #[test]
    fn an_edit_replaces_the_entry_and_keeps_the_order_of_names() {
        let before = catalog();
        let after = before.with(vec![
            entry(1, "Aardvark CERT", "cert", "Asia", &["lang:es"]),
            entry(4, "Gamma Agency", "development_agency", "Europe", &[]),
        ]);
        assert_eq!(after.len(), 4);
        assert_eq!(after.select(&search(), None).ids, vec![1, 2, 3, 4]);
        let asia = Search {
            region: Some("Asia"),
            ..search()
        };
        assert_eq!(after.select(&asia, None).ids, vec![1]);
        let es = Search {
            language: Some("es"),
            ..search()
        };
        assert_eq!(after.select(&es, None).ids, vec![1]);
        // The old catalog is untouched.
        assert_eq!(before.select(&asia, None), Selection::default());
        assert_eq!(
            count(&after.select(&search(), None).facets.region, "Africa"),
            1
        );
    }
}
