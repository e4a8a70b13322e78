//! The directory's full-text index and facets: an FTS5 table on SQLite, a
//! weighted `tsvector` with a GIN index on PostgreSQL, and `org_tag` rows for
//! the many-valued facets. The text is analysed by [`crate::search`] before it
//! reaches either engine, so both find the same organizations; the engines
//! index, match and rank.

use entity::{catalog_state, org_tag, organization};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    Statement, TransactionTrait, Value,
};

use super::organizations::{OrgWithItems, from_model, load_all};
use crate::domain::organization::Organization;
use crate::domain::profile::Profile;
use crate::matching::thesaurus::Thesaurus;
use crate::search::{Document, Facets, Search, Side, analyzer, tags};

/// Writes what the index holds for one organization, replacing what it held.
/// Call in the transaction that writes the profile.
pub async fn put<C: ConnectionTrait>(db: &C, org_id: i32, p: &Profile) -> Result<(), DbErr> {
    let doc = Document::of(p);
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
                doc.name.into(),
                doc.about.into(),
                doc.offers.into(),
                doc.seeks.into(),
            ],
        )],
        _ => vec![
            Statement::from_sql_and_values(
                backend,
                "DELETE FROM org_search WHERE rowid = ?",
                [org_id.into()],
            ),
            Statement::from_sql_and_values(
                backend,
                "INSERT INTO org_search (rowid, name, about, offers, seeks) VALUES (?, ?, ?, ?, ?)",
                [
                    org_id.into(),
                    doc.name.into(),
                    doc.about.into(),
                    doc.offers.into(),
                    doc.seeks.into(),
                ],
            ),
        ],
    };
    for s in stmts {
        db.execute_raw(s).await?;
    }
    org_tag::Entity::delete_many()
        .filter(org_tag::Column::OrganizationId.eq(org_id))
        .exec(db)
        .await?;
    let rows: Vec<_> = tags(&Thesaurus::shared(), p)
        .into_iter()
        .map(|tag| org_tag::ActiveModel {
            organization_id: sea_orm::Set(org_id),
            tag: sea_orm::Set(tag),
        })
        .collect();
    if !rows.is_empty() {
        org_tag::Entity::insert_many(rows).exec(db).await?;
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
            put(&txn, o.org.id, &o.profile()).await?;
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

/// A statement under construction, with placeholders for its engine.
struct Sql {
    backend: DbBackend,
    text: String,
    values: Vec<Value>,
}

impl Sql {
    fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            text: String::with_capacity(512),
            values: Vec::new(),
        }
    }

    fn push(&mut self, s: &str) -> &mut Self {
        self.text.push_str(s);
        self
    }

    fn bind(&mut self, v: impl Into<Value>) -> &mut Self {
        self.values.push(v.into());
        if self.backend == DbBackend::Postgres {
            let n = self.values.len();
            self.text.push_str(&format!("${n}"));
        } else {
            self.text.push('?');
        }
        self
    }

    fn statement(self) -> Statement {
        Statement::from_sql_and_values(self.backend, self.text, self.values)
    }
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

/// The tag prefix of the theme facet for the search's side.
fn theme_prefix(side: Side) -> &'static str {
    match side {
        Side::Any => "theme",
        Side::Offers => "offer",
        Side::Seeks => "need",
    }
}

/// ` AND …` for every facet of the search (not the words).
fn push_filters(sql: &mut Sql, s: &Search) {
    if let Some(k) = s.kind {
        sql.push(" AND o.kind = ").bind(k.id());
    }
    if let Some(r) = s.region {
        sql.push(" AND o.region = ").bind(r);
    }
    if let Some(c) = s.country {
        sql.push(" AND o.country = ").bind(c);
    }
    let mut tags = Vec::new();
    if let Some(l) = s.language {
        tags.push(format!("lang:{l}"));
    }
    if let Some(t) = s.theme {
        tags.push(format!("{}:{t}", theme_prefix(s.side)));
    }
    for tag in tags {
        sql.push(
            " AND EXISTS (SELECT 1 FROM org_tag t WHERE t.organization_id = o.id AND t.tag = ",
        )
        .bind(tag)
        .push(")");
    }
}

