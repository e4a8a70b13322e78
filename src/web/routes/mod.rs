//! HTTP routes, one module per feature and, within a feature, one file per
//! action; each template struct stands above the handler that renders it.

pub mod account_links;
pub mod admin;
pub mod api;
pub mod assets;
pub mod auth;
pub mod directory;
pub mod events;
pub mod health;
pub mod home;
pub mod interest;
pub mod invitations;
pub mod landscape;
pub mod matches;
pub mod members;
pub mod notifications;
pub mod organization_data;
pub mod organizations;
pub mod settings;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(api::scope())
        .service(health::healthz)
        .service(assets::stylesheet)
        .service(assets::favicon)
        .service(assets::favicon_ico)
        .service(home::index)
        .service(auth::register_form)
        .service(auth::register)
        .service(auth::login_form)
        .service(auth::login)
        .service(auth::logout)
        .service(account_links::ask)
        .service(account_links::send)
        .service(account_links::choose)
        .service(account_links::change)
        .service(account_links::verify)
        .service(account_links::resend)
        .service(admin::page)
        .service(matches::list)
        .service(interest::set_interest)
        .service(matches::mutual_page)
        .service(matches::export_file)
        .service(matches::print_page)
        .service(matches::how_scores_work)
        .service(settings::tokens_list)
        .service(settings::create)
        .service(settings::revoke)
        .service(settings::change_password)
        .service(settings::change_email)
        .service(notifications::settings)
        .service(notifications::save)
        .service(notifications::ask)
        .service(notifications::stop)
        .service(directory::directory)
        .service(landscape::page)
        .service(landscape::file)
        .service(directory::directory_csv)
        .service(members::list)
        .service(members::invite)
        .service(members::withdraw)
        .service(members::set_role)
        .service(members::remove)
        .service(members::visibility)
        .service(organization_data::export)
        .service(organization_data::delete)
        .service(invitations::open)
        .service(invitations::join)
        .service(organizations::show)
        .service(organizations::edit_form)
        .service(organizations::edit)
        .service(events::list::list)
        .service(events::form::new_form)
        .service(events::form::create)
        .service(events::form::edit_form)
        .service(events::form::edit)
        .service(events::form::delete)
        .service(events::organizers::list)
        .service(events::organizers::add)
        .service(events::organizers::remove)
        .service(events::show::show)
        .service(events::participation::join)
        .service(events::participation::leave)
        .service(events::participation::availability)
        .service(events::requests::request)
        .service(events::requests::answer)
        .service(events::requests::withdraw)
        .service(events::schedule::page)
        .service(events::schedule::build)
        .service(events::meetings::lock)
        .service(events::moves::page)
        .service(events::moves::move_meeting)
        .service(events::moves::swap)
        .service(events::meetings::restore)
        .service(events::meetings::remove)
        .service(events::meetings::outcome)
        .service(events::participants::add)
        .service(events::participants::attendance)
        .service(events::participants::import_participants)
        .service(events::participants::list_file)
        .service(events::agenda::page)
        .service(events::agenda::file)
        .service(events::table_plan::page)
        .service(events::table_plan::file)
        .service(events::table_plan::cards)
        .service(events::room::page)
        .service(events::report::page)
        .service(events::report::file);
}
