//! Organizations and their capabilities and needs.

use chrono::Utc;
use entity::{catalog_state, organization, profile_item};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set, SqlErr, Statement,
    TransactionSession, TransactionTrait,
};

use crate::domain::organization::Organization;
use crate::domain::profile::{Profile, name_key};
use crate::domain::slug::slugify;

mod batch;
mod load;
pub use batch::{Taken, insert_new_many, insert_taken};
pub(crate) use load::with_items_of;
pub use load::{load_all, load_changed};

pub const SIDE_CAPABILITY: &str = "capability";
pub const SIDE_NEED: &str = "need";
pub const SIDE_PRIVATE_NEED: &str = "private_need";

/// An organization with its capabilities and needs, in order.
#[derive(Debug, Clone)]
pub struct OrgWithItems {
    pub org: Organization,
    pub capabilities: Vec<String>,
    pub needs: Vec<String>,
    pub private_needs: Vec<String>,
}

impl OrgWithItems {
    fn new(org: organization::Model) -> Self {
        Self {
            org: from_model(org),
            capabilities: Vec::new(),
            needs: Vec::new(),
            private_needs: Vec::new(),
        }
    }

    fn push(&mut self, item: profile_item::Model) {
        match item.side.as_str() {
            SIDE_CAPABILITY => self.capabilities.push(item.text),
            SIDE_PRIVATE_NEED => self.private_needs.push(item.text),
            _ => self.needs.push(item.text),
        }
    }

    /// The profile as stored, in the shape of a checked one.
    pub fn profile(&self) -> Profile {
        let o = &self.org;
        Profile {
            name: o.name.clone(),
            kind: crate::domain::profile::OrgKind::parse(&o.kind)
                .unwrap_or(crate::domain::profile::OrgKind::Other),
            country: o.country.clone(),
            region: o.region.clone(),
            description: o.description.clone(),
            website: o.website.clone(),
            languages: o.languages.clone(),
            capabilities: self.capabilities.clone(),
            needs: self.needs.clone(),
            private_needs: self.private_needs.clone(),
            contact_email: o.contact_email.clone(),
        }
    }
}

/// The record as the rest of the app reads it.
pub(crate) fn from_model(o: organization::Model) -> Organization {
    Organization {
        languages: o
            .languages
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        id: o.id,
        slug: o.slug,
        name: o.name,
        kind: o.kind,
        country: o.country,
        region: o.region,
        description: o.description,
        website: o.website,
        contact_email: o.contact_email,
        is_demo: o.is_demo,
        hidden: o.hidden,
        version: o.version,
        updated_at: o.updated_at,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("an organization with this name already exists")]
    NameTaken,
    #[error("the profile was changed by someone else")]
    Conflict,
    #[error(transparent)]
    Db(#[from] DbErr),
}

fn map_unique(e: DbErr) -> WriteError {
    match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(msg)) if msg.contains("name_key") => {
            WriteError::NameTaken
        }
        _ => WriteError::Db(e),
    }
}

pub async fn find_by_slug<C: ConnectionTrait>(
    db: &C,
    slug: &str,
) -> Result<Option<OrgWithItems>, DbErr> {
    let Some(org) = organization::Entity::find()
        .filter(organization::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(with_items(db, org).await?))
}

pub async fn find_by_id<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<OrgWithItems>, DbErr> {
    match organization::Entity::find_by_id(id).one(db).await? {
        Some(org) => Ok(Some(with_items(db, org).await?)),
        None => Ok(None),
    }
}

async fn with_items<C: ConnectionTrait>(
    db: &C,
    org: organization::Model,
) -> Result<OrgWithItems, DbErr> {
    let items = profile_item::Entity::find()
        .filter(profile_item::Column::OrganizationId.eq(org.id))
        .order_by_asc(profile_item::Column::Side)
        .order_by_asc(profile_item::Column::Position)
        .all(db)
        .await?;
    let mut o = OrgWithItems::new(org);
    for item in items {
        o.push(item);
    }
    Ok(o)
}

pub async fn find_by_name<C: ConnectionTrait>(
    db: &C,
    name: &str,
) -> Result<Option<Organization>, DbErr> {
    Ok(organization::Entity::find()
        .filter(organization::Column::NameKey.eq(name_key(name)))
        .one(db)
        .await?
        .map(from_model))
}

