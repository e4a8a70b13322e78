//! Login throttling: every login attempt is recorded per client address and
//! per account before its password is checked, and counted over a sliding
//! window; a successful login takes its attempt back.
//!
//! Recording first makes the limit hold under concurrency: each attempt counts
//! after its own row is written, so the k-th row to be written sees at least k
//! rows, and of many simultaneous attempts at most the limit are let through —
//! in every process, since the rows are in the database.

use entity::login_failure;
use sea_orm::sea_query::ExprTrait;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

use super::unix_now;

pub const WINDOW_SECONDS: i64 = 15 * 60;
/// Failed logins allowed for one account within the window.
pub const MAX_PER_ACCOUNT: u64 = 5;
/// Failed logins allowed from one address within the window.
pub const MAX_PER_IP: u64 = 20;

/// Registrations allowed from one address within the window.
pub const MAX_REGISTRATIONS_PER_IP: u64 = 20;

/// Password-reset requests allowed for one address, and from one client
/// address, within the window: enough for a person, too few to flood a
/// mailbox. Over them the page answers the same and nothing is sent.
pub const MAX_RESETS_PER_EMAIL: u64 = 3;
pub const MAX_RESETS_PER_IP: u64 = 20;

/// Invitations one organization may send within the window (also to the
/// same address again): enough to bring a delegation in, too few to use the
/// service to flood mailboxes.
pub const MAX_INVITATIONS_PER_ORG: u64 = 20;

pub fn invitation_key(org: i32) -> String {
    format!("invite:{org}")
}

pub fn reset_keys(email: &str, ip: &str) -> [String; 2] {
    [format!("reset-to:{email}"), format!("reset-from:{ip}")]
}

pub fn registration_key(ip: &str) -> String {
    format!("register:{ip}")
}

pub fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

pub fn account_key(email: &str) -> String {
    format!("email:{email}")
}

/// A recorded login attempt: the rows to take back if it succeeds.
#[derive(Debug)]
pub struct Attempt {
    rows: Vec<i32>,
}

async fn record<C: ConnectionTrait>(db: &C, key: &str) -> Result<i32, DbErr> {
    Ok(login_failure::ActiveModel {
        key: Set(key.to_owned()),
        at: Set(unix_now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

async fn count<C: ConnectionTrait>(db: &C, key: &str) -> Result<u64, DbErr> {
    login_failure::Entity::find()
        .filter(login_failure::Column::Key.eq(key))
        .filter(login_failure::Column::At.gt(unix_now() - WINDOW_SECONDS))
        .count(db)
        .await
}

/// Records an attempt for each `(key, limit)` and counts it with the ones
/// before it: `Ok(Some(attempt))` when every count is within its limit (the
/// password may be checked), `Ok(None)` when one is over (refuse at once).
pub async fn attempt<C: ConnectionTrait>(
    db: &C,
    keys: &[(&str, u64)],
) -> Result<Option<Attempt>, DbErr> {
    let mut rows = Vec::with_capacity(keys.len());
    for (key, _) in keys {
        rows.push(record(db, key).await?);
    }
    for (key, limit) in keys {
        if count(db, key).await? > *limit {
            return Ok(None);
        }
    }
    Ok(Some(Attempt { rows }))
}

/// A successful login: its attempt does not count, and the account's earlier
/// failures (and all old rows) are forgotten.
pub async fn succeeded<C: ConnectionTrait>(
    db: &C,
    attempt: Attempt,
    account_key: &str,
) -> Result<(), DbErr> {
    login_failure::Entity::delete_many()
        .filter(
            login_failure::Column::Id
                .is_in(attempt.rows)
                .or(login_failure::Column::Key.eq(account_key))
                .or(login_failure::Column::At.lte(unix_now() - WINDOW_SECONDS)),
        )
        .exec(db)
        .await?;
    Ok(())
}
