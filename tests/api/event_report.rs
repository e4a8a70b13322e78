//! The session report: meetings by theme and outcome, between regions,
//! requests met, needs no meeting addressed — the tables agree with the
//! figures and with their files, and only the event's people read it.

use reqwest::StatusCode;
use scraper::Html;

use crate::helpers::events::{build, cast, create_event, join, org, plan};
use crate::helpers::{TestOrganizer, TestUser, select, spawn_app, text_of};

fn numbers(html: &Html, css: &str) -> Vec<u32> {
    text_of(html, css)
        .iter()
        .map(|t| t.parse().unwrap())
        .collect()
}

#[tokio::test]
async fn the_report_adds_up_and_names_the_needs_no_meeting_addressed() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let mut orgs = cast(&app).await;
    orgs.push(
        org(
            &app,
            "Cable Authority",
            "government",
            "en",
            "maritime domain awareness",
            "submarine cable landing station security",
        )
        .await,
    );
    for o in &orgs {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let meetings = plan(&app, &host, &event).await.len() as u32;
    assert!(meetings >= 3);
    // The organizer records one outcome.
    let schedule = format!("/events/{event}/schedule?slot=all");
    let page = app.get_page_with(&host.client, &schedule).await;
    let first = crate::helpers::attr_of(&page.html, "table.meetings tr[id]", "id").unwrap();
    let id = first.trim_start_matches('m');
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/meetings/{id}/outcome"),
            &[("outcome", "project"), ("note", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let report = format!("/events/{event}/report");
    let page = app.get_page_with(&host.client, &report).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html;
    let figures = text_of(&html, ".figures dd");
    assert_eq!(figures[1], meetings.to_string());
    assert_eq!(figures[2], "1", "one outcome recorded");
    // The table by theme: every meeting once, the project in its column.
    let per_theme = numbers(&html, "#themes-table tbody td:nth-of-type(1)");
    assert_eq!(per_theme.iter().sum::<u32>(), meetings);
    let projects = numbers(&html, "#themes-table tbody td:nth-of-type(4)");
    assert_eq!(projects.iter().sum::<u32>(), 1);
    assert_eq!(select(&html, "#themes svg.chart title").len(), 1);
    // Between regions: every meeting of two or more once.
    let pairs = numbers(&html, "#regions-table tbody td:nth-of-type(3)");
    assert_eq!(pairs.iter().sum::<u32>(), meetings);
    // Nobody offers what the cable authority needs.
    let unaddressed = text_of(&html, "#needs .unmet-list li").join("\n");
    assert!(
        unaddressed.contains("Cable Authority: submarine cable landing station security"),
        "{unaddressed}"
    );
    // The file is the table.
    let r = host
        .client
        .get(app.url(&format!("{report}/export.csv?table=themes")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let body = r.bytes().await.unwrap();
    let mut reader = csv::Reader::from_reader(
        body.strip_prefix(b"\xEF\xBB\xBF".as_slice())
            .unwrap_or(&body),
    );
    let in_file: Vec<u32> = reader
        .records()
        .map(|r| r.unwrap()[1].parse().unwrap())
        .collect();
    assert_eq!(in_file, per_theme);
    for (query, status) in [
        ("export.csv?table=nothing", StatusCode::BAD_REQUEST),
        ("export.pdf?table=themes", StatusCode::NOT_FOUND),
        ("export.xlsx?table=needs", StatusCode::OK),
    ] {
        let r = host
            .client
            .get(app.url(&format!("{report}/{query}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), status, "{query}");
    }

    // A participant reads it; an outsider may not; a visitor logs in first.
    let page = app.get_page_with(&orgs[0].client, &report).await;
    assert_eq!(page.status, StatusCode::OK);
    let outsider = TestUser::register(&app, "Outsider", "out@example.org").await;
    let r = outsider.client.get(app.url(&report)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = crate::helpers::new_client()
        .get(app.url(&report))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}
