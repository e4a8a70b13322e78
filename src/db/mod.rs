//! Database access: plain functions that take a connection and return
//! `Result<_, DbErr>`. Handlers call these; they never build queries.

pub mod account_links;
pub mod accounts;
pub mod availability;
pub mod event_organizers;
pub mod events;
pub mod interests;
pub mod meetings;
pub mod members;
pub mod notifications;
pub mod organization_data;
pub mod organizations;
pub mod outbox;
pub mod participants;
pub mod requests;
pub mod search;
pub mod sessions;
pub mod throttle;
pub mod tokens;

use std::time::{Duration, Instant};

use sea_orm::sqlx::Sqlite;
use sea_orm::sqlx::pool::PoolOptions;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

/// How long a request waits for a PostgreSQL connection from the pool before it
/// is answered "database unavailable" (503): an outage shows at once instead
/// of holding every request for half a minute. A healthy pool hands out a
/// connection in microseconds; this only bounds waiting for a database that
/// does not answer (or a pool exhausted by slow queries).
pub const PG_ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// SQLite has one connection per process: requests queue for it, and one may
/// be waiting up to the busy timeout for another process's write lock, so the
/// queue is given longer than that before a request is turned away.
pub const SQLITE_ACQUIRE_TIMEOUT: Duration = Duration::from_secs(15);
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How many connections [`long_reads`] opens to an SQLite file.
const READ_CONNECTIONS: u32 = 4;

/// Reads shared by the requests of a server ([`long_reads`]).
#[derive(Clone)]
pub struct Reads(pub DatabaseConnection);

/// How long [`connect`] keeps trying a database that does not answer yet (e.g.
/// started at the same time as the app).
pub const STARTUP_WAIT: Duration = Duration::from_secs(30);

fn options(url: &str) -> ConnectOptions {
    let mut options = ConnectOptions::new(url.to_owned());
    // No separate connect timeout: sqlx has one deadline for taking a
    // connection from the pool, opening a new one included (sea-orm's
    // `connect_timeout` sets that same deadline).
    options.sqlx_logging(false);
    if url.starts_with("sqlite:") {
        // Durable writes and referential integrity; the busy timeout lets a second
        // process (e.g. `roundtable import` beside `serve`) wait for the lock.
        options
            .acquire_timeout(SQLITE_ACQUIRE_TIMEOUT)
            .map_sqlx_sqlite_opts(|o| {
                o.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(SQLITE_BUSY_TIMEOUT)
            })
            .map_sqlx_sqlite_pool_opts(with_stable_plans);
    } else {
        options
            .acquire_timeout(PG_ACQUIRE_TIMEOUT)
            .max_connections(16)
            .min_connections(1);
    }
    options
}

/// Opens the database named by `url`; SQLite or PostgreSQL is chosen by the URL
/// alone. A database that is not reachable yet is tried again for up to
/// [`STARTUP_WAIT`]; any other error (a wrong password, a bad URL) is returned
/// at once.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let options = options(url);
    let deadline = Instant::now() + STARTUP_WAIT;
    loop {
        match Database::connect(options.clone()).await {
            Err(e) if availability::is_worth_waiting_for(&e) && Instant::now() < deadline => {
                tracing::warn!(error = %e, "the database does not answer yet; trying again");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            result => return result,
        }
    }
}

/// Connections for reads that are not part of a write — who a session is,
/// the profiles' generation, the directory's searches, every profile for the
/// matching index — so that they neither queue behind one another nor behind
/// writes: on SQLite, where a process has one connection (the one that
/// writes), a pool of [`READ_CONNECTIONS`] more to the same file (WAL lets
/// readers run beside each other and the writer, and a read sees every write
/// committed before it began); on PostgreSQL the pool itself.
pub fn long_reads(db: &DatabaseConnection) -> DatabaseConnection {
    if db.get_database_backend() != sea_orm::DbBackend::Sqlite {
        return db.clone();
    }
    let options = db.get_sqlite_connection_pool().connect_options();
    if options
        .get_filename()
        .to_string_lossy()
        .contains(":memory:")
        || options.get_filename().starts_with("file:sqlx-in-memory")
    {
        // An in-memory database exists only on its own connection.
        return db.clone();
    }
    let pool = with_stable_plans(sea_orm::sqlx::sqlite::SqlitePoolOptions::new())
        .max_connections(READ_CONNECTIONS)
        .acquire_timeout(SQLITE_ACQUIRE_TIMEOUT)
        .connect_lazy_with((*options).clone());
    sea_orm::SqlxSqliteConnector::from_sqlx_sqlite_pool(pool)
}

