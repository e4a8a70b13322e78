//! The directory: full-text search with facets, paged, and its CSV download.

use actix_web::{HttpRequest, HttpResponse, get, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::organizations::OrgView;
use crate::domain::codes::{COUNTRIES, LANGUAGES};
use crate::domain::profile::{OrgKind, REGIONS, country_name, language_name, region_message};
use crate::exports::{csv_file, neutralise};
use crate::i18n::Lang;
use crate::search::{Facets, RawSearch, Search, THEMES};
use crate::services::directory::Directory;
use crate::web::error::AppError;
use crate::web::respond::{CSV, download, ok};
use crate::web::visitor::Visitor;

pub const PER_PAGE: u64 = 50;
/// The most rows one download holds.
pub const EXPORT_MAX: u64 = 100_000;
/// The most values a facet lists (the rest are reached through the form).
const FACET_SHOWN: usize = 12;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DirectoryQuery {
    #[serde(flatten)]
    search: RawSearch,
    page: Option<String>,
}

/// One value of a facet as a link: what it narrows to, and how many.
pub struct FacetLink {
    pub label: String,
    pub count: u64,
    pub href: String,
    pub active: bool,
}

pub struct FacetGroup {
    pub title: String,
    pub links: Vec<FacetLink>,
}

/// A filter in use, with the link that removes it.
pub struct ActiveFilter {
    pub label: String,
    pub remove: String,
}

#[derive(Template)]
#[template(path = "organizations/directory.html")]
struct DirectoryPage {
    visitor: Visitor,
    search: Search,
    /// The fields as typed, for the form: wrong ones are kept to be fixed.
    raw: RawSearch,
    errors: Vec<(&'static str, String)>,
    organizations: Vec<OrgView>,
    total: u64,
    page: u64,
    pages: u64,
    groups: Vec<FacetGroup>,
    active: Vec<ActiveFilter>,
    kinds: Vec<(&'static str, String)>,
    regions: &'static [&'static str],
    themes: &'static [(&'static str, &'static str)],
    /// The suggestions of the country and language fields ([`datalists`]).
    datalists: &'static str,
}

impl DirectoryPage {
    fn link(search: &Search, page: u64) -> String {
        href("/organizations", search, page)
    }

    fn page_link(&self, page: u64) -> String {
        Self::link(&self.search, page)
    }

    fn csv_link(&self) -> String {
        href("/organizations.csv", &self.search, 1)
    }

    fn error(&self, field: &str) -> Option<&String> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m)
    }

    fn country_label(&self, code: &str) -> String {
        country_name(code).unwrap_or(code).to_owned()
    }

    fn language_label(&self, code: &str) -> String {
        language_name(code).unwrap_or(code).to_owned()
    }

    fn raw_value(v: Option<&String>) -> &str {
        v.map_or("", String::as_str)
    }

    fn selected(&self, field: &str, value: &str) -> bool {
        let raw = match field {
            "kind" => self.search.kind.map(OrgKind::id),
            "region" => self.search.region,
            "theme" => self.search.theme,
            "side" => Some(self.search.side.id()),
            _ => None,
        };
        raw == Some(value)
    }
}

/// `path` with the search (and the page after the first) as its query.
fn href(path: &str, search: &Search, page: u64) -> String {
    let mut params = search.to_query();
    if page > 1 {
        params.push(("page", page.to_string()));
    }
    match serde_urlencoded::to_string(params).unwrap_or_default() {
        q if q.is_empty() => path.to_owned(),
        q => format!("{path}?{q}"),
    }
}

/// The `<datalist>`s of country and language names, the same on every page:
/// rendered once.
fn datalists() -> &'static str {
    static HTML: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HTML.get_or_init(|| {
        let list = |id: &str, entries: &[(&str, &str)]| {
            let options: String = entries
                .iter()
                .map(|(code, name)| {
                    format!(
                        "<option value=\"{}\">{}</option>",
                        askama::filters::escape(name, askama::filters::Html)
                            .map_or_else(|_| String::new(), |e| e.to_string()),
                        askama::filters::escape(code, askama::filters::Html)
                            .map_or_else(|_| String::new(), |e| e.to_string()),
                    )
                })
                .collect();
            format!("<datalist id=\"{id}\">{options}</datalist>")
        };
        list("country-names", &COUNTRIES) + &list("language-names", &LANGUAGES)
    })
}

