//! `roundtable import FILE`: imports organizations from a JSON or CSV file,
//! all or nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{connect_and_migrate, progress_bar, read_profiles};
use crate::services::import;

#[derive(clap::Args)]
pub struct Args {
    /// The file (.json or .csv)
    file: PathBuf,
}

pub async fn run(args: Args, url: &str) -> ExitCode {
    let profiles = match read_profiles(&args.file, true) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let conn = match connect_and_migrate(url).await {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    let bar = progress_bar(profiles.len() as u64, "organizations");
    let result = import::apply(&conn, &profiles, false, |n| bar.inc(n)).await;
    bar.finish_and_clear();
    match result {
        Ok(s) => {
            println!(
                "Imported {} organizations: {} created, {} updated, {} unchanged.",
                profiles.len(),
                s.created,
                s.updated,
                s.unchanged
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: the import failed and was rolled back: {e}");
            ExitCode::FAILURE
        }
    }
}
