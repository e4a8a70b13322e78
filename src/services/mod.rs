//! Services between the edges (web, CLI) and the database: each loads what a
//! pure core needs, calls it, and saves what it decided.

pub mod agenda;
pub mod demo;
pub mod directory;
pub mod event_report;
pub mod import;
pub mod landscape;
pub mod mail;
pub mod match_index;
pub mod notify;
pub mod password;
pub mod profiles_state;
pub mod schedule_news;
pub mod schedule_run;
pub mod suggestions;
pub mod table_plan;
