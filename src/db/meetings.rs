//! The meetings of an event's schedule, read as typed [`Meeting`] rows.

use std::collections::{HashMap, HashSet};

use chrono::Utc;
use entity::{event, meeting};
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

pub async fn delete<C: ConnectionTrait>(db: &C, event_id: i32, id: i32) -> Result<bool, DbErr> {
    let r = meeting::Entity::delete_many()
        .filter(meeting::Column::Id.eq(id))
        .filter(meeting::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
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
