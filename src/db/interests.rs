//! Interest marks: an organization marks a suggested partner as interesting or not.

use chrono::Utc;
use entity::interest;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use crate::domain::interest::{Mark, Marks};

/// Sets (or replaces) `org`'s mark on `partner`, with what the suggestion was
/// scored with when it was marked ([`crate::matching::Parts`] as JSON).
pub async fn set<C: ConnectionTrait>(
    db: &C,
    org: i32,
    partner: i32,
    mark: Mark,
    scored_with: Option<String>,
) -> Result<(), DbErr> {
    interest::Entity::insert(interest::ActiveModel {
        organization_id: Set(org),
        partner_id: Set(partner),
        interested: Set(mark == Mark::Interested),
        scored_with: Set(scored_with),
        updated_at: Set(Utc::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            interest::Column::OrganizationId,
            interest::Column::PartnerId,
        ])
        .update_columns([
            interest::Column::Interested,
            interest::Column::ScoredWith,
            interest::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

pub async fn clear<C: ConnectionTrait>(db: &C, org: i32, partner: i32) -> Result<(), DbErr> {
    interest::Entity::delete_many()
        .filter(interest::Column::OrganizationId.eq(org))
        .filter(interest::Column::PartnerId.eq(partner))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn of<C: ConnectionTrait>(db: &C, org: i32) -> Result<Marks, DbErr> {
    let mine = interest::Entity::find()
        .filter(interest::Column::OrganizationId.eq(org))
        .all(db)
        .await?
        .into_iter()
        .map(|m| {
            let mark = if m.interested {
                Mark::Interested
            } else {
                Mark::NotInterested
            };
            (m.partner_id, mark)
        })
        .collect();
    let interested_in_me = interest::Entity::find()
        .filter(interest::Column::PartnerId.eq(org))
        .filter(interest::Column::Interested.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.organization_id)
        .collect();
    Ok(Marks {
        mine,
        interested_in_me,
        no_fit: super::meetings::no_fit_partners(db, org).await?,
    })
}

/// Every mark set by one of `orgs`: (organization, partner, mark).
pub async fn among<C: ConnectionTrait>(
    db: &C,
    orgs: &[i32],
) -> Result<Vec<(i32, i32, Mark)>, DbErr> {
    let mut out = Vec::new();
    for chunk in orgs.chunks(500) {
        let rows = interest::Entity::find()
            .filter(interest::Column::OrganizationId.is_in(chunk.iter().copied()))
            .all(db)
            .await?;
        out.extend(rows.into_iter().map(|m| {
            let mark = if m.interested {
                Mark::Interested
            } else {
                Mark::NotInterested
            };
            (m.organization_id, m.partner_id, mark)
        }));
    }
    Ok(out)
}
