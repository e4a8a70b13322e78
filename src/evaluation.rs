//! Ranking quality against known partnerships: hit@5, MRR and a hub figure,
//! for the engine and for two baselines (random order and a plain TF-IDF
//! cosine). Used by `roundtable evaluate` and by `tests/evaluation.rs`.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use crate::domain::profile::Profile;
use crate::matching::text::{stem, words};
use crate::matching::{Engine, Weights};

/// Known partners by organization name, both directions.
pub type Expected = BTreeMap<String, Vec<String>>;

/// A partnership as the evaluation files record it.
#[derive(Deserialize)]
pub struct Partnership {
    pub a: String,
    pub b: String,
}

/// Reads known partnerships: either `{"name": ["partner", …]}` or a list of
/// `{"a": …, "b": …}` pairs (each pair counts in both directions).
pub fn parse_expected(json: &str) -> Result<Expected, String> {
    if let Ok(map) = serde_json::from_str::<Expected>(json) {
        return Ok(map);
    }
    let pairs: Vec<Partnership> = serde_json::from_str(json)
        .map_err(|e| format!("expected a map of partners or a list of {{a, b}} pairs: {e}"))?;
    let mut map = Expected::new();
    for p in pairs {
        map.entry(p.a.clone()).or_default().push(p.b.clone());
        map.entry(p.b).or_default().push(p.a);
    }
    for list in map.values_mut() {
        list.sort();
        list.dedup();
    }
    Ok(map)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quality {
    /// Share of known partners found in the top 5 (each direction counts).
    pub hit_at_5: f64,
    /// Mean reciprocal rank of the first known partner.
    pub mrr: f64,
    /// Share of all top-5 slots taken by the five organizations that take most.
    pub hub_share: f64,
    /// Organizations judged (those with known partners in the set).
    pub judged: usize,
}

/// Scores `rankings[a]` (organization indexes, best first) against `expected`.
/// Names in `expected` that are not in `profiles` are left out.
pub fn measure(profiles: &[Profile], rankings: &[Vec<usize>], expected: &Expected) -> Quality {
    let index: HashMap<&str, usize> = profiles
        .iter()
        .enumerate()
        .map(|(i, p)| (p.name.as_str(), i))
        .collect();
    let (mut found, mut wanted, mut rr, mut judged) = (0usize, 0usize, 0.0f64, 0usize);
    let mut slots: HashMap<usize, usize> = HashMap::new();
    let mut total_slots = 0usize;
    for (a, ranking) in rankings.iter().enumerate() {
        for b in ranking.iter().take(5) {
            *slots.entry(*b).or_default() += 1;
            total_slots += 1;
        }
        let Some(partners) = expected.get(&profiles[a].name) else {
            continue;
        };
        let partners: Vec<usize> = partners
            .iter()
            .filter_map(|p| index.get(p.as_str()).copied())
            .filter(|p| *p != a)
            .collect();
        if partners.is_empty() {
            continue;
        }
        judged += 1;
        wanted += partners.len();
        found += partners
            .iter()
            .filter(|p| ranking.iter().take(5).any(|r| r == *p))
            .count();
        if let Some(rank) = ranking.iter().position(|r| partners.contains(r)) {
            rr += 1.0 / (rank + 1) as f64;
        }
    }
    let mut counts: Vec<usize> = slots.into_values().collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    Quality {
        hit_at_5: found as f64 / wanted.max(1) as f64,
        mrr: rr / judged.max(1) as f64,
        hub_share: counts.iter().take(5).sum::<usize>() as f64 / total_slots.max(1) as f64,
        judged,
    }
}

/// The engine's full ranking of every organization.
pub fn engine_rankings(engine: &Engine) -> Vec<Vec<usize>> {
    engine
        .rank_all(engine.len(), &|_| {})
        .into_iter()
        .map(|list| list.into_iter().map(|m| m.index).collect())
        .collect()
}

/// Random order, from a fixed seed: the floor any ranking must clear.
pub fn random_rankings(n: usize, seed: u64) -> Vec<Vec<usize>> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    (0..n)
        .map(|a| {
            let mut order: Vec<usize> = (0..n).filter(|b| *b != a).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, next() % (i + 1));
            }
            order
        })
        .collect()
}

/// The mean over `runs` random orders (seeds 1..=runs).
pub fn random_quality(profiles: &[Profile], expected: &Expected, runs: u64) -> Quality {
    let mut sum = Quality {
        hit_at_5: 0.0,
        mrr: 0.0,
        hub_share: 0.0,
        judged: 0,
    };
    for seed in 1..=runs {
        let q = measure(profiles, &random_rankings(profiles.len(), seed), expected);
        sum.hit_at_5 += q.hit_at_5 / runs as f64;
        sum.mrr += q.mrr / runs as f64;
        sum.hub_share += q.hub_share / runs as f64;
        sum.judged = q.judged;
    }
    sum
}

