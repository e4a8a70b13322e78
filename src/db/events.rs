//! Events: what the organizer described, stored with its slots and tables as JSON.

use chrono::Utc;
use entity::{event, meeting, participant};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};

use super::meetings::stored;
use super::organizations::{SLUG_ATTEMPTS, first_candidate, is_slug_clash, slug_candidate};
use super::participants::{read_blocked, write_blocked};
use crate::domain::event::{Event, EventSpec, Remap, Slot, TableSpec};
use crate::domain::meeting::SlotIndex;
use crate::domain::slug::slugify;

fn from_model(m: event::Model) -> Result<Event, DbErr> {
    let bad = |what: &str| DbErr::Custom(format!("event {}: stored {what} cannot be read", m.id));
    let slots: Vec<Slot> = serde_json::from_str(&m.slots).map_err(|_| bad("slots"))?;
    let tables: Vec<TableSpec> = serde_json::from_str(&m.tables).map_err(|_| bad("tables"))?;
    Ok(Event {
        id: m.id,
        slug: m.slug,
        scheduled_at: m.scheduled_at,
        spec: EventSpec {
            name: m.name,
            date: chrono::NaiveDate::parse_from_str(&m.date, "%Y-%m-%d")
                .map_err(|_| bad("date"))?,
            venue: m.venue,
            time_zone: m.time_zone.parse().map_err(|_| bad("time zone"))?,
            slots,
            tables,
            interpretation: m
                .interpretation
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            group_tables: m.group_tables,
            min_meetings: m.min_meetings.max(0) as u32,
            open: m.open,
        },
    })
}

fn set_spec(a: &mut event::ActiveModel, spec: &EventSpec) {
    a.name = Set(spec.name.clone());
    a.date = Set(spec.date.format("%Y-%m-%d").to_string());
    a.venue = Set(spec.venue.clone());
    a.time_zone = Set(spec.time_zone.name().to_owned());
    a.slots = Set(serde_json::to_string(&spec.slots).unwrap_or_default());
    a.tables = Set(serde_json::to_string(&spec.tables).unwrap_or_default());
    a.interpretation = Set(spec.interpretation.join(","));
    a.group_tables = Set(spec.group_tables);
    a.min_meetings = Set(spec.min_meetings as i32);
    a.open = Set(spec.open);
}

/// Stores a new event under a free address (`name-year`, then `-2`, `-3`, …);
/// a clash with a concurrent insert is retried. Returns the address.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    spec: &EventSpec,
    created_by: i32,
) -> Result<String, DbErr> {
    let base = format!("{}-{}", slugify(&spec.name), spec.date.format("%Y"));
    let candidate = |n| slug_candidate(&base, n);
    for attempt in 0..SLUG_ATTEMPTS {
        let mut n = first_candidate(attempt);
        while find_by_slug(db, &candidate(n)).await?.is_some() {
            n += 1;
        }
        let slug = candidate(n);
        let mut a = event::ActiveModel {
            slug: Set(slug.clone()),
            created_by: Set(created_by),
            created_at: Set(Utc::now()),
            scheduled_at: Set(None),
            ..Default::default()
        };
        set_spec(&mut a, spec);
        match a.insert(db).await {
            Ok(created) => {
                // Who creates an event organizes it.
                super::event_organizers::add(db, created.id, created_by).await?;
                return Ok(slug);
            }
            Err(e) if is_slug_clash(&e) => {}
            Err(e) => return Err(e),
        }
    }
    Err(DbErr::Custom(format!(
        "no free address for the event {} after {SLUG_ATTEMPTS} attempts",
        spec.name
    )))
}

pub async fn update<C: ConnectionTrait>(db: &C, id: i32, spec: &EventSpec) -> Result<(), DbErr> {
    let mut a = event::ActiveModel {
        id: Set(id),
        ..Default::default()
    };
    set_spec(&mut a, spec);
    a.update(db).await?;
    Ok(())
}

/// Saves an edited event and moves its meetings and the participants'
/// unavailable slots to where their slots and tables went, in one
/// transaction. The caller has checked that every meeting has a place.
pub async fn update_remapped(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    spec: &EventSpec,
    remap: &Remap,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    update(&txn, id, spec).await?;
    if !remap.is_identity() {
        // Out of the way first, so that no two meetings share a slot and
        // table on the way.
        meeting::Entity::update_many()
            .col_expr(
                meeting::Column::Slot,
                sea_orm::sea_query::ExprTrait::sub(
                    Expr::value(-1),
                    Expr::col(meeting::Column::Slot),
                ),
            )
            .filter(meeting::Column::EventId.eq(id))
            .exec(&txn)
            .await?;
        for m in meeting::Entity::find()
            .filter(meeting::Column::EventId.eq(id))
            .all(&txn)
            .await?
        {
            let old_slot = usize::try_from(-1 - m.slot).unwrap_or(usize::MAX);
            let old_table = usize::try_from(m.table_index).unwrap_or(usize::MAX);
            let (Some(slot), Some(table)) = (remap.slot(old_slot), remap.table(old_table)) else {
                return Err(DbErr::Custom(format!(
                    "meeting {} has no place in the edited event",
                    m.id
                )));
            };
            meeting::ActiveModel {
                id: Set(m.id),
                slot: Set(stored(slot)),
                table_index: Set(stored(table)),
                ..Default::default()
            }
            .update(&txn)
            .await?;
        }
        for p in participant::Entity::find()
            .filter(participant::Column::EventId.eq(id))
            .all(&txn)
            .await?
        {
            let mut moved: Vec<SlotIndex> = read_blocked(&p.blocked_slots)
                .into_iter()
                .filter_map(|s| remap.slot(s.0).map(SlotIndex))
                .collect();
            moved.sort_unstable();
            participant::ActiveModel {
                id: Set(p.id),
                blocked_slots: Set(write_blocked(&moved)),
                ..Default::default()
            }
            .update(&txn)
            .await?;
        }
    }
    txn.commit().await
}

pub async fn find_by_slug<C: ConnectionTrait>(db: &C, slug: &str) -> Result<Option<Event>, DbErr> {
    event::Entity::find()
        .filter(event::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(from_model)
        .transpose()
}

/// Scheduled events on one of `dates` whose day-before reminders were not
/// written yet.
pub async fn to_remind<C: ConnectionTrait>(
    db: &C,
    dates: &[chrono::NaiveDate],
) -> Result<Vec<Event>, DbErr> {
    event::Entity::find()
        .filter(event::Column::Date.is_in(dates.iter().map(|d| d.format("%Y-%m-%d").to_string())))
        .filter(event::Column::ScheduledAt.is_not_null())
        .filter(event::Column::RemindedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect()
}

/// Records that the reminders of event `id` are written; false if they
/// already were (by another process).
pub async fn mark_reminded<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, DbErr> {
    let r = event::Entity::update_many()
        .col_expr(
            event::Column::RemindedAt,
            sea_orm::sea_query::Expr::value(super::unix_now()),
        )
        .filter(event::Column::Id.eq(id))
        .filter(event::Column::RemindedAt.is_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Every event, the next first.
pub async fn list<C: ConnectionTrait>(db: &C) -> Result<Vec<Event>, DbErr> {
    event::Entity::find()
        .order_by_desc(event::Column::Date)
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect()
}

/// Deletes the event with its participants, requests and meetings.
pub async fn delete<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, DbErr> {
    Ok(event::Entity::delete_by_id(id)
        .exec(db)
        .await?
        .rows_affected
        > 0)
}
