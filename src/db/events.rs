//! Events, their participants, meeting requests and meetings.

use std::collections::{HashMap, HashSet};

use chrono::Utc;
use entity::{event, meeting, meeting_request, organization, participant};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, TransactionTrait,
};

use crate::domain::event::{EventSpec, Remap, Slot, TableSpec};
use crate::domain::slug::slugify;

/// An event as stored, with its slots and tables read back.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: i32,
    pub slug: String,
    pub spec: EventSpec,
    pub scheduled_at: Option<chrono::DateTime<Utc>>,
}

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

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    spec: &EventSpec,
    created_by: i32,
) -> Result<String, DbErr> {
    let base = format!("{}-{}", slugify(&spec.name), spec.date.format("%Y"));
    let mut slug = base.clone();
    for n in 2.. {
        if find_by_slug(db, &slug).await?.is_none() {
            break;
        }
        slug = format!("{base}-{n}");
    }
    let mut a = event::ActiveModel {
        slug: Set(slug.clone()),
        created_by: Set(created_by),
        created_at: Set(Utc::now()),
        scheduled_at: Set(None),
        ..Default::default()
    };
    set_spec(&mut a, spec);
    a.insert(db).await?;
    Ok(slug)
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
            let old_slot = (-1 - m.slot) as usize;
            let (Some(slot), Some(table)) =
                (remap.slot(old_slot), remap.table(m.table_index as usize))
            else {
                return Err(DbErr::Custom(format!(
                    "meeting {} has no place in the edited event",
                    m.id
                )));
            };
            meeting::ActiveModel {
                id: Set(m.id),
                slot: Set(slot as i32),
                table_index: Set(table as i32),
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
            let blocked: Vec<usize> = serde_json::from_str(&p.blocked_slots).unwrap_or_default();
            let mut moved: Vec<usize> = blocked.iter().filter_map(|s| remap.slot(*s)).collect();
            moved.sort_unstable();
            participant::ActiveModel {
                id: Set(p.id),
                blocked_slots: Set(serde_json::to_string(&moved).unwrap_or_else(|_| "[]".into())),
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

// Participants

/// A participant with what pages show of its organization.
#[derive(Debug, Clone)]
pub struct Participant {
    pub organization_id: i32,
    pub name: String,
    pub slug: String,
    pub blocked: Vec<usize>,
}

pub async fn participants<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
) -> Result<Vec<Participant>, DbErr> {
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
                blocked: serde_json::from_str(&p.blocked_slots).unwrap_or_default(),
            })
        })
        .collect();
    out.sort_by_key(|a| a.name.to_lowercase());
    Ok(out)
}

pub async fn participant_count<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<u64, DbErr> {
    participant::Entity::find()
        .filter(participant::Column::EventId.eq(event_id))
        .count(db)
        .await
}

pub async fn participant<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    org: i32,
) -> Result<Option<participant::Model>, DbErr> {
    participant::Entity::find()
        .filter(participant::Column::EventId.eq(event_id))
        .filter(participant::Column::OrganizationId.eq(org))
        .one(db)
        .await
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

pub async fn set_blocked<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    org: i32,
    blocked: &[usize],
) -> Result<bool, DbErr> {
    let r = participant::Entity::update_many()
        .col_expr(
            participant::Column::BlockedSlots,
            Expr::value(serde_json::to_string(blocked).unwrap_or_else(|_| "[]".into())),
        )
        .filter(participant::Column::EventId.eq(event_id))
        .filter(participant::Column::OrganizationId.eq(org))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

// Meeting requests

pub const PENDING: &str = "pending";
pub const ACCEPTED: &str = "accepted";
pub const DECLINED: &str = "declined";

#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    #[error("there is already a request between these two organizations")]
    Duplicate,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The requests between two organizations, in either direction.
fn pair(a: i32, b: i32) -> Condition {
    Condition::any()
        .add(
            Condition::all()
                .add(meeting_request::Column::FromOrg.eq(a))
                .add(meeting_request::Column::ToOrg.eq(b)),
        )
        .add(
            Condition::all()
                .add(meeting_request::Column::FromOrg.eq(b))
                .add(meeting_request::Column::ToOrg.eq(a)),
        )
}

pub async fn create_request<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    from: i32,
    to: i32,
    message: &str,
) -> Result<(), RequestError> {
    let existing = meeting_request::Entity::find()
        .filter(meeting_request::Column::EventId.eq(event_id))
        .filter(pair(from, to))
        .count(db)
        .await?;
    if existing > 0 {
        return Err(RequestError::Duplicate);
    }
    let now = Utc::now();
    meeting_request::ActiveModel {
        event_id: Set(event_id),
        from_org: Set(from),
        to_org: Set(to),
        status: Set(PENDING.into()),
        message: Set(message.to_owned()),
        reply: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => RequestError::Duplicate,
        _ => RequestError::Db(e),
    })?;
    Ok(())
}

