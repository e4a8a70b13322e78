//! Events themselves: organizer accounts, the event form (create, edit,
//! delete), the list of events, joining open and closed events, and edits
//! that keep the meetings already scheduled.

use reqwest::StatusCode;

use crate::helpers::events::{build, cast, create_event, event_fields, join, org, plan};
use crate::helpers::{
    PASSWORD, TestOrganizer, TestUser, create_organizer, location, select, spawn_app, text_of,
};

#[tokio::test]
async fn an_organizer_creates_an_event_that_members_join() {
    let app = spawn_app().await;
    // Wrong input to the command: a short password, a bad address, no organization.
    let out = create_organizer(&app, "host@example.org", Some("Host Agency"), "short");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 10"));
    let out = create_organizer(&app, "not-an-address", Some("Host Agency"), PASSWORD);
    assert!(!out.status.success());
    let out = create_organizer(&app, "new@example.org", None, PASSWORD);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--organization"));

    let member = org(
        &app,
        "Island Ministry",
        "government",
        "en",
        "",
        "incident response",
    )
    .await;
    // A member cannot create events; a visitor is sent to log in.
    let r = member
        .client
        .get(app.url("/events/new"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The refusal speaks to the person, not of command-line tools.
    let refusal = r.text().await.unwrap();
    assert!(refusal.contains("ask the administrator of this site"));
    assert!(!refusal.contains("roundtable create-organizer"));
    let r = app.client.get(app.url("/events/new")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).starts_with("/login?next="));
    let r = app
        .submit_with(&member.client, "/events", "/events", &event_fields(&[]))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // An existing account becomes an organizer, with the password given.
    let out = create_organizer(&app, &member.email, None, "a new password 123");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let host = TestOrganizer::new(&app).await;
    let slug = create_event(&app, &host, &[]).await;
    assert_eq!(slug, "global-roundtable-2026");
    let page = app
        .get_page_with(&host.client, &format!("/events/{slug}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let meta = text_of(&page.html, ".meta").join(" ");
    assert!(meta.contains("Thursday 3 December 2026"), "{meta}");
    assert!(meta.contains("Europe/Zurich"));

    // The member's password changed when it became an organizer: log in again.
    let member = TestUser::log_in(&app, &member.email, "a new password 123").await;
    join(&app, &member, &slug).await;
    let page = app.get_page("/events").await;
    assert!(
        text_of(&page.html, ".event-list li")
            .join(" ")
            .contains("1 participant")
    );
    let page = app
        .get_page_with(&host.client, &format!("/events/{slug}"))
        .await;
    assert_eq!(
        text_of(&page.html, "#participants li"),
        vec!["Island Ministry"]
    );

    // A closed event refuses members; the organizer still adds them.
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{slug}/edit"),
            &format!("/events/{slug}/edit"),
            &event_fields(&[("open", "\u{0}")]),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let other = org(
        &app,
        "Response Alliance",
        "cert",
        "en",
        "incident response",
        "",
    )
    .await;
    let r = app
        .submit_with(
            &other.client,
            &format!("/events/{slug}"),
            &format!("/events/{slug}/join"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{slug}/schedule"),
            &format!("/events/{slug}/participants"),
            &[("organization", "Response Alliance")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{slug}/schedule"),
            &format!("/events/{slug}/participants"),
            &[("organization", "Nobody Such")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = app
        .get_page_with(&host.client, &format!("/events/{slug}"))
        .await;
    assert_eq!(
        page.html
            .select(&scraper::Selector::parse("#participants li").unwrap())
            .count(),
        2
    );

    // Deleting needs the organizer and the confirmation.
    let edit = format!("/events/{slug}/edit");
    let delete = format!("/events/{slug}/delete");
    let r = app
        .submit_with(
            &other.client,
            &format!("/events/{slug}"),
            &delete,
            &[("confirm", "yes")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app.submit_with(&host.client, &edit, &delete, &[]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // The error page greets the organizer as logged in, with a way back.
    let token = app.csrf_with(&host.client, &edit).await;
    let r = host
        .client
        .post(app.url(&delete))
        .header("Referer", app.url(&edit))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    assert!(text_of(&html, "nav").join(" ").contains("Log out"));
    assert!(!text_of(&html, "nav").join(" ").contains("Log in"));
    assert_eq!(
        select(&html, ".error-page a")
            .first()
            .and_then(|a| a.value().attr("href")),
        Some(edit.as_str())
    );
    assert_eq!(
        app.get_page_with(&host.client, &format!("/events/{slug}"))
            .await
            .status,
        StatusCode::OK
    );
    let r = app
        .submit_with(&host.client, &edit, &delete, &[("confirm", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app.get_page_with(&host.client, &location(&r)).await;
    assert_eq!(
        text_of(&page.html, ".notice"),
        vec!["The event was deleted."]
    );
    assert_eq!(
        app.get_page_with(&host.client, &format!("/events/{slug}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_event_form_reports_wrong_missing_huge_and_hostile_input() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let huge = "x".repeat(400);
    let many_tables = "T 1-5000: 2";
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (vec![("name", "")], "name"),
        (vec![("date", "03/12/2026")], "date"),
        (vec![("date", "\u{0}")], "date"),
        (vec![("time_zone", "Mars/Olympus")], "time_zone"),
        (vec![("slots", "")], "slots"),
        (vec![("slots", "09:00 30\n09:10 30")], "slots"),
        (vec![("slots", "25:00 30")], "slots"),
        (vec![("tables", "Table 1: 1")], "tables"),
        (vec![("tables", many_tables)], "tables"),
        (
            vec![("tables", "Table 1: 2"), ("group_tables", "on")],
            "tables",
        ),
        (vec![("interpretation", "klingon")], "interpretation"),
        (vec![("min_meetings", "many")], "min_meetings"),
        (vec![("venue", huge.as_str())], "venue"),
    ];
    for (overrides, field) in cases {
        let r = app
            .submit_with(
                &host.client,
                "/events/new",
                "/events",
                &event_fields(&overrides),
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let html = scraper::Html::parse_document(&r.text().await.unwrap());
        assert!(
            !select(&html, &format!("#{field}-error")).is_empty(),
            "no error for {field}"
        );
        // What was typed is shown again.
        if let Some((k, v)) = overrides
            .first()
            .filter(|(_, v)| v.len() < 100 && *v != "\u{0}" && !v.is_empty())
        {
            let shown = select(&html, &format!("[name={k}]"))
                .first()
                .map(|e| {
                    e.value()
                        .attr("value")
                        .map_or_else(|| e.text().collect(), str::to_owned)
                })
                .unwrap_or_default();
            if *k != "group_tables" {
                assert_eq!(shown.trim(), v.trim(), "{k}");
            }
        }
    }
    // Hostile text is shown as text.
    let slug = create_event(&app, &host, &[("name", "<script>alert(1)</script> Night")]).await;
    let r = host
        .client
        .get(app.url(&format!("/events/{slug}")))
        .send()
        .await
        .unwrap();
    let body = r.text().await.unwrap();
    assert!(!body.contains("<script>alert(1)"));
    assert!(body.contains("&#60;script&#62;"));
    // Nothing from the failed forms was saved.
    let page = app.get_page("/events").await;
    assert_eq!(select(&page.html, ".event-list li").len(), 1);
    // A body above the form limit is refused.
    let r = app
        .submit_with(
            &host.client,
            "/events/new",
            "/events",
            &event_fields(&[("slots", &"09:00 30\n".repeat(20_000))]),
        )
        .await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // An event nobody has joined yet still gets an (empty) schedule and report.
    build(&app, &host, &slug).await;
    let page = app
        .get_page_with(&host.client, &format!("/events/{slug}/schedule"))
        .await;
    assert_eq!(text_of(&page.html, ".figures dd")[0], "0");
    assert!(plan(&app, &host, &slug).await.is_empty());
}

#[tokio::test]
async fn an_earlier_slot_or_reordered_tables_move_no_meeting() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    let r = app
        .submit_with(
            &orgs[0].client,
            &format!("/events/{event}"),
            &format!("/events/{event}/availability"),
            &[("blocked", "1")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    build(&app, &host, &event).await;
    let mut before = plan(&app, &host, &event).await;
    before.sort();
    let edit = format!("/events/{event}/edit");
    let r = app
        .submit_with(
            &host.client,
            &edit,
            &edit,
            &event_fields(&[
                ("slots", "08:30 30\n09:00 30\n09:30 30\n10:00 30"),
                ("tables", "Table 3: 2\nTable 2: 2\nTable 1: 2"),
            ]),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let mut after = plan(&app, &host, &event).await;
    after.sort();
    assert_eq!(after, before, "every meeting keeps its time and table");
    // The ministry's unavailable 09:30 is still 09:30 (now the third slot).
    let page = app
        .get_page_with(&orgs[0].client, &format!("/events/{event}"))
        .await;
    let checked: Vec<String> = select(&page.html, "#availability input[name=blocked][checked]")
        .iter()
        .map(|e| e.value().attr("value").unwrap().to_owned())
        .collect();
    assert_eq!(checked, vec!["2"]);
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/schedule"))
        .await;
    assert!(
        text_of(&page.html, ".unplaced li")
            .iter()
            .all(|l| !l.contains("no longer available")),
        "no meeting sits in a slot someone blocked"
    );
}

/// Events with the same name and year created at the same time each get
/// their own address (on PostgreSQL a clash used to be a server error).
#[tokio::test]
async fn simultaneous_events_with_one_name_all_get_an_address() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let token = app.csrf_with(&host.client, "/events/new").await;
    let fields: Vec<(String, String)> = event_fields(&[])
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .chain([("csrf_token".to_owned(), token)])
        .collect();
    let posts = (0..12).map(|_| host.client.post(app.url("/events")).form(&fields).send());
    let answers = futures_util::future::join_all(posts).await;
    let mut slugs = std::collections::HashSet::new();
    for r in answers {
        let r = r.expect("an answer");
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        slugs.insert(location(&r));
    }
    assert_eq!(slugs.len(), 12, "{slugs:?}");
}
