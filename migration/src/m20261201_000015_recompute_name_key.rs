use std::collections::HashMap;
use std::collections::hash_map::Entry;

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

/// Recomputes `organization.name_key` with the key that also ignores invisible
/// characters, accents and look-alike characters ([`orgname::key`]), computed
/// here in Rust with the very function the app uses.
///
/// Two organizations registered before this migration may now have the same
/// key ("Reseau" and "Réseau"). The migration does not fail on that: the first
/// (lowest id) takes the key; each later one keeps its name and gets the key
/// `"<key>  #<id>"` — two spaces, which no computed key contains, so it can
/// never be taken by a new name — and a warning names both. Look-ups by that
/// name then find the first organization; the later one is asked for another
/// name when it next saves its profile.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rewrite_keys(manager, orgname::key).await
    }

    /// Back to the key of before: lower case, white space collapsed.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rewrite_keys(manager, |name| {
            name.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .await
    }

    /// All keys or none, on SQLite as on PostgreSQL.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }
}

/// Sets every organization's `name_key` to `key(name)`, in id order, setting
/// aside the keys already taken (see [`Migration`]).
async fn rewrite_keys(manager: &SchemaManager<'_>, key: fn(&str) -> String) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let rows = db
        .query_all(
            &Query::select()
                .columns([Organization::Id, Organization::Name, Organization::NameKey])
                .from(Organization::Table)
                .order_by(Organization::Id, Order::Asc)
                .to_owned(),
        )
        .await?;
    let mut holders: HashMap<String, (i32, String)> = HashMap::new();
    let mut changes = Vec::new();
    for row in rows {
        let id: i32 = row.try_get("", "id")?;
        let name: String = row.try_get("", "name")?;
        let stored: String = row.try_get("", "name_key")?;
        let computed = key(&name);
        let new_key = match holders.entry(computed.clone()) {
            Entry::Vacant(e) => {
                e.insert((id, name));
                computed
            }
            Entry::Occupied(e) => {
                let (first_id, first_name) = e.get();
                let set_aside = format!("{computed}  #{id}");
                tracing::warn!(
                    "organizations {first_id} ({first_name:?}) and {id} ({name:?}) now have \
                     the same name key; organization {id} keeps its name with the key \
                     {set_aside:?}, and a look-up by that name finds organization \
                     {first_id}: rename one of them"
                );
                set_aside
            }
        };
        if new_key != stored {
            changes.push((id, new_key));
        }
    }
    // Two passes: a row never takes, even for a moment, a key that another row
    // still holds from before (the index is unique). The temporary keys start with
    // two spaces, which neither kind of key above does.
    for (id, _) in &changes {
        set_key(db, *id, format!("  recomputing #{id}")).await?;
    }
    for (id, new_key) in changes {
        set_key(db, id, new_key).await?;
    }
    Ok(())
}

async fn set_key<C: ConnectionTrait>(db: &C, id: i32, key: String) -> Result<(), DbErr> {
    db.execute(
        Query::update()
            .table(Organization::Table)
            .value(Organization::NameKey, key)
            .and_where(Expr::col(Organization::Id).eq(id)),
    )
    .await?;
    Ok(())
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
    Name,
    NameKey,
}
