//! Events: organizers, participants, meeting requests, the schedule and its
//! rules, agendas (checked with real parsers) and outcomes.

use std::collections::{HashMap, HashSet};
use std::process::Command;

use reqwest::StatusCode;

use crate::helpers::{
    PASSWORD, TestApp, TestOrganizer, TestUser, bin, create_organizer, location, select, spawn_app,
    text_of,
};

fn event_fields<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("name", "Global Roundtable"),
        ("date", "2026-12-03"),
        ("venue", "Geneva, Room XX"),
        ("time_zone", "Europe/Zurich"),
        ("slots", "09:00 30\n09:30 30\n10:00 30"),
        ("tables", "Table 1-3: 2"),
        ("interpretation", ""),
        ("min_meetings", "2"),
        ("open", "on"),
    ];
    for (k, v) in overrides {
        match fields.iter_mut().find(|(name, _)| name == k) {
            Some(f) => f.1 = v,
            None => fields.push((k, v)),
        }
    }
    fields.retain(|(_, v)| *v != "\u{0}");
    fields
}

async fn create_event(app: &TestApp, host: &TestOrganizer, overrides: &[(&str, &str)]) -> String {
    let r = app
        .submit_with(
            &host.client,
            "/events/new",
            "/events",
            &event_fields(overrides),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    location(&r).trim_start_matches("/events/").to_owned()
}

/// Registers an organization with a profile; it is logged in.
async fn org(
    app: &TestApp,
    name: &str,
    kind: &str,
    languages: &str,
    caps: &str,
    needs: &str,
) -> TestUser {
    let email = format!("{}@example.org", name.to_lowercase().replace(' ', "."));
    let user = TestUser::register(app, name, &email).await;
    let r = app
        .edit_with(
            &user.client,
            &user.slug,
            &[
                ("kind", kind),
                ("languages", languages),
                ("capabilities", caps),
                ("needs", needs),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "profile of {name}");
    user
}

/// Five organizations: a ministry, a CERT that serves it, a strategy institute,
/// a French-speaking CERT and a donor.
async fn cast(app: &TestApp) -> Vec<TestUser> {
    vec![
        org(
            app,
            "Island Ministry",
            "government",
            "en",
            "regional coordination",
            "incident response training\nnational cyber strategy",
        )
        .await,
        org(
            app,
            "Response Alliance",
            "cert",
            "en",
            "incident response training\ncyber exercises",
            "regional coordination",
        )
        .await,
        org(
            app,
            "Strategy Institute",
            "academia",
            "en",
            "national cyber strategy",
            "cyber exercises\nregional coordination",
        )
        .await,
        org(
            app,
            "CERT Francophone",
            "cert",
            "fr",
            "incident response training",
            "national cyber strategy",
        )
        .await,
        org(
            app,
            "Donor Agency",
            "development_agency",
            "en",
            "grant funding for capacity building",
            "incident response training",
        )
        .await,
    ]
}

async fn join(app: &TestApp, o: &TestUser, event: &str) {
    let r = app
        .submit_with(
            &o.client,
            &format!("/events/{event}"),
            &format!("/events/{event}/join"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

async fn build(app: &TestApp, host: &TestOrganizer, event: &str) {
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{event}/schedule"),
            &format!("/events/{event}/schedule"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

/// The table plan as CSV rows: (time, table, participants).
async fn plan(
    app: &TestApp,
    host: &TestOrganizer,
    event: &str,
) -> Vec<(String, String, Vec<String>)> {
    let r = host
        .client
        .get(app.url(&format!("/events/{event}/plan/export.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let body = r.bytes().await.unwrap();
    let mut reader = csv::Reader::from_reader(&body[3..]);
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[0].to_owned(),
                r[1].to_owned(),
                r[2].split("; ").map(str::to_owned).collect(),
            )
        })
        .collect()
}

fn met(plan: &[(String, String, Vec<String>)], a: &str, b: &str) -> bool {
    plan.iter()
        .any(|(_, _, who)| who.iter().any(|w| w == a) && who.iter().any(|w| w == b))
}

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
                        .map(str::to_owned)
                        .unwrap_or_else(|| e.text().collect())
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

async fn request(
    app: &TestApp,
    from: &TestUser,
    event: &str,
    to: &str,
    message: &str,
) -> reqwest::Response {
    app.submit_with(
        &from.client,
        &format!("/events/{event}"),
        &format!("/events/{event}/requests"),
        &[("to", to), ("message", message)],
    )
    .await
}

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
    let page = app
        .get_page_with(&a.client, &format!("/events/{event}"))
        .await;
    assert!(
        text_of(&page.html, "#requests li.request")
            .join(" ")
            .contains("Response Alliance")
    );

    // Only the asked side answers.
    let id = crate::helpers::attr_of(
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
async fn the_schedule_keeps_every_rule_and_is_the_same_each_time() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    let names = [
        "Island Ministry",
        "Response Alliance",
        "Strategy Institute",
        "CERT Francophone",
        "Donor Agency",
    ];
    // The ministry cannot attend the first slot, asks the alliance for a meeting
    // (accepted) and does not want to meet the institute.
    let r = app
        .submit_with(
            &orgs[0].client,
            &format!("/events/{event}"),
            &format!("/events/{event}/availability"),
            &[("blocked", "0")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app
        .submit_with(
            &orgs[0].client,
            &format!("/events/{event}"),
            &format!("/events/{event}/availability"),
            &[("blocked", "7")],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::BAD_REQUEST,
        "a slot the event does not have"
    );
    let r = app
        .submit_with(
            &orgs[0].client,
            &format!("/events/{event}"),
            &format!("/events/{event}/availability"),
            &[("blocked", "0")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    request(&app, &orgs[1], &event, &orgs[0].slug, "").await;
    let page = app
        .get_page_with(&orgs[0].client, &format!("/events/{event}"))
        .await;
    let action =
        crate::helpers::attr_of(&page.html, "#requests form.inline-form", "action").unwrap();
    app.submit_with(
        &orgs[0].client,
        &format!("/events/{event}"),
        &action,
        &[("decision", "accept")],
    )
    .await;
    app.submit_with(
        &orgs[0].client,
        &format!("/organizations/{}/matches", orgs[0].slug),
        &format!(
            "/organizations/{}/matches/{}/interest",
            orgs[0].slug, orgs[2].slug
        ),
        &[("state", "not_interested")],
    )
    .await;

    build(&app, &host, &event).await;
    let first = plan(&app, &host, &event).await;
    assert!(!first.is_empty());
    // Nobody in two places at once; tables not double-booked; seats respected.
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut tables: HashSet<(String, String)> = HashSet::new();
    for (time, table, who) in &first {
        assert_eq!(who.len(), 2, "tables of two seat two");
        assert!(
            tables.insert((time.clone(), table.clone())),
            "{table} twice at {time}"
        );
        for w in who {
            assert!(
                seen.insert((time.clone(), w.clone())),
                "{w} twice at {time}"
            );
        }
    }
    // Blocked slot, accepted request, "not interested", shared language.
    assert!(
        !first
            .iter()
            .any(|(t, _, who)| t == "09:00–09:30" && who.contains(&names[0].to_owned()))
    );
    assert!(
        met(&first, names[0], names[1]),
        "the accepted request is placed"
    );
    assert!(!met(&first, names[0], names[2]), "not interested");
    assert!(
        !first
            .iter()
            .any(|(_, _, who)| who.contains(&names[3].to_owned())),
        "no shared language"
    );
    // The report names what could not be placed, and why.
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/schedule"))
        .await;
    let unplaced = text_of(&page.html, ".unplaced li").join("\n");
    assert!(
        unplaced.contains("CERT Francophone: only 0 of 2 meetings"),
        "{unplaced}"
    );
    let figures = text_of(&page.html, ".figures dd").join(" | ");
    assert!(
        figures.ends_with("1 accepted · 0 pending · 0 declined"),
        "{figures}"
    );
    assert!(
        figures.starts_with(&format!("{} |", first.len())),
        "{figures}"
    );

    // Removing slots that hold meetings is refused, and nothing changes.
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{event}/edit"),
            &format!("/events/{event}/edit"),
            &event_fields(&[("slots", "09:00 30")]),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Some scheduled meetings use a slot or table")
    );
    assert_eq!(plan(&app, &host, &event).await, first);

    // The same input gives the same schedule.
    build(&app, &host, &event).await;
    assert_eq!(plan(&app, &host, &event).await, first);

    // A participant that becomes unavailable after the schedule is built is flagged.
    let busy_slot = first
        .iter()
        .find(|(_, _, who)| who.contains(&names[1].to_owned()))
        .map(|(t, _, _)| {
            ["09:00–09:30", "09:30–10:00", "10:00–10:30"]
                .iter()
                .position(|s| s == t)
                .unwrap()
                .to_string()
        })
        .unwrap();
    let r = app
        .submit_with(
            &orgs[1].client,
            &format!("/events/{event}"),
            &format!("/events/{event}/availability"),
            &[("blocked", &busy_slot)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/schedule"))
        .await;
    let unplaced = text_of(&page.html, ".unplaced li").join("\n");
    assert!(
        unplaced.contains("Response Alliance is no longer available then"),
        "{unplaced}"
    );

    // With interpretation between English and French, the French CERT meets.
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{event}/edit"),
            &format!("/events/{event}/edit"),
            &event_fields(&[("interpretation", "en, fr")]),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    build(&app, &host, &event).await;
    let again = plan(&app, &host, &event).await;
    assert!(
        again
            .iter()
            .any(|(_, _, who)| who.contains(&names[3].to_owned()))
    );
}

#[tokio::test]
async fn locked_and_moved_meetings_stay_on_re_runs() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[("tables", "Table 1-3: 2\nTable 9: 2")]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/schedule"))
        .await;
    let ids: Vec<String> = select(&page.html, "table.meetings tr[id]")
        .iter()
        .map(|e| {
            e.value()
                .attr("id")
                .unwrap()
                .trim_start_matches('m')
                .to_owned()
        })
        .collect();
    assert!(ids.len() >= 2);
    let schedule = format!("/events/{event}/schedule");
    let before = plan(&app, &host, &event).await;
    // Move the first meeting to the free Table 9 in its own slot: it is locked there.
    let first = &before[0];
    let slot = ["09:00–09:30", "09:30–10:00", "10:00–10:30"]
        .iter()
        .position(|s| *s == first.0)
        .unwrap()
        .to_string();
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/meetings/{}/move", ids[0]),
            &[("slot", &slot), ("table", "Table 9")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Wrong moves are refused with a reason: a taken table, an unknown table, a slot that does not exist.
    let taken = before
        .iter()
        .find(|m| m.0 == first.0 && m.1 != first.1)
        .map(|m| m.1.clone());
    if let Some(t) = taken {
        let r = app
            .submit_with(
                &host.client,
                &schedule,
                &format!("/events/{event}/meetings/{}/move", ids[0]),
                &[("slot", &slot), ("table", &t)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
        assert!(r.text().await.unwrap().contains("is taken"));
    }
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/meetings/{}/move", ids[0]),
            &[("slot", &slot), ("table", "Table 42")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/meetings/{}/move", ids[0]),
            &[("slot", "99"), ("table", "Table 9")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // Lock a second one, remove nothing, re-run: both stay exactly where they are.
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/meetings/{}/lock", ids[1]),
            &[("locked", "true")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let locked_before: Vec<_> = plan(&app, &host, &event).await;
    let moved = locked_before
        .iter()
        .find(|m| m.1 == "Table 9")
        .cloned()
        .unwrap();
    build(&app, &host, &event).await;
    let after = plan(&app, &host, &event).await;
    assert!(after.contains(&moved), "the moved meeting stays");
    let page = app.get_page_with(&host.client, &schedule).await;
    assert_eq!(select(&page.html, "tr.locked").len(), 2);
    assert!(
        after.len() >= before.len(),
        "the re-run fills the rest again"
    );
    // One slot at a time, on request.
    let page = app
        .get_page_with(&host.client, &format!("{schedule}?slot=1"))
        .await;
    assert_eq!(select(&page.html, "#meetings h3").len(), 1);
    assert_eq!(
        text_of(&page.html, "#meetings h3")[0]
            .split(' ')
            .next()
            .unwrap(),
        "09:30–10:00"
    );
    // A no-show's meeting is removed; the others stay.
    let before_remove = plan(&app, &host, &event).await.len();
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/meetings/{}/remove", ids[1]),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(plan(&app, &host, &event).await.len(), before_remove - 1);
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/meetings/{}/remove", ids[1]),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // A member cannot touch the schedule.
    let r = app
        .submit_with(
            &orgs[0].client,
            &format!("/events/{event}"),
            &format!("/events/{event}/meetings/{}/lock", ids[1]),
            &[("locked", "false")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = orgs[0].client.get(app.url(&schedule)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn agendas_import_into_calendars_and_spreadsheets() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[("venue", "Palais, Room; XX")]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let me = &orgs[0];
    let base = format!("/events/{event}/agenda/{}", me.slug);
    let page = app.get_page_with(&me.client, &base).await;
    assert_eq!(page.status, StatusCode::OK);
    let rows = select(&page.html, ".print-list tbody tr").len();
    assert!(rows >= 2, "the ministry has meetings");
    // On the event page each partner links to its profile.
    let event_page = app
        .get_page_with(&me.client, &format!("/events/{event}"))
        .await;
    assert_eq!(
        select(
            &event_page.html,
            "ol.agenda > li > a[href^='/organizations/']"
        )
        .len(),
        rows
    );

    // iCalendar, read by a real parser: one event per meeting, in the event's time zone.
    let r = me
        .client
        .get(app.url(&format!("{base}/export.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let text = r.text().await.unwrap();
    assert!(text.lines().all(|l| l.len() <= 76), "lines are folded");
    let calendar: icalendar::Calendar = text.parse().expect("a valid calendar");
    use icalendar::{Component, EventLike};
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            icalendar::CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), rows);
    let uids: HashSet<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(uids.len(), rows, "one UID per meeting");
    for e in &events {
        match e.get_start() {
            Some(icalendar::DatePerhapsTime::DateTime(
                icalendar::CalendarDateTime::WithTimezone { date_time, tzid },
            )) => {
                assert_eq!(tzid, "Europe/Zurich");
                assert_eq!(
                    date_time.date(),
                    chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
                );
            }
            other => panic!("start in the event's time zone expected, got {other:?}"),
        }
        assert!(e.get_summary().unwrap().starts_with("Meeting with "));
        assert!(e.get_uid().unwrap().starts_with("meeting-"));
        assert!(
            e.get_location().unwrap().contains("Palais"),
            "{:?}",
            e.get_location()
        );
    }
    let timezones = text.matches("BEGIN:VTIMEZONE").count();
    assert_eq!(timezones, 1);
    assert!(
        text.contains("TZOFFSETTO:+0100"),
        "Geneva in December is UTC+1"
    );

    // CSV and Excel hold the same meetings.
    let csv_body = me
        .client
        .get(app.url(&format!("{base}/export.csv")))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(csv_body.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::Reader::from_reader(&csv_body[3..]);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["Time", "Table", "Partners", "Topic", "Score", "Why"]
    );
    assert_eq!(reader.records().count(), rows);
    let xlsx = me
        .client
        .get(app.url(&format!("{base}/export.xlsx")))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    use calamine::Reader;
    let mut book =
        calamine::Xlsx::new(std::io::Cursor::new(xlsx.to_vec())).expect("a valid workbook");
    let range = book.worksheet_range("Agenda").unwrap();
    assert_eq!(range.height(), rows + 1);

    // Another participant may not read this agenda; the organizer may; unknown formats are 404.
    let r = orgs[1].client.get(app.url(&base)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = host
        .client
        .get(app.url(&format!("{base}/export.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = me
        .client
        .get(app.url(&format!("{base}/export.exe")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // The participant list, for the organizer only.
    let url = app.url(&format!("/events/{event}/participants/export.csv"));
    assert_eq!(
        me.client.get(&url).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    let csv_body = host
        .client
        .get(&url)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(&csv_body[3..]);
    let people: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(people.len(), 5);
    let ministry = people.iter().find(|r| &r[0] == "Island Ministry").unwrap();
    assert_eq!(&ministry[3], "en");
    assert_eq!(ministry[6].parse::<usize>().unwrap(), rows);
    let xlsx = host
        .client
        .get(app.url(&format!("/events/{event}/participants/export.xlsx")))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut book =
        calamine::Xlsx::new(std::io::Cursor::new(xlsx.to_vec())).expect("a valid workbook");
    assert_eq!(book.worksheet_range("Participants").unwrap().height(), 6);

    // The table plan and the table cards.
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/plan"))
        .await;
    assert_eq!(select(&page.html, ".plan-slot").len(), 3);
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/cards"))
        .await;
    assert!(!select(&page.html, ".table-card").is_empty());
    let xlsx = host
        .client
        .get(app.url(&format!("/events/{event}/plan/export.xlsx")))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut book =
        calamine::Xlsx::new(std::io::Cursor::new(xlsx.to_vec())).expect("a valid workbook");
    assert_eq!(
        book.worksheet_range("Table plan").unwrap().height(),
        plan(&app, &host, &event).await.len() + 1
    );
}

#[tokio::test]
async fn outcomes_are_summarised_and_no_fit_pairs_are_not_suggested_again() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let me = &orgs[0];
    let page = app
        .get_page_with(&me.client, &format!("/events/{event}"))
        .await;
    let forms: Vec<String> = select(&page.html, "#meetings form")
        .iter()
        .map(|f| f.value().attr("action").unwrap().to_owned())
        .collect();
    let partners: Vec<String> = text_of(&page.html, "#meetings ol.agenda > li");
    assert!(forms.len() >= 2);
    let first_partner = ["Response Alliance", "Strategy Institute", "Donor Agency"]
        .into_iter()
        .find(|p| partners[0].contains(p))
        .unwrap();
    let before = app
        .get_page_with(&me.client, &format!("/organizations/{}/matches", me.slug))
        .await;
    let before_text = before.html.root_element().text().collect::<String>();
    assert!(before_text.contains(first_partner));

    // Wrong values and outsiders are refused.
    let r = app
        .submit_with(
            &me.client,
            &format!("/events/{event}"),
            &forms[0],
            &[("outcome", "married"), ("note", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .submit_with(
            &me.client,
            &format!("/events/{event}"),
            &forms[0],
            &[("outcome", "no_fit"), ("note", &"n".repeat(1001))],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let outsider = org(&app, "Outsider", "other", "en", "", "").await;
    let r = app
        .submit_with(
            &outsider.client,
            "/events",
            &forms[0],
            &[("outcome", "no_fit")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let r = app
        .submit_with(
            &me.client,
            &format!("/events/{event}"),
            &forms[0],
            &[("outcome", "no_fit"), ("note", "Different regions")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app
        .submit_with(
            &me.client,
            &format!("/events/{event}"),
            &forms[1],
            &[("outcome", "follow_up"), ("note", "Call in January")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    let after = app
        .get_page_with(&me.client, &format!("/organizations/{}/matches", me.slug))
        .await;
    let after_text = after.html.root_element().text().collect::<String>();
    assert!(
        !after_text.contains(first_partner),
        "a no-fit partner is not suggested again"
    );

    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/schedule"))
        .await;
    let summary: HashMap<String, String> = select(&page.html, ".outcomes tr")
        .iter()
        .map(|tr| {
            let cells: Vec<String> = tr
                .text()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect();
            (cells[0].clone(), cells[1].clone())
        })
        .collect();
    assert_eq!(summary["No fit"], "1");
    assert_eq!(summary["Follow-up agreed"], "1");
    assert!(
        page.html
            .root_element()
            .text()
            .collect::<String>()
            .contains("Call in January")
    );
    // The table plan keeps the record for the next edition.
    let csv_body = host
        .client
        .get(app.url(&format!("/events/{event}/plan/export.csv")))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(&csv_body[3..]);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(
        records
            .iter()
            .any(|r| &r[5] == "No fit" && &r[6] == "Different regions")
    );
    assert!(
        records
            .iter()
            .any(|r| &r[5] == "Follow-up agreed" && &r[6] == "Call in January")
    );

    // A re-run keeps the meetings that took place, with their outcomes, and
    // does not pair the no-fit partners again.
    build(&app, &host, &event).await;
    let rows = plan(&app, &host, &event).await;
    let together = rows
        .iter()
        .filter(|(_, _, who)| {
            who.iter().any(|w| w == "Island Ministry") && who.iter().any(|w| w == first_partner)
        })
        .count();
    assert_eq!(together, 1, "only the meeting that took place");
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/schedule"))
        .await;
    assert!(
        page.html
            .root_element()
            .text()
            .collect::<String>()
            .contains("Different regions")
    );
    // A note that a spreadsheet would run as a formula is neutralised.
    let r = app
        .submit_with(
            &me.client,
            &format!("/events/{event}"),
            &forms[1],
            &[("outcome", "project"), ("note", "=HYPERLINK(\"http://x\")")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let csv_body = host
        .client
        .get(app.url(&format!("/events/{event}/plan/export.csv")))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(&csv_body[3..]);
    assert!(
        reader
            .records()
            .map(Result::unwrap)
            .any(|r| &r[6] == "'=HYPERLINK(\"http://x\")")
    );
}

#[tokio::test]
async fn group_tables_seat_a_provider_a_funder_and_a_beneficiary() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(
        &app,
        &host,
        &[
            ("tables", "Table 1-2: 2\nGroup 1: 3"),
            ("group_tables", "on"),
        ],
    )
    .await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let rows = plan(&app, &host, &event).await;
    let groups: Vec<_> = rows.iter().filter(|r| r.2.len() == 3).collect();
    assert!(!groups.is_empty(), "{rows:?}");
    let mut beneficiaries = HashSet::new();
    for g in &groups {
        assert_eq!(g.1, "Group 1", "only the table with three seats: {g:?}");
        assert!(g.2.contains(&"Donor Agency".to_owned()), "{g:?}");
        assert!(
            !g.2.contains(&"CERT Francophone".to_owned()),
            "no shared language: {g:?}"
        );
        assert!(beneficiaries.insert(g.2.clone()), "the same group twice");
    }
    // Nobody in two places at once, group tables included.
    let mut seen = HashSet::new();
    for (time, _, who) in &rows {
        for w in who {
            assert!(
                seen.insert((time.clone(), w.clone())),
                "{w} twice at {time}"
            );
        }
    }
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/schedule"))
        .await;
    let why = text_of(&page.html, "table.meetings td").join(" ");
    assert!(
        why.contains("which covers the need"),
        "group tables are explained"
    );
    assert!(
        text_of(&page.html, ".figures dd")
            .join(" ")
            .contains(&format!("{} at group tables", groups.len()))
    );
}

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

#[tokio::test]
async fn the_schedule_command_gives_the_schedule_of_the_button() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let from_button = plan(&app, &host, &event).await;
    let out = Command::new(bin())
        .args(["schedule", "--event", &event])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains(&format!("{} meetings placed", from_button.len())),
        "{said}"
    );
    assert_eq!(plan(&app, &host, &event).await, from_button);
    let out = Command::new(bin())
        .args(["schedule", "--event", "no-such-event"])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no event has the slug"));
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

#[tokio::test]
async fn builds_at_the_same_time_leave_one_whole_schedule() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let single = plan(&app, &host, &event).await;
    let token = app
        .csrf_with(&host.client, &format!("/events/{event}/schedule"))
        .await;
    let url = app.url(&format!("/events/{event}/schedule"));
    let runs = (0..4).map(|_| {
        host.client
            .post(&url)
            .form(&[("csrf_token", token.as_str())])
            .send()
    });
    for r in futures_util::future::join_all(runs).await {
        let status = r.unwrap().status();
        assert!(
            status == StatusCode::SEE_OTHER || status == StatusCode::BAD_REQUEST,
            "{status}"
        );
    }
    assert_eq!(plan(&app, &host, &event).await, single);
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
    let outsider = crate::api::token(&app, &orgs[4].client, "outsider").await;
    let r = api
        .get(&agenda_url)
        .bearer_auth(&outsider)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let mine = crate::api::token(&app, &orgs[0].client, "agenda").await;
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

#[tokio::test]
async fn a_re_run_during_the_session_leaves_the_slots_that_are_over() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    build(&app, &host, &event).await;
    let first = plan(&app, &host, &event).await;
    let over = |p: &[(String, String, Vec<String>)]| -> Vec<(String, String, Vec<String>)> {
        p.iter().filter(|m| m.0 == "09:00–09:30").cloned().collect()
    };
    assert!(!over(&first).is_empty());
    // The alliance does not come back after the first slot: it blocks the rest.
    let r = app
        .submit_with(
            &orgs[1].client,
            &format!("/events/{event}"),
            &format!("/events/{event}/availability"),
            &[("blocked", "1"), ("blocked", "2")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let schedule = format!("/events/{event}/schedule");
    let r = app
        .submit_with(&host.client, &schedule, &schedule, &[("from_slot", "99")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .submit_with(&host.client, &schedule, &schedule, &[("from_slot", "1")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let after = plan(&app, &host, &event).await;
    assert_eq!(over(&after), over(&first), "the first slot is as it was");
    assert!(
        !after
            .iter()
            .any(|m| m.0 != "09:00–09:30" && m.2.contains(&"Response Alliance".to_owned())),
        "nothing for the alliance after the first slot"
    );
    let out = Command::new(bin())
        .args(["schedule", "--event", &event, "--from-slot", "9"])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("past the event's last slot"));
    let out = Command::new(bin())
        .args(["schedule", "--event", &event, "--from-slot", "2"])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(over(&plan(&app, &host, &event).await), over(&first));
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
