//! An event as a participant uses it: its page with the best matches first,
//! and meeting requests, asked and answered.

use reqwest::StatusCode;

use crate::helpers::events::{cast, create_event, join, org, request};
use crate::helpers::{TestOrganizer, attr_of, select, spawn_app, text_of};

#[tokio::test]
async fn meeting_requests_are_visible_to_both_sides_and_never_duplicated() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    let (a, b, c) = (&orgs[0], &orgs[1], &orgs[2]);
    for o in [a, b, c] {
        join(&app, o, &event).await;
    }
    // An outsider cannot ask; nor can one ask an outsider or itself.
    let r = request(&app, &orgs[3], &event, &a.slug, "").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = request(&app, a, &event, &orgs[3].slug, "").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = request(&app, a, &event, &a.slug, "").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = request(&app, a, &event, &b.slug, &"long ".repeat(200)).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    let r = request(
        &app,
        a,
        &event,
        &b.slug,
        "Training for our <b>new</b> CERT?",
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // No duplicate, in either direction.
    assert_eq!(
        request(&app, a, &event, &b.slug, "again").await.status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        request(&app, b, &event, &a.slug, "back").await.status(),
        StatusCode::BAD_REQUEST
    );

    // Pending on both sides; the message is shown as text.
    let page = app
        .get_page_with(&b.client, &format!("/events/{event}"))
        .await;
    let incoming = text_of(&page.html, "#requests li.request").join(" ");
    assert!(
        incoming.contains("Island Ministry") && incoming.contains("pending"),
        "{incoming}"
    );
    assert!(incoming.contains("<b>new</b>"));
    // In the partner table each side reads one clear state for the other, and
    // every row says why the two could meet.
    let row_of = |html: &scraper::Html, name: &str| {
        select(html, "#partners tbody tr")
            .into_iter()
            .map(|tr| tr.text().collect::<String>())
            .find(|t| t.contains(name))
            .unwrap_or_default()
    };
    assert!(row_of(&page.html, "Island Ministry").contains("They asked you"));
    let own = app
        .get_page_with(&a.client, &format!("/events/{event}"))
        .await;
    let to_b = row_of(&own.html, "Response Alliance");
    assert!(to_b.contains("You asked; waiting"), "{to_b}");
    assert_eq!(
        select(&own.html, "#partners tbody tr").len(),
        select(&own.html, "#partners .reason").len(),
        "a reason on every row"
    );
    let page = app
        .get_page_with(&a.client, &format!("/events/{event}"))
        .await;
    assert!(
        text_of(&page.html, "#requests li.request")
            .join(" ")
            .contains("Response Alliance")
    );

    // Only the asked side answers.
    let id = attr_of(
        &scraper::Html::parse_document(
            &b.client
                .get(app.url(&format!("/events/{event}")))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap(),
        ),
        "#requests form.inline-form",
        "action",
    )
    .unwrap();
    let r = app
        .submit_with(
            &a.client,
            &format!("/events/{event}"),
            &id,
            &[("decision", "accept")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = app
        .submit_with(
            &b.client,
            &format!("/events/{event}"),
            &id,
            &[("decision", "maybe")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .submit_with(
            &b.client,
            &format!("/events/{event}"),
            &id,
            &[("decision", "accept"), ("reply", "Gladly")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app
        .get_page_with(&a.client, &format!("/events/{event}"))
        .await;
    let sent = text_of(&page.html, "#requests li.request").join(" ");
    assert!(
        sent.contains("accepted") && sent.contains("Gladly"),
        "{sent}"
    );

    // "Not interested" forbids a request.
    let r = app
        .submit_with(
            &a.client,
            &format!("/organizations/{}/matches", a.slug),
            &format!("/organizations/{}/matches/{}/interest", a.slug, c.slug),
            &[("state", "not_interested")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = request(&app, a, &event, &c.slug, "").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert!(r.text().await.unwrap().contains("not interested"));
}

#[tokio::test]
async fn a_large_event_lists_the_best_matches_first_and_all_on_request() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let mut csv = String::from("name,kind,languages,capabilities,needs\n");
    for i in 0..60 {
        csv.push_str(&format!(
            "Org {i:02},cert,en,incident response training,cyber exercises\n"
        ));
    }
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{event}/schedule"),
            &format!("/events/{event}/participants/import"),
            &[("data", &csv)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let me = org(
        &app,
        "Island Ministry",
        "government",
        "en",
        "cyber exercises",
        "incident response training",
    )
    .await;
    join(&app, &me, &event).await;
    let page = app
        .get_page_with(&me.client, &format!("/events/{event}"))
        .await;
    assert_eq!(select(&page.html, "#partners tbody tr").len(), 50);
    assert!(text_of(&page.html, "#partners p.sub")[0].contains("The 50 best of 60"));
    let page = app
        .get_page_with(&me.client, &format!("/events/{event}?all=1"))
        .await;
    assert_eq!(select(&page.html, "#partners tbody tr").len(), 60);
}

/// Leaving cancels an organization's meetings and requests: the first click
/// says so and asks; only the confirmation leaves.
#[tokio::test]
async fn leaving_an_event_asks_first_and_says_what_is_cancelled() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    crate::helpers::events::build(&app, &host, &event).await;
    let me = &orgs[0];
    let page = format!("/events/{event}");
    let leave = format!("/events/{event}/leave");
    let r = app.submit_with(&me.client, &page, &leave, &[]).await;
    assert_eq!(r.status(), StatusCode::OK, "the first click asks");
    let asked = scraper::Html::parse_document(&r.text().await.unwrap());
    let said = text_of(&asked, "main").join(" ");
    assert!(
        said.contains("scheduled meetings of yours will be cancelled")
            || said.contains("scheduled meeting of yours will be cancelled"),
        "{said}"
    );
    assert!(!said.starts_with("0 scheduled"), "{said}");
    assert_eq!(
        attr_of(&asked, "main form", "action").as_deref(),
        Some(leave.as_str())
    );
    let still = app.get_page_with(&host.client, &page).await;
    assert_eq!(
        select(&still.html, "#participants li").len(),
        orgs.len(),
        "not yet"
    );
    let r = app
        .submit_with(&me.client, &page, &leave, &[("confirm", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let after = app.get_page_with(&host.client, &page).await;
    assert_eq!(
        select(&after.html, "#participants li").len(),
        orgs.len() - 1,
        "left"
    );
}
