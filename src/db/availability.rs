//! Telling "the database is unavailable" (it cannot be reached, the pool gave
//! up waiting for a connection, the connection broke, the server is shutting
//! down or full) from every other database error. The web layer answers the
//! first with 503 and `Retry-After`: the request was fine and is worth retrying
//! in a moment; the second stays an unexpected error (500).

use std::error::Error as StdError;

use sea_orm::sqlx;
use sea_orm::{ConnAcquireErr, DbErr, RuntimeErr};

use super::accounts::CreateAccountError;
use super::organizations::WriteError;
use super::requests::RequestError;

/// Whether `e` says that the database cannot be used right now.
pub fn is_unavailable(e: &DbErr) -> bool {
    match e {
        DbErr::ConnectionAcquire(ConnAcquireErr::Timeout | ConnAcquireErr::ConnectionClosed) => {
            true
        }
        // Any failure to open a connection: refused, reset, closed before the
        // handshake ended (sqlx then reports a protocol error), refused by a
        // server that is starting or stopping.
        DbErr::Conn(_) => true,
        DbErr::Exec(r) | DbErr::Query(r) => runtime_unavailable(r),
        _ => false,
    }
}

/// Whether waiting may help: `e` says the database is unavailable, and not
/// because of a setting that stays wrong (a bad URL or TLS setting, a wrong
/// password, an unknown database). For waiting at startup.
pub fn is_worth_waiting_for(e: &DbErr) -> bool {
    let lasting = match e {
        DbErr::Conn(RuntimeErr::SqlxError(s)) => match &**s {
            sqlx::Error::Configuration(_)
            | sqlx::Error::InvalidArgument(_)
            | sqlx::Error::Tls(_) => true,
            sqlx::Error::Database(_) => !sqlx_unavailable(s),
            _ => false,
        },
        _ => false,
    };
    is_unavailable(e) && !lasting
}

fn runtime_unavailable(e: &RuntimeErr) -> bool {
    match e {
        RuntimeErr::SqlxError(e) => sqlx_unavailable(e),
        RuntimeErr::Internal(_) => false,
    }
}

fn sqlx_unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed => true,
        // I/O on the database's socket: the connection is gone (refused,
        // reset, closed mid-answer, timed out), whatever the kind.
        sqlx::Error::Io(_) => true,
        sqlx::Error::Database(db) => {
            if let Some(pg) = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
                pg_code_unavailable(pg.code())
            } else if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                db.code().is_some_and(|c| sqlite_code_unavailable(&c))
            } else {
                false
            }
        }
        _ => false,
    }
}

/// PostgreSQL's SQLSTATEs for "not now": class 08 (connection exception),
/// 57P01–57P03 (shutting down, crashed, starting up) and 53300 (too many connections).
fn pg_code_unavailable(code: &str) -> bool {
    code.starts_with("08") || matches!(code, "57P01" | "57P02" | "57P03" | "53300")
}

/// SQLite's SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes:
/// another process held the lock for longer than the busy timeout.
fn sqlite_code_unavailable(code: &str) -> bool {
    code.parse::<i32>().is_ok_and(|c| matches!(c & 0xff, 5 | 6))
}

/// Whether anything in the cause chain of `e` says that the database is
/// unavailable (services that return `anyhow` wrap the [`DbErr`]).
pub fn in_chain(e: &anyhow::Error) -> bool {
    e.chain().any(cause_unavailable)
}

