//! Notifications by e-mail: a meeting request, its answer and a new mutual
//! interest are told to the confirmed people of the organization concerned,
//! once, in their language, with a link back to the page and a one-click
//! unsubscribe (RFC 8058) that a mail program can POST; each kind can be at
//! once, in a daily digest, or off.

use reqwest::StatusCode;

use crate::helpers::events::{cast, create_event, join, request};
use crate::helpers::mail::{SmtpServer, confirm, link_in, outbox_texts};
use crate::helpers::matches::mark;
use crate::helpers::{
    TestApp, TestOrganizer, TestUser, attr_of, new_client, spawn_app, spawn_app_with_smtp,
};

/// An event that the five organizations of the cast joined.
async fn event_with_cast(app: &TestApp) -> (String, Vec<TestUser>) {
    let host = TestOrganizer::new(app).await;
    let event = create_event(app, &host, &[]).await;
    let orgs = cast(app).await;
    for o in &orgs {
        join(app, o, &event).await;
    }
    (event, orgs)
}

/// The action of the answer form of the request from `from` on `user`'s
/// event page.
async fn answer_form(app: &TestApp, user: &TestUser, event: &str, from: &str) -> String {
    let page = app
        .get_page_with(&user.client, &format!("/events/{event}"))
        .await;
    let link = scraper::Selector::parse(&format!("a[href='/organizations/{from}']")).unwrap();
    let form = scraper::Selector::parse("form[action$='/answer']").unwrap();
    page.html
        .select(&scraper::Selector::parse("li.request").unwrap())
        .find(|li| li.select(&link).next().is_some())
        .and_then(|li| li.select(&form).next())
        .and_then(|f| f.value().attr("action"))
        .expect("a request to answer")
        .to_owned()
}

