use crate::helpers::{second_process, spawn_app};

#[tokio::test]
async fn healthz_answers_ok_when_the_database_answers() {
    let app = spawn_app().await;
    let r = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn every_page_has_request_id_and_security_headers() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(app.url("/organizations"))
        .send()
        .await
        .unwrap();
    let h = r.headers();
    assert!(h.get("x-request-id").is_some());
    assert!(
        h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "strict-origin-when-cross-origin");
}

#[tokio::test]
async fn unknown_pages_get_a_friendly_404_in_the_layout() {
    let app = spawn_app().await;
    let page = app.get_page("/organizations/no-such-organization").await;
    assert_eq!(page.status, 404);
    assert_eq!(
        crate::helpers::text_of(&page.html, "h1"),
        vec!["Page not found"]
    );
    assert!(!crate::helpers::select(&page.html, "nav.nav").is_empty());
}

#[tokio::test]
async fn head_requests_are_answered_without_a_body() {
    let app = spawn_app().await;
    let r = app
        .client
        .head(app.url("/organizations"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.bytes().await.unwrap().is_empty());
}

#[tokio::test]
async fn the_server_stops_cleanly_on_sigterm() {
    let app = spawn_app().await;
    let (mut server, address) = second_process(&app).await;
    assert!(
        reqwest::get(format!("{address}/healthz"))
            .await
            .unwrap()
            .status()
            .is_success()
    );
    let pid = server.0.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let mut status = None;
    for _ in 0..100 {
        if let Some(s) = server.0.try_wait().unwrap() {
            status = Some(s);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let status = status.expect("the server stops within 10 s of SIGTERM");
    assert!(status.success(), "{status:?}");
}
