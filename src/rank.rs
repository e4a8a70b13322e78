//! `roundtable rank`: ranks the organizations of an import file without a database.

use std::io::Write;

use serde::Serialize;

use crate::matching::{Engine, Match};

#[derive(Serialize)]
struct RankedPartner<'a> {
    partner: &'a str,
    score: f64,
    reasons: Vec<String>,
}

#[derive(Serialize)]
struct Ranked<'a> {
    organization: &'a str,
    matches: Vec<RankedPartner<'a>>,
}

/// Scores are shown with one decimal.
pub fn rounded(score: f32) -> f64 {
    (score as f64 * 10.0).round() / 10.0
}

fn partners<'a>(engine: &'a Engine, a: usize, matches: &[Match]) -> Vec<RankedPartner<'a>> {
    matches
        .iter()
        .map(|m| RankedPartner {
            partner: &engine.profile(m.index).name,
            score: rounded(m.score),
            reasons: engine.explain(a, m.index).iter().map(|r| r.text()).collect(),
        })
        .collect()
}

/// `[{"organization": NAME, "matches": [{"partner", "score", "reasons"}]}]`, in input order.
pub fn write_json(engine: &Engine, results: &[Vec<Match>], out: &mut impl Write) -> std::io::Result<()> {
    out.write_all(b"[")?;
    for (a, matches) in results.iter().enumerate() {
        if a > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        let row = Ranked {
            organization: &engine.profile(a).name,
            matches: partners(engine, a, matches),
        };
        serde_json::to_writer(&mut *out, &row)?;
    }
    out.write_all(b"\n]\n")
}

/// CSV with a header: organization, rank, partner, score, reasons (joined by " | ").
pub fn write_csv(engine: &Engine, results: &[Vec<Match>], out: &mut impl Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["organization", "rank", "partner", "score", "reasons"])?;
    for (a, matches) in results.iter().enumerate() {
        for (rank, p) in partners(engine, a, matches).into_iter().enumerate() {
            w.write_record([
                engine.profile(a).name.as_str(),
                &(rank + 1).to_string(),
                p.partner,
                &p.score.to_string(),
                &p.reasons.join(" | "),
            ])?;
        }
    }
    w.flush()
}
