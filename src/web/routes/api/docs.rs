//! /api/docs: a readable list of the API's operations.

use actix_web::{HttpResponse, get};
use askama::Template;
use utoipa::OpenApi;

use super::openapi::ApiDoc;
use crate::domain::profile::OrgKind;
use crate::web::error::AppError;
use crate::web::respond::ok;
use crate::web::visitor::Visitor;

pub struct Operation {
    pub method: String,
    pub path: String,
    pub summary: String,
    pub needs_token: bool,
}

#[derive(Template)]
#[template(path = "api/docs.html")]
struct DocsPage {
    visitor: Visitor,
    operations: Vec<Operation>,
    kinds: Vec<&'static str>,
}

/// A readable list of the API's operations, made from the OpenAPI document.
#[get("/docs")]
pub async fn docs(visitor: Visitor) -> Result<HttpResponse, AppError> {
    let doc = serde_json::to_value(ApiDoc::openapi()).map_err(anyhow::Error::from)?;
    let mut operations = Vec::new();
    if let Some(paths) = doc["paths"].as_object() {
        for (path, item) in paths {
            for method in ["get", "put", "post", "delete"] {
                if let Some(op) = item.get(method) {
                    let needs_token = op["security"]
                        .as_array()
                        .is_some_and(|s| s.iter().all(|r| r.get("bearer").is_some()));
                    operations.push(Operation {
                        method: method.to_uppercase(),
                        path: path.clone(),
                        summary: op["summary"].as_str().unwrap_or_default().to_owned(),
                        needs_token,
                    });
                }
            }
        }
    }
    ok(&DocsPage {
        visitor,
        operations,
        kinds: OrgKind::ALL.iter().map(|k| k.id()).collect(),
    })
}
