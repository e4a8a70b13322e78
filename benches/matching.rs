//! Matching engine benchmarks on synthetic organizations from
//! `benches/gen_orgs.py` (seed 1), generated on the fly:
//!
//! ```sh
//! cargo bench --bench matching
//! ```

use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};
use roundtable::matching::Engine;
use roundtable::services::import::{self, InputFormat};

fn organizations(count: usize) -> Vec<roundtable::domain::profile::Profile> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/gen_orgs.py");
    let out = Command::new("python3")
        .args([script, "--count", &count.to_string(), "--seed", "1"])
        .output()
        .expect("run benches/gen_orgs.py (python3 is needed)");
    assert!(out.status.success(), "gen_orgs.py failed");
    import::parse(&out.stdout, InputFormat::Json).expect("generated organizations are valid")
}

fn build_index(c: &mut Criterion) {
    let mut group = c.benchmark_group("build index");
    group.sample_size(10);
    for n in [1_000, 10_000] {
        let orgs = organizations(n);
        group.bench_function(format!("{n} organizations"), |b| {
            b.iter(|| Engine::new(orgs.clone()));
        });
    }
    group.finish();
}

fn top_one(c: &mut Criterion) {
    let mut group = c.benchmark_group("top 20 for one organization");
    for n in [1_000, 50_000] {
        let engine = Engine::new(organizations(n));
        let mut i = 0;
        group.bench_function(format!("among {n}"), |b| {
            b.iter(|| {
                i = (i + 7919) % engine.len();
                engine.top(i, 20)
            });
        });
    }
    group.finish();
}

/// A ranking read for the first time by a page: every partner scored, then
/// all of them put in order, or only the first 200 (what the pages keep).
fn first_page(c: &mut Criterion) {
    let mut group = c.benchmark_group("every partner of one organization");
    group.sample_size(20);
    for n in [10_000, 50_000] {
        let engine = Engine::new(organizations(n));
        let mut i = 0;
        group.bench_function(format!("all in order, among {n}"), |b| {
            b.iter(|| {
                i = (i + 7919) % engine.len();
                engine.top(i, engine.len()).len()
            });
        });
        group.bench_function(format!("first 200 in order, among {n}"), |b| {
            b.iter(|| {
                i = (i + 7919) % engine.len();
                engine.partly_ranked(i, 200).1
            });
        });
    }
    group.finish();
}

fn explain_one(c: &mut Criterion) {
    let engine = Engine::new(organizations(1_000));
    let top = engine.top(0, 20);
    c.bench_function("explain 20 suggestions", |b| {
        b.iter(|| {
            top.iter()
                .map(|m| engine.explain(0, m.index).len())
                .sum::<usize>()
        });
    });
}

fn rank_all(c: &mut Criterion) {
    let mut group = c.benchmark_group("rank all, top 10");
    group.sample_size(10);
    let engine = Engine::new(organizations(10_000));
    group.bench_function("10000 organizations", |b| {
        b.iter(|| engine.rank_all(10, &|_| {}));
    });
    group.finish();
}

criterion_group!(
    benches,
    build_index,
    top_one,
    first_page,
    explain_one,
    rank_all
);
criterion_main!(benches);
