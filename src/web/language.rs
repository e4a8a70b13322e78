//! The language of each request: `?lang=fr` (which also sets a cookie, and
//! the account's preference once the [`Visitor`](super::visitor::Visitor) is
//! known), else the account's preference, else the cookie, else the
//! browser's `Accept-Language`, else English.

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;

use crate::i18n::{Lang, negotiate};

tokio::task_local! {
    /// The request's language while its handler runs, for what is written
    /// without the request at hand (error responses, API problem details).
    static CURRENT: Lang;
}

/// The language of the request being handled (English outside of one).
pub fn current() -> Lang {
    CURRENT.try_with(|l| *l).unwrap_or_default()
}

/// The cookie that remembers the language chosen with the switcher.
pub const LANG_COOKIE: &str = "lang";

/// What the request says about its language, before the account is known.
#[derive(Debug, Clone, Copy)]
pub struct Requested {
    /// Chosen on this very request (`?lang=`): it wins, and is remembered.
    pub explicit: Option<Lang>,
    /// The cookie's, else the browser's, else English.
    pub fallback: Lang,
}

impl Requested {
    /// The language before the account is known.
    pub fn lang(self) -> Lang {
        self.explicit.unwrap_or(self.fallback)
    }
}

/// The language the response is in, once decided (by the visitor
/// extractor, or by [`choose`] for a request that never needed one).
#[derive(Debug, Clone, Copy)]
pub struct Chosen(pub Lang);

/// The `lang` parameter of a query string, if it names a language we have.
pub fn from_query(query: &str) -> Option<Lang> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::parse(&v))
}

/// The request's language, by everything but the account (see the module).
pub fn requested(req: &actix_web::HttpRequest) -> Requested {
    let explicit = from_query(req.query_string());
    let cookie = req.cookie(LANG_COOKIE).and_then(|c| Lang::parse(c.value()));
    let browser = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(negotiate::from_accept_language);
    Requested {
        explicit,
        fallback: cookie.or(browser).unwrap_or_default(),
    }
}

/// Middleware: reads the request's language, remembers one chosen with
/// `?lang=` in a cookie, and says in `Content-Language` what the page is in.
pub async fn choose(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let asked = requested(req.request());
    req.extensions_mut().insert(asked);
    let mut res = CURRENT.scope(asked.lang(), next.call(req)).await?;
    let lang = res
        .request()
        .extensions()
        .get::<Chosen>()
        .map_or_else(|| asked.lang(), |c| c.0);
    if let Some(explicit) = asked.explicit {
        let cookie = Cookie::build(LANG_COOKIE, explicit.code())
            .path("/")
            .max_age(Duration::days(365))
            .same_site(SameSite::Lax)
            .http_only(true)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    let headers = res.headers_mut();
    if let Ok(value) = HeaderValue::from_str(lang.code()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    Ok(res)
}

/// The address of this page in another language: the same path and query,
/// with `lang` replaced.
pub fn switch_href(path: &str, query: &str, lang: Lang) -> String {
    let mut pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    pairs.retain(|(k, _)| k != "lang");
    pairs.push(("lang".to_owned(), lang.code().to_owned()));
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    format!("{path}?{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switcher_keeps_the_page_and_its_filters() {
        assert_eq!(
            switch_href("/organizations", "q=cert&page=2", Lang::Fr),
            "/organizations?q=cert&page=2&lang=fr"
        );
        assert_eq!(switch_href("/", "lang=es", Lang::Ar), "/?lang=ar");
        assert!(switch_href("/x", "%%%", Lang::Zh).ends_with("&lang=zh"));
        assert_eq!(switch_href("/x", "", Lang::Zh), "/x?lang=zh");
    }

    #[test]
    fn the_query_names_the_language() {
        assert_eq!(from_query("q=a&lang=fr"), Some(Lang::Fr));
        assert_eq!(from_query("lang=klingon"), None);
        assert_eq!(from_query(""), None);
    }
}