pub async fn count<C: ConnectionTrait>(db: &C) -> Result<u64, DbErr> {
    organization::Entity::find().count(db).await
}

/// Where the search for a free address starts: at the name's own slug, and
/// after a clash with concurrent inserts (`attempt` > 0) at a random number,
/// so that the inserts that clashed do not all try the same address again.
pub(crate) fn first_candidate(attempt: usize) -> usize {
    use rand::Rng;
    if attempt == 0 {
        1
    } else {
        rand::thread_rng().gen_range(2..=10 * (attempt + 1))
    }
}

/// The `n`-th address to try: the base itself, then `base-2`, `base-3`, …
pub(crate) fn slug_candidate(base: &str, n: usize) -> String {
    if n == 1 {
        base.to_owned()
    } else {
        format!("{base}-{n}")
    }
}

/// A slug not yet in use: the name's slug, or that slug with `-2`, `-3`, …;
/// a retry after a clash (`attempt` > 0) starts at [`first_candidate`].
async fn unique_slug<C: ConnectionTrait>(
    db: &C,
    name: &str,
    attempt: usize,
) -> Result<String, DbErr> {
    let base = slugify(name);
    let candidate = |n| slug_candidate(&base, n);
    for n in first_candidate(attempt).. {
        let taken = organization::Entity::find()
            .filter(organization::Column::Slug.eq(candidate(n)))
            .count(db)
            .await?
            > 0;
        if !taken {
            return Ok(candidate(n));
        }
    }
    unreachable!("the loop returns")
}

/// Whether an insert failed because another one took the same address meanwhile.
pub(crate) fn is_slug_clash(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(msg)) if msg.contains("slug"))
}

/// How often an insert looks for a free address when concurrent inserts take it.
pub(crate) const SLUG_ATTEMPTS: usize = 8;

/// Inserts a new organization with its items. Call inside a transaction: a
/// clash of addresses with a concurrent insert is retried within a savepoint.
pub async fn insert<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    p: &Profile,
    is_demo: bool,
) -> Result<Organization, WriteError> {
    insert_as(db, p, None, is_demo, Generation::Bump).await
}

/// Whether a write raises the catalog generation itself, or leaves it to
/// [`finish_batch`] (one raise for many writes in one transaction: on
/// PostgreSQL, updating one row thousands of times in a transaction makes
/// every update slower than the last).
#[derive(Clone, Copy, PartialEq)]
pub enum Generation {
    Bump,
    Batch,
}

/// [`insert`], raising the generation or not.
pub async fn insert_as<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    p: &Profile,
    prepared: Option<&super::search::Prepared>,
    is_demo: bool,
    generation: Generation,
) -> Result<Organization, WriteError> {
    // An import on SQLite holds the database's only write lock for its whole
    // transaction: no other insert can take the address between the look-up
    // and the insert, and a savepoint per row would make the full-text index
    // (FTS5) write its pending terms to disk at every row.
    if generation == Generation::Batch && db.get_database_backend() == DbBackend::Sqlite {
        let slug = unique_slug(db, &p.name, 0).await?;
        return insert_with_slug(db, p, prepared, is_demo, slug, generation).await;
    }
    for attempt in 0..SLUG_ATTEMPTS {
        let slug = unique_slug(db, &p.name, attempt).await?;
        let savepoint = db.begin().await?;
        match insert_with_slug(&savepoint, p, prepared, is_demo, slug, generation).await {
            Ok(org) => {
                savepoint.commit().await?;
                return Ok(org);
            }
            Err(WriteError::Db(e)) if is_slug_clash(&e) => savepoint.rollback().await?,
            Err(e) => return Err(e),
        }
    }
    Err(WriteError::Db(DbErr::Custom(format!(
        "no free address for {} after {SLUG_ATTEMPTS} attempts",
        p.name
    ))))
}

async fn insert_with_slug<C: ConnectionTrait>(
    db: &C,
    p: &Profile,
    prepared: Option<&super::search::Prepared>,
    is_demo: bool,
    slug: String,
    generation: Generation,
) -> Result<Organization, WriteError> {
    let org = insert_row(db, p, is_demo, slug, false)
        .await?
        .ok_or_else(|| WriteError::Db(DbErr::RecordNotInserted))?;
    finish_insert(db, org, p, prepared, generation).await
}

