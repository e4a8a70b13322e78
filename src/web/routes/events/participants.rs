//! An event's participants, for the organizer: add a registered organization
//! (`POST /events/{slug}/participants`), import many from a file
//! (`POST /events/{slug}/participants/import`), and the participant list
//! (`GET /events/{slug}/participants/export.{csv|xlsx}`).

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::meetings::{meeting_ids, restore_meetings};
use super::schedule::{Messages, refused, schedule_page};
use crate::db;
use crate::domain::event::Attendance;
use crate::domain::profile::country_name;
use crate::services::import;
use crate::services::match_index::MatchIndex;
use crate::web::confirm;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, EventBySlug, Organizer};
use crate::web::respond::{render, see_other, sheet_download, sheet_format};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddForm {
    organization: String,
}

/// The organizer adds a registered organization by name or slug.
#[post("/events/{slug}/participants")]
pub async fn add(
    form: CsrfForm<AddForm>,
    _: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
) -> Result<HttpResponse, AppError> {
    let slug = &event.slug;
    let wanted = form.organization.trim();
    let org = match db::organizations::find_by_slug(db.get_ref(), wanted).await? {
        Some(o) => Some(o.org),
        None => db::organizations::find_by_name(db.get_ref(), wanted).await?,
    }
    .ok_or_else(|| {
        let name: String = wanted.chars().take(80).collect();
        AppError::BadRequest(crate::i18n::message(
            "refused-participant-unknown",
            &[("name", &name)],
        ))
    })?;
    db::participants::join(db.get_ref(), event.id, org.id).await?;
    Ok(see_other(format!(
        "/events/{slug}/schedule?done=added#participants"
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AttendanceForm {
    confirm: String,
    /// Meetings to put back when a no-show mark is undone (ids, by commas).
    restore: String,
}

/// On the day: `present` checks a participant in, `absent` marks a no-show
/// (after a confirmation: its meetings without an outcome are removed so
/// that a re-run can give its partners new ones; undone by `unknown` with
/// the removed meetings in `restore`).
#[post("/events/{slug}/participants/{org}/attendance/{state}")]
pub async fn attendance(
    form: CsrfForm<AttendanceForm>,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    path: web::Path<(String, String, String)>,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
) -> Result<HttpResponse, AppError> {
    let (slug, db) = (&event.slug, db.get_ref());
    let (_, org_slug, state) = path.into_inner();
    let attendance = Attendance::parse(if state == "unknown" { "" } else { &state })
        .ok_or(AppError::NotFound)?;
    let participant = db::participants::list(db, event.id)
        .await?
        .into_iter()
        .find(|p| p.slug == org_slug)
        .ok_or(AppError::NotFound)?;
    let org = participant.organization_id;
    let meetings: Vec<i32> = db::meetings::list(db, event.id)
        .await?
        .into_iter()
        .filter(|m| m.includes(org) && m.outcome.is_none())
        .map(|m| m.id)
        .collect();
    if attendance == Attendance::Absent && form.confirm != "yes" {
        let lang = organizer.visitor.lang;
        return confirm::ask(
            organizer.visitor,
            &lang.tr("confirm-absent-title", &[("name", &participant.name)]),
            vec![
                lang.tr("confirm-absent-meetings", &[("count", &meetings.len())]),
                lang.t("confirm-absent-rerun"),
                lang.t("confirm-absent-undo"),
            ],
            &format!("/events/{slug}/participants/{org_slug}/attendance/absent"),
            &lang.t("confirm-absent-button"),
            &format!("/events/{slug}/schedule#participants"),
        );
    }
    db::participants::set_attendance(db, event.id, org, attendance).await?;
    match attendance {
        Attendance::Absent => {
            let removed = db::meetings::remove(db, event.id, &meetings).await?;
            let ids: Vec<String> = removed.iter().map(i32::to_string).collect();
            Ok(see_other(format!(
                "/events/{slug}/schedule?done=absent&who={org_slug}&undo={}#schedule-notice",
                ids.join(",")
            )))
        }
        Attendance::Unknown if !form.restore.trim().is_empty() => {
            let ids = meeting_ids(&form.restore)?;
            match restore_meetings(db, &event, &ids).await? {
                Ok(_) => Ok(see_other(format!(
                    "/events/{slug}/schedule?done=restored#participants"
                ))),
                Err(problem) => {
                    let visitor = organizer.visitor;
                    refused(visitor, db, &index, &event, StatusCode::CONFLICT, problem).await
                }
            }
        }
        _ => Ok(see_other(format!(
            "/events/{slug}/schedule?done={}#p-{org_slug}",
            if attendance == Attendance::Present {
                "present"
            } else {
                "unchecked"
            }
        ))),
    }
}

/// Largest participant file, uploaded or pasted.
pub const IMPORT_MAX: usize = 8 * 1024 * 1024;

/// The import form: a file (multipart upload) or pasted text.
#[derive(Default)]
struct ImportForm {
    csrf_token: String,
    file_name: String,
    file: Vec<u8>,
    data: String,
}

/// Reads the form, sent as `multipart/form-data` (with a file) or urlencoded
/// (pasted text), refusing more than [`IMPORT_MAX`] bytes.
async fn read_import_form(
    req: &HttpRequest,
    mut payload: web::Payload,
) -> Result<ImportForm, AppError> {
    use futures_util::TryStreamExt;
    let unreadable = || AppError::BadRequest(crate::i18n::message("refused-form-unreadable", &[]));
    let is_multipart = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let mut form = ImportForm::default();
    if !is_multipart {
        let mut body = web::BytesMut::new();
        while let Some(chunk) = payload.try_next().await.map_err(|_| unreadable())? {
            if body.len() + chunk.len() > IMPORT_MAX {
                return Err(AppError::PayloadTooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        let fields: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&body).map_err(|_| unreadable())?;
        for (k, v) in fields {
            match k.as_str() {
                "csrf_token" => form.csrf_token = v,
                "data" => form.data = v,
                _ => {}
            }
        }
        return Ok(form);
    }
    let mut multipart = actix_multipart::Multipart::new(req.headers(), payload);
    let mut total = 0;
    while let Some(mut field) = multipart.try_next().await.map_err(|_| unreadable())? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .unwrap_or_default()
            .to_owned();
        let mut value = Vec::new();
        while let Some(chunk) = field.try_next().await.map_err(|_| unreadable())? {
            total += chunk.len();
            if total > IMPORT_MAX {
                return Err(AppError::PayloadTooLarge);
            }
            value.extend_from_slice(&chunk);
        }
        match name.as_str() {
            "csrf_token" => form.csrf_token = String::from_utf8_lossy(&value).into_owned(),
            "data" => form.data = String::from_utf8_lossy(&value).into_owned(),
            "file" => {
                form.file = value;
                form.file_name = file_name;
            }
            _ => {}
        }
    }
    Ok(form)
}

/// The organizer imports participants: organizations in the import format
/// (JSON or CSV, uploaded or pasted), created or updated, and all added to
/// the event — all or nothing, with every bad row reported.
#[post("/events/{slug}/participants/import")]
pub async fn import_participants(
    req: HttpRequest,
    csrf: CsrfToken,
    organizer: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let form = read_import_form(&req, payload).await?;
    csrf.verify(&form.csrf_token)?;
    let slug = &event.slug;
    // An uploaded file comes first; else the pasted text.
    let (bytes, name): (&[u8], &str) = if form.file.is_empty() {
        (form.data.trim().as_bytes(), "")
    } else {
        (&form.file, &form.file_name)
    };
    let fail = |errors: Vec<String>| async {
        let messages = Messages {
            import_errors: errors,
            ..Messages::default()
        };
        let shown = schedule_page(
            organizer.visitor.clone(),
            db.get_ref(),
            &index,
            &event,
            messages,
            "",
        )
        .await?;
        render(StatusCode::UNPROCESSABLE_ENTITY, &shown)
    };
    if bytes.is_empty() {
        return fail(vec![
            "Choose a JSON or CSV file in the import format, or paste its content.".into(),
        ])
        .await;
    }
    let format = import::InputFormat::detect(std::path::Path::new(name), bytes);
    let profiles = match import::parse(bytes, format) {
        Ok(p) => p,
        Err(import::ImportError::Rows(rows)) => {
            let mut errors = vec![format!(
                "{} invalid row(s); nothing was imported.",
                import::invalid_rows(&rows)
            )];
            errors.extend(rows.iter().take(100).map(ToString::to_string));
            return fail(errors).await;
        }
        Err(e) => return fail(vec![format!("{e}; nothing was imported.")]).await,
    };
    let joined = import::apply_and_join(db.get_ref(), &profiles, event.id).await?;
    Ok(see_other(format!(
        "/events/{slug}/schedule?done=imported-{}-{}#participants",
        joined.organizations, joined.kept
    )))
}

pub const PARTICIPANTS_HEADER: [&str; 8] = [
    "Organization",
    "Kind",
    "Country",
    "Languages",
    "Contact e-mail",
    "Website",
    "Meetings",
    "Not available",
];

/// The participant list for the organizer: badges, name cards, contacts.
#[get("/events/{slug}/participants/export.{format}")]
pub async fn list_file(
    lang: crate::i18n::Lang,
    _: Organizer,
    EventBySlug(event): EventBySlug,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, format) = path.into_inner();
    let xlsx = sheet_format(&format)?;
    let snapshot = index.current(db.get_ref()).await?;
    let meetings = db::meetings::list(db.get_ref(), event.id).await?;
    let mut count: HashMap<i32, usize> = HashMap::new();
    for o in meetings.iter().flat_map(|m| &m.members) {
        *count.entry(*o).or_default() += 1;
    }
    let rows: Vec<Vec<String>> = db::participants::list(db.get_ref(), event.id)
        .await?
        .into_iter()
        .map(|p| {
            let i = snapshot.index_of_id(p.organization_id);
            let profile = i.map(|i| snapshot.engine.profile(i));
            let meta = i.map(|i| &snapshot.orgs[i]);
            vec![
                p.name.clone(),
                profile
                    .map(|p| p.kind.label().to_owned())
                    .unwrap_or_default(),
                profile
                    .and_then(|p| p.country.as_deref())
                    .and_then(country_name)
                    .unwrap_or_default()
                    .to_owned(),
                profile.map(|p| p.languages.join(", ")).unwrap_or_default(),
                meta.and_then(|m| m.contact_email.clone())
                    .unwrap_or_default(),
                meta.and_then(|m| m.website.clone()).unwrap_or_default(),
                count
                    .get(&p.organization_id)
                    .copied()
                    .unwrap_or(0)
                    .to_string(),
                p.blocked
                    .iter()
                    .filter_map(|s| event.spec.slot(*s).map(|s| s.label()))
                    .collect::<Vec<_>>()
                    .join("; "),
            ]
        })
        .collect();
    sheet_download(
        lang,
        "Participants",
        &format!("participants-{slug}"),
        &PARTICIPANTS_HEADER,
        &rows,
        xlsx,
    )
}
