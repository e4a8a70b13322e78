//! Inserting many organizations in one transaction (an import): which names
//! and addresses exist is read once instead of asked for each organization.

use entity::{organization, profile_item};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, EntityTrait};

use super::{
    Generation, WriteError, finish_insert, first_candidate, insert_row, item_rows, map_unique,
    name_key, new_row, slug_candidate, slugify,
};
use crate::db::search::Prepared;
use crate::domain::organization::Organization;
use crate::domain::profile::Profile;

/// The names (by their key) and addresses of every organization, read once
/// by an import: a new name is known to be new, and a free address found,
/// without asking the database for each organization. On SQLite the import
/// holds the only write lock; on PostgreSQL an address taken meanwhile by
/// someone else is caught by a savepoint and looked for again.
pub struct Taken {
    keys: std::collections::HashSet<String>,
    slugs: std::collections::HashSet<String>,
}

impl Taken {
    pub async fn load<C: ConnectionTrait>(db: &C) -> Result<Self, DbErr> {
        use sea_orm::QuerySelect;
        let rows: Vec<(String, String)> = organization::Entity::find()
            .select_only()
            .columns([organization::Column::NameKey, organization::Column::Slug])
            .into_tuple()
            .all(db)
            .await?;
        let (keys, slugs) = rows.into_iter().unzip();
        Ok(Taken { keys, slugs })
    }

    /// Takes the name (by its key) for a new organization of this import;
    /// false when an organization has it already.
    pub fn claim_name(&mut self, name: &str) -> bool {
        self.keys.insert(name_key(name))
    }

    /// The first address for `name` that is not taken, now taken.
    fn reserve(&mut self, name: &str) -> String {
        let base = slugify(name);
        let slug = (first_candidate(0)..)
            .map(|n| slug_candidate(&base, n))
            .find(|s| !self.slugs.contains(s))
            .unwrap_or(base);
        self.slugs.insert(slug.clone());
        slug
    }
}

/// How many new organizations one statement inserts (fourteen values each).
const ROWS_AT_ONCE: usize = 500;

/// Inserts new organizations (no name of theirs is taken, nor two the same)
/// during an import that holds `taken`: their rows, then all their items,
/// then their entries in the directory's index, a few statements for many
/// organizations. Returns their ids. On PostgreSQL an address taken
/// meanwhile by someone else sends its organization to [`insert_taken`].
pub async fn insert_new_many<C: ConnectionTrait>(
    db: &C,
    taken: &mut Taken,
    new: &[(&Profile, &Prepared)],
    is_demo: bool,
) -> Result<Vec<i32>, WriteError> {
    let skip_taken = db.get_database_backend() != DbBackend::Sqlite;
    let mut ids = vec![None; new.len()];
    for (c, chunk) in new.chunks(ROWS_AT_ONCE).enumerate() {
        let mut at = std::collections::HashMap::new();
        let rows: Vec<_> = chunk
            .iter()
            .enumerate()
            .map(|(i, (p, _))| {
                let slug = taken.reserve(&p.name);
                at.insert(slug.clone(), c * ROWS_AT_ONCE + i);
                new_row(p, is_demo, slug)
            })
            .collect();
        let mut insert = organization::Entity::insert_many(rows);
        if skip_taken {
            insert = insert.on_conflict(
                sea_orm::sea_query::OnConflict::column(organization::Column::Slug)
                    .do_nothing()
                    .to_owned(),
            );
        }
        let inserted = match insert.exec_with_returning(db).await {
            Ok(rows) => rows,
            Err(DbErr::RecordNotInserted) => Vec::new(),
            Err(e) => return Err(map_unique(e)),
        };
        for row in inserted {
            if let Some(&i) = at.get(&row.slug) {
                ids[i] = Some(row.id);
            }
        }
    }
    let done: Vec<(i32, usize)> = ids
        .iter()
        .enumerate()
        .filter_map(|(i, id)| id.map(|id| (id, i)))
        .collect();
    let items: Vec<_> = done
        .iter()
        .flat_map(|&(id, i)| item_rows(id, new[i].0))
        .collect();
    // Four values an item.
    for chunk in items.chunks(5_000) {
        profile_item::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    let entries: Vec<(i32, &Prepared)> = done.iter().map(|&(id, i)| (id, new[i].1)).collect();
    crate::db::search::put_new_many(db, &entries).await?;
    // Those whose address someone else took meanwhile, one at a time.
    let mut out = Vec::with_capacity(new.len());
    for (i, id) in ids.into_iter().enumerate() {
        match id {
            Some(id) => out.push(id),
            None => {
                let (p, prepared) = new[i];
                out.push(
                    insert_taken(db, taken, p, Some(prepared), is_demo)
                        .await?
                        .id,
                );
            }
        }
    }
    Ok(out)
}

/// Inserts a new organization during an import that holds `taken` (see
/// [`Taken`]), under the first free address, and records its name and
/// address there.
pub async fn insert_taken<C: ConnectionTrait>(
    db: &C,
    taken: &mut Taken,
    p: &Profile,
    prepared: Option<&Prepared>,
    is_demo: bool,
) -> Result<Organization, WriteError> {
    let base = slugify(&p.name);
    // On SQLite nobody else writes meanwhile; on PostgreSQL an address taken
    // since `taken` was read is skipped by a conflict clause.
    let skip_taken = db.get_database_backend() != DbBackend::Sqlite;
    let mut row = None;
    for n in first_candidate(0).. {
        let slug = slug_candidate(&base, n);
        if taken.slugs.contains(&slug) {
            continue;
        }
        match insert_row(db, p, is_demo, slug.clone(), skip_taken).await? {
            Some(inserted) => {
                row = Some(inserted);
                break;
            }
            None => {
                taken.slugs.insert(slug);
            }
        }
    }
    let row = row.ok_or_else(|| WriteError::Db(DbErr::RecordNotInserted))?;
    let org = finish_insert(db, row, p, prepared, Generation::Batch).await?;
    taken.keys.insert(name_key(&p.name));
    taken.slugs.insert(org.slug.clone());
    Ok(org)
}
