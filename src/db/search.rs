//! The directory's full-text index and facets: an FTS5 table on SQLite, a
//! weighted `tsvector` with a GIN index on PostgreSQL, and `org_tag` rows for
//! the many-valued facets. The text is analysed by [`crate::search`] before it
//! reaches either engine, so both find the same organizations; the engines
//! index, match and rank.

use std::collections::HashMap;

use entity::{catalog_state, org_tag, organization};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    Statement, TransactionTrait,
};

use super::organizations::load_all;
use crate::domain::profile::Profile;
use crate::matching::thesaurus::Thesaurus;
use crate::search::catalog::{Entry, Hit};
use crate::search::{Document, Search, Side, analyzer, tags};

/// What the index holds for one profile, analysed (pure work, which an
/// import does for many profiles at once on every core).
pub struct Prepared {
    doc: Document,
    tags: Vec<String>,
}

pub fn prepare(p: &Profile) -> Prepared {
    Prepared {
        doc: Document::of(p),
        tags: tags(&Thesaurus::shared(), p),
    }
}

/// [`prepare`] for every profile, spread over the machine's cores, in order.
pub fn prepare_all(profiles: &[Profile]) -> Vec<Prepared> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = profiles.len().div_ceil(cores).max(1);
    std::thread::scope(|s| {
        let parts: Vec<_> = profiles
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(prepare).collect::<Vec<_>>()))
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// Writes what the index holds for one organization, replacing what it held
/// (nothing when `new`: the organization was created in this transaction).
/// Call in the transaction that writes the profile.
pub async fn put<C: ConnectionTrait>(
    db: &C,
    org_id: i32,
    p: &Profile,
    new: bool,
) -> Result<(), DbErr> {
    put_prepared(db, org_id, &prepare(p), new).await
}

/// [`put`] with the profile analysed already.
pub async fn put_prepared<C: ConnectionTrait>(
    db: &C,
    org_id: i32,
    prepared: &Prepared,
    new: bool,
) -> Result<(), DbErr> {
    let doc = &prepared.doc;
    let backend = db.get_database_backend();
    let stmts = match backend {
        DbBackend::Postgres => vec![Statement::from_sql_and_values(
            backend,
            "INSERT INTO org_search (organization_id, doc) VALUES ($1,
                setweight(to_tsvector('simple', $2), 'A') ||
                setweight(to_tsvector('simple', $3), 'B') ||
                setweight(to_tsvector('simple', $4), 'C') ||
                setweight(to_tsvector('simple', $5), 'D'))
             ON CONFLICT (organization_id) DO UPDATE SET doc = EXCLUDED.doc",
            [
                org_id.into(),
                doc.name.as_str().into(),
                doc.about.as_str().into(),
                doc.offers.as_str().into(),
                doc.seeks.as_str().into(),
            ],
        )],
        // FTS5 has no upsert: the old row goes first (a new organization has none).
        _ => [
            (!new).then(|| {
                Statement::from_sql_and_values(
                    backend,
                    "DELETE FROM org_search WHERE rowid = ?",
                    [org_id.into()],
                )
            }),
            Some(Statement::from_sql_and_values(
                backend,
                "INSERT INTO org_search (rowid, name, about, offers, seeks) VALUES (?, ?, ?, ?, ?)",
                [
                    org_id.into(),
                    doc.name.as_str().into(),
                    doc.about.as_str().into(),
                    doc.offers.as_str().into(),
                    doc.seeks.as_str().into(),
                ],
            )),
        ]
        .into_iter()
        .flatten()
        .collect(),
    };
    for s in stmts {
        db.execute_raw(s).await?;
    }
    if !new {
        org_tag::Entity::delete_many()
            .filter(org_tag::Column::OrganizationId.eq(org_id))
            .exec(db)
            .await?;
    }
    let rows: Vec<_> = prepared
        .tags
        .iter()
        .map(|tag| org_tag::ActiveModel {
            organization_id: sea_orm::Set(org_id),
            tag: sea_orm::Set(tag.clone()),
        })
        .collect();
    if !rows.is_empty() {
        org_tag::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(())
}

