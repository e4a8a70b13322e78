//! `roundtable migrate`: apply pending database migrations and exit.

use super::connect_and_migrate;

pub async fn run(url: &str) -> anyhow::Result<()> {
    connect_and_migrate(url).await?;
    println!("The database is up to date.");
    Ok(())
}
