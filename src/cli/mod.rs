//! The `roundtable` command line.

pub mod rank;
pub mod schedule;

use std::io::IsTerminal;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use migration::{Migrator, MigratorTrait};

use crate::domain::meeting::SlotIndex;
use crate::services::{demo, import};
use crate::web::startup::Application;
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
    Serve {
        /// Address to listen on
        #[arg(long, env = "ROUNDTABLE_BIND", default_value = "127.0.0.1:8080")]
        bind: String,
        /// Load the fictional demonstration organizations into an empty database
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations and exit
    Migrate,
    /// Import organizations from a JSON or CSV file, all or nothing
    Import {
        /// The file (.json or .csv)
        file: PathBuf,
    },
    /// Rank partner suggestions for every organization of an import file (no database)
    Rank {
        /// The file, in the import format (.json or .csv)
        #[arg(long)]
        input: PathBuf,
        /// How many partners per organization
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// Output format
        #[arg(long, value_enum, default_value_t = RankFormat::Json)]
        format: RankFormat,
    },
    /// Measure the ranking against known partnerships: hit@5, MRR and the share
    /// of top-5 slots held by the five biggest hubs, beside a TF-IDF and a
    /// random baseline (no database)
    Evaluate {
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
    },
    /// Schedule an event's meetings in the database (--event), or the organizations
    /// of an import file without a database (--input, --slots, --tables)
    Schedule {
        /// The event's slug, as in /events/SLUG: builds its schedule like the
        /// organizer's button (locked meetings stay)
        #[arg(long, conflicts_with_all = ["input", "slots", "tables", "greedy"], required_unless_present = "input")]
        event: Option<String>,
        /// With --event, during the session: keep the meetings before this slot
        /// (1 is the first) and place new ones from it on
        #[arg(long, requires = "event", value_parser = clap::value_parser!(u16).range(1..=100))]
        from_slot: Option<u16>,
        /// The file, in the import format (.json or .csv)
        #[arg(long, requires_all = ["slots", "tables"])]
        input: Option<PathBuf>,
        /// Time slots
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..=100))]
        slots: Option<u16>,
        /// Tables for two per slot
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..=10000))]
        tables: Option<u16>,
        /// Meetings every organization should get when feasible
        #[arg(long, default_value_t = 3)]
        min_meetings: u16,
        /// Output format (only json)
        #[arg(long, default_value = "json", value_parser = ["json"])]
        format: String,
        /// Use the simple greedy baseline instead (for comparison)
        #[arg(long)]
        greedy: bool,
    },
    /// Create an organizer account, or make an existing account an organizer.
    /// The password is read from standard input (asked for on a terminal).
    CreateOrganizer {
        /// The organizer's e-mail address (the log-in)
        #[arg(long)]
        email: String,
        /// For a new account: the organization the organizer works for (found
        /// by name, or created with an empty profile)
        #[arg(long)]
        organization: Option<String>,
    },
    /// Export an organization's match list (with its interest marks) from the database
    Export {
        /// The organization's slug, as in /organizations/SLUG
        #[arg(long)]
        org: String,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file instead of standard output
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Csv,
    Xlsx,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RankFormat {
    Json,
    Csv,
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
    let result = match cli.command {
        Command::Serve { bind, demo } => runtime.block_on(serve(&cli.database_url, &bind, demo)),
        Command::Migrate => runtime.block_on(migrate(&cli.database_url)),
        Command::Import { file } => return runtime.block_on(import_file(&cli.database_url, file)),
        Command::Rank { input, top, format } => return rank_file(&input, top, format),
        Command::Evaluate {
            input,
            expected,
            ablation,
        } => return evaluate_file(&input, &expected, ablation),
        Command::Schedule {
            event: Some(event),
            from_slot,
            ..
        } => runtime.block_on(schedule_event(
            &cli.database_url,
            &event,
            from_slot.map_or(0, |s| usize::from(s) - 1),
        )),
        Command::CreateOrganizer {
            email,
            organization,
        } => runtime.block_on(create_organizer(
            &cli.database_url,
            &email,
            organization.as_deref(),
        )),
        Command::Schedule {
            input: Some(input),
            slots: Some(slots),
            tables: Some(tables),
            min_meetings,
            greedy,
            ..
        } => {
            return schedule_file(
                &input,
                slots.into(),
                tables.into(),
                min_meetings.into(),
                greedy,
            );
        }
        Command::Schedule { .. } => {
            eprintln!("error: give --event SLUG, or --input FILE with --slots and --tables");
            return ExitCode::from(2);
        }
        Command::Export {
            org,
            format,
            output,
        } => runtime.block_on(export_matches(
            &cli.database_url,
            &org,
            format,
            output.as_deref(),
        )),
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
    use anyhow::Context;
    let conn = db::connect(url)
        .await
        .with_context(|| format!("cannot open the database {}", redact(url)))?;
    Migrator::up(&conn, None)
        .await
        .context("database migration failed")?;
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

async fn serve(url: &str, bind: &str, with_demo: bool) -> anyhow::Result<()> {
    use anyhow::Context;
    let conn = connect_and_migrate(url).await?;
    if with_demo && demo::load_if_empty(&conn).await? {
        tracing::info!(
            email = demo::DEMO_EMAIL,
            password = demo::DEMO_PASSWORD,
            "loaded the demo organizations; log in with the demo account"
        );
    }
    let cleaner = conn.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            if let Err(e) = db::sessions::delete_expired(&cleaner).await {
                tracing::warn!(error = %e, "could not remove expired sessions");
            }
        }
    });
    let listener = TcpListener::bind(bind).with_context(|| format!("cannot listen on {bind}"))?;
    let app = Application::build(conn, listener)?;
    tracing::info!("Roundtable is listening on http://{}", bind);
    app.run_until_stopped().await?;
    tracing::info!("stopped");
    Ok(())
}