async fn answer(
    app: &TestApp,
    user: &TestUser,
    event: &str,
    action: &str,
    decision: &str,
    reply: &str,
) {
    let r = app
        .submit_with(
            &user.client,
            &format!("/events/{event}"),
            action,
            &[("decision", decision), ("reply", reply)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_meeting_request_and_its_answer_reach_the_right_people_once_with_one_click_unsubscribe() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(&smtp.url()).await;
    let (event, orgs) = event_with_cast(&app).await;
    let (island, alliance, institute) = (&orgs[0], &orgs[1], &orgs[2]);
    // Five confirmations of the registrations (and the organizer's none).
    smtp.wait_for(5).await;

    // The alliance's address is not confirmed yet: nothing is sent to it.
    let r = request(&app, island, &event, &alliance.slug, "").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(
        outbox_texts(&app, "requests", &alliance.email)
            .await
            .is_empty()
    );

    // Confirmed, in French: the next request reaches it, once, in French.
    confirm(&app, &alliance.email).await;
    alliance
        .client
        .get(app.url("/?lang=fr"))
        .send()
        .await
        .unwrap();
    let r = request(
        &app,
        institute,
        &event,
        &alliance.slug,
        "Shall we talk about exercises?",
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let got = smtp.wait_for(6).await;
    let told: Vec<_> = got
        .iter()
        .map(|m| crate::helpers::mail::parse(m))
        .filter(|m| m.to.contains(&alliance.email) && m.text.contains("#requests"))
        .collect();
    assert_eq!(told.len(), 1, "one message to the organization asked");
    let m = &told[0];
    let fr = roundtable::i18n::Lang::Fr;
    let expected = fr.tr(
        "notify-request-subject",
        &[
            ("org", &"Strategy Institute"),
            ("event", &"Global Roundtable"),
        ],
    );
    assert_eq!(m.subject, expected);
    assert!(
        m.text.contains("Shall we talk about exercises?"),
        "the message quoted"
    );
    let back = link_in(&m.text, &format!("/events/{event}")).expect("a link back");
    assert!(back.ends_with("#requests"), "{back}");

    // The headers of a one-click unsubscribe, read by a MIME parser.
    let raw = got
        .iter()
        .find(|raw| crate::helpers::mail::parse(raw).subject == expected)
        .unwrap();
    let parsed = mailparse::parse_mail(raw).unwrap();
    use mailparse::MailHeaderMap;
    let list = parsed
        .get_headers()
        .get_first_value("List-Unsubscribe")
        .expect("List-Unsubscribe");
    assert_eq!(
        parsed
            .get_headers()
            .get_first_value("List-Unsubscribe-Post")
            .as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    let unsubscribe = list
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_owned();
    assert!(
        unsubscribe.starts_with(&app.address) && unsubscribe.ends_with("/requests"),
        "{unsubscribe}"
    );

    // The institute is answered: accepted, with the reply; answering the
    // same again tells nothing new.
    confirm(&app, &institute.email).await;
    let action = answer_form(&app, alliance, &event, &institute.slug).await;
    answer(&app, alliance, &event, &action, "accept", "With pleasure").await;
    let answers = outbox_texts(&app, "answers", &institute.email).await;
    assert_eq!(answers.len(), 1);
    assert!(answers[0].contains("With pleasure"));
    assert!(
        outbox_texts(&app, "answers", &island.email)
            .await
            .is_empty()
    );
    answer(&app, alliance, &event, &action, "accept", "With pleasure").await;
    assert_eq!(
        outbox_texts(&app, "answers", &institute.email).await.len(),
        1
    );

    // A link checker opening the unsubscribe link changes nothing; the mail
    // program's one-click POST (no cookie, no CSRF token) stops the kind.
    let r = new_client().get(&unsubscribe).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = new_client()
        .post(&unsubscribe)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let before = outbox_texts(&app, "requests", &alliance.email).await.len();
    let r = request(&app, &orgs[4], &event, &alliance.slug, "").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        outbox_texts(&app, "requests", &alliance.email).await.len(),
        before,
        "unsubscribed: nothing more"
    );
    let page = app
        .get_page_with(&alliance.client, "/settings/notifications")
        .await;
    assert_eq!(
        attr_of(&page.html, "input[name=requests][checked]", "value").as_deref(),
        Some("off")
    );
}

#[tokio::test]
async fn each_kind_can_come_at_once_in_a_daily_digest_or_not_at_all() {
    let app = spawn_app().await;
    let (event, orgs) = event_with_cast(&app).await;
    let (island, alliance) = (&orgs[0], &orgs[1]);
    confirm(&app, &island.email).await;
    let page = "/settings/notifications";

    // Wrong input is refused and changes nothing.
    let r = app
        .submit_with(&island.client, page, page, &[("answers", "weekly")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = app
        .submit_with(
            &island.client,
            page,
            page,
            &[("answers", &"x".repeat(100_000))],
        )
        .await;
    assert!(r.status().is_client_error(), "{}", r.status());
    let shown = app.get_page_with(&island.client, page).await;
    assert_eq!(
        attr_of(&shown.html, "input[name=answers][checked]", "value").as_deref(),
        Some("immediate"),
        "the default, kept"
    );
    // Not logged in: to the login page.
    let r = new_client().get(app.url(page)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // Answers in a daily digest, mutual interest off.
    let r = app
        .submit_with(
            &island.client,
            page,
            page,
            &[("answers", "digest"), ("mutual", "off")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    request(&app, island, &event, &alliance.slug, "").await;
    let action = answer_form(&app, alliance, &event, &island.slug).await;
    answer(&app, alliance, &event, &action, "decline", "No time, sorry").await;
    assert!(
        outbox_texts(&app, "answers", &island.email)
            .await
            .is_empty(),
        "kept for the digest"
    );
    // Mutual interest, turned off: nothing.
    mark(
        &app,
        &island.client,
        &island.slug,
        &alliance.slug,
        "interested",
    )
    .await;
    mark(
        &app,
        &alliance.client,
        &alliance.slug,
        &island.slug,
        "interested",
    )
    .await;
    assert!(outbox_texts(&app, "mutual", &island.email).await.is_empty());

    // Not due yet; a day later, one digest with the item and a link back.
    let now = chrono::Utc::now().timestamp();
    let written = roundtable::services::notify::send_digests(&app.db, now - 3600)
        .await
        .unwrap();
    assert_eq!(written, 0);
    let written = roundtable::services::notify::send_digests(&app.db, now + 1)
        .await
        .unwrap();
    assert_eq!(written, 1);
    let digests = outbox_texts(&app, "digest", &island.email).await;
    assert_eq!(digests.len(), 1);
    assert!(digests[0].contains("Response Alliance"), "{}", digests[0]);
    assert!(link_in(&digests[0], &format!("/events/{event}")).is_some());
    let stop = link_in(&digests[0], "/unsubscribe/").expect("an unsubscribe link");
    assert!(stop.ends_with("/digest"), "{stop}");
    // Taken: the next run writes nothing.
    assert_eq!(
        roundtable::services::notify::send_digests(&app.db, now + 1)
            .await
            .unwrap(),
        0
    );

    // The digest's unsubscribe turns off what was in the digest, nothing else.
    let r = new_client()
        .post(&stop)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let shown = app.get_page_with(&island.client, page).await;
    for (kind, mode) in [
        ("answers", "off"),
        ("mutual", "off"),
        ("requests", "immediate"),
    ] {
        assert_eq!(
            attr_of(
                &shown.html,
                &format!("input[name={kind}][checked]"),
                "value"
            )
            .as_deref(),
            Some(mode),
            "{kind}"
        );
    }
    // A made-up key or kind: a clear page, nothing changed.
    for bad in [
        "/unsubscribe/nope/requests".to_owned(),
        format!("{}/everything", stop.trim_end_matches("/digest")),
    ] {
        let path = bad.trim_start_matches(&app.address).to_owned();
        let r = new_client().post(app.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn a_new_mutual_interest_is_told_to_the_organization_that_marked_first() {
    let app = spawn_app().await;
    let orgs = cast(&app).await;
    let (island, alliance) = (&orgs[0], &orgs[1]);
    confirm(&app, &island.email).await;
    confirm(&app, &alliance.email).await;
    mark(
        &app,
        &island.client,
        &island.slug,
        &alliance.slug,
        "interested",
    )
    .await;
    assert!(
        outbox_texts(&app, "mutual", &alliance.email)
            .await
            .is_empty(),
        "not mutual yet"
    );
    mark(
        &app,
        &alliance.client,
        &alliance.slug,
        &island.slug,
        "interested",
    )
    .await;
    let told = outbox_texts(&app, "mutual", &island.email).await;
    assert_eq!(told.len(), 1);
    assert!(told[0].contains("Response Alliance"));
    assert!(link_in(&told[0], &format!("/organizations/{}/mutual", island.slug)).is_some());
    // Marking again changes nothing: nobody is told twice.
    mark(
        &app,
        &alliance.client,
        &alliance.slug,
        &island.slug,
        "interested",
    )
    .await;
    assert_eq!(outbox_texts(&app, "mutual", &island.email).await.len(), 1);
    assert!(
        outbox_texts(&app, "mutual", &alliance.email)
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn the_day_before_an_event_each_participant_gets_its_agenda_once() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    // On 3 December 2026 in Zurich.
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
    }
    let island = &orgs[0];
    confirm(&app, &island.email).await;
    crate::helpers::events::build(&app, &host, &event).await;
    let mail = roundtable::services::mail::Mail::new(roundtable::services::mail::MailConfig {
        smtp_url: None,
        from: "Roundtable <noreply@roundtable.test>".into(),
        base_url: Some(app.address.clone()),
    });
    let at = |s: &str| s.parse::<chrono::DateTime<chrono::Utc>>().unwrap();
    let remind = |now: &str| {
        let now = at(now);
        let (db, mail) = (app.db.clone(), &mail);
        async move {
            roundtable::services::schedule_news::send_reminders(&db, mail, now)
                .await
                .unwrap()
        }
    };
    // Two days before, and on the day itself: nothing.
    assert_eq!(remind("2026-12-01T12:00:00Z").await, 0);
    assert_eq!(remind("2026-12-03T08:00:00Z").await, 0);
    assert!(
        outbox_texts(&app, "reminder", &island.email)
            .await
            .is_empty()
    );
    // 23:30 UTC on the 1st is already the 2nd in Zurich: the day before.
    let reminded = remind("2026-12-01T23:30:00Z").await;
    assert!(reminded >= 1, "{reminded}");
    let texts = outbox_texts(&app, "reminder", &island.email).await;
    assert_eq!(texts.len(), 1);
    let meetings_of_island = texts[0].matches(" · Table ").count();
    assert!(meetings_of_island >= 1, "the agenda's lines: {}", texts[0]);
    assert!(
        link_in(
            &texts[0],
            &format!("/events/{event}/agenda/{}", island.slug)
        )
        .is_some()
    );
    // Once only, also when asked again.
    assert_eq!(remind("2026-12-02T10:00:00Z").await, 0);
    assert_eq!(outbox_texts(&app, "reminder", &island.email).await.len(), 1);
    // The unconfirmed addresses got nothing.
    assert!(
        outbox_texts(&app, "reminder", &orgs[1].email)
            .await
            .is_empty()
    );
}
