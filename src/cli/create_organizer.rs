//! `roundtable create-organizer`: creates an organizer account, or makes an
//! existing account an organizer. The password is read from standard input.

use std::io::IsTerminal;

use sea_orm::TransactionTrait;

use super::connect_and_migrate;
use crate::db;
use crate::domain::account::{Email, OrgRole, Password, Role};
use crate::domain::profile::{Profile, parse_name};
use crate::services::password::Passwords;

#[derive(clap::Args)]
pub struct Args {
    /// The organizer's e-mail address (the log-in)
    #[arg(long)]
    email: String,
    /// For a new account: the organization the organizer works for (found
    /// by name, or created with an empty profile)
    #[arg(long)]
    organization: Option<String>,
}

/// The password: asked for on a terminal, else the first line of standard input.
fn read_password() -> anyhow::Result<String> {
    use std::io::BufRead;
    if std::io::stdin().is_terminal() {
        eprint!("Password for the organizer (at least 10 characters; shown as you type): ");
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

pub async fn run(args: Args, url: &str) -> anyhow::Result<()> {
    let english = |e: String| crate::i18n::Lang::En.render(&e);
    let email =
        Email::parse(&args.email).map_err(|e| anyhow::anyhow!("--email: {}", english(e)))?;
    let password = Password::parse_new(&read_password()?, &[args.email.as_str()])
        .map_err(|e| anyhow::anyhow!("password: {}", english(e)))?;
    let conn = connect_and_migrate(url).await?;
    let hash = Passwords::default().hash(password).await?;
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
            let name = args.organization.as_deref().ok_or_else(|| {
                anyhow::anyhow!(
                    "no account uses {}; give --organization NAME, the organization the organizer works for",
                    email.as_str()
                )
            })?;
            let name =
                parse_name(name).map_err(|e| anyhow::anyhow!("--organization: {}", english(e)))?;
            let org = match db::organizations::find_by_name(&txn, &name).await? {
                Some(org) => org,
                None => db::organizations::insert(&txn, &Profile::empty(name), false).await?,
            };
            // The first person of an organization is its owner.
            let org_role = if db::accounts::organization_has_accounts(&txn, org.id).await? {
                OrgRole::Member
            } else {
                OrgRole::Owner
            };
            db::accounts::insert(
                &txn,
                email.as_str(),
                &hash,
                org.id,
                Role::Organizer,
                org_role,
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
