//! Everything the service holds about one organization, for its owners to
//! take away (JSON), and the deletion of it all.

use std::collections::HashMap;

use entity::{
    account, api_token, event, interest, invitation, meeting, meeting_request, notification_pref,
    organization, participant,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::{Value, json};

/// Names and slugs of organizations, by id (for the partners of `org`).
async fn names<C: ConnectionTrait>(
    db: &C,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, (String, String)>, DbErr> {
    let ids: Vec<i32> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, (o.name, o.slug)))
        .collect())
}

/// Everything about organization `org`: its profile (with private needs),
/// its people and their settings (never password hashes, token secrets or
/// the links sent to them), invitations, interest marks, and its part in
/// events: participation, meeting requests and meetings with outcomes and
/// notes. `None` if there is no such organization.
pub async fn everything<C: ConnectionTrait>(db: &C, org: i32) -> Result<Option<Value>, DbErr> {
    let Some(found) = super::organizations::find_by_id(db, org).await? else {
        return Ok(None);
    };
    let o = &found.org;
    let accounts = account::Entity::find()
        .filter(account::Column::OrganizationId.eq(org))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await?;
    let mut people = Vec::new();
    for a in &accounts {
        let tokens: Vec<Value> = api_token::Entity::find()
            .filter(api_token::Column::AccountId.eq(a.id))
            .all(db)
            .await?
            .into_iter()
            .map(|t| json!({ "name": t.name, "created_at": t.created_at }))
            .collect();
        let prefs: HashMap<String, String> = notification_pref::Entity::find()
            .filter(notification_pref::Column::AccountId.eq(a.id))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.kind, p.mode))
            .collect();
        people.push(json!({
            "email": a.email,
            "role": a.org_role,
            "site_administrator": a.role == "organizer",
            "interface_language": a.language,
            "email_confirmed": a.email_verified_at.is_some(),
            "created_at": a.created_at,
            "notifications": prefs,
            "api_tokens": tokens,
        }));
    }
    let invitations: Vec<Value> = invitation::Entity::find()
        .filter(invitation::Column::OrganizationId.eq(org))
        .order_by_asc(invitation::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|i| {
            json!({
                "email": i.email, "role": i.org_role, "invited_by": i.invited_by,
                "created_at": i.created_at, "expires_at": i.expires_at,
                "used_or_withdrawn_at": i.used_at,
            })
        })
        .collect();
    let marks = interest::Entity::find()
        .filter(interest::Column::OrganizationId.eq(org))
        .all(db)
        .await?;
    let participations = participant::Entity::find()
        .filter(participant::Column::OrganizationId.eq(org))
        .all(db)
        .await?;
    let requests = meeting_request::Entity::find()
        .filter(
            Condition::any()
                .add(meeting_request::Column::FromOrg.eq(org))
                .add(meeting_request::Column::ToOrg.eq(org)),
        )
        .all(db)
        .await?;
    let meetings = meeting::Entity::find()
        .filter(
            Condition::any()
                .add(meeting::Column::OrgA.eq(org))
                .add(meeting::Column::OrgB.eq(org))
                .add(meeting::Column::OrgC.eq(org)),
        )
        .all(db)
        .await?;
    let partner_ids = marks
        .iter()
        .map(|m| m.partner_id)
        .chain(requests.iter().flat_map(|r| [r.from_org, r.to_org]))
        .chain(
            meetings
                .iter()
                .flat_map(|m| [Some(m.org_a), Some(m.org_b), m.org_c])
                .flatten(),
        );
    let partners = names(db, partner_ids).await?;
    let name = |id: i32| partners.get(&id).map_or("", |n| n.0.as_str()).to_owned();
    let event_ids: Vec<i32> = participations
        .iter()
        .map(|p| p.event_id)
        .chain(requests.iter().map(|r| r.event_id))
        .chain(meetings.iter().map(|m| m.event_id))
        .collect();
    let events: HashMap<i32, event::Model> = if event_ids.is_empty() {
        HashMap::new()
    } else {
        event::Entity::find()
            .filter(event::Column::Id.is_in(event_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|e| (e.id, e))
            .collect()
    };
    let event_of = |id: i32| events.get(&id).map_or("", |e| e.slug.as_str()).to_owned();
    Ok(Some(json!({
        "exported_at": chrono::Utc::now(),
        "organization": {
            "slug": o.slug, "name": o.name, "kind": o.kind, "country": o.country,
            "region": o.region, "description": o.description, "website": o.website,
            "languages": o.languages, "contact_email": o.contact_email,
            "hidden_from_public_directory": o.hidden, "updated_at": o.updated_at,
            "capabilities": found.capabilities, "needs": found.needs,
            "private_needs": found.private_needs,
        },
        "people": people,
        "invitations": invitations,
        "interest_marks": marks.iter().map(|m| json!({
            "partner": name(m.partner_id),
            "partner_slug": partners.get(&m.partner_id).map(|n| n.1.clone()),
            "interested": m.interested,
            "updated_at": m.updated_at,
        })).collect::<Vec<_>>(),
        "events": participations.iter().map(|p| json!({
            "event": event_of(p.event_id),
            "joined_at": p.joined_at,
            "attendance": p.attendance,
            "unavailable_slots": p.blocked_slots,
        })).collect::<Vec<_>>(),
        "meeting_requests": requests.iter().map(|r| json!({
            "event": event_of(r.event_id),
            "from": name(r.from_org), "to": name(r.to_org),
            "status": r.status, "message": r.message, "reply": r.reply,
            "created_at": r.created_at, "updated_at": r.updated_at,
        })).collect::<Vec<_>>(),
        "meetings": meetings.iter().map(|m| {
            let with: Vec<String> = [Some(m.org_a), Some(m.org_b), m.org_c]
                .into_iter()
                .flatten()
                .filter(|id| *id != org)
                .map(name)
                .collect();
            json!({
                "event": event_of(m.event_id),
                "slot": m.slot, "table": m.table_index, "with": with,
                "topic": m.topic, "outcome": m.outcome, "note": m.note,
            })
        }).collect::<Vec<_>>(),
    })))
}

/// Why an organization could not be deleted.
#[derive(Debug, PartialEq, Eq)]
pub enum Kept {
    /// Its people created events and no site administrator outside it can
    /// take them over.
    EventsWithoutHeir,
}

/// Deletes organization `org` and everything about it (its people, profile,
/// marks, invitations, participation, requests and meetings go with it).
/// Events its people created are handed to a site administrator of another
/// organization. The directory and suggestions of every process follow.
pub async fn delete<C: ConnectionTrait>(db: &C, org: i32) -> Result<Result<(), Kept>, DbErr> {
    let ours: Vec<i32> = account::Entity::find()
        .filter(account::Column::OrganizationId.eq(org))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let created = event::Entity::find()
        .filter(event::Column::CreatedBy.is_in(ours.iter().copied()))
        .all(db)
        .await?;
    if !created.is_empty() {
        let heir = account::Entity::find()
            .filter(account::Column::Role.eq("organizer"))
            .filter(account::Column::OrganizationId.ne(org))
            .order_by_asc(account::Column::Id)
            .one(db)
            .await?;
        let Some(heir) = heir else {
            return Ok(Err(Kept::EventsWithoutHeir));
        };
        event::Entity::update_many()
            .col_expr(event::Column::CreatedBy, Expr::value(heir.id))
            .filter(event::Column::CreatedBy.is_in(ours.iter().copied()))
            .exec(db)
            .await?;
    }
    organization::Entity::delete_by_id(org).exec(db).await?;
    super::organizations::removed(db).await?;
    Ok(Ok(()))
}
