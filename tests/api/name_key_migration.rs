//! The migration that recomputes `organization.name_key` for organizations
//! registered under the old key (lower case, spacing collapsed).

use chrono::Utc;
use entity::organization;
use migration::{Migrator, MigratorTrait};
use roundtable::db::organizations::{self, WriteError};
use roundtable::domain::profile::Profile;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryOrder, QuerySelect, Statement,
};

use crate::helpers::fresh_database;

/// The migrations before the one under test.
const BEFORE: u32 = 14;

/// An organization as the app wrote it before: its key only folded case and
/// spacing. Written in SQL, as the table was then (with its `search_text`).
async fn insert_old(db: &DatabaseConnection, name: &str, slug: &str) {
    let now = Utc::now();
    let backend = db.get_database_backend();
    let marks: Vec<String> = (1..=11)
        .map(|i| match backend {
            DbBackend::Postgres => format!("${i}"),
            _ => "?".to_owned(),
        })
        .collect();
    let key = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "INSERT INTO organization (slug, name, name_key, kind, description, languages, \
             search_text, is_demo, version, created_at, updated_at) VALUES ({})",
            marks.join(", ")
        ),
        [
            slug.into(),
            name.into(),
            key.into(),
            "other".into(),
            "".into(),
            "".into(),
            name.to_lowercase().into(),
            false.into(),
            1.into(),
            now.into(),
            now.into(),
        ],
    ))
    .await
    .expect("insert under the old key");
}

async fn keys(db: &DatabaseConnection) -> Vec<String> {
    // Only the column this migration knows: later ones add others.
    organization::Entity::find()
        .select_only()
        .column(organization::Column::NameKey)
        .order_by_asc(organization::Column::Id)
        .into_tuple::<String>()
        .all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn old_keys_are_recomputed_and_look_alikes_already_stored_are_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = roundtable::db::connect(&fresh_database(&dir).await)
        .await
        .expect("connect");
    Migrator::up(&db, Some(BEFORE)).await.expect("migrate");
    // Stored before the fix: look-alikes registered as separate organizations.
    // "Réseau Sud" is first and its new key is the old key of "Reseau Sud": the
    // keys must not collide while they are rewritten.
    insert_old(&db, "Réseau Sud", "reseau-sud").await;
    insert_old(&db, "Reseau Sud", "reseau-sud-2").await;
    insert_old(&db, "Bravo Probe Org", "bravo-probe-org").await;
    insert_old(&db, "Bra\u{200B}vo Probe Org", "bravo-probe-org-2").await;
    insert_old(&db, "Bravo Pr\u{043E}be Org", "bravo-probe-org-3").await;
    insert_old(&db, "Pacific CERT", "pacific-cert").await;

    Migrator::up(&db, None)
        .await
        .expect("the migration does not fail on look-alikes");
    assert_eq!(
        keys(&db).await,
        vec![
            "reseau sud",
            "reseau sud  #2",
            "bravo probe org",
            "bravo probe org  #4",
            "bravo probe org  #5",
            "pacific cert",
        ]
    );
    // Look-ups and new names go to the first of each group.
    for (name, first) in [("RESEAU SUD", 1), ("Bravo Pr\u{043E}be Org", 3)] {
        let found = organizations::find_by_name(&db, name).await.unwrap();
        assert_eq!(found.map(|o| o.id), Some(first), "{name:?}");
        assert!(matches!(
            organizations::insert(&db, &Profile::empty(name.to_owned()), false).await,
            Err(WriteError::NameTaken)
        ));
    }

    // Down to before it (past every migration that came after) restores the
    // old keys; up again gives the same new ones.
    let names: Vec<String> = Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    let at = names
        .iter()
        .position(|n| n == "m20261201_000015_recompute_name_key")
        .expect("the migration");
    let steps = u32::try_from(names.len() - at).unwrap();
    Migrator::down(&db, Some(steps)).await.expect("down");
    assert_eq!(
        keys(&db).await,
        vec![
            "réseau sud",
            "reseau sud",
            "bravo probe org",
            "bra\u{200B}vo probe org",
            "bravo pr\u{043E}be org",
            "pacific cert",
        ]
    );
    Migrator::up(&db, None).await.expect("up again");
    assert_eq!(keys(&db).await[..2], ["reseau sud", "reseau sud  #2"]);
}
