//! The landscape as pages and files show it: the engine's coverage
//! ([`crate::matching::landscape`]) of the organizations in view, counted by
//! theme and region, with the unmet needs, the topics offered most and least
//! and the field's providers. Each view is kept per index snapshot and filter
//! (a few hundred at most), so it is computed once per profile generation and
//! never outlives an edit.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::domain::profile::{OrgKind, REGIONS};
use crate::matching::landscape::Coverage;
use crate::search::THEMES;
use crate::services::match_index::Snapshot;

/// Needs without a region are counted in this column.
pub const NO_REGION: &str = "No region given";
/// Needs that name no topic of the vocabulary are counted in this row.
pub const NO_THEME: &str = "Other needs";
/// Topics listed as most and least offered.
pub const TOPICS_SHOWN: usize = 10;
/// Providers listed.
pub const PROVIDERS_SHOWN: usize = 10;

/// Which organizations are in view. Empty: all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Scope {
    /// A theme id of [`THEMES`]: only needs of that theme.
    pub theme: Option<&'static str>,
    pub region: Option<&'static str>,
    pub kind: Option<OrgKind>,
    pub language: Option<&'static str>,
    /// The participants of an event (organization ids, ascending): their
    /// needs, covered by each other.
    pub members: Option<Vec<i32>>,
}

/// Needs and how many of them are covered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cell {
    pub needs: u32,
    pub covered: u32,
}

impl Cell {
    /// Covered share in percent, rounded; `None` without needs.
    pub fn percent(&self) -> Option<u32> {
        (self.needs > 0).then(|| (100 * self.covered + self.needs / 2) / self.needs)
    }
}

