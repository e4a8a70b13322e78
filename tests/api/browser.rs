//! The main journeys in a real headless Chromium, as people would walk them:
//! register, fill in the profile, open the suggestions, read a reason, mark
//! interest, export CSV; and an organizer who builds a session's schedule, then
//! a participant who records an outcome and opens its agenda, then every
//! other page. A screenshot of each step is saved under the target directory
//! (`tmp/e2e-screenshots/`); any browser console error, and any violation of
//! axe-core's WCAG 2.2 A/AA rules (every impact, minor included), fails the test.

use fantoccini::Locator;

use crate::browser_driver::{AXE_RUN, ensure_browser, on_the_demo, open_browser};
use crate::helpers::{PASSWORD, spawn_app};

#[tokio::test]
async fn a_person_registers_finds_a_partner_marks_interest_and_exports() {
    ensure_browser();
    let app = spawn_app().await;
    // A partner that offers what the person will ask for, worded differently.
    let partner = roundtable::domain::profile::ProfileDraft {
        name: "Regional Response Alliance".into(),
        kind: "international_org".into(),
        languages: vec!["en".into()],
        capabilities: vec!["CERT establishment support".into()],
        needs: vec!["a venue for our regional workshop".into()],
        website: "https://alliance.example.org".into(),
        ..Default::default()
    }
    .parse()
    .unwrap();
    roundtable::services::import::apply(&app.db, &[partner], false, |_| {})
        .await
        .unwrap();

    let (_driver, _profile, mut j) = open_browser().await;

    j.client.goto(&app.url("/")).await.unwrap();
    j.step("start").await;
    j.click("a.button[href='/register']").await;
    j.type_into("organization_name", "Island Ministry of ICT")
        .await;
    j.type_into("email", "ana@ministry.example.org").await;
    j.type_into("password", PASSWORD).await;
    j.step("register-filled").await;
    j.click("form.form button[type=submit]").await;
    assert!(
        j.client
            .current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/edit"),
        "registration leads to the editor"
    );

    j.type_into("languages", "en").await;
    j.type_into("capabilities", "Hosting of regional events")
        .await;
    j.type_into("needs", "help to set up our national CSIRT")
        .await;
    j.client
        .find(Locator::Id("kind"))
        .await
        .unwrap()
        .select_by_value("government")
        .await
        .unwrap();
    j.step("profile-filled").await;
    j.click("form.form button[type=submit]").await;
    assert_eq!(j.text("h1").await, vec!["Island Ministry of ICT"]);
    assert_eq!(
        j.text(".needs li").await,
        vec!["help to set up our national CSIRT"]
    );
    j.step("profile-saved").await;

    j.click("a[href$='/matches']").await;
    assert_eq!(
        j.text(".match .partner").await,
        vec!["Regional Response Alliance"]
    );
    let reasons = j.text(".match .reason").await;
    assert!(
        reasons.iter().any(|r| r == "They offer CERT establishment support, which covers your need help to set up our national CSIRT."),
        "{reasons:?}"
    );
    j.step("suggestions").await;

    j.click("button[value=interested]").await;
    assert_eq!(j.text(".mark-state").await, vec!["You are interested."]);
    j.step("interested").await;

    let href = j
        .client
        .find(Locator::LinkText("CSV"))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .expect("an export link");
    let cookies: Vec<String> = j
        .client
        .get_all_cookies()
        .await
        .unwrap()
        .iter()
        .map(|c| format!("{}={}", c.name(), c.value()))
        .collect();
    let response = reqwest::Client::new()
        .get(app.url(&href))
        .header("cookie", cookies.join("; "))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body = response.bytes().await.unwrap();
    let mut reader = csv::Reader::from_reader(
        body.strip_prefix(b"\xEF\xBB\xBF".as_slice())
            .unwrap_or(&body),
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][2], "Regional Response Alliance");
    assert_eq!(&rows[0][7], "interested");
    j.step("exported").await;

    // The accessibility check itself works: an image without a text
    // alternative is a violation.
    j.client
        .execute(
            "const i = document.createElement('img'); i.src = '/static/favicon.svg'; document.querySelector('main').append(i);",
            vec![],
        )
        .await
        .unwrap();
    let violations = j.client.execute_async(AXE_RUN, vec![]).await.unwrap();
    assert_eq!(violations[0]["id"], "image-alt", "{violations:#}");

    // The console check itself works: a failed page load is reported.
    j.client.goto(&app.url("/no-such-page")).await.unwrap();
    assert!(
        !j.console_errors().await.is_empty(),
        "a 404 shows in the console log"
    );
    j.client.close().await.unwrap();
}

