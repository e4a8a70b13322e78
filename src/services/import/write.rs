//! Writing checked profiles to the database, all or nothing: the command-line
//! import ([`apply`]) and an organizer's import of participants ([`apply_and_join`]).

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, TransactionTrait};

use crate::db::accounts;
use crate::db::organizations::{self, Generation, WriteError};
use crate::db::search::Prepared;
use crate::domain::organization::Organization;
use crate::domain::profile::Profile;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// Writes the profiles in one transaction: a name that exists (ignoring case) is
/// updated, a new one is created, an identical one is left alone, so running the
/// same import twice changes nothing. `progress` is called after each row.
pub async fn apply(
    db: &DatabaseConnection,
    profiles: &[Profile],
    is_demo: bool,
    progress: impl Fn(u64),
) -> Result<Summary, DbErr> {
    // The analysis of every profile for the directory's index, on every
    // core, before the writes.
    let prepared = crate::db::search::prepare_all(profiles);
    let txn = db.begin().await?;
    // Which names and addresses exist is read once, not asked for each
    // organization.
    let mut taken = organizations::Taken::load(&txn).await?;
    let mut summary = Summary::default();
    let mut written = Vec::new();
    // New names are inserted many at a time; before a name already taken
    // (perhaps by a row of this file) is looked up, the ones waiting go in.
    let mut waiting = Vec::new();
    for (profile, prepared) in profiles.iter().zip(&prepared) {
        let new = taken.claim_name(&profile.name);
        if new {
            waiting.push((profile, prepared));
            if waiting.len() < NEW_AT_ONCE {
                continue;
            }
        }
        summary.created += insert_waiting(
            &txn,
            &mut taken,
            &mut waiting,
            is_demo,
            &mut written,
            &progress,
        )
        .await?;
        if new {
            continue;
        }
        match organizations::find_by_name(&txn, &profile.name).await? {
            None => {
                let org = organizations::insert_as(
                    &txn,
                    profile,
                    Some(prepared),
                    is_demo,
                    Generation::Batch,
                )
                .await
                .map_err(into_db)?;
                written.push(org.id);
                summary.created += 1;
            }
            Some(existing) => match changed_by(&txn, &existing, profile).await? {
                None => summary.unchanged += 1,
                Some(profile) => {
                    organizations::update_as(
                        &txn,
                        existing.id,
                        existing.version,
                        &profile,
                        None,
                        Generation::Batch,
                    )
                    .await
                    .map_err(into_db)?;
                    written.push(existing.id);
                    summary.updated += 1;
                }
            },
        }
        progress(1);
    }
    summary.created += insert_waiting(
        &txn,
        &mut taken,
        &mut waiting,
        is_demo,
        &mut written,
        &progress,
    )
    .await?;
    organizations::finish_batch(&txn, &written).await?;
    txn.commit().await?;
    Ok(summary)
}

/// How many new organizations an import inserts at once.
const NEW_AT_ONCE: usize = 2_000;

/// Inserts the organizations `waiting` (see [`organizations::insert_new_many`]);
/// how many they were.
async fn insert_waiting<C: ConnectionTrait>(
    db: &C,
    taken: &mut organizations::Taken,
    waiting: &mut Vec<(&Profile, &Prepared)>,
    is_demo: bool,
    written: &mut Vec<i32>,
    progress: &impl Fn(u64),
) -> Result<usize, DbErr> {
    if waiting.is_empty() {
        return Ok(0);
    }
    let ids = organizations::insert_new_many(db, taken, waiting, is_demo)
        .await
        .map_err(into_db)?;
    written.extend(ids);
    let n = waiting.len();
    progress(n as u64);
    waiting.clear();
    Ok(n)
}

/// What an organizer's import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Joined {
    /// Organizations in the file, all now participants.
    pub organizations: usize,
    /// Registered organizations whose profiles the file would have changed:
    /// they joined, and their profiles stay as their accounts wrote them.
    pub kept: usize,
}

/// Every organization of the file joins the event, in one transaction: a new
/// name is created, an organization nobody has registered is updated as in
/// [`apply`], and a registered organization (one with accounts) only joins —
/// its profile is its own.
pub async fn apply_and_join(
    db: &DatabaseConnection,
    profiles: &[Profile],
    event_id: i32,
) -> Result<Joined, DbErr> {
    let txn = db.begin().await?;
    let mut kept = 0;
    for profile in profiles {
        let id = match organizations::find_by_name(&txn, &profile.name).await? {
            None => {
                organizations::insert(&txn, profile, false)
                    .await
                    .map_err(into_db)?
                    .id
            }
            Some(existing) => {
                if let Some(profile) = changed_by(&txn, &existing, profile).await? {
                    if accounts::organization_has_accounts(&txn, existing.id).await? {
                        kept += 1;
                    } else {
                        organizations::update(&txn, existing.id, existing.version, &profile)
                            .await
                            .map_err(into_db)?;
                    }
                }
                existing.id
            }
        };
        crate::db::participants::join(&txn, event_id, id).await?;
    }
    txn.commit().await?;
    Ok(Joined {
        organizations: profiles.len(),
        kept,
    })
}

fn into_db(e: WriteError) -> DbErr {
    match e {
        WriteError::Db(e) => e,
        other => DbErr::Custom(other.to_string()),
    }
}

/// The profile `existing` would have after importing `imported`, if that
/// changes it. Private needs are not part of the import format: they stay.
async fn changed_by<C: ConnectionTrait>(
    db: &C,
    existing: &Organization,
    imported: &Profile,
) -> Result<Option<Profile>, DbErr> {
    let stored = organizations::find_by_id(db, existing.id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(existing.name.clone()))?;
    let mut profile = imported.clone();
    profile.private_needs = stored.private_needs.clone();
    Ok((stored.profile() != profile).then_some(profile))
}