/// Every SQLite connection of the app turns on the query planner's stability
/// guarantee as it opens: a statement's plan no longer depends on the values
/// bound to it. Without it SQLite 3.51 reads the value bound to `LIMIT ?`
/// (sea-orm binds every limit, `.one()` included) while planning, so binding
/// new values expires the prepared statement and each execution prepares it
/// again — a quarter of the time SQLite spent under the mixed load. The plans
/// lose nothing here: no query uses `LIKE`, partial indexes or statistics.
fn with_stable_plans(options: PoolOptions<Sqlite>) -> PoolOptions<Sqlite> {
    options.after_connect(|conn, _| {
        Box::pin(async move {
            let mut handle = conn.lock_handle().await?;
            stable_plans(handle.as_raw_handle())
        })
    })
}

// The one call into SQLite's C API: sqlx has no setting for it.
#[allow(unsafe_code)]
fn stable_plans(
    db: std::ptr::NonNull<libsqlite3_sys::sqlite3>,
) -> Result<(), sea_orm::sqlx::Error> {
    use libsqlite3_sys::{SQLITE_DBCONFIG_ENABLE_QPSG, SQLITE_OK, sqlite3_db_config};
    use std::ffi::c_int;
    // SAFETY: the handle is open and locked away from sqlx's worker thread for
    // the call; this option takes an int (1: on) and an int pointer that may
    // be null (no report back).
    let rc = unsafe {
        sqlite3_db_config(
            db.as_ptr(),
            SQLITE_DBCONFIG_ENABLE_QPSG,
            1 as c_int,
            std::ptr::null_mut::<c_int>(),
        )
    };
    if rc == SQLITE_OK {
        Ok(())
    } else {
        Err(sea_orm::sqlx::Error::Protocol(format!(
            "SQLite refused the query planner's stability guarantee (code {rc})"
        )))
    }
}

/// `count` placeholders, comma-separated, for values bound after the first
/// `before`: `$2, $3` on PostgreSQL, `?, ?` on SQLite.
pub(crate) fn placeholders(backend: sea_orm::DbBackend, before: usize, count: usize) -> String {
    (before + 1..=before + count)
        .map(|i| match backend {
            sea_orm::DbBackend::Postgres => format!("${i}"),
            _ => "?".to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
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

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::{ConnectionTrait, Statement};

    /// Whether a statement with `LIMIT ?` was planned for the value bound to
    /// it: the program then loads that number as a constant (`Integer 7`)
    /// instead of reading the parameter. SQLite plans a statement before
    /// anything is bound; it only sees a value when binding expired the
    /// statement and it was prepared again.
    async fn planned_for_bound_limit(db: &DatabaseConnection) -> bool {
        let rows = db
            .query_all_raw(Statement::from_sql_and_values(
                sea_orm::DbBackend::Sqlite,
                "EXPLAIN SELECT 1 FROM sqlite_schema LIMIT ?",
                [7_i64.into()],
            ))
            .await
            .unwrap();
        rows.iter().any(|row| {
            row.try_get::<String>("", "opcode").unwrap() == "Integer"
                && row.try_get::<i64>("", "p1").unwrap() == 7
        })
    }

    #[tokio::test]
    async fn sqlite_plans_do_not_depend_on_bound_values() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/plans.db?mode=rwc", dir.path().display());
        let db = connect(&url).await.unwrap();
        assert!(
            !planned_for_bound_limit(&db).await,
            "the writing connection"
        );
        let reads = long_reads(&db);
        for _ in 0..READ_CONNECTIONS {
            assert!(!planned_for_bound_limit(&reads).await, "a read connection");
        }
    }
}
