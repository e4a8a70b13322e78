//! The command line, one file per subcommand. `main` parses the arguments,
//! starts the async runtime and runs the subcommand; the helpers below are
//! what several subcommands share.

mod create_organizer;
mod evaluate;
mod export;
mod import;
mod migrate;
mod outbox;
pub mod rank;
mod schedule;
mod schedule_file;
mod serve;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use migration::{Migrator, MigratorTrait};

use crate::domain::profile::Profile;
use crate::services::import as importer;
use crate::{db, telemetry};

#[derive(Parser)]
#[command(
    name = "roundtable",
    version,
    about = "Partner matchmaking for development cooperation"
)]
struct Cli {
    /// Database URL: sqlite://FILE?mode=rwc or postgres://USER@HOST/DB
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://roundtable.db?mode=rwc",
        global = true
    )]
    database_url: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web application (migrates the database first)
    Serve(serve::Args),
    /// Apply pending database migrations and exit
    Migrate,
    /// Import organizations from a JSON or CSV file, all or nothing
    Import(import::Args),
    /// Rank partner suggestions for every organization of an import file (no database)
    Rank(rank::Args),
    /// Measure the ranking against known partnerships: hit@5, MRR and the share
    /// of top-5 slots held by the five biggest hubs, beside a TF-IDF and a
    /// random baseline (no database)
    Evaluate(evaluate::Args),
    /// Build an event's schedule in the database, as the organizer's button
    /// does (locked meetings stay)
    Schedule(schedule::Args),
    /// Schedule the organizations of an import file, with no event and no
    /// database; prints the schedule as JSON
    ScheduleFile(schedule_file::Args),
    /// Create an organizer account, or make an existing account an organizer.
    /// The password is read from standard input (asked for on a terminal).
    CreateOrganizer(create_organizer::Args),
    /// Export an organization's match list (with its interest marks) from the database
    Export(export::Args),
    /// List the latest e-mails of the outbox and whether they were sent
    Outbox(outbox::Args),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let url = cli.database_url.as_str();
    let result = match cli.command {
        Command::Serve(args) => runtime.block_on(serve::run(args, url)),
        Command::Migrate => runtime.block_on(migrate::run(url)),
        Command::Import(args) => return runtime.block_on(import::run(args, url)),
        Command::Rank(args) => return rank::run(args),
        Command::Evaluate(args) => return evaluate::run(args),
        Command::Schedule(args) => runtime.block_on(schedule::run(args, url)),
        Command::ScheduleFile(args) => return schedule_file::run(args),
        Command::CreateOrganizer(args) => runtime.block_on(create_organizer::run(args, url)),
        Command::Export(args) => runtime.block_on(export::run(args, url)),
        Command::Outbox(args) => runtime.block_on(outbox::run(args, url)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn connect_and_migrate(url: &str) -> anyhow::Result<sea_orm::DatabaseConnection> {
    let conn = db::connect(url)
        .await
        .with_context(|| format!("cannot open the database {}", redact(url)))?;
    Migrator::up(&conn, None)
        .await
        .context("database migration failed")?;
    db::search::ensure_current(&conn)
        .await
        .context("building the directory's search index failed")?;
    db::check_writable(&conn).await.with_context(|| {
        format!(
            "the database {} cannot be written (a read-only file, directory or connection?); \
             nothing would be saved, so Roundtable stops here",
            redact(url)
        )
    })?;
    Ok(conn)
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn progress_bar(len: u64, what: &str) -> ProgressBar {
    // indicatif draws nothing when stderr is not a terminal, so piped output stays clean.
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(len)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(&format!("{{bar:40}} {{pos}}/{{len}} {what} ({{eta}} left)"))
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// The organizations of an import file, or the exit code after every bad
/// row was reported (`nothing_imported`: say that nothing was imported).
fn read_profiles(input: &Path, nothing_imported: bool) -> Result<Vec<Profile>, ExitCode> {
    let so = if nothing_imported {
        "; nothing was imported"
    } else {
        ""
    };
    match importer::read_file(input) {
        Ok(p) => Ok(p),
        Err(importer::ImportError::Rows(errors)) => {
            eprintln!(
                "{}: {} invalid row(s){so}.",
                input.display(),
                importer::invalid_rows(&errors)
            );
            for e in &errors {
                eprintln!("  {e}");
            }
            Err(ExitCode::from(2))
        }
        Err(e) if nothing_imported => {
            eprintln!("error: {e}{so}.");
            Err(ExitCode::from(2))
        }
        Err(e) => {
            eprintln!("error: {e}");
            Err(ExitCode::from(2))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_not_printed() {
        assert_eq!(
            super::redact("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
        assert_eq!(
            super::redact("sqlite://x.db?mode=rwc"),
            "sqlite://x.db?mode=rwc"
        );
    }
}
