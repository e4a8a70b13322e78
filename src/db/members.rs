//! The people of an organization: its accounts with their roles, and the
//! invitations its owners sent. An organization always keeps one owner: every
//! change that could take the last one away checks it inside its transaction,
//! after touching every account of the organization (on PostgreSQL that locks
//! them, so two owners demoting each other at once cannot both succeed).

use entity::{account, event, invitation};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

use super::sessions::{hash_token, new_token};
use super::unix_now;
use crate::domain::account::{Account, OrgRole};

/// How long an invitation works: a week.
pub const INVITATION_SECONDS: i64 = 7 * 24 * 3600;

/// One person of an organization, as its members page lists them.
#[derive(Debug, Clone)]
pub struct Member {
    pub account_id: i32,
    pub email: String,
    pub org_role: OrgRole,
    pub email_verified: bool,
    pub since: chrono::DateTime<chrono::Utc>,
}

/// An invitation not yet used, withdrawn or expired.
#[derive(Debug, Clone)]
pub struct Pending {
    pub id: i32,
    pub email: String,
    pub org_role: OrgRole,
    pub invited_by: String,
    pub expires_at: i64,
}

/// An invitation as its link opens it.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub organization_id: i32,
    pub email: String,
    pub org_role: OrgRole,
    pub invited_by: String,
}

/// The accounts of `org`, owners first, then in the order they joined.
pub async fn list<C: ConnectionTrait>(db: &C, org: i32) -> Result<Vec<Member>, DbErr> {
    let mut members: Vec<Member> = account::Entity::find()
        .filter(account::Column::OrganizationId.eq(org))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|a| Member {
            account_id: a.id,
            org_role: OrgRole::from_stored(&a.org_role),
            email_verified: a.email_verified_at.is_some(),
            since: a.created_at,
            email: a.email,
        })
        .collect();
    members.sort_by_key(|m| m.org_role != OrgRole::Owner);
    Ok(members)
}

/// Locks the accounts of `org` until the transaction ends (PostgreSQL; SQLite
/// has one writer at a time anyway) and counts its owners.
async fn lock_and_count_owners<C: ConnectionTrait>(db: &C, org: i32) -> Result<u64, DbErr> {
    account::Entity::update_many()
        .col_expr(
            account::Column::OrgRole,
            Expr::col(account::Column::OrgRole),
        )
        .filter(account::Column::OrganizationId.eq(org))
        .exec(db)
        .await?;
    owners(db, org).await
}

async fn owners<C: ConnectionTrait>(db: &C, org: i32) -> Result<u64, DbErr> {
    account::Entity::find()
        .filter(account::Column::OrganizationId.eq(org))
        .filter(account::Column::OrgRole.eq(OrgRole::Owner.as_str()))
        .count(db)
        .await
}

/// Why a change of members was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// The account is not one of the organization's.
    NotMember,
    /// It would leave the organization without an owner.
    LastOwner,
}

/// The account `id` of `org`, if it is one of its.
async fn member_of<C: ConnectionTrait>(
    db: &C,
    org: i32,
    id: i32,
) -> Result<Option<account::Model>, DbErr> {
    Ok(account::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|a| a.organization_id == org))
}

/// Gives the account `id` of `org` the role `role`; the last owner stays one.
pub async fn set_role<C: ConnectionTrait>(
    db: &C,
    org: i32,
    id: i32,
    role: OrgRole,
) -> Result<Result<(), Refused>, DbErr> {
    let owners = lock_and_count_owners(db, org).await?;
    let Some(found) = member_of(db, org, id).await? else {
        return Ok(Err(Refused::NotMember));
    };
    if found.org_role == OrgRole::Owner.as_str() && role != OrgRole::Owner && owners <= 1 {
        return Ok(Err(Refused::LastOwner));
    }
    account::Entity::update_many()
        .col_expr(account::Column::OrgRole, Expr::value(role.as_str()))
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(Ok(()))
}