/// [`put_prepared`] for many organizations created in this transaction, in
/// a few statements instead of several per organization (an import).
pub async fn put_new_many<C: ConnectionTrait>(
    db: &C,
    entries: &[(i32, &Prepared)],
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    // Five values a row: well under both engines' limit of bound values.
    for chunk in entries.chunks(1000) {
        let mut values = Vec::with_capacity(chunk.len() * 5);
        let mut rows = Vec::with_capacity(chunk.len());
        for (i, (id, prepared)) in chunk.iter().enumerate() {
            let doc = &prepared.doc;
            values.extend([
                (*id).into(),
                doc.name.as_str().into(),
                doc.about.as_str().into(),
                doc.offers.as_str().into(),
                doc.seeks.as_str().into(),
            ]);
            rows.push(if is_pg(backend) {
                let n = i * 5;
                format!(
                    "(${}, setweight(to_tsvector('simple', ${}), 'A') || \
                     setweight(to_tsvector('simple', ${}), 'B') || \
                     setweight(to_tsvector('simple', ${}), 'C') || \
                     setweight(to_tsvector('simple', ${}), 'D'))",
                    n + 1,
                    n + 2,
                    n + 3,
                    n + 4,
                    n + 5
                )
            } else {
                "(?, ?, ?, ?, ?)".to_owned()
            });
        }
        let sql = if is_pg(backend) {
            format!(
                "INSERT INTO org_search (organization_id, doc) VALUES {}",
                rows.join(", ")
            )
        } else {
            format!(
                "INSERT INTO org_search (rowid, name, about, offers, seeks) VALUES {}",
                rows.join(", ")
            )
        };
        db.execute_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
    }
    let tags: Vec<_> = entries
        .iter()
        .flat_map(|(id, prepared)| {
            prepared.tags.iter().map(|tag| org_tag::ActiveModel {
                organization_id: sea_orm::Set(*id),
                tag: sea_orm::Set(tag.clone()),
            })
        })
        .collect();
    for chunk in tags.chunks(10_000) {
        org_tag::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Builds the index anew when it was built by another version of the
/// analyser (or never): at start-up and after migrations.
pub async fn ensure_current(db: &DatabaseConnection) -> Result<(), DbErr> {
    let built = catalog_state::Entity::find_by_id(1)
        .one(db)
        .await?
        .map_or(0, |r| r.search_version);
    if built == analyzer::VERSION {
        return Ok(());
    }
    let all = load_all(db).await?;
    let total = all.len();
    for chunk in all.chunks(500) {
        let txn = db.begin().await?;
        for o in chunk {
            put(&txn, o.org.id, &o.profile(), false).await?;
        }
        txn.commit().await?;
    }
    catalog_state::Entity::update_many()
        .col_expr(
            catalog_state::Column::SearchVersion,
            Expr::value(analyzer::VERSION),
        )
        .filter(catalog_state::Column::Id.eq(1))
        .exec(db)
        .await?;
    tracing::info!(organizations = total, "directory search index built");
    Ok(())
}

fn is_pg(backend: DbBackend) -> bool {
    backend == DbBackend::Postgres
}

/// The engine's query for the search's words (terms are letters and digits
/// only, so nothing in them is syntax).
fn match_expression(backend: DbBackend, s: &Search) -> String {
    if is_pg(backend) {
        let weight = match s.side {
            Side::Any => "",
            Side::Offers => ":C",
            Side::Seeks => ":D",
        };
        s.terms
            .iter()
            .map(|alts| {
                let alts: Vec<String> = alts.iter().map(|t| format!("'{t}'{weight}")).collect();
                format!("({})", alts.join(" | "))
            })
            .collect::<Vec<_>>()
            .join(" & ")
    } else {
        let words = s
            .terms
            .iter()
            .map(|alts| {
                let alts: Vec<String> = alts.iter().map(|t| format!("\"{t}\"")).collect();
                format!("({})", alts.join(" OR "))
            })
            .collect::<Vec<_>>()
            .join(" AND ");
        match s.side {
            Side::Any => format!("{{name about offers seeks}} : ({words})"),
            Side::Offers => format!("{{offers}} : ({words})"),
            Side::Seeks => format!("{{seeks}} : ({words})"),
        }
    }
}

/// The key under which the hits of `s` can be kept: the engine's query.
pub fn hits_key(backend: DbBackend, s: &Search) -> String {
    match_expression(backend, s)
}

/// The organizations the words of `s` find, with the engine's rank (lower
/// is better); only among `among` when given. None when there are no words.
pub async fn hits<C: ConnectionTrait>(
    db: &C,
    s: &Search,
    among: Option<&[i32]>,
) -> Result<Vec<Hit>, DbErr> {
    if s.terms.is_empty() || among.is_some_and(<[i32]>::is_empty) {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let mut values: Vec<sea_orm::Value> = vec![match_expression(backend, s).into()];
    let mut sql = if is_pg(backend) {
        "SELECT organization_id AS id, \
         CAST(-ts_rank('{0.4, 0.4, 0.6, 1.0}', doc, q) AS DOUBLE PRECISION) AS score \
         FROM org_search, to_tsquery('simple', $1) q WHERE doc @@ q"
            .to_owned()
    } else {
        "SELECT rowid AS id, bm25(org_search, 10.0, 3.0, 1.0, 1.0) AS score \
         FROM org_search WHERE org_search MATCH ?"
            .to_owned()
    };
    if let Some(ids) = among {
        let column = if is_pg(backend) {
            "organization_id"
        } else {
            "rowid"
        };
        let marks = super::placeholders(backend, 1, ids.len());
        sql.push_str(&format!(" AND {column} IN ({marks})"));
        values.extend(ids.iter().map(|id| sea_orm::Value::from(*id)));
    }
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get::<i32>("", "id")?,
                row.try_get::<f64>("", "score")?,
            ))
        })
        .collect()
}

