//! API tokens: created and revoked by an account, shown once, stored hashed.

use crate::domain::account::Account;
use crate::domain::organization::{ApiToken, Organization};
use chrono::Utc;
use entity::{account, api_token, organization};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::sessions::{hash_token, new_token};

/// Tokens start with this, so that a leaked one is easy to recognise.
pub const PREFIX: &str = "rt_";

/// Creates a token and returns it: the only time it is ever seen.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    name: &str,
) -> Result<String, DbErr> {
    let token = format!("{PREFIX}{}", new_token());
    api_token::ActiveModel {
        account_id: Set(account_id),
        name: Set(name.to_owned()),
        token_hash: Set(hash_token(&token)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

pub async fn list<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<Vec<ApiToken>, DbErr> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::AccountId.eq(account_id))
        .order_by_asc(api_token::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|t| ApiToken {
            id: t.id,
            name: t.name,
            created_at: t.created_at,
        })
        .collect())
}

/// Revokes a token of this account; false when it has no such token.
pub async fn revoke<C: ConnectionTrait>(db: &C, account_id: i32, id: i32) -> Result<bool, DbErr> {
    let r = api_token::Entity::delete_many()
        .filter(api_token::Column::Id.eq(id))
        .filter(api_token::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

/// The account and organization a bearer token acts for.
pub async fn lookup<C: ConnectionTrait>(
    db: &C,
    token: &str,
) -> Result<Option<(Account, Organization)>, DbErr> {
    let Some(t) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(hash_token(token)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(account) = account::Entity::find_by_id(t.account_id).one(db).await? else {
        return Ok(None);
    };
    let org = organization::Entity::find_by_id(account.organization_id)
        .one(db)
        .await?;
    Ok(org.map(|o| {
        (
            super::accounts::from_model(account),
            super::organizations::from_model(o),
        )
    }))
}
