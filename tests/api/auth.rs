use reqwest::StatusCode;

use crate::helpers::{
    PASSWORD, TestUser, attr_of, location, new_client, select, spawn_app, text_of,
};

#[tokio::test]
async fn registering_logs_in_and_opens_the_profile_editor() {
    let app = spawn_app().await;
    let slug = app
        .register("Pacific Islands CERT", "ana@cert.example.org")
        .await;
    assert_eq!(slug, "pacific-islands-cert");
    let page = app.get_page(&format!("/organizations/{slug}/edit")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        attr_of(&page.html, "input[name=name]", "value").as_deref(),
        Some("Pacific Islands CERT")
    );
    assert_eq!(
        text_of(&page.html, ".nav-user"),
        vec!["Pacific Islands CERT"]
    );
}

#[tokio::test]
async fn registration_errors_are_shown_at_each_field_with_the_input_kept() {
    let app = spawn_app().await;
    let long_name = "N".repeat(201);
    let cases: [(&str, &str, &str, &str); 4] = [
        ("", "ana@example.org", PASSWORD, "organization_name"),
        (&long_name, "ana@example.org", PASSWORD, "organization_name"),
        ("Good Name", "not-an-email", PASSWORD, "email"),
        ("Good Name", "ana@example.org", "short", "password"),
    ];
    for (name, email, password, field) in cases {
        let r = app
            .submit(
                "/register",
                "/register",
                &[
                    ("organization_name", name),
                    ("email", email),
                    ("password", password),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let html = scraper::Html::parse_document(&r.text().await.unwrap());
        assert_eq!(
            select(&html, &format!("#{field}-error")).len(),
            1,
            "message at {field}"
        );
        assert_eq!(
            attr_of(&html, "#email", "value").as_deref(),
            Some(email),
            "e-mail kept"
        );
        assert_eq!(
            attr_of(&html, "#organization_name", "value").as_deref(),
            Some(name),
            "name kept"
        );
        assert_eq!(
            attr_of(&html, "#password", "value"),
            None,
            "a password is never echoed"
        );
    }
    let rows = roundtable::services::directory::Directory::default()
        .find(&app.db, &Default::default(), 1, 10)
        .await
        .unwrap()
        .organizations;
    assert!(rows.is_empty(), "nothing was created");
}

#[tokio::test]
async fn duplicate_names_ignoring_case_and_duplicate_emails_are_refused() {
    let app = spawn_app().await;
    app.register("Pacific Islands CERT", "ana@cert.example.org")
        .await;
    let other = new_client();
    let r = app
        .submit_with(
            &other,
            "/register",
            "/register",
            &[
                ("organization_name", "pacific  islands cert"),
                ("email", "bo@x.example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    assert!(text_of(&html, "#organization_name-error")[0].contains("already registered"));

    let r = app
        .submit_with(
            &other,
            "/register",
            "/register",
            &[
                ("organization_name", "Another Org"),
                ("email", "ANA@cert.example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    assert!(text_of(&html, "#email-error")[0].contains("already exists"));
}

#[tokio::test]
async fn wrong_password_and_unknown_email_get_the_same_message() {
    let app = spawn_app().await;
    app.register("Org A", "a@example.org").await;
    let client = new_client();
    let mut messages = Vec::new();
    for (email, password) in [
        ("a@example.org", "wrong password!"),
        ("nobody@example.org", PASSWORD),
    ] {
        let r = app.login_with(&client, email, password).await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        let html = scraper::Html::parse_document(&r.text().await.unwrap());
        messages.push(text_of(&html, ".form-summary"));
    }
    assert_eq!(messages[0], messages[1]);
    assert_eq!(messages[0], vec!["Wrong e-mail address or password."]);
}

#[tokio::test]
async fn login_renews_the_session_and_logout_ends_it() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let client = new_client();
    let r = app.login_with(&client, "A@example.org", PASSWORD).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/organizations/{slug}"));
    let first = r
        .cookies()
        .find(|c| c.name() == "rt_session")
        .unwrap()
        .value()
        .to_owned();
    let cookie = r.cookies().find(|c| c.name() == "rt_session").unwrap();
    assert!(cookie.http_only());
    assert!(cookie.same_site_lax());

    let r = app.login_with(&client, "a@example.org", PASSWORD).await;
    let second = r
        .cookies()
        .find(|c| c.name() == "rt_session")
        .unwrap()
        .value()
        .to_owned();
    assert_ne!(first, second, "a new session id at every login");

    let r = app.submit_with(&client, "/", "/logout", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = client
        .get(app.url(&format!("/organizations/{slug}/edit")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).starts_with("/login?next="));
}

#[tokio::test]
async fn the_old_session_token_is_useless_after_logout() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let url = reqwest::Url::parse(&app.address).unwrap();
    let client = new_client();
    let r = app.login_with(&client, "a@example.org", PASSWORD).await;
    let token = r
        .cookies()
        .find(|c| c.name() == "rt_session")
        .unwrap()
        .value()
        .to_owned();
    app.submit_with(&client, "/", "/logout", &[]).await;
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    jar.add_cookie_str(&format!("rt_session={token}"), &url);
    let replay = reqwest::Client::builder()
        .cookie_provider(jar)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = replay
        .get(app.url(&format!("/organizations/{slug}/edit")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "a logged-out session must not work"
    );
}

#[tokio::test]
async fn repeated_failures_are_throttled_per_account() {
    let app = spawn_app().await;
    app.register("Org A", "a@example.org").await;
    let client = new_client();
    for _ in 0..roundtable::db::throttle::MAX_PER_ACCOUNT {
        let r = app
            .login_with(&client, "a@example.org", "wrong password!")
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    // Even the right password is refused until the window has passed.
    let r = app.login_with(&client, "a@example.org", PASSWORD).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().get("retry-after").is_some());
    // Another account from the same address is not blocked yet.
    TestUser::register(&app, "Org B", "b@example.org").await;
    let r = app.login_with(&client, "b@example.org", PASSWORD).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn repeated_failures_are_throttled_per_address() {
    let app = spawn_app().await;
    let client = new_client();
    for i in 0..roundtable::db::throttle::MAX_PER_IP {
        let r = app
            .login_with(&client, &format!("user{i}@example.org"), "wrong password!")
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = app
        .login_with(&client, "someone@example.org", "wrong password!")
        .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn posts_without_the_csrf_token_are_refused() {
    let app = spawn_app().await;
    app.get_page("/register").await;
    let r = app
        .post_form_with(
            &app.client,
            "/register",
            &[
                ("organization_name", "Org A"),
                ("email", "a@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .post_form_with(
            &app.client,
            "/register",
            &[
                ("csrf_token", "0".repeat(64).as_str()),
                ("organization_name", "Org A"),
                ("email", "a@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let rows = roundtable::services::directory::Directory::default()
        .find(&app.db, &Default::default(), 1, 10)
        .await
        .unwrap()
        .organizations;
    assert!(rows.is_empty());
}

#[tokio::test]
async fn cross_site_posts_are_refused_even_with_a_token() {
    let app = spawn_app().await;
    let token = app.csrf_with(&app.client, "/register").await;
    for (header, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
    ] {
        let r = app
            .client
            .post(app.url("/register"))
            .header(header, value)
            .form(&[
                ("csrf_token", token.as_str()),
                ("organization_name", "Org A"),
                ("email", "a@example.org"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{header}");
    }
}

#[tokio::test]
async fn login_goes_back_only_to_pages_of_this_site() {
    let app = spawn_app().await;
    let slug = app.register("Org A", "a@example.org").await;
    let client = new_client();
    let edit = format!("/organizations/{slug}/edit");
    let r = app
        .submit_with(
            &client,
            "/login",
            "/login",
            &[
                ("email", "a@example.org"),
                ("password", PASSWORD),
                ("next", &edit),
            ],
        )
        .await;
    assert_eq!(location(&r), edit);
    let r = app
        .submit_with(
            &client,
            "/login",
            "/login",
            &[
                ("email", "a@example.org"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("/organizations/{slug}"));
    // Browsers drop tabs and line breaks from a URL before reading it, so
    // `/\t/host/` is `//host/`; line breaks and vertical tabs cannot go into
    // a header at all. Each is refused: the login goes to the home page of
    // the organization, with a redirect, never a server error.
    for next in [
        "/\t/127.0.0.1:18799/",
        "/\n/127.0.0.1:18799/",
        "/\r\n/127.0.0.1:18799/",
        "/organizations/x\r\nSet-Cookie: a=b",
        "/organizations\u{b}/x",
        "/\\127.0.0.1:18799/",
    ] {
        let r = app
            .submit_with(
                &client,
                "/login",
                "/login",
                &[
                    ("email", "a@example.org"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(location(&r), format!("/organizations/{slug}"), "{next:?}");
    }
    // The login form carries `next` from the address: a bad one is not put in the form.
    let page = app
        .get_page_with(&client, "/login?next=%2F%09%2F127.0.0.1:18799%2F")
        .await;
    assert_eq!(
        attr_of(&page.html, "input[name=next]", "value").unwrap_or_default(),
        ""
    );
}

/// A new password must be hard to guess; the form says why and keeps the rest.
#[tokio::test]
async fn registration_refuses_guessable_passwords_with_a_reason() {
    let app = spawn_app().await;
    for weak in ["1234567890", "password12", "weak warden org"] {
        let r = app
            .submit(
                "/register",
                "/register",
                &[
                    ("organization_name", "Weak Warden Org"),
                    ("email", "warden@example.org"),
                    ("password", weak),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{weak}");
        let html = scraper::Html::parse_document(&r.text().await.unwrap());
        assert!(
            text_of(&html, "form")
                .join(" ")
                .contains("too easy to guess"),
            "{weak}"
        );
        assert_eq!(
            attr_of(&html, "input[name=email]", "value").as_deref(),
            Some("warden@example.org")
        );
    }
}

/// Registrations from one address are limited, counted before the password
/// is hashed.
#[tokio::test]
async fn registrations_from_one_address_are_limited() {
    let app = spawn_app().await;
    let limit = roundtable::db::throttle::MAX_REGISTRATIONS_PER_IP;
    for i in 0..=limit {
        let client = new_client();
        let r = app
            .submit_with(
                &client,
                "/register",
                "/register",
                &[
                    ("organization_name", &format!("Flood Org {i}")),
                    ("email", &format!("flood{i}@example.org")),
                    ("password", PASSWORD),
                ],
            )
            .await;
        let expected = if i < limit {
            StatusCode::SEE_OTHER
        } else {
            StatusCode::TOO_MANY_REQUESTS
        };
        assert_eq!(r.status(), expected, "registration {i}");
    }
}

/// A screen reader hears which field is wrong and why, and a keyboard can skip
/// the menu.
#[tokio::test]
async fn field_errors_are_tied_to_their_fields_and_a_skip_link_leads_to_the_content() {
    let app = spawn_app().await;
    let r = app
        .submit(
            "/register",
            "/register",
            &[
                ("organization_name", "Tied Errors Org"),
                ("email", "not an address"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    for field in ["email", "password"] {
        let described = attr_of(&html, &format!("#{field}"), "aria-describedby");
        assert_eq!(
            described.as_deref(),
            Some(format!("{field}-error").as_str())
        );
        assert_eq!(
            attr_of(&html, &format!("#{field}"), "aria-invalid").as_deref(),
            Some("true")
        );
        assert_eq!(select(&html, &format!("#{field}-error")).len(), 1);
    }
    assert!(attr_of(&html, "#organization_name", "aria-invalid").is_none());
    let first_link = select(&html, "body a").into_iter().next().unwrap();
    assert_eq!(first_link.value().attr("href"), Some("#main"));
    assert_eq!(select(&html, "main#main").len(), 1);
}
