//! Notification preferences, unsubscribe keys and the items waiting for a
//! daily digest.

use std::collections::HashMap;

use entity::{account, digest_item, notification_pref};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::sessions::new_token;
use super::unix_now;
use crate::domain::notification::{Kind, Mode};

/// The modes `account` chose, per kind (the default for the others).
pub async fn modes<C: ConnectionTrait>(db: &C, account: i32) -> Result<Vec<(Kind, Mode)>, DbErr> {
    let chosen: HashMap<String, String> = notification_pref::Entity::find()
        .filter(notification_pref::Column::AccountId.eq(account))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.kind, p.mode))
        .collect();
    Ok(Kind::ALL
        .into_iter()
        .map(|k| {
            let mode = chosen
                .get(k.as_str())
                .and_then(|m| Mode::parse(m))
                .unwrap_or_default();
            (k, mode)
        })
        .collect())
}

/// Keeps `mode` for `account` and `kind`.
pub async fn set_mode<C: ConnectionTrait>(
    db: &C,
    account: i32,
    kind: Kind,
    mode: Mode,
) -> Result<(), DbErr> {
    notification_pref::Entity::insert(notification_pref::ActiveModel {
        account_id: Set(account),
        kind: Set(kind.as_str().to_owned()),
        mode: Set(mode.as_str().to_owned()),
    })
    .on_conflict(
        OnConflict::columns([
            notification_pref::Column::AccountId,
            notification_pref::Column::Kind,
        ])
        .update_column(notification_pref::Column::Mode)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Someone to tell: a confirmed address of the organization that wants news
/// of this kind.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub account_id: i32,
    pub email: String,
    pub language: String,
    pub mode: Mode,
    /// The key of the account's unsubscribe links.
    pub mail_key: String,
}

/// The accounts of `org` to tell of news of `kind`: confirmed addresses
/// only, and not those who turned the kind off. Gives each a key for its
/// unsubscribe links if it has none yet.
pub async fn recipients<C: ConnectionTrait>(
    db: &C,
    org: i32,
    kind: Kind,
) -> Result<Vec<Recipient>, DbErr> {
    let accounts = account::Entity::find()
        .filter(account::Column::OrganizationId.eq(org))
        .filter(account::Column::EmailVerifiedAt.is_not_null())
        .order_by_asc(account::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(accounts.len());
    for a in accounts {
        let mode = notification_pref::Entity::find_by_id((a.id, kind.as_str().to_owned()))
            .one(db)
            .await?
            .and_then(|p| Mode::parse(&p.mode))
            .unwrap_or_default();
        if mode == Mode::Off {
            continue;
        }
        let mail_key = ensure_key(db, a.id, a.mail_key).await?;
        out.push(Recipient {
            account_id: a.id,
            email: a.email,
            language: a.language,
            mode,
            mail_key,
        });
    }
    Ok(out)
}

/// The key of `account`'s unsubscribe links (`current`), made now if it
/// has none.
async fn ensure_key<C: ConnectionTrait>(
    db: &C,
    account: i32,
    current: String,
) -> Result<String, DbErr> {
    if !current.is_empty() {
        return Ok(current);
    }
    let key = new_token();
    account::Entity::update_many()
        .col_expr(account::Column::MailKey, Expr::value(key.clone()))
        .filter(account::Column::Id.eq(account))
        .exec(db)
        .await?;
    Ok(key)
}

/// The key of the unsubscribe links of `account`, if it exists.
pub async fn mail_key<C: ConnectionTrait>(db: &C, account: i32) -> Result<Option<String>, DbErr> {
    match account::Entity::find_by_id(account).one(db).await? {
        Some(a) => Ok(Some(ensure_key(db, a.id, a.mail_key).await?)),
        None => Ok(None),
    }
}

/// The account whose unsubscribe links carry `key`.
pub async fn account_of_key<C: ConnectionTrait>(db: &C, key: &str) -> Result<Option<i32>, DbErr> {
    if key.is_empty() {
        return Ok(None);
    }
    Ok(account::Entity::find()
        .filter(account::Column::MailKey.eq(key))
        .one(db)
        .await?
        .map(|a| a.id))
}

/// Keeps a piece of news for `account`'s next digest.
pub async fn add_to_digest<C: ConnectionTrait>(
    db: &C,
    account: i32,
    kind: Kind,
    line: &str,
    link: &str,
    base_url: &str,
) -> Result<(), DbErr> {
    digest_item::ActiveModel {
        account_id: Set(account),
        kind: Set(kind.as_str().to_owned()),
        line: Set(line.to_owned()),
        link: Set(link.to_owned()),
        base_url: Set(base_url.to_owned()),
        created_at: Set(unix_now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The accounts whose oldest waiting item is older than `before` (unix
/// seconds): their digest is due.
pub async fn digests_due<C: ConnectionTrait>(db: &C, before: i64) -> Result<Vec<i32>, DbErr> {
    let mut accounts: Vec<i32> = digest_item::Entity::find()
        .filter(digest_item::Column::CreatedAt.lte(before))
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.account_id)
        .collect();
    accounts.sort_unstable();
    accounts.dedup();
    Ok(accounts)
}

/// Takes every item waiting for `account`, oldest first.
pub async fn take_digest<C: ConnectionTrait>(
    db: &C,
    account: i32,
) -> Result<Vec<digest_item::Model>, DbErr> {
    let items = digest_item::Entity::find()
        .filter(digest_item::Column::AccountId.eq(account))
        .order_by_asc(digest_item::Column::Id)
        .all(db)
        .await?;
    digest_item::Entity::delete_many()
        .filter(digest_item::Column::AccountId.eq(account))
        .filter(digest_item::Column::Id.is_in(items.iter().map(|i| i.id)))
        .exec(db)
        .await?;
    Ok(items)
}

/// The meetings of `org` at `event` as its people were last told (JSON),
/// if they were ever told.
pub async fn agenda_told<C: ConnectionTrait>(
    db: &C,
    event: i32,
    org: i32,
) -> Result<Option<String>, DbErr> {
    Ok(entity::agenda_sent::Entity::find_by_id((event, org))
        .one(db)
        .await?
        .map(|a| a.meetings))
}

/// Keeps what `org`'s people were told of their meetings at `event`.
pub async fn set_agenda_told<C: ConnectionTrait>(
    db: &C,
    event: i32,
    org: i32,
    meetings: &str,
) -> Result<(), DbErr> {
    use entity::agenda_sent;
    agenda_sent::Entity::insert(agenda_sent::ActiveModel {
        event_id: Set(event),
        organization_id: Set(org),
        meetings: Set(meetings.to_owned()),
    })
    .on_conflict(
        OnConflict::columns([
            agenda_sent::Column::EventId,
            agenda_sent::Column::OrganizationId,
        ])
        .update_column(agenda_sent::Column::Meetings)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}
