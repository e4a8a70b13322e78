//! Accounts: an e-mail address, a password hash and the organization it acts for.

use std::collections::HashMap;

use chrono::Utc;
use entity::account;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, SqlErr,
};

use crate::domain::account::{Account, OrgRole, Role};

/// The account as the rest of the app reads it.
pub(crate) fn from_model(a: account::Model) -> Account {
    Account {
        role: Role::from_stored(&a.role),
        org_role: OrgRole::from_stored(&a.org_role),
        id: a.id,
        email: a.email,
        password_hash: a.password_hash,
        organization_id: a.organization_id,
        language: a.language,
        email_verified: a.email_verified_at.is_some(),
    }
}

pub async fn find_by_email<C: ConnectionTrait>(
    db: &C,
    email: &str,
) -> Result<Option<Account>, DbErr> {
    Ok(account::Entity::find()
        .filter(account::Column::Email.eq(email))
        .one(db)
        .await?
        .map(from_model))
}

pub async fn find_by_id<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Account>, DbErr> {
    Ok(account::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(from_model))
}

#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    #[error("an account with this e-mail address already exists")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Whether anyone can log in for the organization: then its profile is its
/// own, and only its accounts change it.
pub async fn organization_has_accounts<C: ConnectionTrait>(
    db: &C,
    org: i32,
) -> Result<bool, DbErr> {
    Ok(account::Entity::find()
        .filter(account::Column::OrganizationId.eq(org))
        .count(db)
        .await?
        > 0)
}

/// The e-mail addresses of the accounts of each of `orgs`, in the order
/// the accounts were made.
pub async fn emails_of<C: ConnectionTrait>(
    db: &C,
    orgs: &[i32],
) -> Result<HashMap<i32, Vec<String>>, DbErr> {
    let mut out: HashMap<i32, Vec<String>> = HashMap::new();
    if orgs.is_empty() {
        return Ok(out);
    }
    for a in account::Entity::find()
        .filter(account::Column::OrganizationId.is_in(orgs.iter().copied()))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await?
    {
        out.entry(a.organization_id).or_default().push(a.email);
    }
    Ok(out)
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    email: &str,
    password_hash: &str,
    organization_id: i32,
    role: Role,
    org_role: OrgRole,
) -> Result<Account, CreateAccountError> {
    account::ActiveModel {
        email: Set(email.to_owned()),
        password_hash: Set(password_hash.to_owned()),
        organization_id: Set(organization_id),
        role: Set(role.as_str().to_owned()),
        org_role: Set(org_role.as_str().to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(from_model)
    .map_err(|e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => CreateAccountError::EmailTaken,
        _ => CreateAccountError::Db(e),
    })
}

/// The address of `id` is confirmed, if it is still `email`.
pub async fn verify_email<C: ConnectionTrait>(db: &C, id: i32, email: &str) -> Result<bool, DbErr> {
    use sea_orm::sea_query::Expr;
    let updated = account::Entity::update_many()
        .col_expr(
            account::Column::EmailVerifiedAt,
            Expr::value(super::unix_now()),
        )
        .filter(account::Column::Id.eq(id))
        .filter(account::Column::Email.eq(email))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Gives account `id` the address `email`, not confirmed yet; false if
/// another account has it.
pub async fn set_email<C: ConnectionTrait>(db: &C, id: i32, email: &str) -> Result<bool, DbErr> {
    use sea_orm::sea_query::Expr;
    if find_by_email(db, email).await?.is_some() {
        return Ok(false);
    }
    let r = account::Entity::update_many()
        .col_expr(account::Column::Email, Expr::value(email))
        .col_expr(
            account::Column::EmailVerifiedAt,
            Expr::value(Option::<i64>::None),
        )
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await;
    match r {
        Ok(_) => Ok(true),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Sets a new password hash.
pub async fn set_password<C: ConnectionTrait>(
    db: &C,
    id: i32,
    password_hash: &str,
) -> Result<(), DbErr> {
    account::ActiveModel {
        id: Set(id),
        password_hash: Set(password_hash.to_owned()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// The account with this id.
pub async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Account>, DbErr> {
    Ok(account::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(from_model))
}

/// Keeps the interface language the person chose (`fr`).
pub async fn set_language<C: ConnectionTrait>(
    db: &C,
    id: i32,
    language: &str,
) -> Result<(), DbErr> {
    account::ActiveModel {
        id: Set(id),
        language: Set(language.to_owned()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Gives the account the organizer role and a new password.
pub async fn make_organizer<C: ConnectionTrait>(
    db: &C,
    id: i32,
    password_hash: &str,
) -> Result<(), DbErr> {
    account::ActiveModel {
        id: Set(id),
        role: Set(Role::Organizer.as_str().to_owned()),
        password_hash: Set(password_hash.to_owned()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}