/// The organization's row under `slug`. With `skip_taken`, a taken address
/// is `None` (a conflict clause, not an error that would end the
/// transaction: no savepoint needed).
async fn insert_row<C: ConnectionTrait>(
    db: &C,
    p: &Profile,
    is_demo: bool,
    slug: String,
    skip_taken: bool,
) -> Result<Option<organization::Model>, WriteError> {
    let row = new_row(p, is_demo, slug);
    if !skip_taken {
        return Ok(Some(row.insert(db).await.map_err(map_unique)?));
    }
    let inserted = organization::Entity::insert(row)
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(organization::Column::Slug)
                .do_nothing()
                .to_owned(),
        )
        .exec_with_returning(db)
        .await;
    match inserted {
        Ok(org) => Ok(Some(org)),
        Err(DbErr::RecordNotInserted) => Ok(None),
        Err(e) => Err(map_unique(e)),
    }
}

/// What goes with a new organization's row: its items, its place in the
/// directory's index, and the generation.
async fn finish_insert<C: ConnectionTrait>(
    db: &C,
    org: organization::Model,
    p: &Profile,
    prepared: Option<&super::search::Prepared>,
    generation: Generation,
) -> Result<Organization, WriteError> {
    insert_items(db, org.id, p).await?;
    match prepared {
        Some(prepared) => super::search::put_prepared(db, org.id, prepared, true).await?,
        None => super::search::put(db, org.id, p, true).await?,
    }
    if generation == Generation::Bump {
        bump_generation(db, &[org.id]).await?;
    }
    Ok(from_model(org))
}

/// The columns a profile sets, the others left as they are.
fn profile_columns(p: &Profile) -> organization::ActiveModel {
    organization::ActiveModel {
        name: Set(p.name.clone()),
        name_key: Set(name_key(&p.name)),
        kind: Set(p.kind.id().to_owned()),
        country: Set(p.country.clone()),
        region: Set(p.region.clone()),
        description: Set(p.description.clone()),
        website: Set(p.website.clone()),
        languages: Set(p.languages.join(",")),
        contact_email: Set(p.contact_email.clone()),
        ..Default::default()
    }
}

/// The row of a new organization with profile `p` under `slug`.
fn new_row(p: &Profile, is_demo: bool, slug: String) -> organization::ActiveModel {
    let now = Utc::now();
    organization::ActiveModel {
        slug: Set(slug),
        is_demo: Set(is_demo),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..profile_columns(p)
    }
}

/// The rows of the profile's items: capabilities, needs and private needs, in order.
fn item_rows(org_id: i32, p: &Profile) -> impl Iterator<Item = profile_item::ActiveModel> + '_ {
    [
        (SIDE_CAPABILITY, &p.capabilities),
        (SIDE_NEED, &p.needs),
        (SIDE_PRIVATE_NEED, &p.private_needs),
    ]
    .into_iter()
    .flat_map(move |(side, items)| {
        items
            .iter()
            .enumerate()
            .map(move |(i, text)| profile_item::ActiveModel {
                organization_id: Set(org_id),
                side: Set(side.to_owned()),
                position: Set(i as i32),
                text: Set(text.clone()),
                ..Default::default()
            })
    })
}

