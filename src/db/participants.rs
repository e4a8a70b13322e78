//! The participants of an event and the slots each cannot attend.

use std::collections::HashMap;

use chrono::Utc;
use entity::{meeting, meeting_request, organization, participant};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, Set,
    TransactionTrait,
};

use crate::domain::event::{Attendance, Participant};
use crate::domain::meeting::SlotIndex;

pub(crate) fn read_blocked(json: &str) -> Vec<SlotIndex> {
    serde_json::from_str::<Vec<usize>>(json)
        .unwrap_or_default()
        .into_iter()
        .map(SlotIndex)
        .collect()
}

pub(crate) fn write_blocked(blocked: &[SlotIndex]) -> String {
    serde_json::to_string(&blocked.iter().map(|s| s.0).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".into())
}

/// The participants of an event, by name.
pub async fn list<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<Participant>, DbErr> {
    let rows = participant::Entity::find()
        .filter(participant::Column::EventId.eq(event_id))
        .all(db)
        .await?;
    let orgs: HashMap<i32, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(rows.iter().map(|p| p.organization_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut out: Vec<Participant> = rows
        .into_iter()
        .filter_map(|p| {
            orgs.get(&p.organization_id).map(|o| Participant {
                organization_id: o.id,
                name: o.name.clone(),
                slug: o.slug.clone(),
                blocked: read_blocked(&p.blocked_slots),
                attendance: Attendance::parse(&p.attendance).unwrap_or_default(),
            })
        })
        .collect();
    out.sort_by_key(|a| a.name.to_lowercase());
    Ok(out)
}

pub async fn count<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<u64, DbErr> {
    participant::Entity::find()
        .filter(participant::Column::EventId.eq(event_id))
        .count(db)
        .await
}

/// Whether the organization takes part in the event.
pub async fn is_participant<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    org: i32,
) -> Result<bool, DbErr> {
    Ok(participant::Entity::find()
        .filter(participant::Column::EventId.eq(event_id))
        .filter(participant::Column::OrganizationId.eq(org))
        .count(db)
        .await?
        > 0)
}

/// Adds the organization (nothing happens if it is in already).
pub async fn join<C: ConnectionTrait>(db: &C, event_id: i32, org: i32) -> Result<(), DbErr> {
    participant::Entity::insert(participant::ActiveModel {
        event_id: Set(event_id),
        organization_id: Set(org),
        blocked_slots: Set("[]".into()),
        joined_at: Set(Utc::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            participant::Column::EventId,
            participant::Column::OrganizationId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Removes the organization with its requests and its meetings that have not
/// taken place (meetings with an outcome stay, for the record).
pub async fn leave(db: &sea_orm::DatabaseConnection, event_id: i32, org: i32) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    participant::Entity::delete_many()
        .filter(participant::Column::EventId.eq(event_id))
        .filter(participant::Column::OrganizationId.eq(org))
        .exec(&txn)
        .await?;
    meeting_request::Entity::delete_many()
        .filter(meeting_request::Column::EventId.eq(event_id))
        .filter(
            Condition::any()
                .add(meeting_request::Column::FromOrg.eq(org))
                .add(meeting_request::Column::ToOrg.eq(org)),
        )
        .exec(&txn)
        .await?;
    meeting::Entity::delete_many()
        .filter(meeting::Column::EventId.eq(event_id))
        .filter(meeting::Column::Outcome.is_null())
        .filter(
            Condition::any()
                .add(meeting::Column::OrgA.eq(org))
                .add(meeting::Column::OrgB.eq(org))
                .add(meeting::Column::OrgC.eq(org)),
        )
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// Sets the slots the organization cannot attend; false if it does not take part.
pub async fn set_blocked<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    org: i32,
    blocked: &[SlotIndex],
) -> Result<bool, DbErr> {
    let r = participant::Entity::update_many()
        .col_expr(
            participant::Column::BlockedSlots,
            Expr::value(write_blocked(blocked)),
        )
        .filter(participant::Column::EventId.eq(event_id))
        .filter(participant::Column::OrganizationId.eq(org))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

/// Records whether the organization came; false if it does not take part.
pub async fn set_attendance<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    org: i32,
    attendance: Attendance,
) -> Result<bool, DbErr> {
    let r = participant::Entity::update_many()
        .col_expr(
            participant::Column::Attendance,
            Expr::value(attendance.as_str()),
        )
        .filter(participant::Column::EventId.eq(event_id))
        .filter(participant::Column::OrganizationId.eq(org))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}
