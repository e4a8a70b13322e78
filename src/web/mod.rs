//! The web layer: the application ([`startup`]), its routes, and what every
//! handler shares — who is looking ([`visitor`]), extractors, responders,
//! CSRF, errors and the session cookie.

pub mod charts;
pub mod confirm;
pub mod csrf;
pub mod error;
pub mod extract;
pub mod language;
pub mod limits;
pub mod next;
pub mod nul;
pub mod respond;
pub mod routes;
pub mod session;
pub mod startup;
pub mod visitor;
