//! What people take away from a scheduled event: agendas (the page, .ics, CSV
//! and .xlsx, read back with real parsers), the participant list, the table
//! plan and the table cards.

use std::collections::HashSet;

use reqwest::StatusCode;

use crate::helpers::events::{build, cast, create_event, join, org, plan};
use crate::helpers::{TestOrganizer, attr_of, select, spawn_app};

/// A participant's private need is its own: its agenda shows it to itself in
/// full, and to an organizer only as a theme — on the page and in every file.
#[tokio::test]
async fn an_organizer_reads_a_participants_agenda_without_its_private_needs() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    // The need in the ministry's words; the lab offers it in its own.
    let secret = "malware reverse engineering for the quiet ministry";
    let ministry = org(
        &app,
        "Quiet Ministry",
        "government",
        "en",
        "regional coordination",
        "national cyber strategy",
    )
    .await;
    let r = app
        .edit_with(
            &ministry.client,
            &ministry.slug,
            &[("private_needs", secret)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let lab = org(
        &app,
        "Open Lab",
        "cert",
        "en",
        "malware reverse engineering\nnational cyber strategy",
        "regional coordination",
    )
    .await;
    join(&app, &ministry, &event).await;
    join(&app, &lab, &event).await;
    build(&app, &host, &event).await;
    let base = format!("/events/{event}/agenda/{}", ministry.slug);
    let read = |client: reqwest::Client, path: String| {
        let url = app.url(&path);
        async move {
            let r = client.get(url).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK, "{path}");
            String::from_utf8_lossy(&r.bytes().await.unwrap()).into_owned()
        }
    };
    let own = read(ministry.client.clone(), base.clone()).await;
    assert!(own.contains(secret), "the ministry reads its own need");
    for path in [
        base.clone(),
        format!("{base}/export.csv"),
        format!("{base}/export.ics"),
    ] {
        let seen = read(host.client.clone(), path.clone()).await;
        assert!(seen.contains("Open Lab"), "{path}: the meeting is there");
        assert!(
            !seen.contains(secret),
            "{path}: the private need stays hidden"
        );
    }
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
    // Every printable page fits a phone's width and has its main landmark.
    for path in [
        format!("/events/{event}/plan"),
        format!("/events/{event}/cards"),
        base.clone(),
    ] {
        let page = app.get_page_with(&host.client, &path).await;
        assert_eq!(
            attr_of(&page.html, "meta[name=viewport]", "content").as_deref(),
            Some("width=device-width, initial-scale=1"),
            "{path}"
        );
        assert_eq!(select(&page.html, "main").len(), 1, "{path}");
    }
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
