//! A confirmation step for actions that cannot be undone: the first post
//! (without `confirm=yes`) answers with a page that says what will happen and
//! asks again; only the second acts. Works without JavaScript.

use actix_web::HttpResponse;
use askama::Template;
use serde::Deserialize;

use super::error::AppError;
use super::respond::ok;
use super::visitor::Visitor;

/// The field a confirmed form carries.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Confirmation {
    confirm: String,
}

impl Confirmation {
    pub fn is_given(&self) -> bool {
        self.confirm == "yes"
    }
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage<'a> {
    visitor: Visitor,
    title: &'a str,
    consequences: Vec<String>,
    action: &'a str,
    button: &'a str,
    back: &'a str,
}

/// The page that asks: `title` as a question, what will happen, the button
/// that posts to `action` again with the confirmation, and a way `back`.
pub fn ask(
    visitor: Visitor,
    title: &str,
    consequences: Vec<String>,
    action: &str,
    button: &str,
    back: &str,
) -> Result<HttpResponse, AppError> {
    ok(&ConfirmPage {
        visitor,
        title,
        consequences,
        action,
        button,
        back,
    })
}
