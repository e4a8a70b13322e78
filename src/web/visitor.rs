//! Who is looking: the logged-in account (if any) and the CSRF token for the
//! page's forms. The extractor that fills it in is in [`super::extract`].

use std::fmt::Display;

use crate::domain::account::{OrgRole, Role};
use crate::i18n::{Lang, format};

/// The logged-in account and its organization.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub account_id: i32,
    pub email: String,
    pub role: Role,
    /// Owner or member of its organization.
    pub org_role: OrgRole,
    pub organization_id: i32,
    pub organization_slug: String,
    pub organization_name: String,
    /// Whether the account's address was confirmed.
    pub email_verified: bool,
}

impl CurrentUser {
    pub fn is_organizer(&self) -> bool {
        self.role == Role::Organizer
    }

    /// Whether this person manages the members of the organization `org`.
    pub fn owns(&self, org: i32) -> bool {
        self.organization_id == org && self.org_role == OrgRole::Owner
    }
}

#[derive(Debug, Clone)]
pub struct Visitor {
    pub user: Option<CurrentUser>,
    pub csrf: String,
    /// The language of the interface for this request.
    pub lang: Lang,
    /// The page's path and query (for the language switcher's links).
    pub path: String,
    pub query: String,
}

/// Nobody is logged in; the login page should come back to `next`.
#[derive(Debug)]
pub struct LoginRequired {
    pub next: String,
}

impl Visitor {
    /// For pages rendered without a request (error pages).
    pub fn anonymous() -> Self {
        Self::anonymous_in(Lang::default())
    }

    /// For pages rendered without a request, in a known language.
    pub fn anonymous_in(lang: Lang) -> Self {
        Self {
            user: None,
            csrf: String::new(),
            lang,
            path: "/".to_owned(),
            query: String::new(),
        }
    }

    /// A message of the interface in the visitor's language.
    pub fn t(&self, id: impl AsRef<str>) -> String {
        self.lang.t(id.as_ref())
    }

    /// A message id, or a text that is not one (an error message not yet
    /// in the message files), as it is.
    pub fn msg(&self, text: impl AsRef<str>) -> String {
        self.lang.render(text.as_ref())
    }

    /// A message with one argument.
    pub fn t1(&self, id: &str, name: &str, value: impl Display) -> String {
        self.lang.tr(id, &[(name, &value)])
    }

    /// A message with two arguments.
    pub fn t2(
        &self,
        id: &str,
        name: &str,
        value: impl Display,
        name2: &str,
        value2: impl Display,
    ) -> String {
        self.lang.tr(id, &[(name, &value), (name2, &value2)])
    }

    /// A message with three arguments.
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        id: &str,
        name: &str,
        value: impl Display,
        name2: &str,
        value2: impl Display,
        name3: &str,
        value3: impl Display,
    ) -> String {
        self.lang
            .tr(id, &[(name, &value), (name2, &value2), (name3, &value3)])
    }

    /// A message whose arguments are text that people wrote, shown in
    /// italics: the arguments are escaped here, so that the result can be
    /// put in the page as HTML (`|safe`); the message itself is ours.
    pub fn em(&self, id: &str, name: &str, value: impl Display) -> String {
        self.lang.tr(id, &[(name, &Emphasis(&value))])
    }

    /// [`Self::em`] with two arguments.
    pub fn em2(
        &self,
        id: &str,
        name: &str,
        value: impl Display,
        name2: &str,
        value2: impl Display,
    ) -> String {
        self.lang.tr(
            id,
            &[(name, &Emphasis(&value)), (name2, &Emphasis(&value2))],
        )
    }

    /// A theme of the vocabulary (by id or English name), in the visitor's language.
    pub fn theme(&self, id_or_name: impl AsRef<str>) -> String {
        crate::i18n::labels::theme(self.lang, id_or_name.as_ref())
    }

    /// A meeting's outcome (by its English label), in the visitor's language.
    pub fn outcome(&self, label: impl AsRef<str>) -> String {
        crate::i18n::labels::outcome(self.lang, label.as_ref())
    }

    /// A topic of the vocabulary (by its English label), in the visitor's language.
    pub fn topic(&self, label: impl AsRef<str>) -> String {
        crate::i18n::labels::topic(self.lang, label.as_ref())
    }

    /// A world region (by its English name), in the visitor's language.
    pub fn region(&self, name: impl AsRef<str>) -> String {
        crate::i18n::labels::region(self.lang, name.as_ref())
    }

    /// A whole number written the visitor's way (`1,234`, `1 234`).
    pub fn int(&self, n: impl std::borrow::Borrow<usize>) -> String {
        format::integer(self.lang, i64::try_from(*n.borrow()).unwrap_or(i64::MAX))
    }

    /// The languages of the switcher: (language, address of this page in it).
    pub fn languages(&self) -> Vec<(Lang, String)> {
        Lang::OFFERED
            .into_iter()
            .map(|l| {
                (
                    l,
                    crate::web::language::switch_href(&self.path, &self.query, l),
                )
            })
            .collect()
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

/// Text that people wrote, escaped for HTML and set in `<em>`.
struct Emphasis<'a>(&'a dyn Display);

impl Display for Emphasis<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = self.0.to_string();
        let escaped = askama::filters::escape(&text, askama::filters::Html)
            .map_or_else(|_| String::new(), |e| e.to_string());
        write!(f, "<em dir=\"auto\">{escaped}</em>")
    }
}
