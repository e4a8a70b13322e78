//! The directory, organization pages and profile editing.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use crate::db::{
    self,
    organizations::{OrgWithItems, WriteError},
};
use crate::domain::FieldErrors;
use crate::domain::organization::Organization;
use crate::domain::profile::{
    DESCRIPTION_MAX, NAME_MAX, OrgKind, ProfileDraft, REGIONS, find_country, is_safe_link,
    language_name, region_message, split_languages, split_lines,
};
use crate::i18n::{Lang, format, names};
use crate::matching::private_need_label;
use crate::services::landscape::{Landscapes, ThemeCover};
use crate::services::match_index::MatchIndex;
use crate::web::charts::{Bars, bars};
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::respond::{ok, render, see_other};
use crate::web::visitor::Visitor;

/// An organization as the directory and its page show it.
pub struct OrgView {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub description: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub languages: Vec<String>,
    pub capabilities: Vec<String>,
    pub needs: Vec<String>,
    pub is_demo: bool,
    pub updated: String,
}

impl OrgView {
    pub(super) fn new(
        lang: Lang,
        org: &Organization,
        capabilities: Vec<String>,
        needs: Vec<String>,
    ) -> Self {
        Self {
            slug: org.slug.clone(),
            name: org.name.clone(),
            kind: lang.t(&OrgKind::parse(&org.kind)
                .unwrap_or(OrgKind::Other)
                .message_id()),
            country: org
                .country
                .as_deref()
                .map(|c| names::country(lang, c).unwrap_or_else(|| c.to_owned())),
            region: org.region.as_deref().map(|r| lang.t(&region_message(r))),
            description: org.description.clone(),
            website: org.website.clone().filter(|w| is_safe_link(w)),
            contact_email: org.contact_email.clone(),
            languages: org
                .languages
                .iter()
                .map(|c| names::language(lang, c).unwrap_or_else(|| c.clone()))
                .collect(),
            capabilities,
            needs,
            is_demo: org.is_demo,
            updated: format::date(lang, org.updated_at.date_naive()),
        }
    }

    /// The first sentence or so of the description, for the directory.
    pub fn summary(&self) -> String {
        let s: String = self.description.chars().take(220).collect();
        if s.len() < self.description.len() {
            format!("{s}…")
        } else {
            s
        }
    }