fn kind_label(id: &str) -> String {
    match OrgKind::parse(id) {
        Ok(k) => k.label().to_owned(),
        Err(_) => id.to_owned(),
    }
}

fn kind_name(lang: Lang, id: &str) -> String {
    match OrgKind::parse(id) {
        Ok(k) => lang.t(&k.message_id()),
        Err(_) => id.to_owned(),
    }
}

/// The facet groups of a result, each value linking to the search narrowed to it.
fn groups(lang: Lang, search: &Search, facets: &Facets) -> Vec<FacetGroup> {
    let group = |title: &'static str,
                 values: &[(String, u64)],
                 label: &dyn Fn(&str) -> String,
                 set: &dyn Fn(&mut Search, &str),
                 is: &dyn Fn(&Search, &str) -> bool| FacetGroup {
        title: lang.t(title),
        links: values
            .iter()
            .take(FACET_SHOWN)
            .map(|(v, n)| {
                let mut narrowed = search.clone();
                set(&mut narrowed, v);
                FacetLink {
                    label: label(v),
                    count: *n,
                    href: DirectoryPage::link(&narrowed, 1),
                    active: is(search, v),
                }
            })
            .collect(),
    };
    vec![
        group(
            "field-kind",
            &facets.kind,
            &|v| kind_name(lang, v),
            &|s, v| s.kind = OrgKind::parse(v).ok(),
            &|s, v| s.kind.map(OrgKind::id) == Some(v),
        ),
        group(
            "field-theme",
            &facets.theme,
            &|v| crate::i18n::labels::theme(lang, v),
            &|s, v| s.theme = THEMES.iter().find(|(id, _)| *id == v).map(|(id, _)| *id),
            &|s, v| s.theme == Some(v),
        ),
        group(
            "field-region",
            &facets.region,
            &|v| lang.t(&region_message(v)),
            &|s, v| s.region = REGIONS.iter().find(|r| **r == v).copied(),
            &|s, v| s.region == Some(v),
        ),
        group(
            "field-country",
            &facets.country,
            &|v| crate::i18n::names::country(lang, v).unwrap_or_else(|| v.to_owned()),
            &|s, v| s.country = COUNTRIES.iter().find(|(c, _)| *c == v).map(|(c, _)| *c),
            &|s, v| s.country == Some(v),
        ),
        group(
            "field-language",
            &facets.language,
            &|v| crate::i18n::names::language(lang, v).unwrap_or_else(|| v.to_owned()),
            &|s, v| s.language = LANGUAGES.iter().find(|(c, _)| *c == v).map(|(c, _)| *c),
            &|s, v| s.language == Some(v),
        ),
    ]
}

/// The filters in use, each with the search without it.
fn active(lang: Lang, search: &Search) -> Vec<ActiveFilter> {
    let mut out = Vec::new();
    let mut add = |label: String, clear: &dyn Fn(&mut Search)| {
        let mut without = search.clone();
        clear(&mut without);
        out.push(ActiveFilter {
            label,
            remove: DirectoryPage::link(&without, 1),
        });
    };
    if !search.text.is_empty() {
        add(format!("“{}”", search.text), &|s| {
            s.text.clear();
            s.terms.clear();
        });
    }
    if search.side != crate::search::Side::Any {
        let label = match search.side {
            crate::search::Side::Offers => "directory-in-offers",
            _ => "directory-in-seeks",
        };
        add(lang.t(label), &|s| s.side = crate::search::Side::Any);
    }
    if let Some(k) = search.kind {
        add(lang.t(&k.message_id()), &|s| s.kind = None);
    }
    if let Some(t) = search.theme {
        add(crate::i18n::labels::theme(lang, t), &|s| s.theme = None);
    }
    if let Some(r) = search.region {
        add(lang.t(&region_message(r)), &|s| s.region = None);
    }
    if let Some(c) = search.country {
        add(
            crate::i18n::names::country(lang, c).unwrap_or_else(|| c.to_owned()),
            &|s| {
                s.country = None;
            },
        );
    }
    if let Some(l) = search.language {
        add(
            lang.tr(
                "directory-works-in",
                &[(
                    "language",
                    &crate::i18n::names::language(lang, l).unwrap_or_else(|| l.to_owned()),
                )],
            ),
            &|s| s.language = None,
        );
    }
    out
}

