//! The outbox: e-mails written in the transaction of what caused them, and
//! their delivery by the mail worker ([`crate::services::mail`]).

use entity::outbox;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::unix_now;

/// A message to write into the outbox.
pub struct Letter {
    pub recipient: String,
    pub kind: &'static str,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The one-click unsubscribe address, or empty.
    pub list_unsubscribe: String,
    /// An iTIP calendar object, or empty.
    pub calendar: String,
}

/// Puts `letter` in the outbox (in the caller's transaction).
pub async fn enqueue<C: ConnectionTrait>(db: &C, letter: Letter) -> Result<i32, DbErr> {
    let now = unix_now();
    let saved = outbox::ActiveModel {
        recipient: Set(letter.recipient),
        kind: Set(letter.kind.to_owned()),
        subject: Set(letter.subject),
        text: Set(letter.text),
        html: Set(letter.html),
        created_at: Set(now),
        next_attempt_at: Set(now),
        attempts: Set(0),
        sent_at: Set(None),
        last_error: Set(String::new()),
        list_unsubscribe: Set(letter.list_unsubscribe),
        calendar: Set(letter.calendar),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}

/// Messages not sent yet whose time has come, oldest first.
pub async fn due<C: ConnectionTrait>(db: &C, limit: u64) -> Result<Vec<outbox::Model>, DbErr> {
    outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::NextAttemptAt.lte(unix_now()))
        .order_by_asc(outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// The SMTP server took message `id`.
pub async fn mark_sent<C: ConnectionTrait>(db: &C, id: i32) -> Result<(), DbErr> {
    outbox::ActiveModel {
        id: Set(id),
        sent_at: Set(Some(unix_now())),
        last_error: Set(String::new()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Sending message `id` failed for the `attempts`-th time: try again later,
/// waiting longer each time (30 s, 1 min, 2 min … at most an hour).
pub async fn mark_failed<C: ConnectionTrait>(
    db: &C,
    id: i32,
    attempts: i32,
    error: &str,
) -> Result<(), DbErr> {
    outbox::ActiveModel {
        id: Set(id),
        attempts: Set(attempts),
        next_attempt_at: Set(unix_now() + backoff_seconds(attempts)),
        last_error: Set(error.chars().take(1000).collect()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// How long to wait after the `attempts`-th failure.
pub fn backoff_seconds(attempts: i32) -> i64 {
    let doublings = u32::try_from(attempts.clamp(1, 8) - 1).unwrap_or(0);
    (30_i64 << doublings).min(3600)
}

/// The latest messages, newest first (for `roundtable outbox`).
pub async fn latest<C: ConnectionTrait>(db: &C, limit: u64) -> Result<Vec<outbox::Model>, DbErr> {
    outbox::Entity::find()
        .order_by_desc(outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_an_hour() {
        assert_eq!(backoff_seconds(1), 30);
        assert_eq!(backoff_seconds(2), 60);
        assert_eq!(backoff_seconds(3), 120);
        assert_eq!(backoff_seconds(8), 3600);
        assert_eq!(backoff_seconds(100), 3600);
    }
}
