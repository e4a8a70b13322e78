//! Reading organizations with their items for the matching engine: all of
//! them, or those written since a generation.

use entity::{organization, profile_item};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::OrgWithItems;

/// Every organization with its items, in id order: what the matching engine needs.
pub async fn load_all<C: ConnectionTrait>(db: &C) -> Result<Vec<OrgWithItems>, DbErr> {
    let orgs = organization::Entity::find()
        .order_by_asc(organization::Column::Id)
        .all(db)
        .await?;
    let items = profile_item::Entity::find()
        .order_by_asc(profile_item::Column::OrganizationId)
        .order_by_asc(profile_item::Column::Side)
        .order_by_asc(profile_item::Column::Position)
        .all(db)
        .await?;
    let mut out: Vec<OrgWithItems> = orgs.into_iter().map(OrgWithItems::new).collect();
    attach(&mut out, items);
    Ok(out)
}

/// Gives each organization of `orgs` its items (in the order they come).
fn attach(orgs: &mut [OrgWithItems], items: Vec<profile_item::Model>) {
    let index: std::collections::HashMap<i32, usize> = orgs
        .iter()
        .enumerate()
        .map(|(i, o)| (o.org.id, i))
        .collect();
    for item in items {
        if let Some(&i) = index.get(&item.organization_id) {
            orgs[i].push(item);
        }
    }
}

/// The organizations written after generation `since` (their `revision` is
/// higher), with their items, in id order.
pub async fn load_changed<C: ConnectionTrait>(
    db: &C,
    since: i64,
) -> Result<Vec<OrgWithItems>, DbErr> {
    let orgs = organization::Entity::find()
        .filter(organization::Column::Revision.gt(since))
        .order_by_asc(organization::Column::Id)
        .all(db)
        .await?;
    let mut out: Vec<OrgWithItems> = orgs.into_iter().map(OrgWithItems::new).collect();
    let ids: Vec<i32> = out.iter().map(|o| o.org.id).collect();
    for ids in ids.chunks(500) {
        let items = profile_item::Entity::find()
            .filter(profile_item::Column::OrganizationId.is_in(ids.iter().copied()))
            .order_by_asc(profile_item::Column::OrganizationId)
            .order_by_asc(profile_item::Column::Side)
            .order_by_asc(profile_item::Column::Position)
            .all(db)
            .await?;
        attach(&mut out, items);
    }
    Ok(out)
}
