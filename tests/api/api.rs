use reqwest::StatusCode;
use scraper::Html;
use serde_json::{Value, json};

use crate::helpers::events::{build, cast, create_event, join};
use crate::helpers::{TestApp, TestOrganizer, TestUser, attr_of, select, spawn_app, text_of};

/// Creates a token on the settings page, as a person would, and returns it.
pub async fn token(app: &TestApp, client: &reqwest::Client, name: &str) -> String {
    let r = app
        .submit_with(
            client,
            "/settings/tokens",
            "/settings/tokens",
            &[("name", name)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = Html::parse_document(&r.text().await.unwrap());
    text_of(&html, "code.token")
        .pop()
        .expect("the new token is shown once")
}

#[tokio::test]
async fn tokens_are_shown_once_listed_and_revoked() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let t = token(&app, &app.client, "CRM sync").await;
    assert!(t.starts_with("rt_"));
    let page = app.get_page("/settings/tokens").await;
    assert_eq!(text_of(&page.html, ".token-name"), vec!["CRM sync"]);
    assert!(
        text_of(&page.html, "code.token").is_empty(),
        "never shown again"
    );
    let api = reqwest::Client::new();
    let put = |token: String| {
        let url = app.url(&format!("/api/v1/organizations/{slug}/interests/{slug}"));
        let api = api.clone();
        async move {
            api.put(url)
                .bearer_auth(token)
                .json(&json!({"state": "interested"}))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(
        put(t.clone()).await,
        StatusCode::BAD_REQUEST,
        "authenticated: marking itself is refused"
    );
    let revoke = attr_of(&page.html, "form[action$='/revoke']", "action").unwrap();
    let r = app.submit("/settings/tokens", &revoke, &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        put(t).await,
        StatusCode::UNAUTHORIZED,
        "a revoked token no longer works"
    );
    assert_eq!(put("rt_nonsense".into()).await, StatusCode::UNAUTHORIZED);
    let r = app
        .submit("/settings/tokens", "/settings/tokens", &[("name", "")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_profile_is_read_and_updated_with_optimistic_locking() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let t = token(&app, &app.client, "script").await;
    let api = reqwest::Client::new();
    let url = app.url(&format!("/api/v1/organizations/{slug}"));
    let org: Value = api.get(&url).send().await.unwrap().json().await.unwrap();
    let version = org["version"].as_i64().unwrap();
    let update = json!({"version": version, "name": "Org A", "kind": "cert", "country": "fj", "languages": ["en"],
        "capabilities": ["Incident handling courses"], "needs": ["Forensics lab"], "private_needs": ["SOC gaps"]});
    let r = api
        .put(&url)
        .bearer_auth(&t)
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let saved: Value = r.json().await.unwrap();
    assert_eq!(saved["country"], "FJ");
    assert_eq!(saved["private_needs"], json!(["SOC gaps"]));
    assert_eq!(saved["version"].as_i64().unwrap(), version + 1);
    // Anyone can read it, but sees only the theme of the private need.
    let public: Value = api.get(&url).send().await.unwrap().json().await.unwrap();
    assert_eq!(public["needs"], json!(["Forensics lab"]));
    assert_ne!(public["private_needs"], json!(["SOC gaps"]));
    // The same version again is stale: 409, nothing changed.
    let r = api
        .put(&url)
        .bearer_auth(&t)
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    // Invalid fields: 422 with a message per field.
    let bad = json!({"version": version + 1, "name": "", "kind": "rocket", "website": "javascript:alert(1)"});
    let r = api
        .put(&url)
        .bearer_auth(&t)
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = r.json().await.unwrap();
    for field in ["name", "kind", "website"] {
        assert!(problem["errors"][field].is_string(), "{field}: {problem}");
    }
    // Malformed JSON, no token, another organization's profile.
    let r = api
        .put(&url)
        .bearer_auth(&t)
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = api.put(&url).json(&update).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let other = TestUser::register(&app, "Org B", "b@example.org")
        .await
        .slug;
    let r = api
        .put(app.url(&format!("/api/v1/organizations/{other}")))
        .bearer_auth(&t)
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = api
        .get(app.url("/api/v1/organizations?q=org&per_page=1&page=2"))
        .send()
        .await
        .unwrap();
    let list: Value = r.json().await.unwrap();
    assert_eq!(list["total"], 2);
    // Best first: the two pages of one hold both, each once.
    let first: Value = api
        .get(app.url("/api/v1/organizations?q=org&per_page=1&page=1"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut both = [
        first["items"][0]["name"].as_str().unwrap(),
        list["items"][0]["name"].as_str().unwrap(),
    ];
    both.sort();
    assert_eq!(both, ["Org A", "Org B"]);
    let r = api
        .get(app.url("/api/v1/organizations?page=0"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn interests_and_exports_work_through_the_api() {
    let app = spawn_app().await;
    let a = TestUser::register(&app, "Island CERT", "c@example.org").await;
    let a_slug = &a.slug;
    app.edit_with(
        &a.client,
        a_slug,
        &[("languages", "en"), ("needs", "digital forensics lab")],
    )
    .await;
    let b = TestUser::register(&app, "Forensics Lab Ltd", "l@example.org").await;
    let b_slug = &b.slug;
    app.edit_with(
        &b.client,
        b_slug,
        &[
            ("languages", "en"),
            ("capabilities", "digital forensics training"),
        ],
    )
    .await;
    let t = token(&app, &a.client, "script").await;
    let api = reqwest::Client::new();
    let r = api
        .put(app.url(&format!(
            "/api/v1/organizations/{a_slug}/interests/{b_slug}"
        )))
        .bearer_auth(&t)
        .json(&json!({"state": "interested"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = api
        .get(app.url(&format!(
            "/api/v1/organizations/{a_slug}/matches/export?format=json"
        )))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains(&format!("roundtable-matches-{a_slug}-"))
    );
    let rows: Value = r.json().await.unwrap();
    assert_eq!(rows[0]["partner"], "Forensics Lab Ltd");
    assert_eq!(rows[0]["interest"], "interested");
    let r = api
        .delete(app.url(&format!(
            "/api/v1/organizations/{a_slug}/interests/{b_slug}"
        )))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let m: Value = api
        .get(app.url(&format!(
            "/api/v1/organizations/{a_slug}/matches?kind=other&min_score=1"
        )))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(m["matches"][0]["partner"]["slug"], b_slug.as_str());
    for bad in [
        "kind=rocket",
        "kind=",
        "kind=CERT",
        "region=africa",
        "language=EN",
        "language=",
    ] {
        let url = app.url(&format!("/api/v1/organizations/{a_slug}/matches?{bad}"));
        let r = api.get(url).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{bad}");
    }
    let r = api
        .get(app.url(&format!(
            "/api/v1/organizations/{a_slug}/matches/export?format=pdf"
        )))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = spawn_app().await;
    let doc: Value = reqwest::get(app.url("/api/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/organizations",
        "/api/v1/organizations/{slug}",
        "/api/v1/organizations/{slug}/matches",
        "/api/v1/organizations/{slug}/matches/export",
        "/api/v1/organizations/{slug}/interests/{partner}",
        "/api/v1/events",
        "/api/v1/events/{slug}",
        "/api/v1/events/{slug}/agenda",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    let page = app.get_page("/api/docs").await;
    assert_eq!(text_of(&page.html, ".operations tbody tr").len(), 10);
    let r = reqwest::Client::new()
        .post(app.url("/api/v1/organizations"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.headers()["allow"], "GET");
    let r = reqwest::get(app.url("/api/v1/nothing-here")).await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn the_api_lists_events_and_gives_a_participant_its_agenda() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs[..3] {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let api = reqwest::Client::new();
    let list: serde_json::Value = api
        .get(app.url("/api/v1/events"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list[0]["slug"], event.as_str());
    assert_eq!(list[0]["participants"], 3);
    let one: serde_json::Value = api
        .get(app.url(&format!("/api/v1/events/{event}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(one["time_zone"], "Europe/Zurich");
    assert_eq!(one["slots"][1]["start"], "09:30");
    assert_eq!(one["tables"].as_array().unwrap().len(), 3);
    let r = api
        .get(app.url("/api/v1/events/no-such-event"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(r.headers()["content-type"], "application/problem+json");

    let agenda_url = app.url(&format!("/api/v1/events/{event}/agenda"));
    assert_eq!(
        api.get(&agenda_url).send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    let outsider = token(&app, &orgs[4].client, "outsider").await;
    let r = api
        .get(&agenda_url)
        .bearer_auth(&outsider)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let mine = token(&app, &orgs[0].client, "agenda").await;
    let agenda: serde_json::Value = api
        .get(&agenda_url)
        .bearer_auth(&mine)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let meetings = agenda["meetings"].as_array().unwrap();
    let page = app
        .get_page_with(
            &orgs[0].client,
            &format!("/events/{event}/agenda/{}", orgs[0].slug),
        )
        .await;
    assert_eq!(
        meetings.len(),
        select(&page.html, ".print-list tbody tr").len()
    );
    assert!(!meetings.is_empty());
    let start = meetings[0]["start"].as_str().unwrap();
    assert!(
        start.starts_with("2026-12-03T") && start.ends_with("+01:00"),
        "{start}"
    );
    assert!(!meetings[0]["reasons"].as_array().unwrap().is_empty());
    let r = api
        .post(&agenda_url)
        .bearer_auth(&mine)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::METHOD_NOT_ALLOWED);
}
