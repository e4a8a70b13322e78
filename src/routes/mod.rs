//! HTTP routes, one module per feature; each template struct stands above the
//! handler that renders it.

pub mod api;
pub mod assets;
pub mod auth;
pub mod events;
pub mod health;
pub mod home;
pub mod matches;
pub mod organizations;
pub mod settings;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(api::scope())
        .service(health::healthz)
        .service(assets::stylesheet)
        .service(assets::favicon)
        .service(home::index)
        .service(auth::register_form)
        .service(auth::register)
        .service(auth::login_form)
        .service(auth::login)
        .service(auth::logout)
        .service(matches::list)
        .service(matches::set_interest)
        .service(matches::mutual_page)
        .service(matches::export_file)
        .service(matches::print_page)
        .service(matches::how_scores_work)
        .service(settings::tokens_list)
        .service(settings::create)
        .service(settings::revoke)
        .service(organizations::directory)
        .service(organizations::show)
        .service(organizations::edit_form)
        .service(organizations::edit)
        .service(events::list)
        .service(events::new_form)
        .service(events::create)
        .service(events::edit_form)
        .service(events::edit)
        .service(events::delete)
        .service(events::participation::show)
        .service(events::participation::join)
        .service(events::participation::leave)
        .service(events::participation::availability)
        .service(events::participation::request)
        .service(events::participation::answer)
        .service(events::participation::withdraw)
        .service(events::schedule::page)
        .service(events::schedule::build)
        .service(events::schedule::lock)
        .service(events::schedule::move_meeting)
        .service(events::schedule::remove)
        .service(events::schedule::outcome)
        .service(events::schedule::add_participant)
        .route(
            "/events/{slug}/participants/import",
            web::post().to(events::schedule::import_participants),
        )
        .service(events::agenda::agenda_page)
        .service(events::agenda::agenda_file)
        .service(events::agenda::plan_page)
        .service(events::agenda::plan_file)
        .service(events::agenda::cards_page)
        .service(events::agenda::participants_file);
}
