//! `roundtable schedule-file --input FILE`: a meeting schedule for the
//! organizations of an import file, from their suggestions, pairing only
//! organizations that share a working language (no database).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::read_profiles;
use crate::matching::{Engine, rounded};
use crate::scheduling::offline::build;
use crate::scheduling::{Params, Schedule};

#[derive(clap::Args)]
pub struct Args {
    /// The file, in the import format (.json or .csv)
    #[arg(long)]
    input: PathBuf,
    /// Time slots
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=100))]
    slots: u16,
    /// Tables for two per slot
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=10000))]
    tables: u16,
    /// Meetings every organization should get when feasible
    #[arg(long, default_value_t = 3)]
    min_meetings: u16,
    /// Output format (only json)
    #[arg(long, default_value = "json", value_parser = ["json"])]
    format: String,
    /// Use the simple greedy baseline instead (for comparison)
    #[arg(long)]
    greedy: bool,
}

pub fn run(args: Args) -> ExitCode {
    let profiles = match read_profiles(&args.input, false) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let engine = Engine::new(profiles);
    let params = Params {
        slots: args.slots.into(),
        tables: args.tables.into(),
        min_meetings: args.min_meetings.into(),
        ..Default::default()
    };
    let schedule = build(&engine, &params, args.greedy);
    if std::io::stderr().is_terminal() {
        eprintln!("{}", summary(&schedule, engine.len()));
    }
    match to_json(&engine, &schedule, &params) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[derive(Serialize)]
struct MeetingOut<'a> {
    slot: usize,
    table: String,
    participants: [&'a str; 2],
    score: f64,
    reasons: Vec<String>,
}

#[derive(Serialize)]
struct UnplacedOut<'a> {
    participants: Vec<&'a str>,
    reason: String,
}

#[derive(Serialize)]
struct Output<'a> {
    meetings: Vec<MeetingOut<'a>>,
    unplaced: Vec<UnplacedOut<'a>>,
    total_score: f64,
}

/// The figures an organizer reads first: total score and meetings per organization.
fn summary(schedule: &Schedule, orgs: usize) -> String {
    let mut counts = schedule.counts(orgs);
    counts.sort_unstable();
    let (min, median, max) = match counts.len() {
        0 => (0, 0, 0),
        n => (counts[0], counts[n / 2], counts[n - 1]),
    };
    format!(
        "{} meetings, total score {:.1}; meetings per organization: min {min}, median {median}, max {max}",
        schedule.meetings.len(),
        schedule.total_score
    )
}

fn to_json(engine: &Engine, schedule: &Schedule, params: &Params) -> serde_json::Result<String> {
    let counts = schedule.counts(engine.len());
    let mut unplaced: Vec<UnplacedOut> = schedule
        .unplaced
        .iter()
        .map(|u| UnplacedOut {
            participants: vec![&engine.profile(u.a).name, &engine.profile(u.b).name],
            reason: u.reason.to_owned(),
        })
        .collect();
    for (o, n) in counts.iter().enumerate() {
        if *n < params.min_meetings {
            unplaced.push(UnplacedOut {
                participants: vec![&engine.profile(o).name],
                reason: format!(
                    "only {n} of {} meetings: too few suggested partners share a working language and have time",
                    params.min_meetings
                ),
            });
        }
    }
    let out = Output {
        meetings: schedule
            .meetings
            .iter()
            .map(|m| MeetingOut {
                slot: m.slot,
                table: format!("Table {}", m.table + 1),
                participants: [&engine.profile(m.a).name, &engine.profile(m.b).name],
                score: rounded(m.score),
                reasons: engine.explain(m.a, m.b).iter().map(|r| r.text()).collect(),
            })
            .collect(),
        unplaced,
        total_score: (schedule.total_score * 10.0).round() / 10.0,
    };
    serde_json::to_string_pretty(&out)
}