async fn schedule_event(url: &str, slug: &str, from: usize) -> anyhow::Result<()> {
    let conn = connect_and_migrate(url).await?;
    let event = db::events::find_by_slug(&conn, slug)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no event has the slug “{slug}”"))?;
    let index = crate::services::match_index::MatchIndex::default();
    let started = std::time::Instant::now();
    if from >= event.spec.slots.len() {
        anyhow::bail!(
            "--from-slot {} is past the event's last slot ({})",
            from + 1,
            event.spec.slots.len()
        );
    }
    let run = crate::services::schedule_run::run(&conn, &index, &event, SlotIndex(from)).await?;
    println!(
        "{}: {} meetings placed ({} at group tables), {} locked kept; total score {:.1}; {:.2} s.",
        event.spec.name,
        run.placed,
        run.groups,
        run.kept,
        run.total_score,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The password for `create-organizer`: asked for on a terminal, else the
/// first line of standard input.
fn read_password() -> anyhow::Result<String> {
    use std::io::BufRead;
    if std::io::stdin().is_terminal() {
        eprint!("Password for the organizer (at least 10 characters; shown as you type): ");
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

async fn create_organizer(
    url: &str,
    email: &str,
    organization: Option<&str>,
) -> anyhow::Result<()> {
    use crate::domain::account::{Email, Password};
    use sea_orm::TransactionTrait;
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
    let password =
        Password::parse(&read_password()?).map_err(|e| anyhow::anyhow!("password: {e}"))?;
    let conn = connect_and_migrate(url).await?;
    let hash = crate::services::password::hash_password(password).await?;
    let txn = conn.begin().await?;
    match db::accounts::find_by_email(&txn, email.as_str()).await? {
        Some(account) => {
            db::accounts::make_organizer(&txn, account.id, &hash).await?;
            txn.commit().await?;
            println!(
                "{} is now an organizer; the password was set.",
                email.as_str()
            );
        }
        None => {
            let name = organization.ok_or_else(|| {
                anyhow::anyhow!(
                    "no account uses {}; give --organization NAME, the organization the organizer works for",
                    email.as_str()
                )
            })?;
            let name = crate::domain::profile::parse_name(name)
                .map_err(|e| anyhow::anyhow!("--organization: {e}"))?;
            let org = match db::organizations::find_by_name(&txn, &name).await? {
                Some(org) => org,
                None => {
                    let profile = crate::domain::profile::Profile::empty(name);
                    db::organizations::insert(&txn, &profile, false).await?
                }
            };
            db::accounts::insert(
                &txn,
                email.as_str(),
                &hash,
                org.id,
                crate::domain::account::Role::Organizer,
            )
            .await?;
            txn.commit().await?;
            println!(
                "Created the organizer {} for {}. Log in at /login.",
                email.as_str(),
                org.name
            );
        }
    }
    Ok(())
}

async fn migrate(url: &str) -> anyhow::Result<()> {
    connect_and_migrate(url).await?;
    println!("The database is up to date.");
    Ok(())
}

async fn import_file(url: &str, file: PathBuf) -> ExitCode {
    let profiles = match import::read_file(&file) {
        Ok(p) => p,
        Err(import::ImportError::Rows(errors)) => {
            eprintln!(
                "{}: {} invalid row(s); nothing was imported.",
                file.display(),
                import::invalid_rows(&errors)
            );
            for e in &errors {
                eprintln!("  {e}");
            }
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("error: {e}; nothing was imported.");
            return ExitCode::from(2);
        }
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

async fn export_matches(
    url: &str,
    slug: &str,
    format: ExportFormat,
    output: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    use anyhow::Context;
    use std::io::Write;
    let conn = connect_and_migrate(url).await?;
    let snapshot = crate::services::match_index::MatchIndex::default()
        .current(&conn)
        .await?;
    let a = snapshot.index_of(slug).with_context(|| {
        format!("no organization \"{slug}\" (use the slug of its address, /organizations/SLUG)")
    })?;
    let marks = crate::db::interests::of(&conn, snapshot.orgs[a].id).await?;
    let rows = crate::exports::export_rows(
        &snapshot,
        a,
        &crate::matching::Filter::default(),
        &marks,
        true,
    );
    let format = match format {
        ExportFormat::Csv => crate::exports::Format::Csv,
        ExportFormat::Xlsx => crate::exports::Format::Xlsx,
        ExportFormat::Json => crate::exports::Format::Json,
    };
    let bytes = crate::exports::render(&rows, format)?;
    match output {
        Some(path) => std::fs::write(path, &bytes)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout()
            .write_all(&bytes)
            .context("cannot write to standard output")?,
    }
    Ok(())
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

fn read_profiles(
    input: &std::path::Path,
) -> Result<Vec<crate::domain::profile::Profile>, ExitCode> {
    match import::read_file(input) {
        Ok(p) => Ok(p),
        Err(import::ImportError::Rows(errors)) => {
            eprintln!(
                "{}: {} invalid row(s).",
                input.display(),
                import::invalid_rows(&errors)
            );
            for e in &errors {
                eprintln!("  {e}");
            }
            Err(ExitCode::from(2))
        }
        Err(e) => {
            eprintln!("error: {e}");
            Err(ExitCode::from(2))
        }
    }
}

fn schedule_file(
    input: &std::path::Path,
    slots: usize,
    tables: usize,
    min_meetings: usize,
    greedy: bool,
) -> ExitCode {
    let profiles = match read_profiles(input) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let engine = crate::matching::Engine::new(profiles);
    let params = crate::scheduling::Params {
        slots,
        tables,
        min_meetings,
        ..Default::default()
    };
    let schedule = crate::cli::schedule::build(&engine, &params, greedy);
    if std::io::stderr().is_terminal() {
        eprintln!("{}", crate::cli::schedule::summary(&schedule, engine.len()));
    }
    match crate::cli::schedule::to_json(&engine, &schedule, &params) {
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

fn evaluate_file(input: &std::path::Path, expected: &std::path::Path, ablation: bool) -> ExitCode {
    use crate::evaluation;
    let profiles = match read_profiles(input) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let expected = match std::fs::read_to_string(expected)
        .map_err(|e| e.to_string())
        .and_then(|json| evaluation::parse_expected(&json))
    {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", expected.display());
            return ExitCode::FAILURE;
        }
    };
    let mut rows = evaluation::compare(profiles.clone(), &expected);
    if ablation {
        rows.extend(
            evaluation::ablation(&profiles, &expected)
                .into_iter()
                .skip(1),
        );
    }
    println!("| set | ranking | hit@5 | MRR | top-5 slots held by the 5 biggest hubs |");
    println!("|---|---|---|---|---|");
    print!("{}", evaluation::table(&input.display().to_string(), &rows));
    println!(
        "({} organizations with known partners judged)",
        rows[0].quality.judged
    );
    ExitCode::SUCCESS
}

fn rank_file(input: &std::path::Path, top: usize, format: RankFormat) -> ExitCode {
    use std::io::Write;
    let profiles = match read_profiles(input) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let engine = crate::matching::Engine::new(profiles);
    let bar = progress_bar(engine.len() as u64, "organizations");
    let results = engine.rank_all(top, &|n| bar.inc(n as u64));
    bar.finish_and_clear();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = match format {
        RankFormat::Json => crate::cli::rank::write_json(&engine, &results, &mut out),
        RankFormat::Csv => crate::cli::rank::write_csv(&engine, &results, &mut out),
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
