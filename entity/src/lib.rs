//! Database entities of Roundtable (sea-orm 2.0, dense format).

pub mod account;
pub mod account_link;
pub mod agenda_sent;
pub mod api_token;
pub mod catalog_state;
pub mod digest_item;
pub mod event;
pub mod event_organizer;
pub mod interest;
pub mod invitation;
pub mod login_failure;
pub mod meeting;
pub mod meeting_request;
pub mod notification_pref;
pub mod org_tag;
pub mod organization;
pub mod outbox;
pub mod participant;
pub mod prelude;
pub mod profile_item;
pub mod removed_meeting;
pub mod session;
