//! `roundtable rank`: ranks partner suggestions for every organization of an
//! import file, without a database.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::{progress_bar, read_profiles};
use crate::matching::{Engine, Match, rounded};

#[derive(Clone, Copy, clap::ValueEnum)]
enum RankFormat {
    Json,
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    /// The file, in the import format (.json or .csv)
    #[arg(long)]
    input: PathBuf,
    /// How many partners per organization
    #[arg(long, default_value_t = 10)]
    top: usize,
    /// Output format
    #[arg(long, value_enum, default_value_t = RankFormat::Json)]
    format: RankFormat,
}

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

fn partners<'a>(engine: &'a Engine, a: usize, matches: &[Match]) -> Vec<RankedPartner<'a>> {
    matches
        .iter()
        .map(|m| RankedPartner {
            partner: &engine.profile(m.index).name,
            score: rounded(m.score),
            reasons: engine
                .explain(a, m.index)
                .iter()
                .map(|r| r.text())
                .collect(),
        })
        .collect()
}

/// Renders the organizations in chunks on all cores, then writes them in order.
fn render_parallel(
    engine: &Engine,
    results: &[Vec<Match>],
    render: impl Fn(usize, &[Match], &mut Vec<u8>) -> std::io::Result<()> + Sync,
) -> std::io::Result<Vec<Vec<u8>>> {
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let chunk = results.len().div_ceil(threads * 4).max(1);
    let render = &render;
    std::thread::scope(|scope| {
        let handles: Vec<_> = results
            .chunks(chunk)
            .enumerate()
            .map(|(c, rows)| {
                scope.spawn(move || {
                    let mut buf = Vec::with_capacity(rows.len() * 2048);
                    for (i, matches) in rows.iter().enumerate() {
                        render(c * chunk + i, matches, &mut buf)?;
                    }
                    Ok(buf)
                })
            })
            .collect();
        let _ = engine;
        handles
            .into_iter()
            .map(|h| h.join().expect("render thread"))
            .collect()
    })
}

/// `[{"organization": NAME, "matches": [{"partner", "score", "reasons"}]}]`, in input order.
pub fn write_json(
    engine: &Engine,
    results: &[Vec<Match>],
    out: &mut impl Write,
) -> std::io::Result<()> {
    let chunks = render_parallel(engine, results, |a, matches, buf| {
        buf.extend_from_slice(if a == 0 { b"\n" } else { b",\n" });
        let row = Ranked {
            organization: &engine.profile(a).name,
            matches: partners(engine, a, matches),
        };
        serde_json::to_writer(&mut *buf, &row).map_err(std::io::Error::from)
    })?;
    out.write_all(b"[")?;
    for chunk in chunks {
        out.write_all(&chunk)?;
    }
    out.write_all(b"\n]\n")
}

/// CSV with a header: organization, rank, partner, score, reasons (joined by " | ").
pub fn write_csv(
    engine: &Engine,
    results: &[Vec<Match>],
    out: &mut impl Write,
) -> std::io::Result<()> {
    let chunks = render_parallel(engine, results, |a, matches, buf| {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(&mut *buf);
        for (rank, p) in partners(engine, a, matches).into_iter().enumerate() {
            w.write_record([
                engine.profile(a).name.as_str(),
                &(rank + 1).to_string(),
                p.partner,
                &p.score.to_string(),
                &p.reasons.join(" | "),
            ])?;
        }
        w.flush()
    })?;
    let mut header = csv::Writer::from_writer(&mut *out);
    header.write_record(["organization", "rank", "partner", "score", "reasons"])?;
    header.flush()?;
    drop(header);
    for chunk in chunks {
        out.write_all(&chunk)?;
    }
    Ok(())
}

pub fn run(args: Args) -> ExitCode {
    let profiles = match read_profiles(&args.input, false) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let engine = Engine::new(profiles);
    let bar = progress_bar(engine.len() as u64, "organizations");
    let results = engine.rank_all(args.top, &|n| bar.inc(n as u64));
    bar.finish_and_clear();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = match args.format {
        RankFormat::Json => write_json(&engine, &results, &mut out),
        RankFormat::Csv => write_csv(&engine, &results, &mut out),
    };
    let flushed = written.and_then(|()| out.flush());
    // The process ends here: skip freeing the index piece by piece.
    std::mem::forget(results);
    std::mem::forget(engine);
    match flushed {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the ranking: {e}");
            ExitCode::FAILURE
        }
    }
}
