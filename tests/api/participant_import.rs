//! The organizer imports an event's participants (JSON or CSV, pasted or
//! uploaded): all or nothing, with a report per row.

use reqwest::StatusCode;

use crate::helpers::events::create_event;
use crate::helpers::{TestOrganizer, select, spawn_app, text_of};

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
