//! The organizer imports an event's participants (JSON or CSV, pasted or
//! uploaded): all or nothing, with a report per row.

use reqwest::StatusCode;

use crate::helpers::events::create_event;
use crate::helpers::{TestOrganizer, TestUser, location, select, spawn_app, text_of};

#[tokio::test]
async fn participants_import_is_all_or_nothing_with_a_report_per_row() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let page = format!("/events/{event}/schedule");
    let action = format!("/events/{event}/participants/import");
    let bad = "name,kind,languages,capabilities,needs\nGood Org,cert,en,forensics,training\n,spaceship,en,,\n";
    let r = app
        .submit_with(&host.client, &page, &action, &[("data", bad)])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    let report = text_of(&html, ".form-summary li").join("\n");
    assert!(report.contains("1 invalid row"), "{report}");
    assert!(
        report.contains("row 2: kind") && report.contains("row 2: name"),
        "{report}"
    );
    let shown = app
        .get_page_with(&host.client, &format!("/events/{event}"))
        .await;
    assert!(
        select(&shown.html, "#participants li").is_empty(),
        "nothing was imported"
    );
    let r = app
        .submit_with(&host.client, &page, &action, &[("data", "")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let good = "name,kind,languages,capabilities,needs\nGood Org,cert,en,forensics,training\nOther Org,academia,en,training,forensics\n";
    let r = app
        .submit_with(&host.client, &page, &action, &[("data", good)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let shown = app
        .get_page_with(&host.client, &format!("/events/{event}"))
        .await;
    assert_eq!(
        text_of(&shown.html, "#participants li"),
        vec!["Good Org", "Other Org"]
    );
    // Again: nothing changes, nobody is added twice.
    let r = app
        .submit_with(&host.client, &page, &action, &[("data", good)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let shown = app
        .get_page_with(&host.client, &format!("/events/{event}"))
        .await;
    assert_eq!(select(&shown.html, "#participants li").len(), 2);
    // A file upload, as the form's file field sends it, with a byte-order mark.
    let token = app.csrf_with(&host.client, &page).await;
    let upload = |name: &'static str, bytes: Vec<u8>| {
        reqwest::multipart::Form::new()
            .text("csrf_token", token.clone())
            .part(
                "file",
                reqwest::multipart::Part::bytes(bytes).file_name(name),
            )
            .text("data", "")
    };
    let json = br#"[{"name":"Uploaded Org","kind":"academia","languages":["en"],"capabilities":["training"],"needs":[]}]"#;
    let r = host
        .client
        .post(app.url(&action))
        .multipart(upload(
            "orgs.json",
            [b"\xEF\xBB\xBF".as_slice(), json].concat(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let shown = app
        .get_page_with(&host.client, &format!("/events/{event}"))
        .await;
    assert_eq!(
        text_of(&shown.html, "#participants li"),
        vec!["Good Org", "Other Org", "Uploaded Org"]
    );
    let r = host
        .client
        .post(app.url(&action))
        .multipart(upload("orgs.csv", b"name,kind\nBad,spaceship\n".to_vec()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("row 1: kind"));
    let r = host
        .client
        .post(app.url(&action))
        .multipart(upload("big.csv", vec![b'x'; 9 * 1024 * 1024]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // Without the form's token, nothing happens.
    let r = host
        .client
        .post(app.url(&action))
        .multipart(reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(json.to_vec()).file_name("x.json"),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Too large is refused.
    let huge = "x".repeat(9 * 1024 * 1024);
    let r = app
        .submit_with(&host.client, &page, &action, &[("data", &huge)])
        .await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

/// A registered organization's profile is its own: an organizer's import adds
/// it to the event but does not change it (the web form and the API refuse the
/// same change to anyone but its accounts).
#[tokio::test]
async fn an_import_adds_a_registered_organization_without_changing_its_profile() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let owner = TestUser::register(&app, "Registered Org", "owner@example.org").await;
    let r = app
        .edit_with(
            &owner.client,
            &owner.slug,
            &[
                ("kind", "cert"),
                ("website", "https://registered.example.org"),
                ("contact_email", "owner@example.org"),
                ("capabilities", "incident response"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = format!("/events/{event}/schedule");
    let action = format!("/events/{event}/participants/import");
    let file = "name,kind,languages,capabilities,needs,website,contact_email\n\
                REGISTERED ORG,academia,en,phishing,training,https://attacker.example,attacker@example.org\n\
                Unregistered Org,academia,en,training,forensics,,\n";
    let r = app
        .submit_with(&host.client, &page, &action, &[("data", file)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let notice = app.get_page_with(&host.client, &location(&r)).await;
    let notice = text_of(&notice.html, ".notice").join(" ");
    assert!(
        notice.contains("2 organizations imported") && notice.contains("1 of them"),
        "{notice}"
    );
    let profile = app
        .get_page_with(&host.client, &format!("/organizations/{}", owner.slug))
        .await;
    let body = profile.html.root_element().text().collect::<String>();
    assert!(body.contains("Registered Org"), "the name keeps its casing");
    assert!(!body.contains("REGISTERED ORG"));
    assert!(body.contains("registered.example.org") && !body.contains("attacker"));
    assert!(body.contains("incident response") && !body.contains("phishing"));
    let shown = app
        .get_page_with(&host.client, &format!("/events/{event}"))
        .await;
    assert_eq!(
        text_of(&shown.html, "#participants li"),
        vec!["Registered Org", "Unregistered Org"],
        "both take part"
    );
}

/// Who may import is checked before the body is read: an anonymous upload is
/// answered at once, while its 8 MiB are still on their way.
#[tokio::test]
async fn an_anonymous_import_is_refused_before_its_body_is_read() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let address = app.address.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    let head = format!(
        "POST /events/{event}/participants/import HTTP/1.1\r\nHost: {address}\r\n\
         Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {}\r\n\r\n",
        8 * 1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream
        .write_all(
            b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n",
        )
        .await
        .unwrap();
    // The rest of the body never comes: only an answer that does not wait for it arrives.
    let mut answer = vec![0u8; 1024];
    let n = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut answer))
        .await
        .expect("answered before the body was read")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    assert!(
        answer.to_lowercase().contains("location: /login?next="),
        "{answer}"
    );
}
