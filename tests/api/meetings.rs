//! The meetings of a built schedule: the organizer locks, moves and removes
//! them; participants record outcomes, which the report sums up and re-runs
//! keep.

use std::collections::HashMap;

use reqwest::StatusCode;

use crate::helpers::events::{build, cast, create_event, join, org, plan};
use crate::helpers::{TestOrganizer, select, spawn_app, text_of};

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
    // Wrong moves are refused with a reason on the move page (422), which
    // offers the places that are free: a taken table, an unknown table, a
    // slot that does not exist.
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
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = scraper::Html::parse_document(&r.text().await.unwrap());
        assert!(text_of(&page, "#problem").join(" ").contains("is taken"));
        assert!(
            !select(&page, "select#place option").is_empty(),
            "the free places are offered"
        );
    }
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/meetings/{}/move", ids[0]),
            &[("slot", &slot), ("table", "Table 42")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = scraper::Html::parse_document(&r.text().await.unwrap());
    assert!(
        text_of(&page, "#problem")
            .join(" ")
            .contains("no table called")
    );
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/meetings/{}/move", ids[0]),
            &[("slot", "99"), ("table", "Table 9")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
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
    // A no-show's meeting is removed once the organizer confirms; the others stay.
    let before_remove = plan(&app, &host, &event).await.len();
    let remove = format!("/events/{event}/meetings/{}/remove", ids[1]);
    let r = app.submit_with(&host.client, &schedule, &remove, &[]).await;
    assert_eq!(r.status(), StatusCode::OK, "the first click asks");
    let asked = scraper::Html::parse_document(&r.text().await.unwrap());
    assert!(text_of(&asked, "h1")[0].starts_with("Remove the meeting of "));
    assert_eq!(
        crate::helpers::attr_of(&asked, "main form", "action").as_deref(),
        Some(remove.as_str())
    );
    assert_eq!(
        plan(&app, &host, &event).await.len(),
        before_remove,
        "nothing removed yet"
    );
    let r = app
        .submit_with(&host.client, &schedule, &remove, &[("confirm", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(plan(&app, &host, &event).await.len(), before_remove - 1);
    let r = app
        .submit_with(&host.client, &schedule, &remove, &[("confirm", "yes")])
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
