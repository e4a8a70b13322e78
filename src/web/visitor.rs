//! Who is looking: the logged-in account (if any) and the CSRF token for the
//! page's forms. The extractor that fills it in is in [`super::extract`].

use crate::domain::account::Role;

/// The logged-in account and its organization.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub account_id: i32,
    pub email: String,
    pub role: Role,
    pub organization_id: i32,
    pub organization_slug: String,
    pub organization_name: String,
}

impl CurrentUser {
    pub fn is_organizer(&self) -> bool {
        self.role == Role::Organizer
    }
}

#[derive(Debug, Clone)]
pub struct Visitor {
    pub user: Option<CurrentUser>,
    pub csrf: String,
}

/// Nobody is logged in; the login page should come back to `next`.
#[derive(Debug)]
pub struct LoginRequired {
    pub next: String,
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
    pub fn require_user(&self, next: &str) -> Result<&CurrentUser, LoginRequired> {
        self.user.as_ref().ok_or_else(|| LoginRequired {
            next: next.to_owned(),
        })
    }

    /// Whether an organizer is logged in.
    pub fn is_organizer(&self) -> bool {
        self.user.as_ref().is_some_and(CurrentUser::is_organizer)
    }
}
