//! The `next` parameter: where a visitor goes back to after logging in.

/// Percent-encodes a local path for the `next` query parameter.
pub fn encode_next(path: &str) -> String {
    serde_urlencoded::to_string([("", path)])
        .map(|s| s.trim_start_matches('=').to_owned())
        .unwrap_or_default()
}

/// Only same-site paths are followed after login, never another host: a path
/// that starts with one `/`, with no backslash (browsers read it as `/`) and no
/// control character or whitespace anywhere (browsers drop tabs and line
/// breaks before they read a URL, so `/\t/host` would become `//host`; line
/// breaks cannot go into a header either).
pub fn safe_next(next: &str) -> Option<&str> {
    let clean = !next
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    (clean && next.starts_with('/') && !next.starts_with("//")).then_some(next)
}

/// The page of this site a request came from (its `Referer`), when that is a
/// path [`safe_next`] accepts.
pub fn referring_page(req: &actix_web::HttpRequest) -> Option<String> {
    let host = req.connection_info().host().to_owned();
    req.headers()
        .get(actix_web::http::header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.split_once("://"))
        .and_then(|(_, rest)| rest.strip_prefix(host.as_str()))
        .and_then(|path| safe_next(path).map(str::to_owned))
}

/// The login page's address that comes back to `next`.
pub fn login_path(next: &str) -> String {
    format!("/login?next={}", encode_next(next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_must_stay_on_this_site() {
        assert_eq!(
            safe_next("/organizations/x/edit"),
            Some("/organizations/x/edit")
        );
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "/\t/evil.example/",
            "/\n/evil.example/",
            "/\r\n/evil.example/",
            "/a\u{b}b",
            "/a\u{85}b",
            "/a\u{2028}b",
            " /a",
            "",
        ] {
            assert_eq!(safe_next(bad), None, "{bad}");
        }
        assert_eq!(encode_next("/a b?c=d&e"), "%2Fa+b%3Fc%3Dd%26e");
    }
}
