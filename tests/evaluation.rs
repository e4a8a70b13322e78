//! Ranking quality on the blind set (tests/data/blind/, see its README): real
//! organizations, profiles written from public facts by people who saw neither
//! the partnerships nor the engine, and 95 publicly documented partnerships.
//! The engine must beat the TF-IDF baseline on every version of the set, and
//! its figures must not drop below what the README reports.
//!
//! Print the table: `cargo test --release --test evaluation -- --nocapture`.

use roundtable::evaluation::{self, Expected, Row};
use roundtable::services::import::{self, InputFormat};

/// (file, the lowest hit@5 and MRR accepted: the README's figures, rounded down).
const SETS: [(&str, &[u8], f64, f64); 3] = [
    (
        "blind, English",
        include_bytes!("data/blind/profiles.json"),
        0.21,
        0.22,
    ),
    (
        "blind, terse tags",
        include_bytes!("data/blind/terse.json"),
        0.18,
        0.21,
    ),
    (
        "blind, ⅓ English, ⅓ French, ⅓ Spanish",
        include_bytes!("data/blind/mixed.json"),
        0.21,
        0.22,
    ),
];

/// The share of top-5 slots the five biggest hubs may hold.
const MAX_HUB_SHARE: f64 = 0.15;

fn expected() -> Expected {
    evaluation::parse_expected(include_str!("data/blind/partnerships.json"))
        .expect("partnerships.json")
}

fn rows(file: &[u8]) -> Vec<Row> {
    let profiles = import::parse(file, InputFormat::Json).expect("a valid import file");
    evaluation::compare(profiles, &expected())
}

#[test]
fn the_blind_set_is_large_enough_and_its_partners_exist() {
    let expected = expected();
    let pairs: usize = expected.values().map(Vec::len).sum::<usize>() / 2;
    assert!(pairs >= 50, "{pairs} partnerships");
    for (name, file, ..) in SETS {
        let profiles = import::parse(file, InputFormat::Json).expect(name);
        assert!(
            profiles.len() >= 60,
            "{name}: {} organizations",
            profiles.len()
        );
        for (org, partners) in &expected {
            for p in partners.iter().chain([org]) {
                assert!(
                    profiles.iter().any(|x| &x.name == p),
                    "{name}: {p} is in partnerships.json but has no profile"
                );
            }
        }
    }
}

#[test]
fn the_engine_beats_the_baselines_on_every_blind_set_and_does_not_drop() {
    let mut table = String::new();
    let mut failures = Vec::new();
    for (name, file, min_hit, min_mrr) in SETS {
        let rows = rows(file);
        table.push_str(&evaluation::table(name, &rows));
        let (ours, tfidf, random) = (rows[0].quality, rows[1].quality, rows[2].quality);
        if ours.hit_at_5 <= tfidf.hit_at_5 || ours.mrr <= tfidf.mrr {
            failures.push(format!("{name}: not above TF-IDF"));
        }
        if ours.hit_at_5 <= random.hit_at_5 * 2.0 {
            failures.push(format!("{name}: not above twice random"));
        }
        if ours.hit_at_5 < min_hit || ours.mrr < min_mrr {
            failures.push(format!(
                "{name}: hit@5 {:.3} / MRR {:.3} below {min_hit} / {min_mrr}",
                ours.hit_at_5, ours.mrr
            ));
        }
        if ours.hub_share > MAX_HUB_SHARE {
            failures.push(format!(
                "{name}: the five biggest hubs hold {:.3} of the top-5 slots",
                ours.hub_share
            ));
        }
    }
    println!(
        "| set | ranking | hit@5 | MRR | top-5 slots held by the 5 biggest hubs |\n|---|---|---|---|---|\n{table}"
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

fn evaluate(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .arg("evaluate")
        .args(args)
        .output()
        .expect("run roundtable evaluate")
}

#[test]
fn evaluate_prints_the_table_and_reports_bad_files_clearly() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let orgs = format!("{data}/eval_orgs.json");
    let out = evaluate(&[
        "--input",
        &orgs,
        "--expected",
        &format!("{data}/eval_expected.json"),
    ]);
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    for ranker in ["| Roundtable |", "| TF-IDF cosine |", "| random |"] {
        assert!(table.contains(ranker), "{table}");
    }

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("pairs.json");
    for (content, says) in [
        (
            "not json",
            "expected a map of partners or a list of {a, b} pairs",
        ),
        (
            "[{\"a\": \"X\"}]",
            "expected a map of partners or a list of {a, b} pairs",
        ),
        (
            "{\"X\": 3}",
            "expected a map of partners or a list of {a, b} pairs",
        ),
    ] {
        std::fs::write(&bad, content).unwrap();
        let out = evaluate(&["--input", &orgs, "--expected", bad.to_str().unwrap()]);
        assert!(!out.status.success(), "{content}");
        assert!(out.stdout.is_empty());
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{content}"
        );
    }
    let missing = dir.path().join("missing.json");
    let out = evaluate(&["--input", &orgs, "--expected", missing.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

#[test]
fn partnerships_count_in_both_directions_and_unknown_names_are_left_out() {
    let expected = evaluation::parse_expected(
        r#"[{"a": "A", "b": "B"}, {"a": "B", "b": "A"}, {"a": "A", "b": "Ghost"}]"#,
    )
    .unwrap();
    assert_eq!(expected["A"], ["B", "Ghost"]);
    assert_eq!(expected["B"], ["A"]);
    let profiles = import::parse(
        br#"[{"name": "A", "kind": "cert", "capabilities": ["incident response training"]},
             {"name": "B", "kind": "government", "needs": ["incident response training"]},
             {"name": "C", "kind": "other"}]"#,
        InputFormat::Json,
    )
    .unwrap();
    let q = evaluation::measure(&profiles, &[vec![1, 2], vec![0, 2], vec![0, 1]], &expected);
    assert_eq!(q.judged, 2);
    assert_eq!(
        q.hit_at_5, 1.0,
        "the ghost partner is not counted as missed"
    );
    assert_eq!(q.mrr, 1.0);
}