    pub fn place(&self) -> String {
        [self.country.as_deref(), self.region.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    }

    pub fn paragraphs(&self) -> Vec<&str> {
        self.description
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }
}

#[derive(Template)]
#[template(path = "organizations/show.html")]
struct ShowPage {
    visitor: Visitor,
    org: OrgView,
    can_edit: bool,
    /// As this visitor may see them: in full for the organization itself and
    /// for partners with mutual interest, else only their theme.
    private_needs: Vec<String>,
    private_shown: bool,
    /// How the field covers its needs, by theme; `None` while the
    /// suggestions are being updated after an edit of these needs.
    coverage: Option<Arc<Vec<ThemeCover>>>,
    chart: Bars,
}

/// How the field covers the needs of `org`, if the index already has its
/// needs as they are now.
async fn coverage_of(
    db: &DatabaseConnection,
    index: &MatchIndex,
    landscapes: &Landscapes,
    org: &OrgWithItems,
) -> Result<Option<Arc<Vec<ThemeCover>>>, AppError> {
    let snapshot = index.current_or_previous(db).await?;
    let Some(a) = snapshot.index_of_id(org.org.id) else {
        return Ok(None);
    };
    let held = snapshot.engine.profile(a);
    if held.needs != org.needs || held.private_needs != org.private_needs {
        return Ok(None);
    }
    Ok(Some(landscapes.of_organization(&snapshot, a)))
}

#[get("/organizations/{slug}")]
pub async fn show(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    landscapes: web::Data<Landscapes>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let found = db::organizations::find_by_slug(db.get_ref(), &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    // Out of the public directory: for logged-in organizations only.
    if found.org.hidden {
        visitor.require_user(&format!("/organizations/{slug}"))?;
    }
    let lang = visitor.lang;
    let can_edit = visitor
        .user
        .as_ref()
        .is_some_and(|u| u.organization_id == found.org.id);
    let private_shown = match &visitor.user {
        _ if found.private_needs.is_empty() => false,
        Some(_) if can_edit => true,
        Some(u) => db::interests::of(db.get_ref(), u.organization_id)
            .await?
            .is_mutual(found.org.id),
        None => false,
    };
    let private_needs = if private_shown {
        found.private_needs.clone()
    } else {
        found
            .private_needs
            .iter()
            .map(|n| private_need_label(n))
            .collect()
    };
    let coverage = coverage_of(db.get_ref(), &index, &landscapes, &found).await?;
    let chart = bars(
        lang.t("chart-org-title"),
        lang.t("chart-org-desc"),
        &coverage
            .iter()
            .flat_map(|c| c.iter())
            .map(|t| {
                (
                    crate::i18n::labels::theme(lang, &t.theme),
                    t.needs,
                    t.covered,
                )
            })
            .collect::<Vec<_>>(),
        (lang.t("org-needs"), lang.t("col-covered")),
    );
    ok(&ShowPage {
        visitor,
        can_edit,
        private_needs,
        private_shown,
        coverage,
        chart,
        org: OrgView::new(lang, &found.org, found.capabilities, found.needs),
    })
}

/// The edit form's fields, as typed.
/// The working languages the form offers as boxes to tick (the UN's six
/// and other common ones); any other is typed by name.
pub const COMMON_LANGUAGES: [&str; 12] = [
    "ar", "zh", "en", "fr", "ru", "es", "pt", "de", "sw", "hi", "ja", "it",
];

/// The name of a language's box on the form (`lang_fr`).
fn language_box(code: &str) -> String {
    format!("lang_{code}")
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct EditForm {
    /// The ticked language boxes (`lang_fr=on`), and nothing else.
    #[serde(flatten)]
    boxes: std::collections::BTreeMap<String, String>,
    version: String,
    name: String,
    kind: String,
    country: String,
    region: String,
    description: String,
    website: String,
    languages: String,
    capabilities: String,
    needs: String,
    private_needs: String,
    contact_email: String,
}

impl EditForm {
    fn from_stored(o: &OrgWithItems) -> Self {
        Self {
            version: o.org.version.to_string(),
            name: o.org.name.clone(),
            // Never saved yet: the form asks rather than showing "Other".
            kind: if o.org.version <= 1 && o.org.kind == OrgKind::Other.id() {
                String::new()
            } else {
                o.org.kind.clone()
            },
            country: o.org.country.clone().unwrap_or_default(),
            region: o.org.region.clone().unwrap_or_default(),
            description: o.org.description.clone(),
            website: o.org.website.clone().unwrap_or_default(),
            boxes: o
                .org
                .languages
                .iter()
                .filter(|c| COMMON_LANGUAGES.contains(&c.as_str()))
                .map(|c| (language_box(c), "on".to_owned()))
                .collect(),
            // The others by name, as people write them back.
            languages: o
                .org
                .languages
                .iter()
                .filter(|c| !COMMON_LANGUAGES.contains(&c.as_str()))
                .map(|c| language_name(c).unwrap_or(c))
                .collect::<Vec<_>>()
                .join(", "),
            capabilities: o.capabilities.join("\n"),
            needs: o.needs.join("\n"),
            private_needs: o.private_needs.join("\n"),
            contact_email: o.org.contact_email.clone().unwrap_or_default(),
        }
    }

    /// Whether the box of language `code` is ticked.
    fn has_language(&self, code: &str) -> bool {
        self.boxes
            .get(&language_box(code))
            .is_some_and(|v| !v.is_empty())
    }

    fn draft(&self) -> ProfileDraft {
        ProfileDraft {
            name: self.name.clone(),
            kind: self.kind.clone(),
            country: self.country.clone(),
            region: self.region.clone(),
            description: self.description.clone(),
            website: self.website.clone(),
            languages: COMMON_LANGUAGES
                .iter()
                .filter(|c| self.has_language(c))
                .map(|c| (*c).to_owned())
                .chain(split_languages(&self.languages))
                .collect(),
            capabilities: split_lines(&self.capabilities),
            needs: split_lines(&self.needs),
            private_needs: split_lines(&self.private_needs),
            contact_email: self.contact_email.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "organizations/edit.html")]
struct EditPage {
    visitor: Visitor,
    slug: String,
    form: EditForm,
    errors: FieldErrors,
    conflict: bool,
}

impl EditPage {
    fn kinds(&self) -> Vec<(&'static str, String)> {
        OrgKind::ALL
            .iter()
            .map(|k| (k.id(), self.visitor.t(k.message_id())))
            .collect()
    }

    /// The boxes of the common working languages: (code, box name, name in
    /// the visitor's language, ticked), by name.
    fn common_languages(&self) -> Vec<(&'static str, String, String, bool)> {
        let mut all: Vec<_> = COMMON_LANGUAGES
            .iter()
            .map(|c| {
                (
                    *c,
                    language_box(c),
                    names::language(self.visitor.lang, c).unwrap_or_else(|| (*c).to_owned()),
                    self.form.has_language(c),
                )
            })
            .collect();
        all.sort_by_cached_key(|(_, _, name, _)| crate::domain::fold(name));
        all
    }

    /// Every country, by its name in the visitor's language.
    fn countries(&self) -> Vec<(&'static str, String)> {
        names::countries_by_name(self.visitor.lang)
    }

    /// Whether the country of the form is `code` (given by code or name).
    fn is_country(&self, code: &str) -> bool {
        find_country(&self.form.country) == Some(code)
    }

    /// The profile has never been saved: the guide is shown.
    fn first_visit(&self) -> bool {
        self.form.version.trim() == "1"
    }

    fn regions(&self) -> &'static [&'static str] {
        &REGIONS
    }
}

/// The organization at `slug`, if the visitor may edit it.
async fn editable(
    visitor: &Visitor,
    db: &DatabaseConnection,
    slug: &str,
) -> Result<OrgWithItems, AppError> {
    let user = visitor.require_user(&format!("/organizations/{slug}/edit"))?;
    let found = db::organizations::find_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    if found.org.id != user.organization_id {
        return Err(AppError::Forbidden("error-edit-own-only"));
    }
    Ok(found)
}

#[get("/organizations/{slug}/edit")]
pub async fn edit_form(
    visitor: Visitor,
    reads: web::Data<db::Reads>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let found = editable(&visitor, &reads.0, &slug).await?;
    ok(&EditPage {
        visitor,
        slug: found.org.slug.clone(),
        form: EditForm::from_stored(&found),
        errors: FieldErrors::default(),
        conflict: false,
    })
}

#[post("/organizations/{slug}/edit")]
pub async fn edit(
    form: CsrfForm<EditForm>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    reads: web::Data<db::Reads>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    // What the edit reads before writing goes through the read connections:
    // on SQLite the one connection that writes is then held only by writes.
    let reads = &reads.0;
    let found = editable(&visitor, reads, &slug).await?;
    let form = form.into_inner();
    let again = |visitor: Visitor,
                 status: StatusCode,
                 form: EditForm,
                 errors: FieldErrors,
                 conflict: bool| {
        render(
            status,
            &EditPage {
                visitor,
                slug: found.org.slug.clone(),
                form,
                errors,
                conflict,
            },
        )
    };
    let mut errors = FieldErrors::default();
    let version = form.version.trim().parse::<i32>();
    let profile = match form.draft().parse() {
        Ok(p) => Some(p),
        Err(e) => {
            errors = e;
            None
        }
    };
    if let Some(p) = &profile
        && let Some(other) = db::organizations::find_by_name(reads, &p.name).await?
        && other.id != found.org.id
    {
        errors.add("name", "Another organization already has this name.");
    }
    let (Some(profile), Ok(version), true) = (profile, version, errors.is_empty()) else {
        if form.version.trim().parse::<i32>().is_err() {
            errors.add(
                "version",
                "The form is incomplete; reload the page and try again.",
            );
        }
        return again(
            visitor,
            StatusCode::UNPROCESSABLE_ENTITY,
            form,
            errors,
            false,
        );
    };
    // The update is filtered by the visitor's own organization and by the version
    // the form was loaded at: ownership and concurrency are checked in one query.
    let own_id = visitor.require_user("/")?.organization_id;
    match db::organizations::save_profile(db.get_ref(), own_id, version, &profile).await {
        Ok(()) => Ok(see_other(format!("/organizations/{}", found.org.slug))),
        Err(WriteError::Conflict) => {
            let current = db::organizations::find_by_id(reads, own_id)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut kept = form;
            kept.version = current.org.version.to_string();
            again(
                visitor,
                StatusCode::CONFLICT,
                kept,
                FieldErrors::default(),
                true,
            )
        }
        Err(WriteError::NameTaken) => {
            errors.add("name", "Another organization already has this name.");
            again(
                visitor,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                errors,
                false,
            )
        }
        Err(WriteError::Db(e)) => Err(e.into()),
    }
}