#[tokio::test]
async fn an_organizer_schedules_a_session_and_a_participant_reads_its_agenda() {
    let (app, _driver, _profile, mut j) = on_the_demo("event-").await;

    j.client.goto(&app.url("/login")).await.unwrap();
    j.step("login").await;
    // A wrong password: the page that says so passes the checks too.
    j.type_into("email", roundtable::services::demo::DEMO_EMAIL)
        .await;
    j.type_into("password", "not the password").await;
    j.click("form button[type=submit]").await;
    assert!(!j.text("[role=alert]").await.is_empty());
    j.check_accessibility("login-refused").await;
    j.console_errors().await;
    j.type_into("email", roundtable::services::demo::DEMO_EMAIL)
        .await;
    j.type_into("password", roundtable::services::demo::DEMO_PASSWORD)
        .await;
    j.click("form button[type=submit]").await;
    j.click("a[href='/events']").await;
    j.click("a[href='/events/new']").await;
    assert_eq!(j.text("h1").await, vec!["New event"]);
    j.step("new-event-form").await;
    j.client.back().await.unwrap();
    j.click(".event-list a").await;
    assert_eq!(j.text("h1").await, vec!["Demo matchmaking session"]);
    j.step("event").await;

    j.click("a[href$='/schedule']").await;
    j.click("section form button[type=submit]").await;
    let figures = j.text(".figures dd").await;
    let meetings: usize = figures[0]
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(meetings >= 30, "{figures:?}");
    assert!(
        figures[2].starts_with("min 3"),
        "everyone gets three: {figures:?}"
    );
    j.step("schedule-built").await;

    j.click("a[href$='/plan']").await;
    assert_eq!(j.text(".plan-slot h2").await.len(), 6);
    j.step("table-plan").await;

    j.client.back().await.unwrap();
    j.click(".meta a").await;
    let agenda = j.text("ol.agenda > li").await;
    assert!(agenda.len() >= 3, "{agenda:?}");
    j.client
        .find(Locator::Css("ol.agenda select[name=outcome]"))
        .await
        .unwrap()
        .select_by_value("follow_up")
        .await
        .unwrap();
    j.click("ol.agenda form button[type=submit]").await;
    assert_eq!(j.text(".notice").await, vec!["The outcome is saved."]);
    j.step("outcome-saved").await;

    j.click("a[href*='/agenda/']").await;
    assert_eq!(j.text(".print-list tbody tr").await.len(), agenda.len());
    j.step("agenda").await;

    let agenda_url = j.client.current_url().await.unwrap().to_string();
    let event_url = agenda_url.split("/agenda/").next().unwrap().to_owned();

    // Every other page passes the accessibility check too (each step runs it).
    let href = |css: &'static str| {
        let client = j.client.clone();
        async move {
            client
                .execute(
                    &format!("return document.querySelector(\"{css}\").getAttribute('href');"),
                    vec![],
                )
                .await
                .unwrap()
                .as_str()
                .unwrap_or_else(|| panic!("a link {css}"))
                .to_owned()
        }
    };
    j.client
        .goto(&format!("{event_url}/schedule"))
        .await
        .unwrap();
    let move_page = href("a[href$='/move']").await;
    let matches = href("a[href$='/matches']").await;
    let own = matches.trim_end_matches("/matches").to_owned();
    let other = format!("{own}/../{}", agenda_url.rsplit('/').next().unwrap());
    for (name, path) in [
        ("home", "/".to_owned()),
        ("directory", "/organizations".to_owned()),
        (
            "directory-search",
            "/organizations?q=incident&kind=cert&side=offers".to_owned(),
        ),
        ("profile", other),
        ("profile-edit", format!("{own}/edit")),
        ("matches", matches.clone()),
        ("matches-filtered", format!("{matches}?min_score=abc")),
        ("matches-print", format!("{matches}/print")),
        ("mutual", format!("{own}/mutual")),
        ("how-scores-work", "/how-scores-work".to_owned()),
        ("landscape", "/landscape".to_owned()),
        (
            "landscape-filtered",
            "/landscape?theme=incidents&kind=nope".to_owned(),
        ),
        ("tokens", "/settings/tokens".to_owned()),
        ("events", "/events".to_owned()),
        (
            "event-edit",
            format!("{event_url}/edit").replace(&app.url(""), ""),
        ),
        ("move", move_page),
        (
            "room",
            format!("{event_url}/room").replace(&app.url(""), ""),
        ),
        (
            "cards",
            format!("{event_url}/cards").replace(&app.url(""), ""),
        ),
        (
            "report",
            format!("{event_url}/report").replace(&app.url(""), ""),
        ),
        ("api-docs", "/api/docs".to_owned()),
    ] {
        j.client.goto(&app.url(&path)).await.unwrap();
        j.step(&format!("page-{name}")).await;
    }
    // The confirmation page, reached as a person would.
    j.client
        .goto(&format!("{event_url}/schedule"))
        .await
        .unwrap();
    j.click("form[action$='/remove'] button").await;
    assert!(j.text("h1").await[0].starts_with("Remove the meeting of"));
    j.step("confirm-remove").await;
    // The error page (its 404 is a console error, so only the accessibility check).
    j.client.goto(&app.url("/no-such-page")).await.unwrap();
    j.check_accessibility("not-found").await;
    j.console_errors().await;

    // On a 390 px phone, the pages of the day fit the screen's width.
    j.client.set_window_size(390, 844).await.unwrap();
    for (name, url) in [
        ("agenda", agenda_url.clone()),
        ("event", event_url.clone()),
        ("schedule", format!("{event_url}/schedule")),
        ("plan", format!("{event_url}/plan")),
        ("directory", app.url("/organizations")),
        ("landscape", app.url("/landscape")),
    ] {
        j.client.goto(&url).await.unwrap();
        j.step(&format!("phone-{name}")).await;
        let width = j
            .client
            .execute(
                "return [document.documentElement.scrollWidth, window.innerWidth];",
                vec![],
            )
            .await
            .unwrap();
        let (scroll, inner) = (width[0].as_u64().unwrap(), width[1].as_u64().unwrap());
        assert!(
            scroll <= inner,
            "{url}: {scroll} px wide in a {inner} px window"
        );
        // The menu stays under 100 px high on a phone (it took 170 px).
        if !matches!(name, "agenda" | "plan") {
            let header = j
                .client
                .execute(
                    "return document.querySelector('.site-header').offsetHeight;",
                    vec![],
                )
                .await
                .unwrap()
                .as_u64()
                .unwrap();
            assert!(header <= 100, "{url}: the menu is {header} px high");
        }
    }
    j.client.close().await.unwrap();
}
