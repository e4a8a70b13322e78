//! Password-reset links: a random token in the e-mail, its SHA-256 digest
//! here; single-use, valid for an hour.

use entity::password_reset;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

use super::sessions::{hash_token, new_token};
use super::unix_now;

/// How long a reset link works.
pub const RESET_SECONDS: i64 = 3600;

/// A new reset link for `account_id`; returns the token for the e-mail.
pub async fn create<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<String, DbErr> {
    let token = new_token();
    let now = unix_now();
    password_reset::ActiveModel {
        token_hash: Set(hash_token(&token)),
        account_id: Set(account_id),
        created_at: Set(now),
        expires_at: Set(now + RESET_SECONDS),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The account of a link that still works (not used, not expired).
pub async fn usable<C: ConnectionTrait>(db: &C, token: &str) -> Result<Option<i32>, DbErr> {
    let found = password_reset::Entity::find_by_id(hash_token(token))
        .one(db)
        .await?;
    Ok(found
        .filter(|r| r.used_at.is_none() && r.expires_at > unix_now())
        .map(|r| r.account_id))
}

/// Uses the link: true if it still worked (and now never will again).
/// Conditional on `used_at` being empty, so two uses at once cannot both win.
pub async fn take<C: ConnectionTrait>(db: &C, token: &str) -> Result<Option<i32>, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
    let Some(account) = usable(db, token).await? else {
        return Ok(None);
    };
    let updated = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(unix_now()))
        .filter(password_reset::Column::TokenHash.eq(hash_token(token)))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok((updated.rows_affected == 1).then_some(account))
}
