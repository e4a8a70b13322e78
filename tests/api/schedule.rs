//! The schedule, from the organizer's button and from `roundtable schedule
//! --event`: every rule kept, the same each time, group tables, re-runs during
//! the session and builds at the same time.

use std::collections::HashSet;
use std::process::Command;

use reqwest::StatusCode;

use crate::helpers::events::{build, cast, create_event, event_fields, join, plan, request};
use crate::helpers::{TestOrganizer, attr_of, bin, spawn_app, text_of};

/// Whether `a` and `b` meet somewhere in `plan`.
fn met(plan: &[(String, String, Vec<String>)], a: &str, b: &str) -> bool {
    plan.iter()
        .any(|(_, _, who)| who.iter().any(|w| w == a) && who.iter().any(|w| w == b))
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
    let action = attr_of(&page.html, "#requests form.inline-form", "action").unwrap();
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
