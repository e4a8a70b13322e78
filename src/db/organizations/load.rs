//! Reading organizations with their items: all of them (for the matching
//! engine), those written since a generation, or a given list.

use std::collections::HashMap;

use entity::{organization, profile_item};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::OrgWithItems;

/// Every organization with its items, in id order: what the matching engine needs.
pub async fn load_all<C: ConnectionTrait>(db: &C) -> Result<Vec<OrgWithItems>, DbErr> {
    let orgs = organization::Entity::find()
        .order_by_asc(organization::Column::Id)
        .all(db)
        .await?;
    let mut out: Vec<OrgWithItems> = orgs.into_iter().map(OrgWithItems::new).collect();
    let positions = positions(&out);
    // The items of a few thousand organizations at a time: the rows of all
    // of them at once (half a million at 50,000) would be held twice over,
    // as the driver's values and as models, only to be dropped.
    let ids: Vec<i32> = out.iter().map(|o| o.org.id).collect();
    for chunk in ids.chunks(ORGS_AT_ONCE) {
        let (Some(&first), Some(&last)) = (chunk.first(), chunk.last()) else {
            continue;
        };
        let items = in_order()
            .filter(profile_item::Column::OrganizationId.between(first, last))
            .all(db)
            .await?;
        attach(&mut out, &positions, items);
    }
    Ok(out)
}

/// How many organizations' items [`load_all`] reads at once.
const ORGS_AT_ONCE: usize = 2_000;

/// Items by organization, side and position.
fn in_order() -> sea_orm::Select<profile_item::Entity> {
    profile_item::Entity::find()
        .order_by_asc(profile_item::Column::OrganizationId)
        .order_by_asc(profile_item::Column::Side)
        .order_by_asc(profile_item::Column::Position)
}

/// Each organization's position in `orgs`, by id.
fn positions(orgs: &[OrgWithItems]) -> HashMap<i32, usize> {
    orgs.iter()
        .enumerate()
        .map(|(i, o)| (o.org.id, i))
        .collect()
}

/// Gives each organization of `orgs` (at `positions`) its items, in the order they come.
fn attach(
    orgs: &mut [OrgWithItems],
    positions: &HashMap<i32, usize>,
    items: Vec<profile_item::Model>,
) {
    for item in items {
        if let Some(&i) = positions.get(&item.organization_id) {
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
    with_items_of(db, orgs).await
}

/// The organizations with their items, in the order given.
pub(crate) async fn with_items_of<C: ConnectionTrait>(
    db: &C,
    orgs: Vec<organization::Model>,
) -> Result<Vec<OrgWithItems>, DbErr> {
    let ids: Vec<i32> = orgs.iter().map(|o| o.id).collect();
    let mut out: Vec<OrgWithItems> = orgs.into_iter().map(OrgWithItems::new).collect();
    let positions = positions(&out);
    for chunk in ids.chunks(500) {
        let items = in_order()
            .filter(profile_item::Column::OrganizationId.is_in(chunk.iter().copied()))
            .all(db)
            .await?;
        attach(&mut out, &positions, items);
    }
    Ok(out)
}
