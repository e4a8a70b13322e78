//! `roundtable outbox`: the latest e-mails and whether they were sent (without
//! `SMTP_URL` they stay here; the password-reset links can be read from it on
//! a laptop with no mail server).

use super::connect_and_migrate;
use crate::db;

#[derive(clap::Args)]
pub struct Args {
    /// How many of the latest messages to list
    #[arg(long, default_value_t = 20)]
    limit: u64,
    /// Print each message's text too
    #[arg(long)]
    full: bool,
}

pub async fn run(args: Args, url: &str) -> anyhow::Result<()> {
    let conn = connect_and_migrate(url).await?;
    let messages = db::outbox::latest(&conn, args.limit.clamp(1, 1000)).await?;
    if messages.is_empty() {
        println!("The outbox is empty.");
    }
    for m in messages {
        let state = match m.sent_at {
            Some(_) => "sent".to_owned(),
            None if m.attempts == 0 => "waiting".to_owned(),
            None => format!("{} failed attempt(s): {}", m.attempts, m.last_error),
        };
        println!(
            "#{} {} to {} — {} ({state})",
            m.id, m.kind, m.recipient, m.subject
        );
        if args.full {
            println!("{}\n", m.text);
        }
    }
    Ok(())
}
