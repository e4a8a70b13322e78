//! Scheduler benchmarks: the planner (`scheduling::schedule`) and the greedy
//! baseline on the candidates that `roundtable schedule-file` gives them,
//! for synthetic organizations from `benches/gen_orgs.py` (seed 1). The engine
//! and the candidates are built once, outside the timed loop:
//!
//! ```sh
//! cargo bench --bench scheduling
//! ```

use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};
use roundtable::matching::Engine;
use roundtable::scheduling::{self, Params, offline};
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

fn plan(c: &mut Criterion) {
    // The README's case (1,000 organizations, 12 slots, 300 tables for two) and
    // a fifth of it with tables in the same proportion.
    for (orgs, tables) in [(200, 60), (1_000, 300)] {
        let engine = Engine::new(organizations(orgs));
        let candidates = offline::candidates(&engine);
        let params = Params {
            slots: 12,
            tables,
            min_meetings: 3,
            ..Default::default()
        };
        let mut group =
            c.benchmark_group(format!("{orgs} organizations, 12 slots, {tables} tables"));
        group.sample_size(20);
        group.bench_function("schedule", |b| {
            b.iter(|| scheduling::schedule(engine.len(), &candidates, &params));
        });
        group.bench_function("greedy", |b| {
            b.iter(|| scheduling::greedy(engine.len(), &candidates, &params));
        });
        group.finish();
    }
}

criterion_group!(benches, plan);
criterion_main!(benches);
