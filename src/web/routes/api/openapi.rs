//! The OpenAPI 3.1 document of the API, served at /api/openapi.json.

use actix_web::{HttpResponse, get};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{events, matches, organizations};
use crate::domain::codes::LANGUAGES;
use crate::domain::profile::{OrgKind, REGIONS};
use crate::web::error::Problem;

/// The bearer scheme, the closed lists of values some query parameters take,
/// and the 503 that every operation answers while the database is unavailable.
struct Constraints;

/// 503 with `Retry-After`: every operation reads the database.
fn unavailable() -> utoipa::openapi::Response {
    use utoipa::openapi::header::HeaderBuilder;
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    use utoipa::openapi::{Content, Ref, ResponseBuilder};
    ResponseBuilder::new()
        .description(
            "The database is unavailable at the moment; retry after `Retry-After` seconds.",
        )
        .header(
            "Retry-After",
            HeaderBuilder::new()
                .schema(Some(
                    ObjectBuilder::new()
                        .schema_type(Type::Integer)
                        .minimum(Some(1)),
                ))
                .description(Some("Seconds to wait before retrying"))
                .build(),
        )
        .content(
            "application/problem+json",
            Content::new(Some(Ref::from_schema_name("Problem"))),
        )
        .build()
}

/// Strings of the API hold no NUL character: said by a pattern on every
/// string a request sends (the server refuses one with 400 or 422).
const NO_NUL: &str = "^[^\\u0000]*$";

fn no_nul(schema: &mut utoipa::openapi::RefOr<utoipa::openapi::Schema>) {
    use utoipa::openapi::schema::{ArrayItems, SchemaType, Type};
    use utoipa::openapi::{RefOr, Schema};
    let RefOr::T(schema) = schema else { return };
    match schema {
        Schema::Object(o) => {
            let is_string = match &o.schema_type {
                SchemaType::Type(t) => *t == Type::String,
                SchemaType::Array(ts) => ts.contains(&Type::String),
                SchemaType::AnyValue => false,
            };
            if is_string && o.enum_values.is_none() {
                o.pattern = Some(NO_NUL.to_owned());
            }
            for property in o.properties.values_mut() {
                no_nul(property);
            }
        }
        Schema::Array(a) => {
            if let ArrayItems::RefOrSchema(items) = &mut a.items {
                no_nul(items);
            }
        }
        Schema::OneOf(one) => one.items.iter_mut().for_each(no_nul),
        _ => {}
    }
}

impl Modify for Constraints {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        use utoipa::openapi::{RefOr, Schema};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
        for name in ["ProfileUpdate", "InterestUpdate"] {
            if let Some(schema) = components.schemas.get_mut(name) {
                no_nul(schema);
            }
        }
        let allowed = |name: &str| -> Option<Vec<String>> {
            match name {
                "kind" => Some(OrgKind::ALL.iter().map(|k| k.id().to_owned()).collect()),
                "region" => Some(REGIONS.iter().map(|r| (*r).to_owned()).collect()),
                "language" => Some(LANGUAGES.iter().map(|(c, _)| (*c).to_owned()).collect()),
                "format" => Some(vec!["csv".into(), "xlsx".into(), "json".into()]),
                "side" => Some(vec![
                    "".into(),
                    "any".into(),
                    "offers".into(),
                    "seeks".into(),
                ]),
                "theme" => Some(
                    crate::search::THEMES
                        .iter()
                        .map(|(id, _)| (*id).to_owned())
                        .collect(),
                ),
                _ => None,
            }
        };
        for item in openapi.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.put, &mut item.delete]
                .into_iter()
                .flatten()
            {
                op.responses
                    .responses
                    .insert("503".into(), RefOr::T(unavailable()));
                for p in op.parameters.iter_mut().flatten() {
                    let RefOr::T(p) = p else { continue };
                    if let Some(values) = allowed(&p.name) {
                        p.schema = Some(RefOr::T(Schema::Object(
                            ObjectBuilder::new()
                                .schema_type(Type::String)
                                .enum_values(Some(values))
                                .build(),
                        )));
                    } else if let Some(schema) = &mut p.schema {
                        no_nul(schema);
                    }
                }
            }
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Roundtable API", version = "1", description = "Partner matchmaking for development cooperation. Create a token at /settings/tokens."),
    paths(organizations::list_organizations, organizations::get_organization, organizations::update_organization, matches::matches, matches::export_matches, matches::set_interest, matches::clear_interest, events::list_events, events::get_event, events::agenda),
    components(schemas(Problem, organizations::OrganizationPage, organizations::OrganizationSummary, organizations::FacetCounts, organizations::FacetCount, organizations::Organization, organizations::ProfileUpdate, matches::Suggestions, matches::Suggestion, matches::Partner, matches::InterestUpdate, events::EventSummary, events::EventDetail, events::EventSlot, events::EventTable, events::Agenda, events::AgendaMeeting)),
    modifiers(&Constraints)
)]
pub struct ApiDoc;

#[get("/openapi.json")]
pub async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}
