//! How much a request may send.

/// Form bodies above this size are refused with 413 (a full profile is ~25 KB).
pub const FORM_LIMIT: usize = 64 * 1024;
/// JSON bodies above this size are refused with 413.
pub const JSON_LIMIT: usize = 256 * 1024;
