//! A NUL character anywhere — the address, a form, an API field, an imported
//! file — is refused as bad input with a clear message; nothing is written
//! (PostgreSQL cannot store one, and used to answer with a server error).

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::api::token;
use crate::helpers::events::create_event;
use crate::helpers::{TestOrganizer, TestUser, spawn_app, text_of};

#[tokio::test]
async fn a_nul_character_is_refused_everywhere_with_a_clear_message() {
    let app = spawn_app().await;
    let user = TestUser::register(&app, "Nul Probe Org", "nul@example.org").await;

    // The address.
    let page = app
        .get_page_with(&user.client, "/organizations?q=%00")
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(text_of(&page.html, "main").join(" ").contains("NUL"));

    // Forms: log in, a profile, an event.
    let r = app
        .submit(
            "/login",
            "/login",
            &[("email", "a\0b@example.org"), ("password", "x")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .edit_with(
            &user.client,
            &user.slug,
            &[("description", "before\0after")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let shown = app
        .get_page_with(&user.client, &format!("/organizations/{}", user.slug))
        .await;
    let body = shown.html.root_element().text().collect::<String>();
    assert!(!body.contains("before"), "nothing was saved");
    let host = TestOrganizer::new(&app).await;
    let r = app
        .submit_with(
            &host.client,
            "/events/new",
            "/events",
            &crate::helpers::events::event_fields(&[("name", "Round\0table")]),
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    // An imported file.
    let event = create_event(&app, &host, &[]).await;
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{event}/schedule"),
            &format!("/events/{event}/participants/import"),
            &[(
                "data",
                "[{\"name\":\"Nul\\u0000Org\",\"kind\":\"cert\",\"languages\":[\"en\"]}]",
            )],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    assert!(text_of(&html, ".form-summary li").join(" ").contains("NUL"));

    // The API: a JSON body, a query, a path.
    let t = token(&app, &user.client, "script").await;
    let api = reqwest::Client::new();
    let url = app.url(&format!("/api/v1/organizations/{}", user.slug));
    let org: Value = api.get(&url).send().await.unwrap().json().await.unwrap();
    let r = api
        .put(&url)
        .bearer_auth(&t)
        .json(
            &json!({"version": org["version"], "name": "Nul Probe Org", "kind": "cert",
            "description": "a\u{0}b"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let problem: Value = r.json().await.unwrap();
    assert!(
        problem["errors"]["description"]
            .as_str()
            .unwrap()
            .contains("NUL"),
        "{problem}"
    );
    // The API's document says so: every string a request sends has a pattern.
    let doc: Value = api
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let update = &doc["components"]["schemas"]["ProfileUpdate"]["properties"];
    assert_eq!(
        update["description"]["pattern"], "^[^\\u0000]*$",
        "{update}"
    );
    assert_eq!(
        update["needs"]["items"]["pattern"], "^[^\\u0000]*$",
        "{update}"
    );
    let r = api
        .get(app.url("/api/v1/organizations?q=%00"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = api
        .get(app.url("/api/v1/organizations/a%00b"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
