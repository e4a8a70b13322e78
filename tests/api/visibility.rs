//! Who sees an organization: an owner may take it out of the public
//! directory. Then visitors who are not logged in find it nowhere — the
//! directory (page, counts, CSV, API), its profile, its suggestions, others'
//! suggestions — while logged-in organizations see it as before.

use reqwest::StatusCode;

use crate::helpers::matches::marketplace;
use crate::helpers::{TestApp, TestUser, location, new_client, spawn_app, text_of};

async fn set(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    value: &str,
) -> reqwest::Response {
    let page = format!("/organizations/{slug}/members");
    app.submit_with(
        client,
        &page,
        &format!("/organizations/{slug}/visibility"),
        &[("visibility", value)],
    )
    .await
}

/// What a visitor who is not logged in gets at `path`: status and body.
async fn anonymous(app: &TestApp, path: &str) -> (StatusCode, String) {
    let r = new_client().get(app.url(path)).send().await.unwrap();
    (r.status(), r.text().await.unwrap())
}

#[tokio::test]
async fn a_hidden_organization_is_seen_only_by_logged_in_organizations() {
    let app = spawn_app().await;
    // "me" and three partners whose suggestions hold each other.
    let (me_client, me, others) = marketplace(&app).await;
    // The alliance offers what "me" seeks: it is among me's suggestions.
    let private = others[0].clone();
    let partner = me.clone();
    let private_page = format!("/organizations/{private}");
    let visible = |body: &str| body.contains(&format!("href=\"{private_page}\""));

    // Before: everyone finds it.
    let (_, body) = anonymous(&app, "/organizations").await;
    assert!(visible(&body), "listed in the public directory");
    let (_, body) = anonymous(&app, &format!("/organizations/{partner}/matches")).await;
    assert!(visible(&body), "suggested to everyone");

    // Only an owner of the organization changes it, with a valid choice.
    let owner = TestUser::log_in(&app, "r@example.org", crate::helpers::PASSWORD).await;
    assert_eq!(owner.slug, private);
    let r = set(&app, &me_client, &me, "hidden").await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "me hides itself: allowed"
    );
    let r = set(&app, &me_client, &me, "public").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = set(&app, &owner.client, &private, "invisible").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = app
        .submit_with(
            &me_client,
            &format!("/organizations/{me}/members"),
            &format!("/organizations/{private}/visibility"),
            &[("visibility", "hidden")],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "not another organization's"
    );
    let r = set(&app, &owner.client, &private, "hidden").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&r),
        format!("/organizations/{private}/members?done=visibility")
    );

    // Not logged in: nowhere.
    let (_, body) = anonymous(&app, "/organizations").await;
    assert!(!visible(&body), "not in the public directory");
    let (_, body) = anonymous(&app, "/organizations?q=Response+Alliance").await;
    assert!(!visible(&body), "not found by its name");
    let (_, csv) = anonymous(&app, "/organizations.csv").await;
    assert!(!csv.contains("Response Alliance"), "not in the CSV");
    let (status, _) = anonymous(&app, &private_page).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "its profile asks to log in");
    let (status, _) = anonymous(&app, &format!("{private_page}/matches")).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "its suggestions ask to log in"
    );
    let (_, body) = anonymous(&app, &format!("/organizations/{partner}/matches")).await;
    assert!(!visible(&body), "not suggested to visitors");
    let (_, json) = anonymous(&app, "/api/v1/organizations?per_page=100").await;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let slugs: Vec<&str> = v["items"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|o| o["slug"].as_str())
        .collect();
    assert!(
        !slugs.is_empty() && !slugs.contains(&private.as_str()),
        "{slugs:?}"
    );
    assert_eq!(v["total"], slugs.len(), "the total leaves it out");
    // The counts of the facets too: the alliance was the only international
    // organization.
    let kinds: Vec<&str> = v["facets"]["kind"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["value"].as_str())
        .collect();
    assert!(!kinds.contains(&"international_org"), "{kinds:?}");
    let (status, _) = anonymous(&app, &format!("/api/v1/organizations/{private}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, json) = anonymous(&app, &format!("/api/v1/organizations/{partner}/matches")).await;
    assert!(json.contains("\"matches\""), "{json}");
    assert!(
        !json.contains(&format!("\"{private}\"")),
        "not suggested by the API"
    );

    // Logged in: as before.
    let page = app.get_page_with(&me_client, "/organizations").await;
    assert!(
        visible(&page.html.html()),
        "listed for logged-in organizations"
    );
    let page = app.get_page_with(&me_client, &private_page).await;
    assert_eq!(page.status, StatusCode::OK);
    let page = app
        .get_page_with(&me_client, &format!("/organizations/{partner}/matches"))
        .await;
    assert!(
        visible(&page.html.html()),
        "suggested to logged-in organizations"
    );
    let page = app
        .get_page_with(
            &owner.client,
            &format!("/organizations/{private}/members?done=visibility"),
        )
        .await;
    assert_eq!(
        crate::helpers::attr_of(&page.html, "input[name=visibility][checked]", "value").as_deref(),
        Some("hidden")
    );
    assert!(!text_of(&page.html, "[role=status]").is_empty());

    // Public again: found again.
    let r = set(&app, &owner.client, &private, "public").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, body) = anonymous(&app, "/organizations").await;
    assert!(visible(&body));
    let (status, _) = anonymous(&app, &private_page).await;
    assert_eq!(status, StatusCode::OK);
}