/// `FROM organization o` joined with the matches of the words and their rank
/// (`m.score`, lower is better), or alone when there are no words.
fn push_from(sql: &mut Sql, s: &Search) {
    if s.terms.is_empty() {
        sql.push(" FROM organization o WHERE 1 = 1");
        return;
    }
    let expr = match_expression(sql.backend, s);
    if is_pg(sql.backend) {
        sql.push(
            " FROM organization o JOIN (SELECT organization_id AS id, \
             -ts_rank('{0.4, 0.4, 0.6, 1.0}', doc, q) AS score \
             FROM org_search, to_tsquery('simple', ",
        )
        .bind(expr)
        .push(") q WHERE doc @@ q) m ON m.id = o.id WHERE 1 = 1");
    } else {
        sql.push(
            " FROM organization o JOIN (SELECT rowid AS id, \
             bm25(org_search, 10.0, 3.0, 1.0, 1.0) AS score \
             FROM org_search WHERE org_search MATCH ",
        )
        .bind(expr)
        .push(") m ON m.id = o.id WHERE 1 = 1");
    }
}

/// What a search found: one page, the number in all, the counts per facet.
pub struct Found {
    pub organizations: Vec<Organization>,
    pub total: u64,
    pub facets: Facets,
}

/// One page of the organizations the search finds, best first (by name when
/// there are no words), with the counts per facet value among all of them.
pub async fn find<C: ConnectionTrait>(
    db: &C,
    s: &Search,
    page: u64,
    per_page: u64,
) -> Result<Found, DbErr> {
    if s.finds_nothing() {
        return Ok(Found {
            organizations: Vec::new(),
            total: 0,
            facets: Facets::default(),
        });
    }
    let facets = facets(db, s).await?;
    let total = facets.kind.iter().map(|(_, n)| n).sum();
    let organizations = if total == 0 {
        Vec::new()
    } else {
        page_of(db, s, page.saturating_sub(1) * per_page, per_page)
            .await?
            .into_iter()
            .map(from_model)
            .collect()
    };
    Ok(Found {
        organizations,
        total,
        facets,
    })
}

async fn page_of<C: ConnectionTrait>(
    db: &C,
    s: &Search,
    offset: u64,
    limit: u64,
) -> Result<Vec<organization::Model>, DbErr> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT o.*");
    push_from(&mut sql, s);
    push_filters(&mut sql, s);
    sql.push(if s.terms.is_empty() {
        " ORDER BY lower(o.name), o.id"
    } else {
        " ORDER BY m.score, lower(o.name), o.id"
    });
    sql.push(" LIMIT ")
        .bind(limit as i64)
        .push(" OFFSET ")
        .bind(offset as i64);
    organization::Entity::find()
        .from_raw_sql(sql.statement())
        .all(db)
        .await
}

/// Every organization the search finds, in order, with its items: the export.
pub async fn find_all<C: ConnectionTrait>(
    db: &C,
    s: &Search,
    limit: u64,
) -> Result<Vec<OrgWithItems>, DbErr> {
    if s.finds_nothing() {
        return Ok(Vec::new());
    }
    let orgs = page_of(db, s, 0, limit).await?;
    super::organizations::with_items_of(db, orgs).await
}

async fn facets<C: ConnectionTrait>(db: &C, s: &Search) -> Result<Facets, DbErr> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("WITH hits AS MATERIALIZED (SELECT o.id, o.kind, o.region, o.country");
    push_from(&mut sql, s);
    push_filters(&mut sql, s);
    sql.push(
        ") SELECT 'kind' AS facet, kind AS value, count(*) AS n FROM hits GROUP BY kind \
         UNION ALL SELECT 'region', region, count(*) FROM hits WHERE region IS NOT NULL GROUP BY region \
         UNION ALL SELECT 'country', country, count(*) FROM hits WHERE country IS NOT NULL GROUP BY country \
         UNION ALL SELECT 'tag', t.tag, count(*) FROM org_tag t JOIN hits h ON h.id = t.organization_id \
         GROUP BY t.tag",
    );
    let theme = format!("{}:", theme_prefix(s.side));
    let mut f = Facets::default();
    for row in db.query_all_raw(sql.statement()).await? {
        let facet: String = row.try_get("", "facet")?;
        let value: String = row.try_get("", "value")?;
        let n = u64::try_from(row.try_get::<i64>("", "n")?).unwrap_or(0);
        let list = match facet.as_str() {
            "kind" => &mut f.kind,
            "region" => &mut f.region,
            "country" => &mut f.country,
            _ => {
                if let Some(l) = value.strip_prefix("lang:") {
                    f.language.push((l.to_owned(), n));
                } else if let Some(t) = value.strip_prefix(theme.as_str()) {
                    f.theme.push((t.to_owned(), n));
                }
                continue;
            }
        };
        list.push((value, n));
    }
    for list in [
        &mut f.kind,
        &mut f.region,
        &mut f.country,
        &mut f.language,
        &mut f.theme,
    ] {
        list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    }
    Ok(f)
}
