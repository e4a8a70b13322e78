//! The meetings of an event's schedule, read as typed [`Meeting`] rows.

use std::collections::{HashMap, HashSet};

use chrono::Utc;
use entity::{event, meeting, removed_meeting};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use crate::domain::meeting::{Meeting, NewMeeting, Origin, Outcome, SlotIndex, TableIndex};

/// A stored index; a negative one (never written) reads as no slot or table.
fn index(stored: i32) -> usize {
    usize::try_from(stored).unwrap_or(usize::MAX)
}

/// An index as stored.
pub(crate) fn stored(index: usize) -> i32 {
    i32::try_from(index).unwrap_or(i32::MAX)
}

fn members(m: &meeting::Model) -> Vec<i32> {
    [Some(m.org_a), Some(m.org_b), m.org_c]
        .into_iter()
        .flatten()
        .collect()
}

fn from_model(m: meeting::Model) -> Meeting {
    Meeting {
        members: members(&m),
        id: m.id,
        slot: SlotIndex(index(m.slot)),
        table: TableIndex(index(m.table_index)),
        topic: m.topic,
        score: m.score,
        reasons: serde_json::from_str(&m.reasons).unwrap_or_default(),
        origin: Origin::from_stored(&m.origin),
        locked: m.locked,
        outcome: m.outcome.as_deref().and_then(Outcome::parse),
        note: m.note,
    }
}

/// The meetings of an event, by slot and table.
pub async fn list<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<Meeting>, DbErr> {
    Ok(meeting::Entity::find()
        .filter(meeting::Column::EventId.eq(event_id))
        .order_by_asc(meeting::Column::Slot)
        .order_by_asc(meeting::Column::TableIndex)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect())
}

pub async fn find<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
) -> Result<Option<Meeting>, DbErr> {
    Ok(meeting::Entity::find_by_id(id)
        .filter(meeting::Column::EventId.eq(event_id))
        .one(db)
        .await?
        .map(from_model))
}