fn cause_unavailable(cause: &(dyn StdError + 'static)) -> bool {
    if let Some(e) = cause.downcast_ref::<DbErr>() {
        return is_unavailable(e);
    }
    if let Some(WriteError::Db(e)) = cause.downcast_ref::<WriteError>() {
        return is_unavailable(e);
    }
    if let Some(CreateAccountError::Db(e)) = cause.downcast_ref::<CreateAccountError>() {
        return is_unavailable(e);
    }
    if let Some(RequestError::Db(e)) = cause.downcast_ref::<RequestError>() {
        return is_unavailable(e);
    }
    // `#[error(transparent)]` wrappers hand on the source of the DbErr, not the DbErr.
    if let Some(e) = cause.downcast_ref::<ConnAcquireErr>() {
        return matches!(
            e,
            ConnAcquireErr::Timeout | ConnAcquireErr::ConnectionClosed
        );
    }
    if let Some(e) = cause.downcast_ref::<RuntimeErr>() {
        return runtime_unavailable(e);
    }
    if let Some(e) = cause.downcast_ref::<sqlx::Error>() {
        return sqlx_unavailable(e);
    }
    false
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use std::io::ErrorKind;

    use super::*;

    fn query(e: sqlx::Error) -> DbErr {
        DbErr::Query(RuntimeErr::SqlxError(Arc::new(e)))
    }

    fn io(kind: ErrorKind) -> sqlx::Error {
        sqlx::Error::Io(std::io::Error::new(kind, "test"))
    }

    #[test]
    fn connection_failures_are_unavailable() {
        for e in [
            DbErr::ConnectionAcquire(ConnAcquireErr::Timeout),
            DbErr::ConnectionAcquire(ConnAcquireErr::ConnectionClosed),
            DbErr::Conn(RuntimeErr::Internal("Disconnected".into())),
            query(io(ErrorKind::ConnectionRefused)),
            query(io(ErrorKind::ConnectionReset)),
            query(io(ErrorKind::UnexpectedEof)),
            DbErr::Exec(RuntimeErr::SqlxError(Arc::new(io(ErrorKind::BrokenPipe)))),
            query(sqlx::Error::PoolTimedOut),
            query(sqlx::Error::PoolClosed),
        ] {
            assert!(is_unavailable(&e), "{e:?}");
        }
    }

    #[test]
    fn any_failure_to_connect_is_unavailable_but_not_always_worth_waiting_for() {
        let conn = |e| DbErr::Conn(RuntimeErr::SqlxError(Arc::new(e)));
        let cut = conn(sqlx::Error::Protocol(
            "unexpected response from SSLRequest: 0x00".into(),
        ));
        assert!(is_unavailable(&cut) && is_worth_waiting_for(&cut));
        let refused = conn(io(ErrorKind::ConnectionRefused));
        assert!(is_unavailable(&refused) && is_worth_waiting_for(&refused));
        let timeout = DbErr::ConnectionAcquire(ConnAcquireErr::Timeout);
        assert!(is_worth_waiting_for(&timeout));
        let bad_url = conn(sqlx::Error::Configuration("bad URL".into()));
        assert!(is_unavailable(&bad_url) && !is_worth_waiting_for(&bad_url));
        assert!(!is_worth_waiting_for(&DbErr::RecordNotUpdated));
    }

    #[test]
    fn other_errors_are_not() {
        for e in [
            query(sqlx::Error::RowNotFound),
            query(sqlx::Error::Protocol("nonsense".into())),
            query(sqlx::Error::ColumnNotFound("x".into())),
            DbErr::Query(RuntimeErr::Internal("x".into())),
            DbErr::RecordNotFound("x".into()),
            DbErr::Custom("x".into()),
            DbErr::RecordNotUpdated,
        ] {
            assert!(!is_unavailable(&e), "{e:?}");
        }
    }

    #[test]
    fn postgres_and_sqlite_codes() {
        for code in ["08006", "08001", "57P01", "57P03", "53300"] {
            assert!(pg_code_unavailable(code), "{code}");
        }
        for code in ["23505", "42P01", "40001", "28P01"] {
            assert!(!pg_code_unavailable(code), "{code}");
        }
        for code in ["5", "6", "261", "517"] {
            assert!(sqlite_code_unavailable(code), "{code}");
        }
        for code in ["1", "19", "2067", "x"] {
            assert!(!sqlite_code_unavailable(code), "{code}");
        }
    }

    #[test]
    fn the_chain_of_a_wrapped_error_is_searched() {
        let timeout = || DbErr::ConnectionAcquire(ConnAcquireErr::Timeout);
        let reset = || query(io(ErrorKind::ConnectionReset));
        assert!(in_chain(
            &anyhow::Error::new(timeout()).context("database error")
        ));
        assert!(in_chain(
            &anyhow::Error::new(WriteError::Db(reset())).context("saving")
        ));
        assert!(in_chain(&anyhow::Error::new(CreateAccountError::Db(
            timeout()
        ))));
        assert!(in_chain(
            &anyhow::Error::from(timeout()).context("a").context("b")
        ));
        assert!(!in_chain(&anyhow::Error::new(DbErr::RecordNotUpdated)));
        assert!(!in_chain(&anyhow::Error::new(WriteError::Conflict)));
        assert!(!in_chain(&anyhow::anyhow!("template failed")));
    }
}