/// Removes the account `id` from `org` (it is deleted, with its sessions,
/// API tokens and links); events it created are handed to `heir`. The last
/// owner, and the last account, cannot be removed.
pub async fn remove<C: ConnectionTrait>(
    db: &C,
    org: i32,
    id: i32,
    heir: i32,
) -> Result<Result<Account, Refused>, DbErr> {
    let owners = lock_and_count_owners(db, org).await?;
    let Some(found) = member_of(db, org, id).await? else {
        return Ok(Err(Refused::NotMember));
    };
    if found.org_role == OrgRole::Owner.as_str() && owners <= 1 {
        return Ok(Err(Refused::LastOwner));
    }
    event::Entity::update_many()
        .col_expr(event::Column::CreatedBy, Expr::value(heir))
        .filter(event::Column::CreatedBy.eq(id))
        .exec(db)
        .await?;
    account::Entity::delete_by_id(id).exec(db).await?;
    Ok(Ok(super::accounts::from_model(found)))
}

/// Another owner of `org` than `id`, to hand things to.
pub async fn other_owner<C: ConnectionTrait>(
    db: &C,
    org: i32,
    id: i32,
) -> Result<Option<i32>, DbErr> {
    Ok(account::Entity::find()
        .filter(account::Column::OrganizationId.eq(org))
        .filter(account::Column::OrgRole.eq(OrgRole::Owner.as_str()))
        .filter(account::Column::Id.ne(id))
        .order_by_asc(account::Column::Id)
        .one(db)
        .await?
        .map(|a| a.id))
}

/// A new invitation of `email` to `org` (an earlier one to the same address
/// stops working); returns the token for the link.
pub async fn invite<C: ConnectionTrait>(
    db: &C,
    org: i32,
    email: &str,
    role: OrgRole,
    invited_by: &str,
) -> Result<String, DbErr> {
    let now = unix_now();
    invitation::Entity::update_many()
        .col_expr(invitation::Column::UsedAt, Expr::value(now))
        .filter(invitation::Column::OrganizationId.eq(org))
        .filter(invitation::Column::Email.eq(email))
        .filter(invitation::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    let token = new_token();
    invitation::ActiveModel {
        token_hash: Set(hash_token(&token)),
        organization_id: Set(org),
        email: Set(email.to_owned()),
        org_role: Set(role.as_str().to_owned()),
        invited_by: Set(invited_by.to_owned()),
        created_at: Set(now),
        expires_at: Set(now + INVITATION_SECONDS),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The invitations of `org` that still work, newest first.
pub async fn pending<C: ConnectionTrait>(db: &C, org: i32) -> Result<Vec<Pending>, DbErr> {
    Ok(invitation::Entity::find()
        .filter(invitation::Column::OrganizationId.eq(org))
        .filter(invitation::Column::UsedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(unix_now()))
        .order_by_desc(invitation::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|i| Pending {
            id: i.id,
            org_role: OrgRole::from_stored(&i.org_role),
            email: i.email,
            invited_by: i.invited_by,
            expires_at: i.expires_at,
        })
        .collect())
}

/// Withdraws the invitation `id` of `org`; whether one was withdrawn.
pub async fn withdraw<C: ConnectionTrait>(db: &C, org: i32, id: i32) -> Result<bool, DbErr> {
    let updated = invitation::Entity::update_many()
        .col_expr(invitation::Column::UsedAt, Expr::value(unix_now()))
        .filter(invitation::Column::Id.eq(id))
        .filter(invitation::Column::OrganizationId.eq(org))
        .filter(invitation::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// The invitation of a link that still works.
pub async fn usable<C: ConnectionTrait>(db: &C, token: &str) -> Result<Option<Invitation>, DbErr> {
    Ok(invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(hash_token(token)))
        .one(db)
        .await?
        .filter(|i| i.used_at.is_none() && i.expires_at > unix_now())
        .map(|i| Invitation {
            organization_id: i.organization_id,
            org_role: OrgRole::from_stored(&i.org_role),
            email: i.email,
            invited_by: i.invited_by,
        }))
}

/// Uses the invitation: it if still worked (it never will again);
/// conditional, so two uses at once cannot both win.
pub async fn take<C: ConnectionTrait>(db: &C, token: &str) -> Result<Option<Invitation>, DbErr> {
    let Some(found) = usable(db, token).await? else {
        return Ok(None);
    };
    let updated = invitation::Entity::update_many()
        .col_expr(invitation::Column::UsedAt, Expr::value(unix_now()))
        .filter(invitation::Column::TokenHash.eq(hash_token(token)))
        .filter(invitation::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok((updated.rows_affected == 1).then_some(found))
}
