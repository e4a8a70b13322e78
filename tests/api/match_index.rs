//! The matching index under edits: an edit or a newcomer is read into the
//! index without rebuilding it; a deletion has it rebuilt in the background,
//! reads meanwhile answered from the previous snapshot.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use roundtable::db;
use roundtable::services::import::InputFormat;
use roundtable::services::match_index::MatchIndex;

use crate::helpers::{TestUser, spawn_app};

#[tokio::test]
async fn edits_are_read_in_and_a_deletion_is_rebuilt_in_the_background() {
    let app = spawn_app().await;
    let first = TestUser::register(&app, "First Agency", "first@example.org").await;
    let second = TestUser::register(&app, "Second Agency", "second@example.org").await;
    // Changes read in however small the index; no waiting for a rebuild.
    let index = MatchIndex::with_fresh_wait(Duration::ZERO).rebuilding_below(0);
    let before = index.current(&app.db).await.expect("index");
    assert!(before.index_of(&first.slug).is_some());
    assert_eq!(before.engine.changes(), 0);
    assert!(!index.is_updating());

    let r = app
        .edit_with(
            &first.client,
            &first.slug,
            &[("kind", "cert"), ("capabilities", "Incident response")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let read = index.current_or_previous(&app.db).await.expect("index");
    assert!(
        read.generation > before.generation,
        "the edit is read in at once"
    );
    assert_eq!(read.engine.changes(), 1, "without a rebuild");
    let a = read.index_of(&first.slug).expect("first");
    assert_eq!(
        read.engine.profile(a).capabilities,
        vec!["Incident response"]
    );
    assert!(!index.is_updating());

    // A newcomer is read in too.
    let third = TestUser::register(&app, "Third Agency", "third@example.org").await;
    let (snapshot, found) = index.ranking_of(&app.db, &third.slug).await.expect("index");
    let c = found.expect("the new organization is found");
    assert_eq!(snapshot.engine.profile(c).name, "Third Agency");
    assert_eq!(snapshot.engine.changes(), 2);

    // A deletion cannot be read in: the previous snapshot answers while the
    // index is rebuilt, then the rebuilt one, without the deleted organization.
    let gone = snapshot.orgs[snapshot.index_of(&second.slug).expect("second")].id;
    db::organization_data::delete(&app.db, gone)
        .await
        .expect("database")
        .expect("deleted");
    let read = index.current_or_previous(&app.db).await.expect("index");
    assert_eq!(
        read.generation, snapshot.generation,
        "the previous snapshot"
    );
    assert!(index.is_updating(), "a rebuild runs in the background");
    let started = Instant::now();
    loop {
        let read = index.current_or_previous(&app.db).await.expect("index");
        if read.generation > snapshot.generation && !index.is_updating() {
            assert!(read.index_of(&second.slug).is_none());
            assert!(read.index_of(&third.slug).is_some());
            assert_eq!(read.engine.changes(), 0, "built whole");
            let a = read.index_of(&first.slug).expect("first");
            assert_eq!(
                read.engine.profile(a).capabilities,
                vec!["Incident response"]
            );
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the rebuild never ended"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn reads_waiting_for_the_first_build_do_not_each_build_it_again() {
    let app = spawn_app().await;
    let (client, me, _) = crate::helpers::matches::marketplace(&app).await;
    // Enough organizations that a build takes a while.
    let mut many = Vec::new();
    for copy in 0..4 {
        for data in [
            &include_bytes!("../data/eval_orgs.json")[..],
            &include_bytes!("../data/blind/profiles.json")[..],
        ] {
            let profiles = roundtable::services::import::parse(data, InputFormat::Json).unwrap();
            many.extend(profiles.into_iter().map(|mut p| {
                p.name = format!("{} {copy}", p.name);
                p
            }));
        }
    }
    roundtable::services::import::apply(&app.db, &many, false, |_| {})
        .await
        .expect("import");
    let index = MatchIndex::with_fresh_wait(Duration::ZERO).rebuilding_below(0);
    // Eight reads come before the index is built and wait for the one build;
    // edits land until they are answered, read in by each build before it is
    // stored.
    let reads: Vec<_> = (0..8)
        .map(|_| {
            let (index, db) = (index.clone(), app.db.clone());
            tokio::spawn(async move { index.current_or_previous(&db).await.map(|_| ()) })
        })
        .collect();
    let mut edits = 0;
    while edits < 100 && !reads.iter().all(|r| r.is_finished()) {
        edits += 1;
        let r = app
            .edit_with(
                &client,
                &me,
                &[("capabilities", &format!("Hosting {edits}"))],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    for read in reads {
        read.await.expect("read").expect("index");
    }
    // Before, each waiting read built the index whole again when the one
    // before it had read an edit in (up to 8 builds here).
    assert!(
        index.whole_builds() <= 2,
        "{} whole builds for 8 reads",
        index.whole_builds()
    );
    let now = index.current(&app.db).await.expect("index");
    let a = now.index_of(&me).expect("me");
    assert_eq!(
        now.engine.profile(a).capabilities,
        vec![format!("Hosting {edits}")]
    );
    assert!(index.whole_builds() <= 2, "the last edits are read in");
}

#[tokio::test]
async fn with_the_default_wait_an_edit_shows_on_the_next_matches_page() {
    let app = spawn_app().await;
    let me = TestUser::register(&app, "Island Ministry", "m@example.org").await;
    let other = TestUser::register(&app, "Forensics Lab Services", "f@example.org").await;
    for (user, fields) in [
        (
            &me,
            [("kind", "government"), ("needs", "digital forensics lab")],
        ),
        (
            &other,
            [
                ("kind", "private_sector"),
                ("capabilities", "a mobile phone repair shop"),
            ],
        ),
    ] {
        let r = app.edit_with(&user.client, &user.slug, &fields).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let page = matches_page(&app, &me.slug).await;
    assert!(!page.contains("Forensics Lab Services"), "no match yet");
    let r = app
        .edit_with(
            &other.client,
            &other.slug,
            &[
                ("kind", "private_sector"),
                ("capabilities", "digital forensics lab set-up"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = matches_page(&app, &me.slug).await;
    assert!(
        page.contains("Forensics Lab Services"),
        "the edit is seen at once"
    );
    assert!(!page.contains("being updated"));
}

async fn matches_page(app: &crate::helpers::TestApp, slug: &str) -> String {
    let page = app
        .get_page(&format!("/organizations/{slug}/matches"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.html.html()
}

/// One page read straight from the kept ranking holds what the whole
/// filtered list holds at that place, with the same total, whatever the marks
/// — also when the ranking is only partly in order (read for the first time,
/// only as far as the page needs).
#[tokio::test]
async fn a_page_of_suggestions_is_the_same_slice_of_the_whole_list() {
    use roundtable::matching::Filter;
    use roundtable::services::suggestions;

    let app = spawn_app().await;
    let (client, me, others) = crate::helpers::matches::marketplace(&app).await;
    let r = crate::helpers::matches::mark(&app, &client, &me, &others[0], "not_interested").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = crate::helpers::matches::mark(&app, &client, &me, &others[1], "interested").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // One partner is out of the public directory.
    let private = roundtable::db::organizations::find_by_slug(&app.db, &others[2])
        .await
        .unwrap()
        .unwrap()
        .org
        .id;
    roundtable::db::organizations::set_hidden(&app.db, private, true)
        .await
        .unwrap();

    let index = MatchIndex::default();
    let snapshot = index.current(&app.db).await.expect("index");
    let a = snapshot.index_of(&me).expect("me");
    let org = snapshot.orgs[a].id;
    let private = snapshot.index_of_id(private).expect("the private one");
    for (public_only, present) in [(false, true), (true, false)] {
        let reader = suggestions::Reader {
            marks: None,
            show_hidden: false,
            public_only,
        };
        let all = suggestions::entries(&snapshot, a, &Filter::default(), reader);
        assert_eq!(
            all.iter().any(|e| e.m.index == private),
            present,
            "public only: {public_only}"
        );
    }
    let marks = roundtable::db::interests::of(&app.db, org)
        .await
        .expect("marks");
    let filters = [
        Filter::default(),
        Filter::parse("", "", "fr", "").expect("filter"),
    ];
    let mut hidden_seen = false;
    let mut partly_seen = false;
    for filter in &filters {
        for marks in [None, Some(&marks)] {
            for (show_hidden, public_only) in [(false, false), (true, false), (false, true)] {
                let reader = suggestions::Reader {
                    marks,
                    show_hidden,
                    public_only,
                };
                let all = suggestions::entries(&snapshot, a, filter, reader);
                hidden_seen |=
                    marks.is_some() && !show_hidden && all.len() < snapshot.ranking(a).len();
                for (skip, take) in [(0, 1), (0, 20), (1, 1), (2, 5), (10, 3)] {
                    let (total, window) =
                        suggestions::page(&snapshot, a, filter, reader, (skip, take));
                    assert_eq!(total, all.len());
                    let expected: Vec<usize> = all
                        .iter()
                        .skip(skip)
                        .take(take)
                        .map(|e| e.m.index)
                        .collect();
                    let got: Vec<usize> = window.iter().map(|e| e.m.index).collect();
                    assert_eq!(got, expected, "{filter:?} skip {skip} take {take}");
                    // A ranking put in order one partner at a time, first read here.
                    let partly = MatchIndex::default()
                        .ordered_at_first(1)
                        .current(&app.db)
                        .await
                        .expect("index");
                    let (total, window) =
                        suggestions::page(&partly, a, filter, reader, (skip, take));
                    assert_eq!(total, all.len());
                    let got: Vec<usize> = window.iter().map(|e| e.m.index).collect();
                    assert_eq!(got, expected, "partly: {filter:?} skip {skip} take {take}");
                    partly_seen |= !partly.ranking_head(a, 0).is_whole();
                }
            }
        }
    }
    assert!(hidden_seen, "a mark left a suggestion out");
    assert!(partly_seen, "pages were read from rankings partly in order");
}
