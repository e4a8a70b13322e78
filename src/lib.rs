//! Roundtable: partner matchmaking for development cooperation.
//!
//! The layers, from the inside out:
//! - pure cores that touch no web, database or clock: [`domain`] (parsed
//!   values), [`matching`] (the scoring engine), [`scheduling`] (the meeting
//!   planner), [`search`] (the directory's text analysis and facets),
//!   [`exports`] (CSV, Excel and iCalendar files);
//! - [`db`]: every query, one file per table or aggregate;
//! - [`services`]: what the web and the CLI share between routes and the
//!   database (the match index, the schedule run, imports, passwords, the demo);
//! - the two edges: [`web`] (routes, extractors, responders, templates glue)
//!   and [`cli`] (one file per subcommand).

pub mod cli;
pub mod db;
pub mod domain;
pub mod evaluation;
pub mod exports;
pub mod i18n;
pub mod matching;
pub mod scheduling;
pub mod search;
pub mod services;
pub mod telemetry;
pub mod web;
