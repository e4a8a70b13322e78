//! The landscape of the field: which needs the field's offers cover, by
//! theme; which topics are offered and asked for; who covers the most needs
//! of others. Computed from the engine's cover lists — the same that give the
//! reasons of suggestions — so a need counts as covered exactly when some
//! other organization would be suggested with it as a reason.
//!
//! A need is **covered** when at least one other organization (among the
//! suppliers in view) offers something similar enough that suggestions name
//! it as a reason (phrase similarity at least
//! [`PHRASE_THRESHOLD`](crate::matching::PHRASE_THRESHOLD), in the
//! organization's region and languages where the need names them), or is the
//! kind of partner the need asks for ("a donor", "a CERT in Africa").

use super::{Engine, SIM_BITS};

/// One need, as the landscape counts it.
#[derive(Debug, Clone, PartialEq)]
pub struct NeedCover {
    /// The organization that has the need (its index in the engine).
    pub org: u32,
    /// The need's item: public needs first, then private ones
    /// ([`crate::domain::profile::Profile::need`]).
    pub item: u32,
    pub private: bool,
    /// Its theme ([`Engine::themes`]); `None` when it names no concept of
    /// the vocabulary.
    pub theme: Option<u8>,
    /// How many other organizations among the suppliers cover it.
    pub providers: u32,
}

impl NeedCover {
    pub fn is_covered(&self) -> bool {
        self.providers > 0
    }
}

/// How often a topic (a concept of the vocabulary) is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopicCount {
    pub concept: u32,
    /// Needs in view that name it (private ones included, as a number).
    pub needs: u32,
    /// Of those needs, the ones nobody covers.
    pub unmet: u32,
}

/// The landscape of the needs of the organizations in view.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// Every need of the organizations in demand, by organization and item.
    pub needs: Vec<NeedCover>,
    /// Suppliers with the number of the needs in view they cover, most first,
    /// then by index; only those that cover at least one.
    pub providers: Vec<(u32, u32)>,
    /// Topics that needs in view name, by concept ([`Engine::offers_by_topic`]
    /// counts the offers).
    pub topics: Vec<TopicCount>,
}

impl Engine {
    /// The themes of the vocabulary (the GFCE's themes and the field's
    /// resources), in the vocabulary's order.
    pub fn themes(&self) -> Vec<&str> {
        let mut themes: Vec<&str> = Vec::new();
        for c in &self.thesaurus().concepts {
            if !themes.contains(&c.theme.as_str()) {
                themes.push(&c.theme);
            }
        }
        themes
    }

    /// A topic's label and its theme ([`Engine::themes`]).
    pub fn topic(&self, concept: u32) -> (&str, usize) {
        let c = &self.thesaurus().concepts[concept as usize];
        let theme = self
            .themes()
            .iter()
            .position(|t| *t == c.theme)
            .unwrap_or(0);
        (&c.label, theme)
    }