/// Beyond this many changed organizations, the catalog is read whole.
const CHANGES_READ_APART: usize = 1000;

/// What the directory's catalog holds of every organization written after
/// generation `since` (of all of them without `since`), with their tags.
pub async fn catalog_entries<C: ConnectionTrait>(
    db: &C,
    since: Option<i64>,
) -> Result<Vec<Entry>, DbErr> {
    // Whole rows: the catalog keeps what the cards of a page of results show.
    let mut query = organization::Entity::find();
    if let Some(g) = since {
        query = query.filter(organization::Column::Revision.gt(g));
    }
    let orgs = query.all(db).await?;
    let mut tags_query = org_tag::Entity::find();
    if since.is_some() {
        if orgs.is_empty() {
            return Ok(Vec::new());
        }
        if orgs.len() <= CHANGES_READ_APART {
            tags_query =
                tags_query.filter(org_tag::Column::OrganizationId.is_in(orgs.iter().map(|o| o.id)));
        }
    }
    let mut tags: HashMap<i32, Vec<String>> = HashMap::with_capacity(orgs.len());
    for t in tags_query.all(db).await? {
        tags.entry(t.organization_id).or_default().push(t.tag);
    }
    Ok(orgs
        .into_iter()
        .map(|o| {
            let mut tags = tags.remove(&o.id).unwrap_or_default();
            if o.hidden {
                tags.push(crate::search::catalog::HIDDEN.to_owned());
            }
            let card = crate::db::organizations::from_model(o);
            Entry {
                id: card.id,
                name: card.name.clone(),
                kind: card.kind.clone(),
                region: card.region.clone(),
                country: card.country.clone(),
                tags,
                card: Some(std::sync::Arc::new(card)),
            }
        })
        .collect())
}

/// The organizations of `ids`, in that order (ids not found are left out).
pub async fn organizations_by_ids<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<Vec<organization::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut found: HashMap<i32, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}
