//! Server-side login sessions. The browser holds a random token; the table holds
//! its SHA-256 digest, the account and the expiry.

use crate::domain::account::Account;
use crate::domain::organization::Organization;
use entity::{account, organization, session};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use sha2::{Digest, Sha256};

use super::unix_now;

/// How long a session lasts without a new login.
pub const SESSION_SECONDS: i64 = 14 * 24 * 3600;

pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Starts a session for `account_id` and returns the token for the cookie.
pub async fn create<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<String, DbErr> {
    let token = new_token();
    let now = unix_now();
    session::ActiveModel {
        token_hash: Set(hash_token(&token)),
        account_id: Set(account_id),
        created_at: Set(now),
        expires_at: Set(now + SESSION_SECONDS),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The account and organization of a live session, if the token names one
/// (one query: every page a logged-in person reads asks it).
pub async fn lookup<C: ConnectionTrait>(
    db: &C,
    token: &str,
) -> Result<Option<(Account, Organization)>, DbErr> {
    let found = session::Entity::find_by_id(hash_token(token))
        .find_also_related(account::Entity)
        .find_also(account::Entity, organization::Entity)
        .one(db)
        .await?;
    let Some((s, Some(account), Some(org))) = found else {
        return Ok(None);
    };
    if s.expires_at <= unix_now() {
        return Ok(None);
    }
    Ok(Some((
        super::accounts::from_model(account),
        super::organizations::from_model(org),
    )))
}

/// Ends every session of `account_id` but the one of `token` (after a
/// change of password from that session).
pub async fn delete_others_of<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    token: &str,
) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::AccountId.eq(account_id))
        .filter(session::Column::TokenHash.ne(hash_token(token)))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of `account_id` (after a password reset).
pub async fn delete_all_of<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete<C: ConnectionTrait>(db: &C, token: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(hash_token(token))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes expired sessions; run now and then.
pub async fn delete_expired<C: ConnectionTrait>(db: &C) -> Result<u64, DbErr> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lte(unix_now()))
        .exec(db)
        .await?
        .rows_affected)
}
