//! What pages need to show the organizations of a snapshot, by index: the
//! lists of the snapshot built whole, shared by the snapshots caught up from
//! it, each with its own few changes on top (copying 50,000 entries per edit
//! would cost more than the edit).

use std::collections::HashMap;
use std::ops::Index;
use std::sync::Arc;

/// What a page needs to show a partner, besides its profile.
#[derive(Clone)]
pub struct OrgMeta {
    pub id: i32,
    pub slug: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    /// Suggested to logged-in viewers only.
    pub hidden: bool,
}

#[derive(Default)]
struct Base {
    list: Vec<OrgMeta>,
    by_slug: HashMap<String, usize>,
    by_id: HashMap<i32, usize>,
}

/// The organizations of a snapshot, by index (`orgs[i]`).
#[derive(Clone, Default)]
pub struct Orgs {
    base: Arc<Base>,
    /// Changed (or added, from the base's length on) since the base.
    changed: HashMap<usize, OrgMeta>,
    /// Addresses changed since the base: `None` for one no longer used.
    slugs: HashMap<String, Option<usize>>,
    /// Organizations added since the base.
    ids: HashMap<i32, usize>,
    len: usize,
    hidden: Vec<usize>,
}

impl Orgs {
    /// The organizations `list`, in the engine's order.
    pub(super) fn new(list: Vec<OrgMeta>) -> Self {
        let by_slug = list
            .iter()
            .enumerate()
            .map(|(i, o)| (o.slug.clone(), i))
            .collect();
        let by_id = list.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
        Self {
            len: list.len(),
            hidden: (0..list.len()).filter(|i| list[*i].hidden).collect(),
            base: Arc::new(Base {
                list,
                by_slug,
                by_id,
            }),
            ..Self::default()
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn index_of(&self, slug: &str) -> Option<usize> {
        match self.slugs.get(slug) {
            Some(found) => *found,
            None => self.base.by_slug.get(slug).copied(),
        }
    }

    pub fn index_of_id(&self, id: i32) -> Option<usize> {
        self.ids
            .get(&id)
            .or_else(|| self.base.by_id.get(&id))
            .copied()
    }

    /// The organizations out of the public directory, ascending.
    pub fn hidden(&self) -> &[usize] {
        &self.hidden
    }

    /// Sets what is known of the organization `meta.id` (added after the
    /// others when it is new) and returns its index.
    pub(super) fn set(&mut self, meta: OrgMeta) -> usize {
        let i = match self.index_of_id(meta.id) {
            Some(i) => {
                let old = &self[i].slug;
                if *old != meta.slug {
                    self.slugs.insert(old.clone(), None);
                }
                i
            }
            None => {
                self.ids.insert(meta.id, self.len);
                self.len += 1;
                self.len - 1
            }
        };
        self.slugs.insert(meta.slug.clone(), Some(i));
        match self.hidden.binary_search(&i) {
            Ok(at) if !meta.hidden => {
                self.hidden.remove(at);
            }
            Err(at) if meta.hidden => self.hidden.insert(at, i),
            _ => {}
        }
        self.changed.insert(i, meta);
        i
    }
}

impl Index<usize> for Orgs {
    type Output = OrgMeta;

    fn index(&self, i: usize) -> &OrgMeta {
        self.changed.get(&i).unwrap_or_else(|| &self.base.list[i])
    }
}
