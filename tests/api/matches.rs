use std::process::{Child, Command};
use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{TestApp, bin, new_client, select, spawn_app, text_of};

async fn seed(app: &TestApp) -> (String, String, String) {
    let ministry = app
        .register_with(&new_client(), "Island Ministry of ICT", "m@example.org")
        .await;
    let alliance = app
        .register_with(&new_client(), "Response Alliance", "r@example.org")
        .await;
    let paint = app.register("Paint Shop", "p@example.org").await;
    (ministry, alliance, paint)
}

async fn edit_as(app: &TestApp, email: &str, slug: &str, changes: &[(&str, &str)]) {
    let client = new_client();
    let r = app
        .submit_with(
            &client,
            "/login",
            "/login",
            &[("email", email), ("password", crate::helpers::PASSWORD)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app.edit_with(&client, slug, changes).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "edit of {slug}");
}

#[tokio::test]
async fn the_matches_page_ranks_partners_with_reasons_in_both_directions() {
    let app = spawn_app().await;
    let (ministry, alliance, paint) = seed(&app).await;
    edit_as(
        &app,
        "m@example.org",
        &ministry,
        &[
            ("kind", "government"),
            ("languages", "en"),
            ("capabilities", "Hosting of regional events"),
            ("needs", "help to set up our national CSIRT"),
        ],
    )
    .await;
    edit_as(
        &app,
        "r@example.org",
        &alliance,
        &[
            ("kind", "international_org"),
            ("languages", "en, fr"),
            ("capabilities", "CERT establishment support"),
            ("needs", "a venue for our regional workshop"),
        ],
    )
    .await;
    edit_as(
        &app,
        "p@example.org",
        &paint,
        &[
            ("kind", "private_sector"),
            ("capabilities", "interior paint"),
            ("needs", "cyber support"),
        ],
    )
    .await;

    let page = app
        .get_page(&format!("/organizations/{ministry}/matches"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        text_of(&page.html, ".match .partner"),
        vec!["Response Alliance"]
    );
    let reasons = text_of(&page.html, ".match .reason");
    assert!(reasons.iter().any(|r| r == "They offer CERT establishment support, which covers its need help to set up our national CSIRT."), "{reasons:?}");
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("which covers their need a venue for our regional workshop")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r == "You share working languages: English."),
        "{reasons:?}"
    );
    let score: f64 = text_of(&page.html, ".score-value")[0].parse().unwrap();
    assert!(score > 0.0 && score <= 100.0);

    let r = app
        .client
        .get(app.url(&format!("/api/v1/organizations/{ministry}/matches?limit=5")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let json: serde_json::Value = r.json().await.unwrap();
    let matches = json["matches"].as_array().unwrap();
    assert_eq!(matches.len(), 1);
    assert_eq!(matches[0]["partner"]["slug"], alliance.as_str());
    assert_eq!(matches[0]["score"].as_f64().unwrap().round(), score.round());
    assert_eq!(matches[0]["reasons"][0]["type"], "they_cover_your_need");
    assert_eq!(
        matches[0]["reasons"][0]["their_offer"],
        "CERT establishment support"
    );
}

#[tokio::test]
async fn the_api_reports_errors_as_problem_json() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(app.url("/api/v1/organizations/nobody/matches"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let slug = app.register("Org A", "a@example.org").await;
    for bad in ["0", "100000", "-1", "ten"] {
        let r = app
            .client
            .get(app.url(&format!("/api/v1/organizations/{slug}/matches?limit={bad}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "limit={bad}");
    }
}

#[tokio::test]
async fn an_empty_profile_gets_advice_instead_of_suggestions() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let page = app
        .get_page(&format!("/organizations/{slug}/matches"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(select(&page.html, ".match").is_empty());
    assert_eq!(select(&page.html, ".empty a[href$='/edit']").len(), 1);
    let page = app.get_page("/how-scores-work").await;
    assert_eq!(text_of(&page.html, "h1"), vec!["How scores work"]);
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A second app process on the same database, as in a deployment with several.
async fn second_process(app: &TestApp) -> (Server, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(bin())
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .spawn()
        .expect("start a second server");
    let server = Server(child);
    let address = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        if reqwest::get(format!("{address}/healthz"))
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return (server, address);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the second server did not start");
}

#[tokio::test]
async fn an_edit_through_one_process_shows_at_once_through_another() {
    let app = spawn_app().await;
    let (ministry, alliance, _) = seed(&app).await;
    edit_as(
        &app,
        "m@example.org",
        &ministry,
        &[("needs", "digital forensics lab")],
    )
    .await;
    let (_server, other) = second_process(&app).await;
    let names = |html: String| {
        let html = scraper::Html::parse_document(&html);
        text_of(&html, ".match .partner")
    };
    let url = format!("{other}/organizations/{ministry}/matches");
    assert!(names(reqwest::get(&url).await.unwrap().text().await.unwrap()).is_empty());
    // Warm the first process's index too, then edit through it.
    app.get_page(&format!("/organizations/{ministry}/matches"))
        .await;
    edit_as(
        &app,
        "r@example.org",
        &alliance,
        &[("capabilities", "Forensics training and lab set-up")],
    )
    .await;
    assert_eq!(
        names(reqwest::get(&url).await.unwrap().text().await.unwrap()),
        vec!["Response Alliance"]
    );
    let page = app
        .get_page(&format!("/organizations/{ministry}/matches"))
        .await;
    assert_eq!(
        text_of(&page.html, ".match .partner"),
        vec!["Response Alliance"]
    );
    // And back: removing the capability removes the suggestion everywhere.
    edit_as(&app, "r@example.org", &alliance, &[("capabilities", "")]).await;
    assert!(names(reqwest::get(&url).await.unwrap().text().await.unwrap()).is_empty());
}