/// A page number from the URL: anything that is not one is the first page.
fn page_number(raw: Option<&str>) -> u64 {
    raw.and_then(|p| p.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .clamp(1, 100_000)
}

#[get("/organizations")]
pub async fn directory(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<Directory>,
    query: web::Query<DirectoryQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let (mut search, errors) = query.search.parse();
    search.public_only = visitor.user.is_none();
    let page = page_number(query.page.as_deref());
    let found = index.find(db.get_ref(), &search, page, PER_PAGE).await?;
    let lang = visitor.lang;
    ok(&DirectoryPage {
        visitor,
        organizations: found
            .organizations
            .iter()
            .map(|o| OrgView::new(lang, o, Vec::new(), Vec::new()))
            .collect(),
        total: found.total,
        page,
        pages: found.total.div_ceil(PER_PAGE).max(1),
        groups: groups(lang, &search, &found.facets),
        active: active(lang, &search),
        search,
        raw: query.search,
        errors,
        kinds: OrgKind::ALL
            .iter()
            .map(|k| (k.id(), lang.t(&k.message_id())))
            .collect(),
        regions: &REGIONS,
        themes: &THEMES,
        datalists: datalists(),
    })
}

/// The directory as filtered, every page, as CSV.
#[get("/organizations.csv")]
pub async fn directory_csv(
    lang: Lang,
    visitor: Visitor,
    req: HttpRequest,
    db: web::Data<DatabaseConnection>,
    index: web::Data<Directory>,
    query: web::Query<DirectoryQuery>,
) -> Result<HttpResponse, AppError> {
    let (mut search, errors) = query.into_inner().search.parse();
    if let Some((_, message)) = errors.first() {
        return Err(AppError::BadRequest(message.clone()));
    }
    search.public_only = visitor.user.is_none();
    let rows = index.find_all(db.get_ref(), &search, EXPORT_MAX).await?;
    let info = req.connection_info();
    let base = format!("{}://{}", info.scheme(), info.host());
    let header: Vec<String> = [
        "Name",
        "Kind",
        "Country",
        "Region",
        "Languages",
        "Website",
        "Offers",
        "Seeks",
        "Profile",
    ]
    .iter()
    .map(|h| crate::i18n::labels::column(lang, h))
    .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let body = csv_file(
        &header,
        rows.iter().map(|o| {
            let org = &o.org;
            [
                neutralise(&org.name),
                kind_label(&org.kind),
                org.country
                    .as_deref()
                    .map(|c| country_name(c).unwrap_or(c).to_owned())
                    .unwrap_or_default(),
                org.region.clone().unwrap_or_default(),
                org.languages
                    .iter()
                    .map(|l| language_name(l).unwrap_or(l))
                    .collect::<Vec<_>>()
                    .join(", "),
                neutralise(org.website.as_deref().unwrap_or("")),
                // One item per line in the cell.
                neutralise(&o.capabilities.join("\n")),
                neutralise(&o.needs.join("\n")),
                format!("{base}/organizations/{}", org.slug),
            ]
        }),
    )?;
    let today = chrono::Utc::now().date_naive();
    Ok(download(
        &format!("roundtable-directory-{}.csv", today.format("%Y-%m-%d")),
        CSV,
        body,
    ))
}
