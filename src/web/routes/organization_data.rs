//! An organization's data, for its owners: `/organizations/{slug}/export.json`
//! downloads everything the service holds about it; `POST
//! /organizations/{slug}/delete` (ticked, with the current password) deletes
//! it with all its people and everything about it.

use actix_web::{HttpResponse, get, post, web};
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::Deserialize;

use super::members::{owned_organization, refused};
use crate::db;
use crate::db::organization_data::Kept;
use crate::services::password::Passwords;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::respond::see_other_with_cookies;
use crate::web::visitor::Visitor;

#[get("/organizations/{slug}/export.json")]
pub async fn export(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (_, org) = owned_organization(&visitor, &db, &slug).await?;
    let data = db::organization_data::everything(db.get_ref(), org.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = serde_json::to_vec_pretty(&data).map_err(anyhow::Error::from)?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{}-roundtable.json\"", org.slug),
        ))
        .body(body))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    confirm: String,
    current_password: String,
}

/// Deletes the organization: an owner, who ticked the box and gave the
/// current password.
#[post("/organizations/{slug}/delete")]
pub async fn delete(
    form: CsrfForm<DeleteForm>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    passwords: web::Data<Passwords>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (user, org) = owned_organization(&visitor, &db, &slug).await?;
    let form = form.into_inner();
    if form.confirm != "yes" {
        let error = visitor.t("data-delete-unconfirmed");
        return refused(visitor, &db, &user, org, error).await;
    }
    let (_, right) = super::settings::with_current_password(
        db.get_ref(),
        &passwords,
        user.account_id,
        form.current_password,
    )
    .await?;
    if !right {
        let error = visitor.t("password-current-wrong");
        return refused(visitor, &db, &user, org, error).await;
    }
    let txn = db.begin().await?;
    match db::organization_data::delete(&txn, org.id).await? {
        Ok(()) => txn.commit().await?,
        Err(Kept::EventsWithoutHeir) => {
            drop(txn);
            let error = visitor.t("data-delete-kept");
            return refused(visitor, &db, &user, org, error).await;
        }
    }
    tracing::info!(organization = %org.slug, account = user.account_id, "organization deleted");
    Ok(see_other_with_cookies(
        "/?done=deleted",
        [crate::web::session::expired_session_cookie()],
    ))
}
