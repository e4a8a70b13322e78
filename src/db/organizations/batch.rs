//! Inserting many organizations in one transaction (an import): which names
//! and addresses exist is read once instead of asked for each organization.

use entity::organization;
use sea_orm::{ConnectionTrait, DbBackend, DbErr, EntityTrait};

use super::{
    Generation, WriteError, finish_insert, first_candidate, insert_row, name_key, slug_candidate,
    slugify,
};
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

    /// Whether an organization has this name (or one with the same key).
    pub fn has_name(&self, name: &str) -> bool {
        self.keys.contains(&name_key(name))
    }
}

/// Inserts a new organization during an import that holds `taken` (see
/// [`Taken`]), under the first free address, and records its name and
/// address there.
pub async fn insert_taken<C: ConnectionTrait>(
    db: &C,
    taken: &mut Taken,
    p: &Profile,
    prepared: Option<&crate::db::search::Prepared>,
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
