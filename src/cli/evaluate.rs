//! `roundtable evaluate`: measures the ranking against known partnerships —
//! hit@5, MRR and the share of top-5 slots held by the five biggest hubs,
//! beside a TF-IDF and a random baseline (no database).

use std::path::PathBuf;
use std::process::ExitCode;

use super::read_profiles;
use crate::evaluation;

#[derive(clap::Args)]
pub struct Args {
    /// The organizations, in the import format (.json or .csv)
    #[arg(long)]
    input: PathBuf,
    /// Known partnerships: a JSON map of name → [partner names], or a list
    /// of {"a": name, "b": name} pairs
    #[arg(long)]
    expected: PathBuf,
    /// Also measure the engine with each part of the score left out
    #[arg(long)]
    ablation: bool,
}

pub fn run(args: Args) -> ExitCode {
    let profiles = match read_profiles(&args.input, false) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let expected = match std::fs::read_to_string(&args.expected)
        .map_err(|e| e.to_string())
        .and_then(|json| evaluation::parse_expected(&json))
    {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", args.expected.display());
            return ExitCode::FAILURE;
        }
    };
    let mut rows = evaluation::compare(profiles.clone(), &expected);
    if args.ablation {
        rows.extend(
            evaluation::ablation(&profiles, &expected)
                .into_iter()
                .skip(1),
        );
    }
    println!("| set | ranking | hit@5 | MRR | top-5 slots held by the 5 biggest hubs |");
    println!("|---|---|---|---|---|");
    print!(
        "{}",
        evaluation::table(&args.input.display().to_string(), &rows)
    );
    println!(
        "({} organizations with known partners judged)",
        rows[0].quality.judged
    );
    ExitCode::SUCCESS
}
