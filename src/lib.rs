//! Roundtable: partner matchmaking for development cooperation.

pub mod agenda;
pub mod auth;
pub mod cli;
pub mod csrf;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod evaluation;
pub mod event_schedule;
pub mod export;
pub mod import;
pub mod match_index;
pub mod matching;
pub mod page;
pub mod rank;
pub mod routes;
pub mod schedule_file;
pub mod scheduling;
pub mod startup;
pub mod telemetry;
