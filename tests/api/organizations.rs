use reqwest::StatusCode;
use scraper::Html;

use crate::helpers::{TestUser, attr_of, location, new_client, select, spawn_app, text_of};

#[tokio::test]
async fn an_edited_profile_shows_on_its_page_and_in_the_directory() {
    let app = spawn_app().await;
    let slug = app
        .register("Pacific Islands CERT", "ana@cert.example.org")
        .await;
    let r = app
        .edit(
            &slug,
            &[
                ("kind", "cert"),
                ("country", "fj"),
                ("region", "Pacific"),
                ("languages", "en, FR"),
                ("description", "National incident response for the islands."),
                ("website", "https://cert.example.org"),
                (
                    "capabilities",
                    "Incident handling courses\n\nMalware analysis",
                ),
                ("needs", "Forensics lab equipment\r\nDonor co-funding"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/organizations/{slug}"));

    let page = app.get_page(&format!("/organizations/{slug}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        text_of(&page.html, ".capabilities li"),
        vec!["Incident handling courses", "Malware analysis"]
    );
    assert_eq!(
        text_of(&page.html, ".needs li"),
        vec!["Forensics lab equipment", "Donor co-funding"]
    );
    assert_eq!(text_of(&page.html, ".languages"), vec!["English, French"]);
    assert_eq!(
        text_of(&page.html, ".meta"),
        vec!["National CERT / CSIRT · Fiji · Pacific"]
    );
    assert_eq!(
        attr_of(&page.html, "a.website", "href").as_deref(),
        Some("https://cert.example.org")
    );

    // Another visitor, not logged in, finds it by a word of its needs.
    let visitor = new_client();
    let page = app
        .get_page_with(&visitor, "/organizations?q=FORENSICS")
        .await;
    assert_eq!(
        text_of(&page.html, ".org-card h2"),
        vec!["Pacific Islands CERT"]
    );
    let page = app
        .get_page_with(&visitor, "/organizations?q=forensics+tanks")
        .await;
    assert!(select(&page.html, ".org-card").is_empty());
    assert_eq!(text_of(&page.html, ".empty").len(), 1);
    // and sees no edit link on it
    let page = app
        .get_page_with(&visitor, &format!("/organizations/{slug}"))
        .await;
    assert!(select(&page.html, "a[href$='/edit']").is_empty());
}

#[tokio::test]
async fn search_treats_wildcards_as_plain_text() {
    let app = spawn_app().await;
    app.register("Org 100% Secure", "a@example.org").await;
    TestUser::register(&app, "Org Other", "b@example.org").await;
    let page = app.get_page("/organizations?q=100%25").await;
    assert_eq!(text_of(&page.html, ".org-card h2"), vec!["Org 100% Secure"]);
    // Symbols alone are nothing to search for: nothing is found, and the page says why.
    for q in ["%25", "_", "the+of"] {
        let page = app.get_page(&format!("/organizations?q={q}")).await;
        assert!(select(&page.html, ".org-card").is_empty(), "{q}");
        assert_eq!(text_of(&page.html, ".empty").len(), 1);
    }
}

/// Each bad field: status 422, a message at that field, nothing saved, the input kept.
#[tokio::test]
async fn bad_profile_input_is_refused_field_by_field_and_kept() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    TestUser::register(&app, "Org B", "b@example.org").await;
    let many = (0..51)
        .map(|i| format!("item {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    let long_item = "x".repeat(201);
    let long_description = "d".repeat(5001);
    let long_name = "n".repeat(201);
    let cases: Vec<(&str, &str)> = vec![
        ("name", ""),
        ("name", &long_name),
        ("name", "ORG b"),
        ("capabilities", &many),
        ("needs", &many),
        ("capabilities", &long_item),
        ("description", &long_description),
        ("website", "javascript:alert(document.cookie)"),
        ("website", "ftp://files.example.org"),
        ("kind", "spaceship"),
        ("country", "XX"),
        ("region", "Atlantis"),
        ("languages", "en, xx"),
        ("contact_email", "not an address"),
    ];
    for (field, value) in cases {
        let r = app
            .edit(
                &slug,
                &[
                    (field, value),
                    (
                        "description",
                        if field == "description" {
                            value
                        } else {
                            "typed text"
                        },
                    ),
                ],
            )
            .await;
        assert_eq!(
            r.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value:.30}"
        );
        let html = Html::parse_document(&r.text().await.unwrap());
        assert_eq!(
            select(&html, &format!("#{field}-error")).len(),
            1,
            "a message at {field}"
        );
        let kept: String = select(&html, "#description")[0].text().collect();
        assert_eq!(
            kept,
            if field == "description" {
                value
            } else {
                "typed text"
            },
            "input kept"
        );
    }
    let page = app.get_page(&format!("/organizations/{slug}")).await;
    assert!(
        select(&page.html, ".description").is_empty(),
        "nothing was saved"
    );
}

#[tokio::test]
async fn a_javascript_url_never_becomes_a_link() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let r = app.edit(&slug, &[("website", "javascript:alert(1)")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&r.text().await.unwrap());
    assert!(select(&html, "a[href^='javascript']").is_empty());
    let page = app.get_page(&format!("/organizations/{slug}")).await;
    assert!(select(&page.html, "a[href^='javascript']").is_empty());
}

#[tokio::test]
async fn markup_in_a_profile_is_shown_as_text() {
    let app = spawn_app().await;
    let slug = app.register("Org <b>A</b>", "a@example.org").await;
    let r = app
        .edit(&slug, &[("capabilities", "<script>alert(1)</script>")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app.get_page(&format!("/organizations/{slug}")).await;
    assert!(select(&page.html, "script").is_empty());
    assert_eq!(
        text_of(&page.html, ".capabilities li"),
        vec!["<script>alert(1)</script>"]
    );
    assert_eq!(text_of(&page.html, "h1"), vec!["Org <b>A</b>"]);
}

#[tokio::test]
async fn another_organizations_profile_can_be_seen_but_not_changed() {
    let app = spawn_app().await;
    let victim = TestUser::register(&app, "Victim Org", "v@example.org")
        .await
        .slug;
    app.register("Org A", "a@example.org").await;
    let page = app.get_page(&format!("/organizations/{victim}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let page = app.get_page(&format!("/organizations/{victim}/edit")).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let token = app.csrf_with(&app.client, "/organizations").await;
    let r = app
        .post_form_with(
            &app.client,
            &format!("/organizations/{victim}/edit"),
            &[
                ("csrf_token", &token),
                ("version", "1"),
                ("name", "Hijacked"),
                ("kind", "other"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let page = app.get_page(&format!("/organizations/{victim}")).await;
    assert_eq!(text_of(&page.html, "h1"), vec!["Victim Org"]);
}

#[tokio::test]
async fn editing_needs_a_login_and_the_csrf_token() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let anonymous = new_client();
    let r = anonymous
        .get(app.url(&format!("/organizations/{slug}/edit")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&r),
        format!("/login?next=%2Forganizations%2F{slug}%2Fedit")
    );

    let mut fields = app.edit_fields(&app.client, &slug).await;
    fields.retain(|(k, _)| k != "csrf_token" && k != "name");
    fields.push(("name".into(), "Changed".into()));
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app
        .post_form_with(
            &app.client,
            &format!("/organizations/{slug}/edit"),
            &borrowed,
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_second_of_two_concurrent_saves_gets_409_with_its_input_kept() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    // The profile was saved once (a new profile's form asks for the kind).
    assert_eq!(app.edit(&slug, &[]).await.status(), StatusCode::SEE_OTHER);
    // Two tabs load the form at the same version.
    let first = app.edit_fields(&app.client, &slug).await;
    let second = app.edit_fields(&app.client, &slug).await;
    let post = |fields: Vec<(String, String)>, needs: &'static str| {
        let mut fields = fields;
        fields.retain(|(k, _)| k != "needs");
        fields.push(("needs".into(), needs.into()));
        let app = &app;
        let slug = slug.clone();
        async move {
            let borrowed: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            app.post_form_with(
                &app.client,
                &format!("/organizations/{slug}/edit"),
                &borrowed,
            )
            .await
        }
    };
    let r1 = post(first, "First tab need").await;
    assert_eq!(r1.status(), StatusCode::SEE_OTHER);
    let r2 = post(second, "Second tab need").await;
    assert_eq!(r2.status(), StatusCode::CONFLICT);
    let html = Html::parse_document(&r2.text().await.unwrap());
    assert_eq!(select(&html, ".conflict").len(), 1);
    let kept: String = select(&html, "#needs")[0].text().collect();
    assert_eq!(kept, "Second tab need");
    let page = app.get_page(&format!("/organizations/{slug}")).await;
    assert_eq!(
        text_of(&page.html, ".needs li"),
        vec!["First tab need"],
        "no silent overwrite"
    );

    // Saving the re-shown form again (now at the current version) goes through.
    let version = attr_of(&html, "input[name=version]", "value").unwrap();
    let r3 = app
        .edit(
            &slug,
            &[("needs", "Second tab need"), ("version", &version)],
        )
        .await;
    assert_eq!(r3.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn concurrent_saves_at_the_same_version_let_exactly_one_win() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    assert_eq!(app.edit(&slug, &[]).await.status(), StatusCode::SEE_OTHER);
    let fields = app.edit_fields(&app.client, &slug).await;
    let mut handles = Vec::new();
    for i in 0..6 {
        let mut f = fields.clone();
        f.retain(|(k, _)| k != "needs");
        f.push(("needs".into(), format!("need from writer {i}")));
        let client = app.client.clone();
        let url = app.url(&format!("/organizations/{slug}/edit"));
        handles.push(tokio::spawn(async move {
            client.post(url).form(&f).send().await.unwrap().status()
        }));
    }
    let mut statuses = Vec::new();
    for h in handles {
        statuses.push(h.await.unwrap());
    }
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CONFLICT)
            .count(),
        5,
        "{statuses:?}"
    );
}

#[tokio::test]
async fn a_huge_form_is_refused_with_413() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let huge = "x".repeat(2 * 1024 * 1024);
    let r = app.edit(&slug, &[("description", &huge)]).await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let html = Html::parse_document(&r.text().await.unwrap());
    assert_eq!(text_of(&html, "h1"), vec!["Too much data"]);
}

#[tokio::test]
async fn the_directory_pages_through_many_organizations() {
    let app = spawn_app().await;
    let profiles: Vec<_> = (0..120)
        .map(|i| roundtable::domain::profile::ProfileDraft {
            name: format!("Org {i:03}"),
            kind: "academia".into(),
            ..Default::default()
        })
        .map(|d| d.parse().unwrap())
        .collect();
    roundtable::services::import::apply(&app.db, &profiles, false, |_| {})
        .await
        .unwrap();
    let page = app.get_page("/organizations?page=3").await;
    let names = text_of(&page.html, ".org-card h2");
    assert_eq!(names.len(), 20);
    assert_eq!(names[0], "Org 100");
    assert_eq!(text_of(&page.html, ".pager span"), vec!["Page 3 of 3"]);
    // A page number that is not one shows the first page, not a dead end.
    let page = app.get_page("/organizations?page=abc").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(text_of(&page.html, ".pager span"), vec!["Page 1 of 3"]);
}

/// Names that differ but give the same address, registered at the same time:
/// each gets its own address (on PostgreSQL a clash used to be a server error).
#[tokio::test]
async fn simultaneous_registrations_whose_names_share_an_address_all_succeed() {
    let app = spawn_app().await;
    let names = [
        "Slug Race",
        "Slug Race!",
        "Slug Race?",
        "Slug Race.",
        "Slug Race,",
        "Slug Race;",
        "Slug Race:",
        "(Slug Race)",
        "Slug-Race",
        "Slug Race!!",
        "Slug Race??",
        "Slug Race...",
        "Slug Race!?",
        "Slug Race?!",
        "Slug Race (1)",
        "Slug Race [1]",
    ];
    let mut posts = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let client = new_client();
        let token = app.csrf_with(&client, "/register").await;
        let form = [
            ("csrf_token", token),
            ("organization_name", (*name).to_owned()),
            ("email", format!("race{i}@example.org")),
            ("password", crate::helpers::PASSWORD.to_owned()),
        ];
        let request = client.post(app.url("/register")).form(&form).send();
        posts.push(async move { request.await.expect("an answer") });
    }
    let answers = futures_util::future::join_all(posts).await;
    let mut slugs = std::collections::HashSet::new();
    for (name, r) in names.iter().zip(&answers) {
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{name}");
        slugs.insert(location(r));
    }
    assert_eq!(slugs.len(), names.len(), "{slugs:?}");
}
