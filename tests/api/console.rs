//! The organizer's console on the day: the room grid, a move page that
//! offers the free places, swaps, undo of moves, swaps and removals, and
//! check-in with no-shows whose tables a re-run gives to others.

use reqwest::StatusCode;
use scraper::Html;

use crate::helpers::events::{build, cast, create_event, join, plan};
use crate::helpers::{TestApp, TestOrganizer, attr_of, location, select, spawn_app, text_of};

/// A meeting in the room grid: (id, slot column, table, names).
#[derive(Debug, Clone, PartialEq)]
struct Cell {
    id: String,
    slot: usize,
    table: String,
    names: String,
}

fn grid(html: &Html) -> Vec<Cell> {
    let mut cells = Vec::new();
    for row in select(html, "table.room-grid tbody tr") {
        let table = row
            .select(&scraper::Selector::parse("th").unwrap())
            .next()
            .unwrap()
            .text()
            .collect::<String>();
        for (slot, td) in row
            .select(&scraper::Selector::parse("td").unwrap())
            .enumerate()
        {
            if let Some(a) = td.select(&scraper::Selector::parse("a").unwrap()).next() {
                let href = a.value().attr("href").unwrap();
                let id = href.rsplit('/').nth(1).unwrap().to_owned();
                cells.push(Cell {
                    id,
                    slot,
                    table: table.clone(),
                    names: a.text().collect(),
                });
            }
        }
    }
    cells
}

async fn room(app: &TestApp, host: &TestOrganizer, event: &str) -> Vec<Cell> {
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/schedule?slot=all"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    grid(&page.html)
}

/// Follows a redirect to the schedule page and posts its undo form.
async fn undo(app: &TestApp, host: &TestOrganizer, redirect: &str) -> reqwest::Response {
    let page = app.get_page_with(&host.client, redirect).await;
    let action = attr_of(&page.html, "#schedule-notice form", "action").expect("an undo form");
    let fields: Vec<(String, String)> = select(&page.html, "#schedule-notice form input")
        .iter()
        .filter(|i| i.value().attr("name") != Some("csrf_token"))
        .map(|i| {
            (
                i.value().attr("name").unwrap().to_owned(),
                i.value().attr("value").unwrap().to_owned(),
            )
        })
        .collect();
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.submit_with(&host.client, redirect, &action, &fields)
        .await
}

async fn event_with_schedule(
    app: &TestApp,
    overrides: &[(&str, &str)],
) -> (TestOrganizer, String, Vec<crate::helpers::TestUser>) {
    let host = TestOrganizer::new(app).await;
    let event = create_event(app, &host, overrides).await;
    let orgs = cast(app).await;
    for o in &orgs {
        join(app, o, &event).await;
    }
    build(app, &host, &event).await;
    (host, event, orgs)
}

