//! Partner suggestions: the ranked list with its reasons and filters, interest
//! marks and mutual interest, private needs, and edits seen at once by every
//! process.

use reqwest::StatusCode;

use crate::helpers::matches::{mark, marketplace};
use crate::helpers::{
    PASSWORD, TestApp, TestUser, location, new_client, second_process, select, spawn_app, text_of,
};

async fn seed(app: &TestApp) -> (String, String, String) {
    let ministry = TestUser::register(app, "Island Ministry of ICT", "m@example.org")
        .await
        .slug;
    let alliance = TestUser::register(app, "Response Alliance", "r@example.org")
        .await
        .slug;
    let paint = app.register("Paint Shop", "p@example.org").await;
    (ministry, alliance, paint)
}

async fn edit_as(app: &TestApp, email: &str, slug: &str, changes: &[(&str, &str)]) {
    let user = TestUser::log_in(app, email, PASSWORD).await;
    let r = app.edit_with(&user.client, slug, changes).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "edit of {slug}");
}

#[tokio::test]
async fn the_matches_page_ranks_partners_with_reasons_in_both_directions() {
    let app = spawn_app().await;
    let (ministry, alliance, paint) = seed(&app).await;
    edit_as(
        &app,
        "m@example.org",
        &ministry,
        &[
            ("kind", "government"),
            ("languages", "en"),
            ("capabilities", "Hosting of regional events"),
            ("needs", "help to set up our national CSIRT"),
        ],
    )
    .await;
    edit_as(
        &app,
        "r@example.org",
        &alliance,
        &[
            ("kind", "international_org"),
            ("languages", "en, fr"),
            ("capabilities", "CERT establishment support"),
            ("needs", "a venue for our regional workshop"),
        ],
    )
    .await;
    edit_as(
        &app,
        "p@example.org",
        &paint,
        &[
            ("kind", "private_sector"),
            ("capabilities", "interior paint"),
            ("needs", "cyber support"),
        ],
    )
    .await;

    let page = app
        .get_page(&format!("/organizations/{ministry}/matches"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        text_of(&page.html, ".match .partner"),
        vec!["Response Alliance"]
    );
    let reasons = text_of(&page.html, ".match .reason");
    assert!(reasons.iter().any(|r| r == "They offer CERT establishment support, which covers its need help to set up our national CSIRT."), "{reasons:?}");
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("which covers their need a venue for our regional workshop")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r == "You share working languages: English."),
        "{reasons:?}"
    );
    let score: f64 = text_of(&page.html, ".score-value")[0].parse().unwrap();
    assert!(score > 0.0 && score <= 100.0);

    let r = app
        .client
        .get(app.url(&format!("/api/v1/organizations/{ministry}/matches?limit=5")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let json: serde_json::Value = r.json().await.unwrap();
    let matches = json["matches"].as_array().unwrap();
    assert_eq!(matches.len(), 1);
    assert_eq!(matches[0]["partner"]["slug"], alliance.as_str());
    assert_eq!(matches[0]["score"].as_f64().unwrap().round(), score.round());
    assert_eq!(matches[0]["reasons"][0]["type"], "they_cover_your_need");
    assert_eq!(
        matches[0]["reasons"][0]["their_offer"],
        "CERT establishment support"
    );
}

#[tokio::test]
async fn the_api_reports_errors_as_problem_json() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(app.url("/api/v1/organizations/nobody/matches"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let slug = app.register("Org A", "a@example.org").await;
    for bad in ["0", "100000", "-1", "ten"] {
        let r = app
            .client
            .get(app.url(&format!("/api/v1/organizations/{slug}/matches?limit={bad}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "limit={bad}");
    }
}

#[tokio::test]
async fn an_empty_profile_gets_advice_instead_of_suggestions() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let page = app
        .get_page(&format!("/organizations/{slug}/matches"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(select(&page.html, ".match").is_empty());
    assert_eq!(select(&page.html, ".empty a[href$='/edit']").len(), 1);
    let page = app.get_page("/how-scores-work").await;
    assert_eq!(text_of(&page.html, "h1"), vec!["How scores work"]);
}

#[tokio::test]
async fn an_edit_through_one_process_shows_at_once_through_another() {
    let app = spawn_app().await;
    let (ministry, alliance, _) = seed(&app).await;
    edit_as(
        &app,
        "m@example.org",
        &ministry,
        &[("needs", "digital forensics lab")],
    )
    .await;
    let (_server, other) = second_process(&app).await;
    let names = |html: String| {
        let html = scraper::Html::parse_document(&html);
        text_of(&html, ".match .partner")
    };
    let url = format!("{other}/organizations/{ministry}/matches");
    assert!(names(reqwest::get(&url).await.unwrap().text().await.unwrap()).is_empty());
    // Warm the first process's index too, then edit through it.
    app.get_page(&format!("/organizations/{ministry}/matches"))
        .await;
    edit_as(
        &app,
        "r@example.org",
        &alliance,
        &[("capabilities", "Forensics training and lab set-up")],
    )
    .await;
    assert_eq!(
        names(reqwest::get(&url).await.unwrap().text().await.unwrap()),
        vec!["Response Alliance"]
    );
    let page = app
        .get_page(&format!("/organizations/{ministry}/matches"))
        .await;
    assert_eq!(
        text_of(&page.html, ".match .partner"),
        vec!["Response Alliance"]
    );
    // And back: removing the capability removes the suggestion everywhere.
    edit_as(&app, "r@example.org", &alliance, &[("capabilities", "")]).await;
    assert!(names(reqwest::get(&url).await.unwrap().text().await.unwrap()).is_empty());
}

async fn partners(app: &TestApp, client: &reqwest::Client, path: &str) -> Vec<String> {
    let page = app.get_page_with(client, path).await;
    assert_eq!(page.status, StatusCode::OK, "{path}");
    text_of(&page.html, ".match .partner")
}

#[tokio::test]
async fn filters_live_in_the_url() {
    let app = spawn_app().await;
    let (me, slug, _) = marketplace(&app).await;
    let all = partners(&app, &me, &format!("/organizations/{slug}/matches")).await;
    assert_eq!(all.len(), 3, "{all:?}");
    assert_eq!(
        partners(
            &app,
            &me,
            &format!("/organizations/{slug}/matches?kind=academia")
        )
        .await,
        vec!["Forensics Académie"]
    );
    assert_eq!(
        partners(
            &app,
            &me,
            &format!("/organizations/{slug}/matches?language=fr&region=")
        )
        .await
        .len(),
        2
    );
    assert_eq!(
        partners(
            &app,
            &me,
            &format!("/organizations/{slug}/matches?region=Asia")
        )
        .await
        .len(),
        1
    );
    assert!(
        partners(
            &app,
            &me,
            &format!("/organizations/{slug}/matches?min_score=100")
        )
        .await
        .is_empty()
    );
    // A value the filters cannot use is said on the filter form, next to the
    // list without that filter — not on a dead-end error page.
    let unfiltered = partners(&app, &me, &format!("/organizations/{slug}/matches"))
        .await
        .len();
    for (bad, field) in [
        ("kind=rocket", "kind"),
        ("language=xx", "language"),
        ("min_score=abc", "min_score"),
        ("min_score=101", "min_score"),
        ("region=Mars", "region"),
    ] {
        let path = format!("/organizations/{slug}/matches?{bad}");
        let page = app.get_page_with(&me, &path).await;
        assert_eq!(page.status, StatusCode::OK, "{bad}");
        assert_eq!(
            select(&page.html, &format!(".filters #filter-error-{field}")).len(),
            1,
            "{bad}"
        );
        assert_eq!(partners(&app, &me, &path).await.len(), unfiltered, "{bad}");
    }
    let page = app
        .get_page_with(&me, &format!("/organizations/{slug}/matches?min_score=abc"))
        .await;
    let input = select(&page.html, "input[name=min_score]");
    assert_eq!(
        input[0].value().attr("value"),
        Some("abc"),
        "the typed value stays"
    );
    assert_eq!(input[0].value().attr("aria-invalid"), Some("true"));
}

#[tokio::test]
async fn a_mark_goes_back_only_to_a_page_of_the_list_never_to_a_bad_address() {
    let app = spawn_app().await;
    let (me, slug, others) = marketplace(&app).await;
    let list = format!("/organizations/{slug}/matches");
    // Each score is named for a screen reader ("Score: 59 of 100").
    let page = app.get_page_with(&me, &list).await;
    let meters = select(&page.html, "meter");
    assert!(!meters.is_empty());
    assert!(meters.iter().all(|m| {
        m.value()
            .attr("aria-label")
            .is_some_and(|l| l.starts_with("Score: ") && l.ends_with(" of 100"))
    }));
    for return_to in [
        format!("{list}?kind=\r\nSet-Cookie: a=b"),
        format!("{list}\n"),
        format!("{list}?x=\u{b}"),
        format!("/organizations/{slug}/\t/evil.example/"),
        "//evil.example/".to_owned(),
    ] {
        let r = app
            .submit_with(
                &me,
                &list,
                &format!("{list}/{}/interest", others[1]),
                &[("state", "interested"), ("return_to", &return_to)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{return_to:?}");
        assert_eq!(
            location(&r),
            format!("{list}#s-{}", others[1]),
            "{return_to:?}"
        );
    }
}

#[tokio::test]
async fn interest_marks_hide_undo_and_become_mutual() {
    let app = spawn_app().await;
    let (me, slug, others) = marketplace(&app).await;
    let list = format!("/organizations/{slug}/matches");
    let r = mark(&app, &me, &slug, &others[2], "not_interested").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Back to the same place on the list: the suggestion's anchor.
    assert_eq!(
        location(&r),
        format!("/organizations/{slug}/matches?kind=#s-{}", others[2])
    );
    let page = app
        .get_page_with(&me, &format!("{list}?show_hidden=1"))
        .await;
    assert_eq!(select(&page.html, &format!("li#s-{}", others[2])).len(), 1);
    assert_eq!(partners(&app, &me, &list).await.len(), 2, "hidden");
    assert_eq!(
        partners(&app, &me, &format!("{list}?show_hidden=1"))
            .await
            .len(),
        3,
        "shown on request"
    );
    mark(&app, &me, &slug, &others[2], "clear").await;
    assert_eq!(partners(&app, &me, &list).await.len(), 3, "undone");

    mark(&app, &me, &slug, &others[0], "interested").await;
    let page = app.get_page_with(&me, &list).await;
    assert!(
        select(&page.html, ".badge.mutual").is_empty(),
        "one side only"
    );
    // The other side logs in and marks back.
    let them = TestUser::log_in(&app, "r@example.org", PASSWORD)
        .await
        .client;
    let r = mark(&app, &them, &others[0], &slug, "interested").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    for (client, owner) in [(&me, &slug), (&them, &others[0])] {
        let page = app
            .get_page_with(client, &format!("/organizations/{owner}/matches"))
            .await;
        assert_eq!(
            select(&page.html, ".badge.mutual").len(),
            1,
            "both see the badge"
        );
    }
    let page = app
        .get_page_with(&me, &format!("/organizations/{slug}/mutual"))
        .await;
    assert_eq!(
        text_of(&page.html, ".mutual-list .partner"),
        vec!["Response Alliance"]
    );
    assert_eq!(
        text_of(&page.html, ".mutual-list .contact"),
        vec!["r@example.org"],
        "the public contact, which is also its account's address, once"
    );
    // The other side sees the people of the ministry, which gave no public contact.
    let page = app
        .get_page_with(&them, &format!("/organizations/{}/mutual", others[0]))
        .await;
    assert_eq!(
        crate::helpers::attr_of(&page.html, ".mutual-list .people a", "href").as_deref(),
        Some("mailto:m@example.org")
    );
    // Nobody else sees the marks or the mutual page.
    let page = app
        .get_page_with(&them, &format!("/organizations/{slug}/mutual"))
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let r = mark(&app, &them, &slug, &others[1], "interested").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = mark(&app, &me, &slug, &others[1], "maybe").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_private_need_counts_but_shows_only_its_theme_until_mutual_interest() {
    let app = spawn_app().await;
    let TestUser {
        client: cert,
        slug: cert_slug,
        ..
    } = TestUser::register(&app, "Island CERT", "c@example.org").await;
    let r = app
        .edit_with(
            &cert,
            &cert_slug,
            &[
                ("languages", "en"),
                ("capabilities", "Incident handling courses"),
                ("needs", ""),
                ("private_needs", "Malware analysis lab for our weak SOC"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let TestUser {
        client: lab,
        slug: lab_slug,
        ..
    } = TestUser::register(&app, "Malware Lab Ltd", "l@example.org").await;
    app.edit_with(
        &lab,
        &lab_slug,
        &[
            ("languages", "en"),
            ("capabilities", "Malware analysis and reverse engineering"),
            ("needs", "Incident handling training"),
        ],
    )
    .await;
    let secret = "Malware analysis lab for our weak SOC";

    // It counts: the lab is suggested to the CERT and the CERT to the lab.
    let names = partners(&app, &lab, &format!("/organizations/{lab_slug}/matches")).await;
    assert_eq!(names, vec!["Island CERT"]);
    // The lab sees only the theme: on the list, the profile, the exports and the API.
    let mut seen = Vec::new();
    for path in [
        format!("/organizations/{lab_slug}/matches"),
        format!("/organizations/{cert_slug}"),
        format!("/organizations/{lab_slug}/matches/export.csv"),
        format!("/organizations/{lab_slug}/matches/print"),
        format!("/api/v1/organizations/{lab_slug}/matches"),
        format!("/api/v1/organizations/{cert_slug}/matches"),
        format!("/organizations/{cert_slug}/matches"),
    ] {
        let body = lab
            .get(app.url(&path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!body.contains(secret), "{path} shows the private need");
        // One wording everywhere: in reasons, on pages and in the API.
        assert!(
            !body.contains("a private need ("),
            "{path} uses the old wording"
        );
        seen.push(body.contains(
            "A private need in Cyber Incident Management and Critical Infrastructure Protection",
        ));
    }
    assert!(
        seen[0] && seen[1] && seen[2],
        "the theme is shown instead: {seen:?}"
    );
    // Searching for its words does not reveal it.
    let page = app.get_page_with(&lab, "/organizations?q=weak+SOC").await;
    assert!(select(&page.html, ".org-card").is_empty());
    // The CERT itself sees it in full.
    let page = app
        .get_page_with(&cert, &format!("/organizations/{cert_slug}"))
        .await;
    assert!(text_of(&page.html, ".private-needs li")[0].starts_with(secret));

    // After mutual interest, the lab sees it.
    mark(&app, &lab, &lab_slug, &cert_slug, "interested").await;
    mark(&app, &cert, &cert_slug, &lab_slug, "interested").await;
    for path in [
        format!("/organizations/{lab_slug}/matches"),
        format!("/organizations/{cert_slug}"),
        format!("/organizations/{lab_slug}/matches/export.json"),
    ] {
        let body = lab
            .get(app.url(&path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(body.contains(secret), "{path} after mutual interest");
    }
    // The public API still does not.
    let body = new_client()
        .get(app.url(&format!("/api/v1/organizations/{lab_slug}/matches")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!body.contains(secret));
}
