//! Per-event organizers: a site administrator (or an organizer of the event)
//! makes someone with an account an organizer of one event, who is told by
//! e-mail and then manages that event — and has no power over another, nor
//! makes events. Organizers add and remove each other.

use reqwest::StatusCode;

use crate::helpers::events::create_event;
use crate::helpers::mail::outbox_texts;
use crate::helpers::{TestApp, TestOrganizer, TestUser, location, new_client, spawn_app, text_of};

async fn add(
    app: &TestApp,
    client: &reqwest::Client,
    event: &str,
    email: &str,
) -> reqwest::Response {
    let page = format!("/events/{event}/organizers");
    app.submit_with(client, &page, &page, &[("email", email)])
        .await
}

async fn status(app: &TestApp, client: &reqwest::Client, path: &str) -> StatusCode {
    client.get(app.url(path)).send().await.unwrap().status()
}

#[tokio::test]
async fn an_organizer_of_one_event_manages_it_and_no_other() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let first = create_event(&app, &host, &[]).await;
    let second = create_event(&app, &host, &[("name", "Second Roundtable")]).await;
    let ana = TestUser::register(&app, "Lagoon CERT", "ana@lagoon.example").await;
    let ben = TestUser::register(&app, "Reef Ministry", "ben@reef.example").await;
    let schedule = |e: &str| format!("/events/{e}/schedule");

    // Before: no power at all.
    assert_eq!(
        status(&app, &ana.client, &schedule(&first)).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(&app, &ana.client, &format!("/events/{first}/organizers")).await,
        StatusCode::FORBIDDEN
    );
    let r = add(&app, &ana.client, &first, "ana@lagoon.example").await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "cannot make itself an organizer"
    );

    // Wrong input is refused with a message, and what was typed stays.
    for (email, why) in [
        ("", "empty"),
        ("not an address", "malformed"),
        ("nobody@nowhere.example", "no account"),
        (&"x".repeat(300), "huge"),
    ] {
        let r = add(&app, &host.client, &first, email).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        let html = scraper::Html::parse_document(&r.text().await.unwrap());
        assert!(!text_of(&html, "#organizers-error").is_empty(), "{why}");
    }

    // The site administrator makes Ana an organizer of the first event.
    let r = add(&app, &host.client, &first, "ANA@lagoon.example").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&r),
        format!("/events/{first}/organizers?done=added")
    );
    let told = outbox_texts(&app, "organizer_added", "ana@lagoon.example").await;
    assert_eq!(told.len(), 1, "told by e-mail");
    assert!(told[0].contains(&schedule(&first)));
    let r = add(&app, &host.client, &first, "ana@lagoon.example").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "already one");

    // Ana manages the first event, and only it; she makes no events.
    for path in [
        schedule(&first),
        format!("/events/{first}/edit"),
        format!("/events/{first}/room"),
        format!("/events/{first}/organizers"),
    ] {
        assert_eq!(
            status(&app, &ana.client, &path).await,
            StatusCode::OK,
            "{path}"
        );
    }
    let page = app
        .get_page_with(&ana.client, &format!("/events/{first}"))
        .await;
    assert!(
        !crate::helpers::select(&page.html, "a[href$='/organizers']").is_empty(),
        "the event page offers the organizer's tools"
    );
    for path in [schedule(&second), format!("/events/{second}/edit")] {
        assert_eq!(
            status(&app, &ana.client, &path).await,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    assert_eq!(
        status(&app, &ana.client, "/events/new").await,
        StatusCode::FORBIDDEN
    );
    let r = add(&app, &ana.client, &second, "ben@reef.example").await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "no power over another event"
    );

    // Ana adds Ben as a co-organizer, then removes him.
    let r = add(&app, &ana.client, &first, "ben@reef.example").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        status(&app, &ben.client, &schedule(&first)).await,
        StatusCode::OK
    );
    let page = app
        .get_page_with(&ana.client, &format!("/events/{first}/organizers"))
        .await;
    let forms: Vec<String> = crate::helpers::select(&page.html, "form[action$='/remove']")
        .iter()
        .filter_map(|f| f.value().attr("action").map(str::to_owned))
        .collect();
    assert_eq!(forms.len(), 2, "Ana and Ben: {forms:?}");
    let listed = text_of(&page.html, "table.organizers").join(" ");
    assert!(
        listed.contains("Reef Ministry") && listed.contains("Lagoon CERT"),
        "{listed}"
    );
    let organizers = format!("/events/{first}/organizers");
    let r = app
        .submit_with(&ana.client, &organizers, &forms[1], &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        status(&app, &ben.client, &schedule(&first)).await,
        StatusCode::FORBIDDEN
    );
    // Ana steps down: back to the event's page, no power left.
    let r = app
        .submit_with(&ana.client, &organizers, &forms[0], &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/events/{first}"));
    assert_eq!(
        status(&app, &ana.client, &schedule(&first)).await,
        StatusCode::FORBIDDEN
    );
    // Not logged in: the login page.
    assert_eq!(
        status(&app, &new_client(), &organizers).await,
        StatusCode::SEE_OTHER
    );
}
