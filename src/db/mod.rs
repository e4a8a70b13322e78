//! Database access: plain functions that take a connection and return
//! `Result<_, DbErr>`. Handlers call these; they never build queries.

pub mod accounts;
pub mod events;
pub mod interests;
pub mod meetings;
pub mod organizations;
pub mod participants;
pub mod requests;
pub mod sessions;
pub mod throttle;
pub mod tokens;

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

/// Opens the database named by `url`; SQLite or PostgreSQL is chosen by the URL alone.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(30));
    if url.starts_with("sqlite:") {
        // Durable writes and referential integrity; the busy timeout lets a second
        // process (e.g. `roundtable import` beside `serve`) wait for the lock.
        options.map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    } else {
        options.max_connections(16).min_connections(1);
    }
    Database::connect(options).await
}

/// Whether the (migrated) database takes writes: a row written and rolled
/// back. A read-only file, directory or connection would otherwise let the
/// server start and then fail every log-in and edit.
pub async fn check_writable(db: &DatabaseConnection) -> Result<(), DbErr> {
    use sea_orm::{ActiveModelTrait, Set, TransactionTrait};
    let txn = db.begin().await?;
    entity::login_failure::ActiveModel {
        key: Set("write-probe".into()),
        at: Set(0),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.rollback().await
}

/// Now, as Unix seconds.
pub fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}
