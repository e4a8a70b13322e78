//! An organization's data for its owners: everything the service holds
//! about it as JSON (read by a real parser), and its deletion with all of it
//! — after which nobody finds it anywhere and its people cannot log in.

use reqwest::StatusCode;

use crate::helpers::matches::{mark, marketplace};
use crate::helpers::{PASSWORD, TestApp, TestUser, location, new_client, spawn_app};

async fn delete(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.submit_with(
        client,
        &format!("/organizations/{slug}/members"),
        &format!("/organizations/{slug}/delete"),
        fields,
    )
    .await
}

#[tokio::test]
async fn an_owner_downloads_everything_and_deletes_the_organization_for_good() {
    let app = spawn_app().await;
    let (me_client, me, others) = marketplace(&app).await;
    let alliance = TestUser::log_in(&app, "r@example.org", PASSWORD).await;
    assert_eq!(alliance.slug, others[0]);
    // Marks both ways, and a private need.
    mark(&app, &me_client, &me, &alliance.slug, "interested").await;
    mark(&app, &alliance.client, &alliance.slug, &me, "interested").await;
    // A second person of the alliance, a member.
    let people = format!("/organizations/{}/members", alliance.slug);
    app.submit_with(
        &alliance.client,
        &people,
        &people,
        &[("email", "deputy@alliance.example"), ("role", "member")],
    )
    .await;
    let link = crate::helpers::mail::outbox_link(
        &app,
        "invitation",
        "deputy@alliance.example",
        "/invitations/",
    )
    .await;
    let deputy = new_client();
    let path = link.trim_start_matches(&app.address).to_owned();
    let r = app
        .submit_with(
            &deputy,
            "/login",
            &path,
            &[("password", "a heron over still water")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // The download: owners only.
    let export = format!("/organizations/{}/export.json", alliance.slug);
    assert_eq!(
        deputy.get(app.url(&export)).send().await.unwrap().status(),
        StatusCode::FORBIDDEN,
        "a member"
    );
    assert_eq!(
        me_client
            .get(app.url(&export))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::FORBIDDEN,
        "another organization"
    );
    let r = new_client().get(app.url(&export)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "to the login page");
    let r = alliance.client.get(app.url(&export)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let text = r.text().await.unwrap();
    let data: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(data["organization"]["slug"], alliance.slug.as_str());
    assert_eq!(
        data["organization"]["needs"][0],
        "a venue for our regional workshop"
    );
    let emails: Vec<&str> = data["people"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["email"].as_str())
        .collect();
    assert_eq!(emails, ["r@example.org", "deputy@alliance.example"]);
    assert_eq!(data["interest_marks"][0]["partner_slug"], me.as_str());
    assert_eq!(data["invitations"].as_array().unwrap().len(), 1);
    for secret in ["argon2", "password", "token_hash", "/invitations/"] {
        assert!(!text.contains(secret), "no {secret} in the download");
    }

    // Deletion: an owner, ticked, with the current password.
    let r = delete(
        &app,
        &deputy,
        &alliance.slug,
        &[
            ("confirm", "yes"),
            ("current_password", "a heron over still water"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "a member cannot");
    let r = delete(
        &app,
        &alliance.client,
        &alliance.slug,
        &[("current_password", PASSWORD)],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "not ticked");
    let r = delete(
        &app,
        &alliance.client,
        &alliance.slug,
        &[("confirm", "yes"), ("current_password", "wrong password!")],
    )
    .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "wrong password"
    );
    assert_eq!(
        app.get_page(&format!("/organizations/{}", alliance.slug))
            .await
            .status,
        StatusCode::OK,
        "still there"
    );
    let r = delete(
        &app,
        &alliance.client,
        &alliance.slug,
        &[("confirm", "yes"), ("current_password", PASSWORD)],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/?done=deleted");

    // Gone: profile, directory, suggestions, marks; nobody of it logs in.
    assert_eq!(
        app.get_page(&format!("/organizations/{}", alliance.slug))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let listed = app
        .get_page_with(&me_client, "/organizations")
        .await
        .html
        .html();
    assert!(!listed.contains(&format!("/organizations/{}\"", alliance.slug)));
    let found = app
        .get_page_with(&me_client, "/organizations?q=alliance")
        .await
        .html
        .html();
    assert!(
        !found.contains("Response Alliance"),
        "not found by its name"
    );
    let suggestions = app
        .get_page_with(&me_client, &format!("/organizations/{me}/matches"))
        .await
        .html
        .html();
    assert!(!suggestions.contains(&alliance.slug), "not suggested");
    let mutual = app
        .get_page_with(&me_client, &format!("/organizations/{me}/mutual"))
        .await
        .html
        .html();
    assert!(
        !mutual.contains("Response Alliance"),
        "no mutual interest left"
    );
    for (email, password) in [
        ("r@example.org", PASSWORD),
        ("deputy@alliance.example", "a heron over still water"),
    ] {
        let r = app.login_with(&new_client(), email, password).await;
        assert_ne!(r.status(), StatusCode::SEE_OTHER, "{email} cannot log in");
    }
    assert_eq!(
        alliance
            .client
            .get(app.url(&format!("/organizations/{}/edit", alliance.slug)))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::SEE_OTHER,
        "the old session is gone"
    );
}
