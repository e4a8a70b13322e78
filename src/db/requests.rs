//! Meeting requests between the participants of an event.

use chrono::Utc;
use entity::meeting_request;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

use crate::domain::meeting::{MeetingRequest, RequestStatus};

#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    #[error("there is already a request between these two organizations")]
    Duplicate,
    #[error(transparent)]
    Db(#[from] DbErr),
}

fn from_model(r: meeting_request::Model) -> MeetingRequest {
    MeetingRequest {
        id: r.id,
        from: r.from_org,
        to: r.to_org,
        status: RequestStatus::from_stored(&r.status),
        message: r.message,
        reply: r.reply,
        created_at: r.created_at,
        updated_at: r.updated_at,
    }
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

/// Stores a pending request; one request per pair of organizations and event.
pub async fn create<C: ConnectionTrait>(
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
        status: Set(RequestStatus::Pending.as_str().into()),
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

/// Accepts or declines a request addressed to `to`: the requesting
/// organization and whether the answer changed; `None` if there is no such
/// request.
pub async fn answer<C: ConnectionTrait>(
    db: &C,
    event_id: i32,
    id: i32,
    to: i32,
    status: RequestStatus,
    reply: &str,
) -> Result<Option<(i32, bool)>, DbErr> {
    let Some(found) = meeting_request::Entity::find_by_id(id)
        .filter(meeting_request::Column::EventId.eq(event_id))
        .filter(meeting_request::Column::ToOrg.eq(to))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    meeting_request::Entity::update_many()
        .col_expr(
            meeting_request::Column::Status,
            Expr::value(status.as_str()),
        )
        .col_expr(meeting_request::Column::Reply, Expr::value(reply))
        .col_expr(meeting_request::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(meeting_request::Column::Id.eq(id))
        .exec(db)
        .await?;
    let changed = found.status != status.as_str() || found.reply != reply;
    Ok(Some((found.from_org, changed)))
}

/// Withdraws a request `from` sent; false if there is none.
pub async fn withdraw<C: ConnectionTrait>(
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

/// The requests of an event, oldest first.
pub async fn list<C: ConnectionTrait>(db: &C, event_id: i32) -> Result<Vec<MeetingRequest>, DbErr> {
    Ok(meeting_request::Entity::find()
        .filter(meeting_request::Column::EventId.eq(event_id))
        .order_by_asc(meeting_request::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect())
}
