//! `roundtable export --org SLUG`: an organization's match list, with its
//! interest marks, from the database.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use super::connect_and_migrate;
use crate::exports::{self, Format};
use crate::matching::Filter;
use crate::services::match_index::MatchIndex;
use crate::services::suggestions::export_rows;

#[derive(Clone, Copy, clap::ValueEnum)]
enum FileFormat {
    Csv,
    Xlsx,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// The organization's slug, as in /organizations/SLUG
    #[arg(long)]
    org: String,
    #[arg(long, value_enum)]
    format: FileFormat,
    /// Write to this file instead of standard output
    #[arg(long)]
    output: Option<PathBuf>,
}

pub async fn run(args: Args, url: &str) -> anyhow::Result<()> {
    let slug = &args.org;
    let conn = connect_and_migrate(url).await?;
    let snapshot = MatchIndex::default().current(&conn).await?;
    let a = snapshot.index_of(slug).with_context(|| {
        format!("no organization \"{slug}\" (use the slug of its address, /organizations/SLUG)")
    })?;
    let marks = crate::db::interests::of(&conn, snapshot.orgs[a].id).await?;
    let rows = export_rows(
        crate::i18n::Lang::En,
        &snapshot,
        a,
        &Filter::default(),
        &marks,
        true,
    );
    let format = match args.format {
        FileFormat::Csv => Format::Csv,
        FileFormat::Xlsx => Format::Xlsx,
        FileFormat::Json => Format::Json,
    };
    let bytes = exports::render(&rows, format)?;
    match args.output {
        Some(path) => std::fs::write(&path, &bytes)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout()
            .write_all(&bytes)
            .context("cannot write to standard output")?,
    }
    Ok(())
}