#[tokio::test]
async fn the_room_grid_shows_every_meeting_and_moves_go_to_free_places_and_back() {
    let app = spawn_app().await;
    let (host, event, orgs) = event_with_schedule(&app, &[]).await;
    let cells = room(&app, &host, &event).await;
    assert_eq!(cells.len(), plan(&app, &host, &event).await.len());
    assert!(cells.len() >= 2);
    // The printable grid: the same meetings, for organizers only.
    let printable = app
        .get_page_with(&host.client, &format!("/events/{event}/room"))
        .await;
    assert_eq!(printable.status, StatusCode::OK);
    assert_eq!(
        text_of(&printable.html, "table.room-grid thead th")[1..],
        ["09:00–09:30", "09:30–10:00", "10:00–10:30"]
    );
    let busy_cells = select(&printable.html, "table.room-grid td")
        .iter()
        .filter(|td| {
            td.select(&scraper::Selector::parse(".free").unwrap())
                .next()
                .is_none()
        })
        .count();
    assert_eq!(busy_cells, cells.len());
    let r = orgs[0]
        .client
        .get(app.url(&format!("/events/{event}/room")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // The move page offers only free places, never the meeting's own.
    let first = cells[0].clone();
    let move_page = format!("/events/{event}/meetings/{}/move", first.id);
    let page = app.get_page_with(&host.client, &move_page).await;
    assert_eq!(page.status, StatusCode::OK);
    let offered: Vec<String> = select(&page.html, "select#place option")
        .iter()
        .map(|o| o.value().attr("value").unwrap().to_owned())
        .collect();
    assert!(
        !offered.is_empty(),
        "three tables, three slots: room to move"
    );
    let taken: Vec<(usize, String)> = cells.iter().map(|c| (c.slot, c.table.clone())).collect();
    for o in &offered {
        let (s, t) = o.split_once(':').unwrap();
        let place = (
            s.parse().unwrap(),
            format!("Table {}", t.parse::<usize>().unwrap() + 1),
        );
        assert!(!taken.contains(&place), "{o} is taken");
    }
    let r = app
        .submit_with(
            &host.client,
            &move_page,
            &move_page,
            &[("place", &offered[0])],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let moved = room(&app, &host, &event).await;
    let now = moved.iter().find(|c| c.id == first.id).unwrap();
    assert_ne!((now.slot, &now.table), (first.slot, &first.table));
    // The notice offers to move it back.
    let r = undo(&app, &host, &location(&r)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let back = room(&app, &host, &event).await;
    assert_eq!(back.iter().find(|c| c.id == first.id), Some(&first));

    // Wrong, missing and hostile places are refused on the move page.
    for place in [
        "9:0",
        "0:99",
        "abc",
        "0:",
        ":",
        "-1:0",
        "0:-1",
        &"9".repeat(5000),
    ] {
        let r = app
            .submit_with(&host.client, &move_page, &move_page, &[("place", place)])
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{place}");
        let page = Html::parse_document(&r.text().await.unwrap());
        assert!(!text_of(&page, "#problem").is_empty(), "{place}");
    }
    let r = app
        .submit_with(&host.client, &move_page, &move_page, &[])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = orgs[0]
        .client
        .get(app.url(&move_page))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = host
        .client
        .get(app.url(&format!("/events/{event}/meetings/999999/move")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn in_a_full_room_two_meetings_swap_and_swap_back() {
    let app = spawn_app().await;
    let (host, event, _) = event_with_schedule(
        &app,
        &[
            ("slots", "09:00 30\n09:30 30"),
            ("tables", "Table 1: 2"),
            ("min_meetings", "1"),
        ],
    )
    .await;
    let cells = room(&app, &host, &event).await;
    assert_eq!(cells.len(), 2, "one table, two slots: the room is full");
    let (a, b) = (cells[0].clone(), cells[1].clone());
    let move_page = format!("/events/{event}/meetings/{}/move", a.id);
    let page = app.get_page_with(&host.client, &move_page).await;
    assert!(
        select(&page.html, "select#place").is_empty(),
        "no free place"
    );
    assert!(
        text_of(&page.html, "main")
            .join(" ")
            .contains("No free place")
    );
    let offered: Vec<String> = select(&page.html, "select#with option")
        .iter()
        .map(|o| o.value().attr("value").unwrap().to_owned())
        .collect();
    assert_eq!(offered, vec![b.id.to_string()]);
    let swap = format!("/events/{event}/meetings/{}/swap", a.id);
    let r = app
        .submit_with(&host.client, &move_page, &swap, &[("with", &b.id)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let swapped = room(&app, &host, &event).await;
    let find = |cells: &[Cell], id: &str| cells.iter().find(|c| c.id == id).unwrap().slot;
    assert_eq!(
        (find(&swapped, &a.id), find(&swapped, &b.id)),
        (b.slot, a.slot)
    );
    let page = app
        .get_page_with(&host.client, &format!("/events/{event}/schedule?slot=all"))
        .await;
    assert_eq!(select(&page.html, "tr.locked").len(), 2, "both are locked");
    let r = undo(&app, &host, &location(&r)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let back = room(&app, &host, &event).await;
    assert_eq!((find(&back, &a.id), find(&back, &b.id)), (a.slot, b.slot));
    // Itself, nothing, a word, a meeting that does not exist.
    for with in [a.id.as_str(), "", "abc", "999999", "-1"] {
        let r = app
            .submit_with(&host.client, &move_page, &swap, &[("with", with)])
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{with}");
        let page = Html::parse_document(&r.text().await.unwrap());
        assert!(!text_of(&page, "#problem").is_empty());
    }
    assert_eq!(room(&app, &host, &event).await, back, "nothing changed");
}

#[tokio::test]
async fn a_removed_meeting_comes_back_with_undo_unless_its_place_was_taken() {
    let app = spawn_app().await;
    // One table: a removed meeting's place can only be given to another.
    let (host, event, _) = event_with_schedule(&app, &[("tables", "Table 1: 2")]).await;
    let schedule = format!("/events/{event}/schedule");
    let cells = room(&app, &host, &event).await;
    assert!(cells.len() >= 2, "{cells:?}");
    let gone = cells[0].clone();
    let remove = format!("/events/{event}/meetings/{}/remove", gone.id);
    let r = app
        .submit_with(&host.client, &schedule, &remove, &[("confirm", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let removed_at = location(&r);
    assert_eq!(room(&app, &host, &event).await.len(), cells.len() - 1);
    let r = undo(&app, &host, &removed_at).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let back = room(&app, &host, &event).await;
    assert_eq!(back.len(), cells.len());
    assert_eq!(
        back.iter().find(|c| c.id == gone.id),
        Some(&gone),
        "same id, same place"
    );
    // Undone once: a second undo says so.
    let restore = format!("/events/{event}/meetings/restore");
    let r = app
        .submit_with(&host.client, &schedule, &restore, &[("ids", &gone.id)])
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let page = Html::parse_document(&r.text().await.unwrap());
    assert!(text_of(&page, "#problem")[0].contains("can no longer be restored"));
    // Hostile lists are refused before anything is read.
    let many = vec!["1"; 101].join(",");
    for ids in ["", "1,abc", "1;2", many.as_str(), &"9".repeat(40)] {
        let r = app
            .submit_with(&host.client, &schedule, &restore, &[("ids", ids)])
            .await;
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{ids}");
    }
    // Removed again, and its table given to another meeting: the undo says
    // what is in the way and restores nothing.
    app.submit_with(&host.client, &schedule, &remove, &[("confirm", "yes")])
        .await;
    let other = &back[1];
    let move_other = format!("/events/{event}/meetings/{}/move", other.id);
    let place = format!("{}:0", gone.slot);
    let r = app
        .submit_with(&host.client, &move_other, &move_other, &[("place", &place)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "its slot is empty now");
    let r = app
        .submit_with(&host.client, &schedule, &restore, &[("ids", &gone.id)])
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let page = Html::parse_document(&r.text().await.unwrap());
    let problem = text_of(&page, "#problem").join(" ");
    assert!(
        problem.contains("cannot be restored: Table 1 is taken"),
        "{problem}"
    );
    assert!(
        room(&app, &host, &event)
            .await
            .iter()
            .all(|c| c.id != gone.id)
    );
}

#[tokio::test]
async fn a_no_show_frees_its_tables_and_re_runs_leave_it_out() {
    let app = spawn_app().await;
    let (host, event, orgs) = event_with_schedule(&app, &[]).await;
    let schedule = format!("/events/{event}/schedule");
    let attendance = |o: &crate::helpers::TestUser, state: &str| {
        format!("/events/{event}/participants/{}/attendance/{state}", o.slug)
    };
    // Check-in.
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &attendance(&orgs[1], "present"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app.get_page_with(&host.client, &schedule).await;
    let row = text_of(&page.html, &format!("#p-{}", orgs[1].slug)).join(" ");
    assert!(row.contains("checked in"), "{row}");
    assert!(
        text_of(&page.html, "#participants p")
            .join(" ")
            .contains("1 checked in")
    );

    let absent = &orgs[0];
    let name = "Island Ministry";
    let with_absent = |p: &[(String, String, Vec<String>)]| {
        p.iter().filter(|m| m.2.iter().any(|n| n == name)).count()
    };
    let before = plan(&app, &host, &event).await;
    assert!(with_absent(&before) > 0);
    // The first post asks.
    let r = app
        .submit_with(&host.client, &schedule, &attendance(absent, "absent"), &[])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let asked = Html::parse_document(&r.text().await.unwrap());
    assert_eq!(
        text_of(&asked, "h1")[0],
        format!("Mark {name} as a no-show?")
    );
    assert_eq!(plan(&app, &host, &event).await, before, "nothing yet");
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &attendance(absent, "absent"),
            &[("confirm", "yes")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let marked_at = location(&r);
    let after = plan(&app, &host, &event).await;
    assert_eq!(with_absent(&after), 0, "its meetings are removed");
    assert_eq!(after.len(), before.len() - with_absent(&before));
    // Undo: the meetings come back.
    let r = undo(&app, &host, &marked_at).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(plan(&app, &host, &event).await.len(), before.len());
    let page = app.get_page_with(&host.client, &schedule).await;
    assert!(
        text_of(&page.html, &format!("#p-{}", absent.slug))
            .join(" ")
            .contains("not checked in")
    );
    // Marked again and the schedule re-run: it gets no meeting, the others do.
    app.submit_with(
        &host.client,
        &schedule,
        &attendance(absent, "absent"),
        &[("confirm", "yes")],
    )
    .await;
    build(&app, &host, &event).await;
    let rerun = plan(&app, &host, &event).await;
    assert_eq!(with_absent(&rerun), 0);
    assert!(!rerun.is_empty());
    let page = app.get_page_with(&host.client, &schedule).await;
    let unmet = text_of(&page.html, "ul.unplaced li").join(" ");
    assert!(
        !unmet.contains(&format!("{name}: only")),
        "a no-show is not below its minimum: {unmet}"
    );

    // Wrong states and organizations, and participants, are refused.
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!(
                "/events/{event}/participants/{}/attendance/maybe",
                absent.slug
            ),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = app
        .submit_with(
            &host.client,
            &schedule,
            &format!("/events/{event}/participants/nobody/attendance/present"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = app
        .submit_with(
            &orgs[2].client,
            &format!("/events/{event}"),
            &attendance(&orgs[2], "present"),
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}
