//! Who organizes which event (besides the site administrators, who organize
//! every event).

use entity::{account, event_organizer, organization};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

use super::unix_now;

/// Whether account `account` organizes event `event`.
pub async fn organizes<C: ConnectionTrait>(
    db: &C,
    event: i32,
    account: i32,
) -> Result<bool, DbErr> {
    Ok(event_organizer::Entity::find_by_id((event, account))
        .one(db)
        .await?
        .is_some())
}

/// Makes `account` an organizer of `event`; false if it was one already.
pub async fn add<C: ConnectionTrait>(db: &C, event: i32, account: i32) -> Result<bool, DbErr> {
    let r = event_organizer::Entity::insert(event_organizer::ActiveModel {
        event_id: Set(event),
        account_id: Set(account),
        added_at: Set(unix_now()),
    })
    .on_conflict(
        OnConflict::columns([
            event_organizer::Column::EventId,
            event_organizer::Column::AccountId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(r == 1)
}

/// `account` no longer organizes `event`; false if it did not.
pub async fn remove<C: ConnectionTrait>(db: &C, event: i32, account: i32) -> Result<bool, DbErr> {
    let r = event_organizer::Entity::delete_many()
        .filter(event_organizer::Column::EventId.eq(event))
        .filter(event_organizer::Column::AccountId.eq(account))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// An organizer of an event, as its organizers page lists them.
#[derive(Debug, Clone)]
pub struct EventOrganizer {
    pub account_id: i32,
    pub email: String,
    pub organization: String,
}

/// The organizers of `event`, in the order they were added; site
/// administrators (who organize every event) are left out.
pub async fn list<C: ConnectionTrait>(db: &C, event: i32) -> Result<Vec<EventOrganizer>, DbErr> {
    let rows = event_organizer::Entity::find()
        .filter(event_organizer::Column::EventId.eq(event))
        .order_by_asc(event_organizer::Column::AddedAt)
        .order_by_asc(event_organizer::Column::AccountId)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let Some(a) = account::Entity::find_by_id(r.account_id).one(db).await? else {
            continue;
        };
        if crate::domain::account::Role::from_stored(&a.role)
            == crate::domain::account::Role::Organizer
        {
            continue;
        }
        let organization = organization::Entity::find_by_id(a.organization_id)
            .one(db)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        out.push(EventOrganizer {
            account_id: a.id,
            email: a.email,
            organization,
        });
    }
    Ok(out)
}
