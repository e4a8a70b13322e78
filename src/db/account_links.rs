//! Links sent by e-mail to an account's address: a random token in the
//! message, its SHA-256 digest here; single-use, valid for a while. Each has
//! a purpose, so that a confirmation link cannot reset a password.

use entity::account_link;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use super::sessions::{hash_token, new_token};
use super::unix_now;

/// What a link is for, and how long it works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Choose a new password: an hour.
    Reset,
    /// Confirm the address: a week.
    Verify,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Reset => "reset",
            Purpose::Verify => "verify",
        }
    }

    pub fn seconds(self) -> i64 {
        match self {
            Purpose::Reset => 3600,
            Purpose::Verify => 7 * 24 * 3600,
        }
    }
}

/// A new link for `account_id`, sent to `email`; returns the token.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    purpose: Purpose,
    email: &str,
) -> Result<String, DbErr> {
    let token = new_token();
    let now = unix_now();
    account_link::ActiveModel {
        token_hash: Set(hash_token(&token)),
        account_id: Set(account_id),
        purpose: Set(purpose.as_str().to_owned()),
        email: Set(email.to_owned()),
        created_at: Set(now),
        expires_at: Set(now + purpose.seconds()),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The account and address of a link that still works for `purpose`.
pub async fn usable<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purpose: Purpose,
) -> Result<Option<(i32, String)>, DbErr> {
    let found = account_link::Entity::find_by_id(hash_token(token))
        .one(db)
        .await?;
    Ok(found
        .filter(|l| {
            l.purpose == purpose.as_str() && l.used_at.is_none() && l.expires_at > unix_now()
        })
        .map(|l| (l.account_id, l.email)))
}

/// Uses the link: its account and address if it still worked (it never will
/// again). Conditional on `used_at` being empty, so two uses at once cannot
/// both win.
pub async fn take<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purpose: Purpose,
) -> Result<Option<(i32, String)>, DbErr> {
    let Some(found) = usable(db, token, purpose).await? else {
        return Ok(None);
    };
    let updated = account_link::Entity::update_many()
        .col_expr(account_link::Column::UsedAt, Expr::value(unix_now()))
        .filter(account_link::Column::TokenHash.eq(hash_token(token)))
        .filter(account_link::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok((updated.rows_affected == 1).then_some(found))
}
