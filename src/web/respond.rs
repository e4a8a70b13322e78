//! Responders: pages, redirects and downloads, built one way everywhere.

use actix_web::HttpResponse;
use actix_web::cookie::Cookie;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_DISPOSITION, LOCATION};
use askama::Template;

use super::error::AppError;
use crate::i18n::{Lang, labels};

/// Renders a template as an HTML response with the given status.
pub fn render(status: StatusCode, page: &impl Template) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

/// Renders a template as a 200 OK HTML response.
pub fn ok(page: &impl Template) -> Result<HttpResponse, AppError> {
    render(StatusCode::OK, page)
}

/// 303 See Other: after a form, the browser loads `to` with GET.
pub fn see_other(to: impl Into<String>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, to.into()))
        .finish()
}

/// 303 See Other that also sets (or removes) cookies: logging in and out.
pub fn see_other_with_cookies<'c>(
    to: impl Into<String>,
    cookies: impl IntoIterator<Item = Cookie<'c>>,
) -> HttpResponse {
    let mut response = HttpResponse::SeeOther();
    response.insert_header((LOCATION, to.into()));
    for cookie in cookies {
        response.cookie(cookie);
    }
    response.finish()
}

pub const CSV: &str = "text/csv; charset=utf-8";
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const ICS: &str = "text/calendar; charset=utf-8";

/// A file to save, named `file_name`.
pub fn download(file_name: &str, content_type: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .body(body)
}

/// The sheet formats of the exports: `xlsx` (true) or `csv` (false); any
/// other extension is not a page here.
pub fn sheet_format(extension: &str) -> Result<bool, AppError> {
    match extension {
        "csv" => Ok(false),
        "xlsx" => Ok(true),
        _ => Err(AppError::NotFound),
    }
}

/// Rows under a header as a CSV or Excel download named `{stem}.{csv|xlsx}`.
/// A table as a CSV or Excel download, its sheet's name and column
/// headings in `lang` (the cells are as given).
pub fn sheet_download(
    lang: Lang,
    sheet_name: &str,
    stem: &str,
    header: &[&str],
    rows: &[Vec<String>],
    xlsx: bool,
) -> Result<HttpResponse, AppError> {
    let (ext, content_type) = if xlsx { ("xlsx", XLSX) } else { ("csv", CSV) };
    let header: Vec<String> = header.iter().map(|h| labels::column(lang, h)).collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    Ok(download(
        &format!("{stem}.{ext}"),
        content_type,
        crate::exports::agenda::sheet(&labels::column(lang, sheet_name), &header, rows, xlsx)?,
    ))
}