/// Replaces the meetings that a run from slot `from` does not keep
/// ([`Meeting::is_kept`]) with `new`, and marks the event scheduled, in one
/// transaction.
pub async fn replace_unlocked(
    db: &sea_orm::DatabaseConnection,
    event_id: i32,
    from: SlotIndex,
    new: &[NewMeeting],
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    meeting::Entity::delete_many()
        .filter(meeting::Column::EventId.eq(event_id))
        .filter(meeting::Column::Locked.eq(false))
        .filter(meeting::Column::Outcome.is_null())
        .filter(meeting::Column::Slot.gte(stored(from.0)))
        .exec(&txn)
        .await?;
    for chunk in new.chunks(500) {
        let models = chunk.iter().map(|m| meeting::ActiveModel {
            event_id: Set(event_id),
            slot: Set(stored(m.slot.0)),
            table_index: Set(stored(m.table.0)),
            org_a: Set(m.members[0]),
            org_b: Set(m.members[1]),
            org_c: Set(m.members.get(2).copied()),
            topic: Set(m.topic.clone()),
            score: Set(m.score),
            reasons: Set(serde_json::to_string(&m.reasons).unwrap_or_else(|_| "[]".into())),
            origin: Set(m.origin.as_str().to_owned()),
            locked: Set(false),
            outcome: Set(None),
            note: Set(String::new()),
            ..Default::default()
        });
        meeting::Entity::insert_many(models)
            .exec_without_returning(&txn)
            .await?;
    }
    event::ActiveModel {
        id: Set(event_id),
        scheduled_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await
}

pub async fn set_locked<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
    locked: bool,
) -> Result<bool, DbErr> {
    let r = meeting::Entity::update_many()
        .col_expr(meeting::Column::Locked, Expr::value(locked))
        .filter(meeting::Column::Id.eq(id))
        .filter(meeting::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

/// Moves a meeting and locks it there (a hand-placed meeting stays put on re-runs).
pub async fn move_to<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
    slot: SlotIndex,
    table: TableIndex,
) -> Result<bool, DbErr> {
    let r = meeting::Entity::update_many()
        .col_expr(meeting::Column::Slot, Expr::value(stored(slot.0)))
        .col_expr(meeting::Column::TableIndex, Expr::value(stored(table.0)))
        .col_expr(meeting::Column::Locked, Expr::value(true))
        .filter(meeting::Column::Id.eq(id))
        .filter(meeting::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

/// Exchanges the places of meetings `a` and `b` (each `(id, slot, table)` as
/// the organizer saw it) and locks both; false if either has moved meanwhile.
pub async fn swap(
    db: &sea_orm::DatabaseConnection,
    event_id: i32,
    a: (i32, SlotIndex, TableIndex),
    b: (i32, SlotIndex, TableIndex),
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    // The unique (event, slot, table) index: `a` waits at a table of its own
    // (a negative index is never a real table) while `b` takes its place.
    let waiting = -1 - a.0;
    // (meeting, from (slot, table), to (slot, table)), as stored.
    let steps = [
        (a.0, (a.1, stored(a.2.0)), (a.1, waiting)),
        (b.0, (b.1, stored(b.2.0)), (a.1, stored(a.2.0))),
        (a.0, (a.1, waiting), (b.1, stored(b.2.0))),
    ];
    for (id, (slot, table), (to_slot, to_table)) in steps {
        let r = meeting::Entity::update_many()
            .col_expr(meeting::Column::Slot, Expr::value(stored(to_slot.0)))
            .col_expr(meeting::Column::TableIndex, Expr::value(to_table))
            .col_expr(meeting::Column::Locked, Expr::value(true))
            .filter(meeting::Column::Id.eq(id))
            .filter(meeting::Column::EventId.eq(event_id))
            .filter(meeting::Column::Slot.eq(stored(slot.0)))
            .filter(meeting::Column::TableIndex.eq(table))
            .exec(&txn)
            .await?;
        if r.rows_affected == 0 {
            txn.rollback().await?;
            return Ok(false);
        }
    }
    txn.commit().await?;
    Ok(true)
}

/// How long a removed meeting can be restored.
const KEPT_FOR: chrono::TimeDelta = chrono::TimeDelta::days(7);

/// Removes meetings, keeping each for [`restore`]; returns the ids removed.
pub async fn remove(
    db: &sea_orm::DatabaseConnection,
    event_id: i32,
    ids: &[i32],
) -> Result<Vec<i32>, DbErr> {
    let txn = db.begin().await?;
    let rows = meeting::Entity::find()
        .filter(meeting::Column::EventId.eq(event_id))
        .filter(meeting::Column::Id.is_in(ids.iter().copied()))
        .all(&txn)
        .await?;
    let removed: Vec<i32> = rows.iter().map(|m| m.id).collect();
    removed_meeting::Entity::delete_many()
        .filter(
            Condition::any()
                .add(removed_meeting::Column::Id.is_in(removed.iter().copied()))
                .add(removed_meeting::Column::RemovedAt.lt(Utc::now() - KEPT_FOR)),
        )
        .exec(&txn)
        .await?;
    for m in &rows {
        removed_meeting::ActiveModel {
            id: Set(m.id),
            event_id: Set(event_id),
            data: Set(serde_json::to_string(m).map_err(|e| DbErr::Custom(e.to_string()))?),
            removed_at: Set(Utc::now()),
        }
        .insert(&txn)
        .await?;
    }
    meeting::Entity::delete_many()
        .filter(meeting::Column::Id.is_in(removed.iter().copied()))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(removed)
}

/// The removed meetings among `ids` that can still be restored.
pub async fn removed<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    ids: &[i32],
) -> Result<Vec<Meeting>, DbErr> {
    Ok(removed_meeting::Entity::find()
        .filter(removed_meeting::Column::EventId.eq(event_id))
        .filter(removed_meeting::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| serde_json::from_str::<meeting::Model>(&r.data).ok())
        .filter(|m| m.event_id == event_id)
        .map(from_model)
        .collect())
}

/// Puts removed meetings back as they were, with their ids; a unique
/// violation means a table was taken meanwhile (nothing is restored then).
pub async fn restore(
    db: &sea_orm::DatabaseConnection,
    event_id: i32,
    ids: &[i32],
) -> Result<usize, DbErr> {
    let txn = db.begin().await?;
    let rows = removed_meeting::Entity::find()
        .filter(removed_meeting::Column::EventId.eq(event_id))
        .filter(removed_meeting::Column::Id.is_in(ids.iter().copied()))
        .all(&txn)
        .await?;
    let mut restored = 0;
    for r in &rows {
        let Ok(m) = serde_json::from_str::<meeting::Model>(&r.data) else {
            continue;
        };
        if m.event_id != event_id {
            continue;
        }
        meeting::ActiveModel::from(m).insert(&txn).await?;
        restored += 1;
    }
    removed_meeting::Entity::delete_many()
        .filter(removed_meeting::Column::Id.is_in(rows.iter().map(|r| r.id)))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(restored)
}

pub async fn set_outcome<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
    outcome: Option<Outcome>,
    note: &str,
) -> Result<bool, DbErr> {
    let r = meeting::Entity::update_many()
        .col_expr(
            meeting::Column::Outcome,
            Expr::value(outcome.map(|o| o.as_str().to_owned())),
        )
        .col_expr(meeting::Column::Note, Expr::value(note))
        .filter(meeting::Column::Id.eq(id))
        .filter(meeting::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

fn involving(org: i32) -> Condition {
    Condition::any()
        .add(meeting::Column::OrgA.eq(org))
        .add(meeting::Column::OrgB.eq(org))
        .add(meeting::Column::OrgC.eq(org))
}

/// The organizations that `org` met with the outcome "no fit", at any event.
pub async fn no_fit_partners<C: ConnectionTrait>(db: &C, org: i32) -> Result<HashSet<i32>, DbErr> {
    let rows = meeting::Entity::find()
        .filter(meeting::Column::Outcome.eq(Outcome::NoFit.as_str()))
        .filter(involving(org))
        .all(db)
        .await?;
    Ok(rows
        .iter()
        .flat_map(members)
        .filter(|o| *o != org)
        .collect())
}

/// Every "no fit" pair, for the scheduler: each organization's set.
pub async fn all_no_fit<C: ConnectionTrait>(db: &C) -> Result<HashMap<i32, HashSet<i32>>, DbErr> {
    let rows = meeting::Entity::find()
        .filter(meeting::Column::Outcome.eq(Outcome::NoFit.as_str()))
        .all(db)
        .await?;
    let mut out: HashMap<i32, HashSet<i32>> = HashMap::new();
    for m in &rows {
        let members = members(m);
        for &x in &members {
            for &y in &members {
                if x != y {
                    out.entry(x).or_default().insert(y);
                }
            }
        }
    }
    Ok(out)
}
