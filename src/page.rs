//! What every page needs to know about who is looking: the logged-in account
//! (if any) and the CSRF token for its forms.

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use sea_orm::DatabaseConnection;
use std::future::Future;
use std::pin::Pin;

use crate::auth::SESSION_COOKIE;
use crate::csrf::CsrfToken;
use crate::db;
use crate::error::AppError;

/// The logged-in account and its organization.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub account_id: i32,
    pub email: String,
    pub role: String,
    pub organization_id: i32,
    pub organization_slug: String,
    pub organization_name: String,
}

#[derive(Debug, Clone)]
pub struct Visitor {
    pub user: Option<CurrentUser>,
    pub csrf: String,
}

impl Visitor {
    /// For pages rendered without a request (error pages).
    pub fn anonymous() -> Self {
        Self {
            user: None,
            csrf: String::new(),
        }
    }

    /// The logged-in user, or a redirect to the login page that comes back to `next`.
    pub fn require_user(&self, next: &str) -> Result<&CurrentUser, AppError> {
        self.user.as_ref().ok_or_else(|| AppError::LoginRequired {
            next: next.to_owned(),
        })
    }
}

impl FromRequest for Visitor {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            if let Some(v) = req.extensions().get::<Visitor>() {
                return Ok(v.clone());
            }
            let csrf = req
                .extensions()
                .get::<CsrfToken>()
                .map(|t| t.as_str().to_owned())
                .unwrap_or_default();
            let user = match req.cookie(SESSION_COOKIE) {
                Some(cookie) => {
                    let db = req
                        .app_data::<web::Data<DatabaseConnection>>()
                        .ok_or_else(|| {
                            AppError::Unexpected(anyhow::anyhow!("no database in app data"))
                        })?;
                    db::sessions::lookup(db.get_ref(), cookie.value())
                        .await
                        .map_err(AppError::from)?
                        .map(|(account, org)| CurrentUser {
                            account_id: account.id,
                            email: account.email,
                            role: account.role,
                            organization_id: org.id,
                            organization_slug: org.slug,
                            organization_name: org.name,
                        })
                }
                None => None,
            };
            let visitor = Visitor { user, csrf };
            req.extensions_mut().insert(visitor.clone());
            Ok(visitor)
        })
    }
}
