//! Login throttling: failed logins are recorded per client address and per
//! account, and counted over a sliding window.

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

pub fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

pub fn account_key(email: &str) -> String {
    format!("email:{email}")
}

pub async fn failures<C: ConnectionTrait>(db: &C, key: &str) -> Result<u64, DbErr> {
    login_failure::Entity::find()
        .filter(login_failure::Column::Key.eq(key))
        .filter(login_failure::Column::At.gt(unix_now() - WINDOW_SECONDS))
        .count(db)
        .await
}

pub async fn record_failure<C: ConnectionTrait>(db: &C, key: &str) -> Result<(), DbErr> {
    login_failure::ActiveModel {
        key: Set(key.to_owned()),
        at: Set(unix_now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Forgets the failures of `key` (after a successful login) and all old ones.
pub async fn clear<C: ConnectionTrait>(db: &C, key: &str) -> Result<(), DbErr> {
    login_failure::Entity::delete_many()
        .filter(
            login_failure::Column::Key
                .eq(key)
                .or(login_failure::Column::At.lte(unix_now() - WINDOW_SECONDS)),
        )
        .exec(db)
        .await?;
    Ok(())
}
