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
    // Pages are never cached; the stylesheet may be.
    assert_eq!(h["cache-control"], "no-store");
    assert!(h.get("strict-transport-security").is_none(), "plain HTTP");
    let r = app
        .client
        .get(app.url("/static/style.css"))
        .send()
        .await
        .unwrap();
    assert!(
        r.headers()["cache-control"]
            .to_str()
            .unwrap()
            .starts_with("public")
    );
    // Pages link it by a versioned address, kept for a year; an unchanged
    // copy is confirmed without sending it again.
    let page = app.get_page("/").await;
    let href = crate::helpers::attr_of(&page.html, "link[rel=stylesheet]", "href").unwrap();
    assert!(href.starts_with("/static/style.css?v="), "{href}");
    let r = app.client.get(app.url(&href)).send().await.unwrap();
    assert_eq!(
        r.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let etag = r.headers()["etag"].clone();
    let r = app
        .client
        .get(app.url("/static/style.css"))
        .header("If-None-Match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), reqwest::StatusCode::NOT_MODIFIED);
    assert!(r.bytes().await.unwrap().is_empty());
    let r = app
        .client
        .get(app.url("/static/style.css?v=0000"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.headers()["cache-control"],
        "public, max-age=3600",
        "another version is not kept long"
    );
    // Behind a TLS proxy, browsers are told to stay on HTTPS.
    let r = app
        .client
        .get(app.url("/organizations"))
        .header("X-Forwarded-Proto", "https")
        .send()
        .await
        .unwrap();
    assert!(
        r.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .starts_with("max-age=")
    );
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

/// A `kill -9` in the middle of writes loses no acknowledged write and leaves the
/// database intact.
#[tokio::test]
async fn a_hard_kill_during_writes_loses_no_acknowledged_write() {
    use sea_orm::{ConnectionTrait, Statement};
    let app = spawn_app().await;
    let (mut server, address) = second_process(&app).await;
    let client = crate::helpers::new_client();
    let csrf_of = |html: String| {
        let doc = scraper::Html::parse_document(&html);
        crate::helpers::attr_of(&doc, "input[name=csrf_token]", "value").unwrap()
    };
    let token = csrf_of(
        client
            .get(format!("{address}/register"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let r = client
        .post(format!("{address}/register"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("organization_name", "Org K"),
            ("email", "k@example.org"),
            ("password", crate::helpers::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let edit = format!("{address}/organizations/org-k/edit");
    let pid = server.0.id().to_string();
    let killer = tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        std::process::Command::new("kill")
            .args(["-KILL", &pid])
            .status()
            .unwrap();
    });
    let mut acknowledged = 0;
    for i in 1..10_000 {
        let Ok(page) = client.get(&edit).send().await else {
            break;
        };
        let Ok(html) = page.text().await else { break };
        let doc = scraper::Html::parse_document(&html);
        let (Some(token), Some(version)) = (
            crate::helpers::attr_of(&doc, "input[name=csrf_token]", "value"),
            crate::helpers::attr_of(&doc, "input[name=version]", "value"),
        ) else {
            break;
        };
        let need = format!("need number {i}");
        let sent = client
            .post(&edit)
            .form(&[
                ("csrf_token", token.as_str()),
                ("version", version.as_str()),
                ("name", "Org K"),
                ("kind", "other"),
                ("needs", need.as_str()),
            ])
            .send()
            .await;
        match sent {
            Ok(r) if r.status() == 303 => acknowledged = i,
            _ => break,
        }
    }
    killer.await.unwrap();
    let _ = server.0.wait();
    assert!(
        acknowledged > 0,
        "some writes were acknowledged before the kill"
    );
    let stored = roundtable::db::organizations::find_by_slug(&app.db, "org-k")
        .await
        .unwrap()
        .unwrap();
    let n: usize = stored.needs[0]
        .trim_start_matches("need number ")
        .parse()
        .unwrap();
    assert!(
        n >= acknowledged,
        "acknowledged write {acknowledged} was lost (found {n})"
    );
    if app.database_url.starts_with("sqlite") {
        let row = app
            .db
            .query_one_raw(Statement::from_string(
                app.db.get_database_backend(),
                "PRAGMA integrity_check",
            ))
            .await
            .unwrap()
            .unwrap();
        let result: String = row.try_get_by_index(0).unwrap();
        assert_eq!(result, "ok");
    }
}

/// A database that cannot be written: the server refuses to start with a
/// clear message, instead of answering `/healthz` and failing every write.
#[tokio::test]
async fn the_server_refuses_to_start_on_a_database_it_cannot_write() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rt.db");
    let migrated = std::process::Command::new(crate::helpers::bin())
        .arg("migrate")
        .env(
            "DATABASE_URL",
            format!("sqlite://{}?mode=rwc", file.display()),
        )
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert!(migrated.status.success());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = std::process::Command::new(crate::helpers::bin())
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env(
            "DATABASE_URL",
            format!("sqlite://{}?mode=ro", file.display()),
        )
        .env("RUST_LOG", "error")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut status = None;
    for _ in 0..100 {
        if let Some(s) = child.try_wait().unwrap() {
            status = Some(s);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let Some(status) = status else {
        let _ = child.kill();
        panic!("the server started on a read-only database");
    };
    assert!(!status.success());
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(stderr.contains("cannot be written"), "{stderr}");
}

/// Pages and the stylesheet are compressed for browsers that ask; the icon is
/// also where browsers look for it by default.
#[tokio::test]
async fn pages_are_compressed_and_the_icon_is_found() {
    let app = spawn_app().await;
    for path in ["/organizations", "/static/style.css"] {
        let r = app
            .client
            .get(app.url(path))
            .header("Accept-Encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), reqwest::StatusCode::OK, "{path}");
        assert_eq!(r.headers()["content-encoding"], "gzip", "{path}");
    }
    let r = app
        .client
        .get(app.url("/favicon.ico"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), reqwest::StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "image/svg+xml");
}