/// The baseline a one-page script gives: TF-IDF vectors (stemmed words, stop
/// words of no language removed), cosine of A's needs against B's capabilities
/// and description, plus the same the other way round.
pub fn tfidf_rankings(profiles: &[Profile]) -> Vec<Vec<usize>> {
    let bag = |texts: &mut dyn Iterator<Item = &String>| -> HashMap<String, f64> {
        let mut m = HashMap::new();
        for t in texts {
            for w in words(t) {
                *m.entry(stem(&w)).or_insert(0.0) += 1.0;
            }
        }
        m
    };
    let needs: Vec<HashMap<String, f64>> = profiles
        .iter()
        .map(|p| bag(&mut p.needs.iter().chain(&p.private_needs)))
        .collect();
    let offers: Vec<HashMap<String, f64>> = profiles
        .iter()
        .map(|p| bag(&mut p.capabilities.iter().chain(std::iter::once(&p.description))))
        .collect();
    let mut df: HashMap<&str, f64> = HashMap::new();
    for doc in needs.iter().chain(&offers) {
        for w in doc.keys() {
            *df.entry(w.as_str()).or_insert(0.0) += 1.0;
        }
    }
    let docs = (2 * profiles.len()) as f64;
    let weigh = |doc: &HashMap<String, f64>| -> HashMap<String, f64> {
        let mut v: HashMap<String, f64> = doc
            .iter()
            .map(|(w, tf)| (w.clone(), tf * (docs / df[w.as_str()]).ln()))
            .collect();
        let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
        if norm > 0.0 {
            for x in v.values_mut() {
                *x /= norm;
            }
        }
        v
    };
    let needs: Vec<_> = needs.iter().map(weigh).collect();
    let offers: Vec<_> = offers.iter().map(weigh).collect();
    let cos = |x: &HashMap<String, f64>, y: &HashMap<String, f64>| -> f64 {
        x.iter().filter_map(|(w, a)| y.get(w).map(|b| a * b)).sum()
    };
    (0..profiles.len())
        .map(|a| {
            let mut scored: Vec<(usize, f64)> = (0..profiles.len())
                .filter(|b| *b != a)
                .map(|b| (b, cos(&needs[a], &offers[b]) + cos(&needs[b], &offers[a])))
                .collect();
            scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            scored.into_iter().map(|(b, _)| b).collect()
        })
        .collect()
}

/// One line of the evaluation table.
pub struct Row {
    pub ranker: String,
    pub quality: Quality,
}

/// The engine and both baselines on one set.
pub fn compare(profiles: Vec<Profile>, expected: &Expected) -> Vec<Row> {
    let tfidf = measure(&profiles, &tfidf_rankings(&profiles), expected);
    let random = random_quality(&profiles, expected, 50);
    let engine = Engine::new(profiles);
    let ours = measure(engine.profiles(), &engine_rankings(&engine), expected);
    vec![
        Row {
            ranker: "Roundtable".into(),
            quality: ours,
        },
        Row {
            ranker: "TF-IDF cosine".into(),
            quality: tfidf,
        },
        Row {
            ranker: "random".into(),
            quality: random,
        },
    ]
}

/// The engine with one part changed at a time: what each part brings.
pub fn ablation(profiles: &[Profile], expected: &Expected) -> Vec<Row> {
    let full = Weights::default();
    let variants = [
        ("all parts (the product)", full),
        ("without the hub correction", Weights { hub: 0.0, ..full }),
        (
            "without same-field affinity",
            Weights { field: 0.0, ..full },
        ),
        ("without partner-type fit", Weights { fit: 0.0, ..full }),
        (
            "complementarity alone",
            Weights {
                field: 0.0,
                hub: 0.0,
                ..full
            },
        ),
        (
            "same-field affinity alone",
            Weights {
                complementarity: 0.0,
                hub: 0.0,
                ..full
            },
        ),
        (
            "with a reciprocity bonus (min of the two coverages, weight 0.5)",
            Weights {
                reciprocity: 0.5,
                ..full
            },
        ),
    ];
    variants
        .into_iter()
        .map(|(name, weights)| {
            let engine = Engine::with_weights(profiles.to_vec(), weights);
            Row {
                ranker: name.into(),
                quality: measure(engine.profiles(), &engine_rankings(&engine), expected),
            }
        })
        .collect()
}

/// The rows as a Markdown table.
pub fn table(set: &str, rows: &[Row]) -> String {
    let mut out = String::new();
    for r in rows {
        out.push_str(&format!(
            "| {set} | {} | {:.3} | {:.3} | {:.3} |\n",
            r.ranker, r.quality.hit_at_5, r.quality.mrr, r.quality.hub_share
        ));
    }
    out
}
