//! `roundtable rank`: the offline ranking of an import file, as JSON and CSV.

use std::process::Command;

use roundtable::services::import::{self, InputFormat};

fn rank(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .arg("rank")
        .args(args)
        .env("RUST_LOG", "error")
        .output()
        .expect("run roundtable rank")
}

#[test]
fn rank_prints_json_in_input_order_and_csv_with_the_same_rows() {
    let input = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval_orgs.json");
    let out = rank(&["--input", input, "--top", "3"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "no progress bar when piped");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let rows = json.as_array().unwrap();
    let orgs = import::parse(include_bytes!("data/eval_orgs.json"), InputFormat::Json).unwrap();
    assert_eq!(rows.len(), orgs.len());
    for (row, org) in rows.iter().zip(&orgs) {
        assert_eq!(row["organization"], org.name.as_str());
        let matches = row["matches"].as_array().unwrap();
        assert!(matches.len() <= 3);
        for m in matches {
            assert_ne!(m["partner"], org.name.as_str());
            assert!(m["score"].as_f64().unwrap() > 0.0);
            assert!(m["reasons"].as_array().is_some_and(|r| !r.is_empty()));
        }
    }

    let out = rank(&["--input", input, "--top", "3", "--format", "csv"]);
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["organization", "rank", "partner", "score", "reasons"]
    );
    let csv_rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let json_rows: Vec<(String, String)> = rows
        .iter()
        .flat_map(|r| {
            r["matches"].as_array().unwrap().iter().map(|m| {
                (
                    r["organization"].as_str().unwrap().to_owned(),
                    m["partner"].as_str().unwrap().to_owned(),
                )
            })
        })
        .collect();
    let csv_pairs: Vec<(String, String)> = csv_rows
        .iter()
        .map(|r| (r[0].to_owned(), r[2].to_owned()))
        .collect();
    assert_eq!(csv_pairs, json_rows);
}

#[test]
fn rank_reports_a_bad_input_file_by_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    std::fs::write(
        &path,
        r#"[{"name": "A", "kind": "cert"}, {"name": "B", "kind": "rocket"}]"#,
    )
    .unwrap();
    let out = rank(&["--input", path.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("row 2: kind:"));
    let out = rank(&["--input", dir.path().join("missing.json").to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

#[test]
fn the_same_input_gives_the_same_ranking_in_every_run() {
    let input = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval_orgs.json");
    let first = rank(&["--input", input, "--top", "10"]);
    let second = rank(&["--input", input, "--top", "10"]);
    assert!(first.status.success());
    assert_eq!(first.stdout, second.stdout);
}
