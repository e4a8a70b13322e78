//! `roundtable serve`: the web application (migrates the database first).

use std::net::TcpListener;
use std::time::Duration;

use anyhow::Context;

use super::connect_and_migrate;
use crate::db;
use crate::services::demo;
use crate::web::startup::Application;

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on
    #[arg(long, env = "ROUNDTABLE_BIND", default_value = "127.0.0.1:8080")]
    bind: String,
    /// Load the fictional demonstration organizations into an empty database
    #[arg(long)]
    demo: bool,
}

pub async fn run(args: Args, url: &str) -> anyhow::Result<()> {
    let conn = connect_and_migrate(url).await?;
    if args.demo && demo::load_if_empty(&conn).await? {
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
    let bind = &args.bind;
    let listener = TcpListener::bind(bind).with_context(|| format!("cannot listen on {bind}"))?;
    let app = Application::build(conn, listener)?;
    tracing::info!("Roundtable is listening on http://{}", bind);
    app.run_until_stopped().await?;
    tracing::info!("stopped");
    Ok(())
}