/// Accepts or declines a request addressed to `to`; false if there is none.
pub async fn answer_request<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
    to: i32,
    status: &str,
    reply: &str,
) -> Result<bool, DbErr> {
    let r = meeting_request::Entity::update_many()
        .col_expr(meeting_request::Column::Status, Expr::value(status))
        .col_expr(meeting_request::Column::Reply, Expr::value(reply))
        .col_expr(meeting_request::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(meeting_request::Column::Id.eq(id))
        .filter(meeting_request::Column::EventId.eq(event_id))
        .filter(meeting_request::Column::ToOrg.eq(to))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

/// Withdraws a request `from` sent; false if there is none.
pub async fn withdraw_request<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
    from: i32,
) -> Result<bool, DbErr> {
    let r = meeting_request::Entity::delete_many()
        .filter(meeting_request::Column::Id.eq(id))
        .filter(meeting_request::Column::EventId.eq(event_id))
        .filter(meeting_request::Column::FromOrg.eq(from))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

pub async fn requests<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
) -> Result<Vec<meeting_request::Model>, DbErr> {
    meeting_request::Entity::find()
        .filter(meeting_request::Column::EventId.eq(event_id))
        .order_by_asc(meeting_request::Column::Id)
        .all(db)
        .await
}

// Meetings

pub async fn meetings<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
) -> Result<Vec<meeting::Model>, DbErr> {
    meeting::Entity::find()
        .filter(meeting::Column::EventId.eq(event_id))
        .order_by_asc(meeting::Column::Slot)
        .order_by_asc(meeting::Column::TableIndex)
        .all(db)
        .await
}

pub async fn meeting<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
) -> Result<Option<meeting::Model>, DbErr> {
    meeting::Entity::find_by_id(id)
        .filter(meeting::Column::EventId.eq(event_id))
        .one(db)
        .await
}

/// A meeting to store.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub slot: usize,
    pub table: usize,
    pub orgs: Vec<i32>,
    pub topic: String,
    pub score: f64,
    pub reasons: Vec<String>,
    pub origin: &'static str,
}

/// Whether a re-run from slot `from` keeps the meeting: it is locked, it has
/// taken place (it has an outcome), or its slot comes before `from`.
pub fn is_kept(m: &meeting::Model, from: usize) -> bool {
    m.locked || m.outcome.is_some() || (m.slot as usize) < from
}

/// Replaces the meetings that are not kept ([`is_kept`]), in one transaction.
pub async fn replace_unlocked(
    db: &sea_orm::DatabaseConnection,
    event_id: i32,
    from: usize,
    new: &[NewMeeting],
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    meeting::Entity::delete_many()
        .filter(meeting::Column::EventId.eq(event_id))
        .filter(meeting::Column::Locked.eq(false))
        .filter(meeting::Column::Outcome.is_null())
        .filter(meeting::Column::Slot.gte(from as i32))
        .exec(&txn)
        .await?;
    for chunk in new.chunks(500) {
        let models = chunk.iter().map(|m| meeting::ActiveModel {
            event_id: Set(event_id),
            slot: Set(m.slot as i32),
            table_index: Set(m.table as i32),
            org_a: Set(m.orgs[0]),
            org_b: Set(m.orgs[1]),
            org_c: Set(m.orgs.get(2).copied()),
            topic: Set(m.topic.clone()),
            score: Set(m.score),
            reasons: Set(serde_json::to_string(&m.reasons).unwrap_or_else(|_| "[]".into())),
            origin: Set(m.origin.to_owned()),
            locked: Set(false),
            outcome: Set(None),
            note: Set(String::new()),
            ..Default::default()
        });
        if chunk.is_empty() {
            continue;
        }
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
pub async fn move_meeting<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
    slot: usize,
    table: usize,
) -> Result<bool, DbErr> {
    let r = meeting::Entity::update_many()
        .col_expr(meeting::Column::Slot, Expr::value(slot as i32))
        .col_expr(meeting::Column::TableIndex, Expr::value(table as i32))
        .col_expr(meeting::Column::Locked, Expr::value(true))
        .filter(meeting::Column::Id.eq(id))
        .filter(meeting::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

pub async fn delete_meeting<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
) -> Result<bool, DbErr> {
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
    outcome: Option<&str>,
    note: &str,
) -> Result<bool, DbErr> {
    let r = meeting::Entity::update_many()
        .col_expr(
            meeting::Column::Outcome,
            Expr::value(outcome.map(str::to_owned)),
        )
        .col_expr(meeting::Column::Note, Expr::value(note))
        .filter(meeting::Column::Id.eq(id))
        .filter(meeting::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

pub const NO_FIT: &str = "no_fit";

/// The organizations that `org` met with the outcome "no fit", at any event.
pub async fn no_fit_partners<C: ConnectionTrait>(db: &C, org: i32) -> Result<HashSet<i32>, DbErr> {
    let rows = meeting::Entity::find()
        .filter(meeting::Column::Outcome.eq(NO_FIT))
        .filter(
            Condition::any()
                .add(meeting::Column::OrgA.eq(org))
                .add(meeting::Column::OrgB.eq(org))
                .add(meeting::Column::OrgC.eq(org)),
        )
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .flat_map(|m| [Some(m.org_a), Some(m.org_b), m.org_c])
        .flatten()
        .filter(|o| *o != org)
        .collect())
}

/// Every "no fit" pair, for the scheduler: each organization's set.
pub async fn all_no_fit<C: ConnectionTrait>(db: &C) -> Result<HashMap<i32, HashSet<i32>>, DbErr> {
    let rows = meeting::Entity::find()
        .filter(meeting::Column::Outcome.eq(NO_FIT))
        .all(db)
        .await?;
    let mut out: HashMap<i32, HashSet<i32>> = HashMap::new();
    for m in rows {
        let members: Vec<i32> = [Some(m.org_a), Some(m.org_b), m.org_c]
            .into_iter()
            .flatten()
            .collect();
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