    /// The concepts a phrase names, in id order.
    fn concepts_of(&self, phrase: u32) -> impl Iterator<Item = u32> + '_ {
        let n_concepts = self.thesaurus().concepts.len() as u32;
        self.phrase(phrase)
            .features
            .iter()
            .map(|f| f.0)
            .take_while(move |f| *f < n_concepts)
    }

    /// The organizations that cover need phrase `p`, by an offer or by being
    /// the partner it asks for (not in order, some twice): the core's cover
    /// lists for the organizations of the core, a check of each changed one.
    fn providers_of(&self, p: u32) -> Vec<u32> {
        let mut out: Vec<u32> = if self.core_need(p) {
            self.core.need_covered_by[p as usize]
                .iter()
                .map(|packed| packed >> SIM_BITS)
                .collect()
        } else {
            self.covered_in_core(p)
                .iter()
                .map(|packed| packed >> SIM_BITS)
                .collect()
        };
        if let Some(ask) = self.phrase(p).ask {
            out.extend(self.ask_fits(ask));
        }
        if !self.patch.orgs.is_empty() {
            out.retain(|b| !self.changed[*b as usize]);
            out.extend(
                self.patch
                    .orgs
                    .keys()
                    .filter(|b| self.cover(p, **b as usize) > 0.0),
            );
        }
        out
    }

    /// The capabilities of the organizations with `supply[b]` that name
    /// each topic, by concept.
    pub fn offers_by_topic(&self, supply: &[bool]) -> Vec<u32> {
        let mut offers = vec![0u32; self.thesaurus().concepts.len()];
        for b in (0..self.len()).filter(|b| supply[*b]) {
            for (p, _) in self.caps_of(b) {
                for c in self.concepts_of(*p) {
                    offers[c as usize] += 1;
                }
            }
        }
        offers
    }

    /// The needs of the organizations with `demand[a]` (of `theme` only, if
    /// given), each with how many organizations with `supply[b]` (other than
    /// its own) cover it; the suppliers that cover the most; and the topics
    /// asked for. Both masks have one entry per organization.
    pub fn coverage(&self, demand: &[bool], supply: &[bool], theme: Option<u8>) -> Coverage {
        let n = self.len();
        assert!(
            demand.len() == n && supply.len() == n,
            "one flag per organization"
        );
        let themes = self.themes();
        let concept_theme: Vec<u8> = self
            .thesaurus()
            .concepts
            .iter()
            .map(|c| themes.iter().position(|t| *t == c.theme).unwrap_or(0) as u8)
            .collect();
        // The needs in view, then each distinct phrase once: organizations
        // with the same need share its providers.
        let mut needs = Vec::new();
        let mut phrases: Vec<u32> = Vec::new();
        for a in (0..n).filter(|a| demand[*a]) {
            let public = self.profile(a).needs.len();
            for (p, item) in self.needs_of(a) {
                let need_theme = self
                    .concepts_of(*p)
                    .next()
                    .map(|c| concept_theme[c as usize]);
                if theme.is_some_and(|t| need_theme != Some(t)) {
                    continue;
                }
                phrases.push(*p);
                needs.push(NeedCover {
                    org: a as u32,
                    item: *item,
                    private: (*item as usize) >= public,
                    theme: need_theme,
                    providers: 0,
                });
            }
        }
        // Per distinct phrase: how many needs in view have it, and how many
        // suppliers cover it (each once, by offer or by who it is).
        let mut distinct: Vec<(u32, u32)> = Vec::new();
        {
            let mut sorted = phrases.clone();
            sorted.sort_unstable();
            for p in sorted {
                match distinct.last_mut() {
                    Some((q, k)) if *q == p => *k += 1,
                    _ => distinct.push((p, 1)),
                }
            }
        }
        let mut covers = vec![0u32; n];
        let mut stamp = vec![u32::MAX; n];
        let mut provided: Vec<u32> = Vec::with_capacity(distinct.len());
        for (i, &(p, k)) in distinct.iter().enumerate() {
            let mut count = 0u32;
            let mut add = |b: usize| {
                if supply[b] && stamp[b] != i as u32 {
                    stamp[b] = i as u32;
                    covers[b] += k;
                    count += 1;
                }
            };
            for b in self.providers_of(p) {
                add(b as usize);
            }
            provided.push(count);
        }
        // An organization does not cover its own need.
        for (need, p) in needs.iter_mut().zip(&phrases) {
            let i = distinct.partition_point(|(q, _)| q < p);
            let a = need.org;
            let own = supply[a as usize] && self.cover(*p, a as usize) > 0.0;
            need.providers = provided[i] - u32::from(own);
            if own {
                covers[a as usize] -= 1;
            }
        }
        let mut topics = vec![
            TopicCount {
                concept: 0,
                needs: 0,
                unmet: 0
            };
            self.thesaurus().concepts.len()
        ];
        for (need, p) in needs.iter().zip(&phrases) {
            for c in self.concepts_of(*p) {
                let t = &mut topics[c as usize];
                t.needs += 1;
                t.unmet += u32::from(!need.is_covered());
            }
        }
        let mut providers: Vec<(u32, u32)> = covers
            .into_iter()
            .enumerate()
            .filter(|(_, k)| *k > 0)
            .map(|(b, k)| (b as u32, k))
            .collect();
        providers.sort_unstable_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        let topics = topics
            .into_iter()
            .enumerate()
            .filter(|(_, t)| t.needs > 0)
            .map(|(c, t)| TopicCount {
                concept: c as u32,
                ..t
            })
            .collect();
        Coverage {
            needs,
            providers,
            topics,
        }
    }
}
