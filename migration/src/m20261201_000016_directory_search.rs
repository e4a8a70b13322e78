use sea_orm_migration::{prelude::*, schema::*, sea_orm::DbBackend};

/// The directory's full-text index and facets. The index holds text that the
/// app has already analysed (accents folded, stemmed in English, French and
/// Spanish), so that both engines find the same: an FTS5 table on SQLite, a
/// weighted `tsvector` with a GIN index on PostgreSQL (name A, description B,
/// capabilities C, public needs D). Private needs are never indexed. The app
/// fills both at start-up when `search_version` is behind its analyser.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OrgTag::Table)
                    .col(integer(OrgTag::OrganizationId))
                    .col(string_len(OrgTag::Tag, 120))
                    .primary_key(Index::create().col(OrgTag::OrganizationId).col(OrgTag::Tag))
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrgTag::Table, OrgTag::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_org_tag_tag")
                    .table(OrgTag::Table)
                    .col(OrgTag::Tag)
                    .col(OrgTag::OrganizationId)
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("idx_organization_kind", Organization::Kind),
            ("idx_organization_region", Organization::Region),
            ("idx_organization_country", Organization::Country),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Organization::Table)
                        .col(col)
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE TABLE org_search (
                        organization_id integer PRIMARY KEY
                            REFERENCES organization(id) ON DELETE CASCADE,
                        doc tsvector NOT NULL
                    );
                    CREATE INDEX idx_org_search_doc ON org_search USING GIN (doc);",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE org_search USING fts5(
                        name, about, offers, seeks,
                        tokenize = 'unicode61 remove_diacritics 2'
                    )",
                )
                .await?;
            }
        }
        manager
            .alter_table(
                Table::alter()
                    .table(CatalogState::Table)
                    .add_column(integer(CatalogState::SearchVersion).default(0))
                    .to_owned(),
            )
            .await?;
        // The old LIKE search's column: the index replaces it.
        manager
            .alter_table(
                Table::alter()
                    .table(Organization::Table)
                    .drop_column(Organization::SearchText)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organization::Table)
                    .add_column(text(Organization::SearchText).default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(CatalogState::Table)
                    .drop_column(CatalogState::SearchVersion)
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE org_search")
            .await?;
        for name in [
            "idx_organization_kind",
            "idx_organization_region",
            "idx_organization_country",
        ] {
            manager
                .drop_index(
                    Index::drop()
                        .name(name)
                        .table(Organization::Table)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(OrgTag::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum OrgTag {
    Table,
    OrganizationId,
    Tag,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
    Kind,
    Region,
    Country,
    SearchText,
}

#[derive(DeriveIden)]
enum CatalogState {
    Table,
    SearchVersion,
}