/// A public need that no organization in view covers.
#[derive(Debug, Clone, PartialEq)]
pub struct UnmetNeed {
    pub theme: String,
    pub region: String,
    pub organization: String,
    pub slug: String,
    pub need: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TopicRow {
    pub topic: String,
    pub theme: String,
    pub offers: u32,
    pub needs: u32,
    pub unmet: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProviderRow {
    pub organization: String,
    pub slug: String,
    pub needs_covered: u32,
}

/// Everything the landscape page and its files show.
#[derive(Debug, Clone, Default)]
pub struct Landscape {
    /// Row labels: the themes in view, then [`NO_THEME`].
    pub themes: Vec<String>,
    /// Column labels: the regions, then [`NO_REGION`] when needed.
    pub regions: Vec<String>,
    /// `cells[theme][region]`.
    pub cells: Vec<Vec<Cell>>,
    pub total: Cell,
    /// Private needs among the counted ones (they are never named).
    pub private_needs: u32,
    pub private_unmet: u32,
    pub organizations: u32,
    /// Public unmet needs, by theme, region and organization.
    pub unmet: Vec<UnmetNeed>,
    /// Every topic offered or asked for, by theme and topic.
    pub topics: Vec<TopicRow>,
    pub most_offered: Vec<TopicRow>,
    /// Topics that are asked for, least offered first.
    pub least_offered: Vec<TopicRow>,
    pub providers: Vec<ProviderRow>,
}

impl Landscape {
    /// The totals of one theme row.
    pub fn row_total(&self, theme: &usize) -> Cell {
        let mut c = Cell::default();
        for cell in &self.cells[*theme] {
            c.needs += cell.needs;
            c.covered += cell.covered;
        }
        c
    }

    pub fn is_empty(&self) -> bool {
        self.total.needs == 0
    }
}

/// The organizations of the snapshot that `scope` keeps.
fn in_view(snapshot: &Snapshot, scope: &Scope) -> Vec<bool> {
    (0..snapshot.engine.len())
        .map(|i| {
            let p = snapshot.engine.profile(i);
            scope.region.is_none_or(|r| p.region.as_deref() == Some(r))
                && scope.kind.is_none_or(|k| p.kind == k)
                && scope
                    .language
                    .is_none_or(|l| p.languages.iter().any(|x| x == l))
                && scope
                    .members
                    .as_ref()
                    .is_none_or(|m| m.binary_search(&snapshot.orgs[i].id).is_ok())
        })
        .collect()
}

/// Computes the landscape of `scope` (pure apart from reading the snapshot).
pub fn compute(snapshot: &Snapshot, scope: &Scope) -> Landscape {
    let engine = &snapshot.engine;
    let engine_themes = engine.themes();
    let demand = in_view(snapshot, scope);
    // Coverage by the whole field, or by the event's participants.
    let supply: Vec<bool> = match &scope.members {
        Some(_) => demand.clone(),
        None => vec![true; engine.len()],
    };
    let theme_filter: Option<u8> = scope.theme.and_then(|id| {
        let name = THEMES.iter().find(|(i, _)| *i == id)?.1;
        engine_themes
            .iter()
            .position(|t| *t == name)
            .map(|p| p as u8)
    });
    let Coverage {
        needs,
        providers,
        topics,
    } = engine.coverage(&demand, &supply, theme_filter);

    let mut themes: Vec<String> = match theme_filter {
        Some(t) => vec![engine_themes[t as usize].to_owned()],
        None => engine_themes.iter().map(|t| (*t).to_owned()).collect(),
    };
    let other_row = themes.len();
    themes.push(NO_THEME.to_owned());
    let mut regions: Vec<String> = REGIONS.iter().map(|r| (*r).to_owned()).collect();
    let no_region = regions.len();
    regions.push(NO_REGION.to_owned());
    let mut cells = vec![vec![Cell::default(); regions.len()]; themes.len()];
    let mut out = Landscape::default();
    let mut unmet = Vec::new();
    let mut orgs_with_needs = vec![false; engine.len()];
    for n in &needs {
        let p = engine.profile(n.org as usize);
        let row = match (n.theme, theme_filter) {
            (Some(_), Some(_)) => 0,
            (Some(t), None) => t as usize,
            (None, _) => other_row,
        };
        let col = p
            .region
            .as_deref()
            .and_then(|r| REGIONS.iter().position(|x| *x == r))
            .unwrap_or(no_region);
        let cell = &mut cells[row][col];
        cell.needs += 1;
        out.total.needs += 1;
        orgs_with_needs[n.org as usize] = true;
        if n.is_covered() {
            cell.covered += 1;
            out.total.covered += 1;
        }
        if n.private {
            out.private_needs += 1;
            out.private_unmet += u32::from(!n.is_covered());
        } else if !n.is_covered() {
            let meta = &snapshot.orgs[n.org as usize];
            unmet.push((
                row,
                col,
                UnmetNeed {
                    theme: themes[row].clone(),
                    region: regions[col].clone(),
                    organization: p.name.clone(),
                    slug: meta.slug.clone(),
                    need: p
                        .need(n.item as usize)
                        .map(|x| x.0)
                        .unwrap_or_default()
                        .to_owned(),
                },
            ));
        }
    }
    // Only the regions that have needs, and the "no region" column only if used.
    let used: Vec<bool> = (0..regions.len())
        .map(|c| cells.iter().any(|row| row[c].needs > 0))
        .collect();
    let keep = |c: usize| used[c] || (c < no_region && scope.members.is_none());
    out.regions = regions
        .iter()
        .enumerate()
        .filter(|(c, _)| keep(*c))
        .map(|(_, r)| r.clone())
        .collect();
    out.cells = cells
        .into_iter()
        .map(|row| {
            row.into_iter()
                .enumerate()
                .filter(|(c, _)| keep(*c))
                .map(|(_, cell)| cell)
                .collect()
        })
        .collect();
    // The "other needs" row only when some need names no topic.
    if out.cells[other_row].iter().all(|c| c.needs == 0) {
        out.cells.pop();
        themes.pop();
    }
    out.themes = themes;
    // In the order of the rows and columns, then by organization.
    unmet.sort_by(|(r, c, x), (s, d, y)| {
        (r, c, &x.organization, &x.need).cmp(&(s, d, &y.organization, &y.need))
    });
    out.unmet = unmet.into_iter().map(|(_, _, n)| n).collect();
    out.organizations = orgs_with_needs.iter().filter(|x| **x).count() as u32;

    let offers = engine.offers_by_topic(&supply);
    let mut asked = vec![(0u32, 0u32); offers.len()];
    for t in &topics {
        asked[t.concept as usize] = (t.needs, t.unmet);
    }
    let rows: Vec<TopicRow> = (0..offers.len())
        .filter(|c| offers[*c] > 0 || asked[*c].0 > 0)
        .map(|c| {
            let (label, theme) = engine.topic(c as u32);
            TopicRow {
                topic: label.to_owned(),
                theme: engine_themes[theme].to_owned(),
                offers: offers[c],
                needs: asked[c].0,
                unmet: asked[c].1,
            }
        })
        .filter(|r| theme_filter.is_none_or(|t| r.theme == engine_themes[t as usize]))
        .collect();
    let mut all_topics = rows.clone();
    all_topics.sort_by(|x, y| (&x.theme, &x.topic).cmp(&(&y.theme, &y.topic)));
    out.topics = all_topics;
    let mut most = rows.clone();
    most.retain(|r| r.offers > 0);
    most.sort_by(|x, y| y.offers.cmp(&x.offers).then(x.topic.cmp(&y.topic)));
    most.truncate(TOPICS_SHOWN);
    out.most_offered = most;
    let mut least = rows;
    least.retain(|r| r.needs > 0);
    least.sort_by(|x, y| {
        x.offers
            .cmp(&y.offers)
            .then(y.needs.cmp(&x.needs))
            .then(x.topic.cmp(&y.topic))
    });
    least.truncate(TOPICS_SHOWN);
    out.least_offered = least;
    out.providers = providers
        .iter()
        .take(PROVIDERS_SHOWN)
        .map(|(b, k)| ProviderRow {
            organization: engine.profile(*b as usize).name.clone(),
            slug: snapshot.orgs[*b as usize].slug.clone(),
            needs_covered: *k,
        })
        .collect();
    out
}

/// Landscapes already computed, for the snapshot they were computed from.
#[derive(Default)]
pub struct Landscapes {
    held: Mutex<Held>,
}

#[derive(Default)]
struct Held {
    generation: Option<i64>,
    views: HashMap<Scope, Arc<Landscape>>,
    /// Unmet needs held in all views: what makes them large.
    unmet_held: usize,
    /// Organizations' pictures ([`of_organization`]), by index.
    organizations: HashMap<usize, Arc<Vec<ThemeCover>>>,
}

/// At most this many views are kept for one snapshot, holding at most
/// [`UNMET_HELD`] unmet needs in all (a few hundred bytes each).
const VIEWS_HELD: usize = 256;
const UNMET_HELD: usize = 1_000_000;

impl Held {
    /// Forgets what was computed for an older snapshot; false if `generation`
    /// is older than what is held (then nothing is kept).
    fn at(&mut self, generation: i64) -> bool {
        if self.generation.is_some_and(|g| g > generation) {
            return false;
        }
        if self.generation != Some(generation) {
            self.generation = Some(generation);
            self.views.clear();
            self.unmet_held = 0;
            self.organizations.clear();
        }
        true
    }
}

/// At most this many organizations' pictures are kept for one snapshot.
const ORGANIZATIONS_HELD: usize = 20_000;

impl Landscapes {
    /// How the field covers the needs of organization `a`, computed once per
    /// snapshot.
    pub fn of_organization(&self, snapshot: &Snapshot, a: usize) -> Arc<Vec<ThemeCover>> {
        {
            let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
            if held.generation == Some(snapshot.generation)
                && let Some(v) = held.organizations.get(&a)
            {
                return v.clone();
            }
        }
        let view = Arc::new(of_organization(snapshot, a));
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        if held.at(snapshot.generation) {
            if held.organizations.len() >= ORGANIZATIONS_HELD {
                held.organizations.clear();
            }
            held.organizations.insert(a, view.clone());
        }
        view
    }

    /// The landscape of `scope` in `snapshot`, computed once per snapshot.
    pub fn get(&self, snapshot: &Snapshot, scope: &Scope) -> Arc<Landscape> {
        {
            let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
            if held.generation == Some(snapshot.generation)
                && let Some(v) = held.views.get(scope)
            {
                return v.clone();
            }
        }
        // Computed outside the lock: two first reads of one view may both compute it.
        let view = Arc::new(compute(snapshot, scope));
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        if !held.at(snapshot.generation) {
            return view;
        }
        if held.views.len() >= VIEWS_HELD || held.unmet_held + view.unmet.len() > UNMET_HELD {
            held.views.clear();
            held.unmet_held = 0;
        }
        held.unmet_held += view.unmet.len();
        held.views.insert(scope.clone(), view.clone());
        view
    }
}

/// How the field covers the needs of one organization, per theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeCover {
    /// The theme, or [`NO_THEME`].
    pub theme: String,
    /// Its id in [`THEMES`] (empty for [`NO_THEME`]), for a link to the landscape.
    pub theme_id: &'static str,
    pub needs: u32,
    pub covered: u32,
    /// Other organizations that cover at least one of these needs (not
    /// counted for needs without a theme).
    pub providers: Option<u32>,
}

/// The needs of organization `a` (private ones counted) by theme, in the
/// vocabulary's order, with how many are covered and by how many others.
pub fn of_organization(snapshot: &Snapshot, a: usize) -> Vec<ThemeCover> {
    let engine = &snapshot.engine;
    let mut demand = vec![false; engine.len()];
    demand[a] = true;
    let supply = vec![true; engine.len()];
    let all = engine.coverage(&demand, &supply, None);
    let themes = engine.themes();
    let mut out = Vec::new();
    for (t, name) in themes.iter().enumerate() {
        if !all.needs.iter().any(|n| n.theme == Some(t as u8)) {
            continue;
        }
        let c = engine.coverage(&demand, &supply, Some(t as u8));
        out.push(ThemeCover {
            theme: (*name).to_owned(),
            theme_id: THEMES
                .iter()
                .find(|(_, n)| n == name)
                .map_or("", |(id, _)| id),
            needs: c.needs.len() as u32,
            covered: c.needs.iter().filter(|n| n.is_covered()).count() as u32,
            providers: Some(c.providers.len() as u32),
        });
    }
    let other: Vec<_> = all.needs.iter().filter(|n| n.theme.is_none()).collect();
    if !other.is_empty() {
        out.push(ThemeCover {
            theme: NO_THEME.to_owned(),
            theme_id: "",
            needs: other.len() as u32,
            covered: other.iter().filter(|n| n.is_covered()).count() as u32,
            providers: None,
        });
    }
    out
}
