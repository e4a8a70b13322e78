//! Fixtures for events: the event form, an organizer's event, a cast of five
//! organizations with profiles, joining, building the schedule, reading the
//! table plan and asking for meetings.

use reqwest::StatusCode;

use super::{TestApp, TestOrganizer, TestUser, location};

/// The event form's fields: a three-slot, three-table event in Geneva,
/// with `overrides` applied (a value of "\u{0}" leaves the field out).
pub fn event_fields<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
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

/// Creates an event with the form and returns its slug.
pub async fn create_event(
    app: &TestApp,
    host: &TestOrganizer,
    overrides: &[(&str, &str)],
) -> String {
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
pub async fn org(
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
pub async fn cast(app: &TestApp) -> Vec<TestUser> {
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

/// `o` joins `event` from the event's page.
pub async fn join(app: &TestApp, o: &TestUser, event: &str) {
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

/// The organizer builds (or re-builds) the schedule with the button.
pub async fn build(app: &TestApp, host: &TestOrganizer, event: &str) {
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
pub async fn plan(
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

/// `from` asks `to` for a meeting at `event`.
pub async fn request(
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
