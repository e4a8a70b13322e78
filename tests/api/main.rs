//! HTTP-level tests: each test spawns the app on a free port with its own
//! freshly migrated database (SQLite by default; PostgreSQL when
//! `TEST_DATABASE_URL` is set).

mod account_links;
mod agenda;
mod api;
mod auth;
mod browser;
mod browser_driver;
mod browser_languages;
mod console;
mod directory;
mod event_organizers;
mod event_report;
mod events;
mod health;
mod helpers;
mod import;
mod landscape;
mod languages;
mod login_throttle;
mod lookalike_names;
mod match_exports;
mod match_index;
mod matches;
mod meetings;
mod members;
mod name_key_migration;
mod notifications;
mod nul;
mod organization_data;
mod organizations;
mod outage;
mod outbox;
mod participant_import;
mod participation;
mod profile_form;
mod schedule;
mod schedule_news;
mod visibility;