async fn insert_items<C: ConnectionTrait>(db: &C, org_id: i32, p: &Profile) -> Result<(), DbErr> {
    let rows: Vec<_> = item_rows(org_id, p).collect();
    if !rows.is_empty() {
        profile_item::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(())
}

/// Replaces the profile of `org_id` if it is still at `expected_version`.
/// The version check and the write are one statement, so of two people saving
/// at once exactly one wins and the other gets [`WriteError::Conflict`].
/// Call inside a transaction: the items are replaced in the same one.
pub async fn update<C: ConnectionTrait>(
    db: &C,
    org_id: i32,
    expected_version: i32,
    p: &Profile,
) -> Result<(), WriteError> {
    update_as(db, org_id, expected_version, p, None, Generation::Bump).await
}

/// [`update`], raising the generation or not.
pub async fn update_as<C: ConnectionTrait>(
    db: &C,
    org_id: i32,
    expected_version: i32,
    p: &Profile,
    prepared: Option<&super::search::Prepared>,
    generation: Generation,
) -> Result<(), WriteError> {
    let changes = organization::ActiveModel {
        updated_at: Set(Utc::now()),
        ..profile_columns(p)
    };
    let result = organization::Entity::update_many()
        .set(changes)
        .col_expr(
            organization::Column::Version,
            Expr::col(organization::Column::Version).add(1),
        )
        .filter(organization::Column::Id.eq(org_id))
        .filter(organization::Column::Version.eq(expected_version))
        .exec(db)
        .await
        .map_err(map_unique)?;
    if result.rows_affected == 0 {
        return Err(WriteError::Conflict);
    }
    profile_item::Entity::delete_many()
        .filter(profile_item::Column::OrganizationId.eq(org_id))
        .exec(db)
        .await?;
    insert_items(db, org_id, p).await?;
    match prepared {
        Some(prepared) => super::search::put_prepared(db, org_id, prepared, false).await?,
        None => super::search::put(db, org_id, p, false).await?,
    }
    if generation == Generation::Bump {
        bump_generation(db, &[org_id]).await?;
    }
    Ok(())
}

/// [`update`] in a transaction of its own.
pub async fn save_profile(
    db: &DatabaseConnection,
    org_id: i32,
    expected_version: i32,
    p: &Profile,
) -> Result<(), WriteError> {
    let txn = db.begin().await?;
    update(&txn, org_id, expected_version, p).await?;
    txn.commit().await?;
    Ok(())
}

/// The number of profile changes so far; it grows with every write, in the same
/// transaction, so any process can tell in one query whether what it built
/// from the profiles is still current.
pub async fn generation<C: ConnectionTrait>(db: &C) -> Result<i64, DbErr> {
    Ok(catalog_state::Entity::find_by_id(1)
        .one(db)
        .await?
        .map_or(0, |row| row.generation))
}

/// Ends writes made with [`Generation::Batch`] in this transaction: raises
/// the generation once and labels the organizations written with it.
pub async fn finish_batch<C: ConnectionTrait>(db: &C, org_ids: &[i32]) -> Result<(), DbErr> {
    if org_ids.is_empty() {
        return Ok(());
    }
    bump_generation(db, org_ids).await
}

/// Raises the generation and labels `org_ids` with it ([`organization::Model::revision`]).
async fn bump_generation<C: ConnectionTrait>(db: &C, org_ids: &[i32]) -> Result<(), DbErr> {
    catalog_state::Entity::update_many()
        .col_expr(
            catalog_state::Column::Generation,
            Expr::col(catalog_state::Column::Generation).add(1),
        )
        .filter(catalog_state::Column::Id.eq(1))
        .exec(db)
        .await?;
    let backend = db.get_database_backend();
    for chunk in org_ids.chunks(500) {
        let marks = super::placeholders(backend, 0, chunk.len());
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "UPDATE organization SET revision = \
                 (SELECT generation FROM catalog_state WHERE id = 1) WHERE id IN ({marks})"
            ),
            chunk.iter().map(|id| (*id).into()),
        ))
        .await?;
    }
    Ok(())
}

/// Takes organization `id` out of the public directory (`hidden`) or puts
/// it back; the directory and the suggestions of every process follow (the
/// generation rises).
pub async fn set_hidden<C: ConnectionTrait>(db: &C, id: i32, hidden: bool) -> Result<(), DbErr> {
    organization::Entity::update_many()
        .col_expr(organization::Column::Hidden, Expr::value(hidden))
        .filter(organization::Column::Id.eq(id))
        .exec(db)
        .await?;
    bump_generation(db, &[id]).await
}

/// An organization was deleted: the generation and the count of deletions
/// rise, so that every process's directory and suggestions follow.
pub async fn removed<C: ConnectionTrait>(db: &C) -> Result<(), DbErr> {
    catalog_state::Entity::update_many()
        .col_expr(
            catalog_state::Column::Removals,
            Expr::col(catalog_state::Column::Removals).add(1),
        )
        .filter(catalog_state::Column::Id.eq(1))
        .exec(db)
        .await?;
    bump_generation(db, &[]).await
}

/// The generation of the profiles and how many organizations were ever
/// deleted, read together ([`generation`]).
pub async fn state<C: ConnectionTrait>(db: &C) -> Result<(i64, i64), DbErr> {
    Ok(catalog_state::Entity::find_by_id(1)
        .one(db)
        .await?
        .map_or((0, 0), |row| (row.generation, row.removals)))
}
