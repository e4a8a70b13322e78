//! The interface's languages: every page in every language with no message
//! missing, the pseudo-locale, how a request's language is chosen (the
//! account, then the switcher's cookie, then the browser), and the API's
//! problem details.

use std::collections::BTreeSet;

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE};
use scraper::Html;

use crate::helpers::events::{build, cast, create_event, join};
use crate::helpers::{TestApp, TestOrganizer, TestUser, attr_of, new_client, select, spawn_app};

const LANGUAGES: [&str; 7] = ["en", "fr", "es", "ar", "zh", "ru", "en-XA"];

/// The English message files: (id, text) of every message, read from disk.
fn english_messages() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/locales/en");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the English message files") {
        let source = std::fs::read_to_string(entry.expect("a file").path()).expect("readable");
        for line in source.lines() {
            if let Some((id, text)) = line.split_once(" = ")
                && id.starts_with(|c: char| c.is_ascii_lowercase())
                && !id.contains(' ')
            {
                out.push((id.to_owned(), text.trim().to_owned()));
            }
        }
    }
    out
}

/// The page's visible text (no scripts, styles or attributes), one string.
fn visible_text(html: &Html) -> String {
    select(html, "body")
        .first()
        .map(|b| b.text().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn with_lang(path: &str, lang: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}lang={lang}")
}

struct Walk {
    app: TestApp,
    host: TestOrganizer,
    user: TestUser,
    pages: Vec<String>,
    organizer_pages: Vec<String>,
}

async fn walk() -> Walk {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let user = orgs.into_iter().next().expect("an organization");
    let s = user.slug.clone();
    let pages = [
        "/".to_owned(),
        "/organizations".to_owned(),
        "/organizations?q=incident&kind=cert".to_owned(),
        format!("/organizations/{s}"),
        format!("/organizations/{s}/edit"),
        format!("/organizations/{s}/matches"),
        format!("/organizations/{s}/matches?min_score=abc"),
        format!("/organizations/{s}/mutual"),
        format!("/organizations/{s}/members"),
        format!("/organizations/{s}/matches/print"),
        "/how-scores-work".to_owned(),
        "/events".to_owned(),
        format!("/events/{event}"),
        format!("/events/{event}/agenda/{s}"),
        format!("/events/{event}/report"),
        "/landscape".to_owned(),
        "/settings/tokens".to_owned(),
        "/settings/notifications".to_owned(),
        "/api/docs".to_owned(),
    ]
    .to_vec();
    let organizer_pages = vec![
        format!("/events/{event}/schedule"),
        format!("/events/{event}/room"),
        format!("/events/{event}/plan"),
        format!("/events/{event}/cards"),
        format!("/events/{event}/edit"),
        format!("/events/{event}/organizers"),
        "/events/new".to_owned(),
        "/admin/outbox".to_owned(),
    ];
    Walk {
        app,
        host,
        user,
        pages,
        organizer_pages,
    }
}

#[tokio::test]
async fn every_page_is_in_every_language_with_no_message_missing() {
    let w = walk().await;
    let messages = english_messages();
    let ids: BTreeSet<&str> = messages.iter().map(|(id, _)| id.as_str()).collect();
    // Long English sentences without arguments: none may be left on a page
    // in another language (a missing translation falls back to English).
    let sentences: Vec<&str> = messages
        .iter()
        .filter(|(id, text)| !id.ends_with("-html") && !text.contains('{') && text.len() >= 25)
        .map(|(_, text)| text.as_str())
        .collect();
    let anonymous = new_client();
    let mut visits: Vec<(&reqwest::Client, String)> = Vec::new();
    for p in &w.pages {
        visits.push((&w.user.client, p.clone()));
    }
    for p in &w.organizer_pages {
        visits.push((&w.host.client, p.clone()));
    }
    for p in ["/login", "/register", "/password-reset", "/no-such-page"] {
        visits.push((&anonymous, p.to_owned()));
    }
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        for (client, path) in &visits {
            let r = client
                .get(w.app.url(&with_lang(path, lang)))
                .send()
                .await
                .expect("GET");
            let status = r.status();
            let expected = if path == "/no-such-page" {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::OK
            };
            let html = Html::parse_document(&r.text().await.expect("body"));
            if status != expected {
                problems.push(format!("{lang} {path}: status {status}"));
                continue;
            }
            let tag = lang;
            if attr_of(&html, "html", "lang").as_deref() != Some(tag) {
                problems.push(format!(
                    "{lang} {path}: <html lang> is {:?}",
                    attr_of(&html, "html", "lang")
                ));
            }
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            if attr_of(&html, "html", "dir").as_deref() != Some(dir) {
                problems.push(format!("{lang} {path}: dir is not {dir}"));
            }
            let text = visible_text(&html);
            for word in text.split(|c: char| c.is_whitespace() || "()[],.:;“”\"".contains(c)) {
                if word.contains('-') && ids.contains(word) {
                    problems.push(format!(
                        "{lang} {path}: message id {word} shown (no such message)"
                    ));
                }
            }
            // The outbox lists e-mails, each in its recipient's language.
            if lang != "en" && path != "/admin/outbox" {
                for s in &sentences {
                    if text.contains(s) {
                        problems.push(format!("{lang} {path}: English left: {s:?}"));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn the_account_then_the_cookie_then_the_browser_choose_the_language() {
    let app = spawn_app().await;
    // The browser's preference, when nothing else is known.
    let browser = new_client();
    let r = browser
        .get(app.url("/organizations"))
        .header(ACCEPT_LANGUAGE, "de-CH, es;q=0.8, en;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()[CONTENT_LANGUAGE], "es");
    let html = Html::parse_document(&r.text().await.unwrap());
    assert_eq!(attr_of(&html, "html", "lang").as_deref(), Some("es"));
    // The switcher's links keep the page and its filters.
    let page = app.get_page_with(&browser, "/organizations?q=cert").await;
    assert_eq!(
        attr_of(&page.html, ".lang-switch a[hreflang=fr]", "href").as_deref(),
        Some("/organizations?q=cert&lang=fr")
    );
    assert_eq!(select(&page.html, ".lang-switch [aria-current]").len(), 1);

    // Chosen with the switcher: remembered in a cookie, over the browser's.
    let r = browser.get(app.url("/?lang=fr")).send().await.unwrap();
    assert!(
        r.headers()
            .get_all("set-cookie")
            .iter()
            .any(|c| c.to_str().unwrap().starts_with("lang=fr")),
        "the choice is kept"
    );
    let r = browser
        .get(app.url("/events"))
        .header(ACCEPT_LANGUAGE, "es")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()[CONTENT_LANGUAGE], "fr");

    // A language the interface does not have changes nothing.
    let r = browser.get(app.url("/?lang=tlh")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()[CONTENT_LANGUAGE], "fr");
    assert!(
        r.headers()
            .get("set-cookie")
            .is_none_or(|c| !c.to_str().unwrap().starts_with("lang="))
    );

    // A logged-in person's choice is kept on the account: it follows them
    // to another browser that prefers Spanish and has no cookie.
    let user = TestUser::register(&app, "Polyglot Agency", "poly@example.org").await;
    let r = user.client.get(app.url("/?lang=ru")).send().await.unwrap();
    assert_eq!(r.headers()[CONTENT_LANGUAGE], "ru");
    let elsewhere = TestUser::log_in(&app, "poly@example.org", crate::helpers::PASSWORD).await;
    let r = elsewhere
        .client
        .get(app.url(&format!("/organizations/{}", user.slug)))
        .header(ACCEPT_LANGUAGE, "es")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()[CONTENT_LANGUAGE], "ru");
    let html = Html::parse_document(&r.text().await.unwrap());
    assert_eq!(attr_of(&html, "html", "lang").as_deref(), Some("ru"));
}

#[tokio::test]
async fn pages_write_dates_countries_and_form_errors_in_the_language() {
    let app = spawn_app().await;
    let user = TestUser::register(&app, "Abidjan Cyber Agency", "abidjan@example.org").await;
    let r = app
        .edit_with(
            &user.client,
            &user.slug,
            &[("kind", "cert"), ("country", "Côte d’Ivoire")],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "a country by its French name is read"
    );
    let fr = app
        .get_page_with(
            &user.client,
            &format!("/organizations/{}?lang=fr", user.slug),
        )
        .await;
    let text = visible_text(&fr.html);
    assert!(text.contains("Côte d’Ivoire"), "{text}");
    assert!(
        text.contains("CERT / CSIRT national"),
        "the kind in French: {text}"
    );
    // The form lists every country by its name in Spanish, alphabetically.
    let es = app
        .get_page_with(
            &user.client,
            &format!("/organizations/{}/edit?lang=es", user.slug),
        )
        .await;
    let countries: Vec<String> = select(&es.html, "select#country option")
        .iter()
        .map(|o| o.text().collect::<String>())
        .collect();
    assert!(countries.len() > 240, "{}", countries.len());
    assert!(countries.iter().any(|c| c == "Alemania"));
    // A wrong value is explained in the language of the page.
    let r = app
        .edit_with(
            &user.client,
            &user.slug,
            &[("website", "ftp://example.org")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&r.text().await.unwrap());
    let error = crate::helpers::text_of(&html, "#website-error").join(" ");
    assert!(
        !error.is_empty() && !error.contains("Enter a web address"),
        "{error}"
    );
    assert!(!error.contains('\u{1f}'), "no raw message: {error:?}");
}

#[tokio::test]
async fn the_apis_problem_details_follow_accept_language_and_keys_stay_english() {
    let app = spawn_app().await;
    let ask = |lang: &'static str| {
        let url = app.url("/api/v1/events/no-such-event/agenda");
        async move {
            let r = reqwest::Client::new()
                .get(url)
                .header(ACCEPT_LANGUAGE, lang)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
            r.json::<serde_json::Value>().await.unwrap()
        }
    };
    let en = ask("en").await;
    let fr = ask("fr").await;
    assert_eq!(en["title"], fr["title"], "titles are HTTP's, in English");
    assert_ne!(en["detail"], fr["detail"]);
    assert!(en["detail"].as_str().unwrap().contains("Bearer"));
    assert!(fr["detail"].as_str().unwrap().contains("Bearer"), "{fr}");
}

#[tokio::test]
async fn refusals_before_any_page_is_reached_are_in_the_language_too() {
    let app = spawn_app().await;
    // A form posted without its CSRF token is refused by a check that runs
    // before the handler: the page still speaks the browser's language.
    let r = new_client()
        .post(app.url("/login"))
        .header(ACCEPT_LANGUAGE, "fr")
        .form(&[("email", "a@example.org"), ("password", "whatever-it-is")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let html = Html::parse_document(&r.text().await.unwrap());
    assert_eq!(attr_of(&html, "html", "lang").as_deref(), Some("fr"));
    let heading = crate::helpers::text_of(&html, "h1").join("");
    assert!(!heading.is_empty() && heading != "Not allowed", "{heading}");
}

/// Refusals written by handlers (a meeting request to nobody, to oneself,
/// twice) are in the page's language, with the names they mention.
#[tokio::test]
async fn refusals_of_handlers_are_in_the_language() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let me = TestUser::register(&app, "Lagune CERT", "a@lagune.example").await;
    let other = TestUser::register(&app, "Récif Institut", "b@recif.example").await;
    join(&app, &me, &event).await;
    join(&app, &other, &event).await;
    me.client.get(app.url("/?lang=fr")).send().await.unwrap();
    let fr = roundtable::i18n::Lang::Fr;
    async fn ask(app: &TestApp, me: &TestUser, event: &str, to: &str) -> (StatusCode, String) {
        let r = crate::helpers::events::request(app, me, event, to, "").await;
        let status = r.status();
        let html = Html::parse_document(&r.text().await.unwrap());
        (status, crate::helpers::text_of(&html, "main").join(" "))
    }
    let (status, said) = ask(&app, &me, &event, "nobody-at-all").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(said.contains(&fr.t("refused-request-partner")), "{said}");
    let (_, said) = ask(&app, &me, &event, &me.slug).await;
    assert!(said.contains(&fr.t("refused-request-own")), "{said}");
    let (status, _) = ask(&app, &me, &event, &other.slug).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, said) = ask(&app, &me, &event, &other.slug).await;
    let expected = fr.tr("refused-request-duplicate", &[("org", &"Récif Institut")]);
    assert!(said.contains(&expected), "{said}");
}
