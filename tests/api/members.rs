//! The people of an organization: owners invite colleagues by e-mail (a real
//! SMTP server, the message read by a MIME parser), the link joins the right
//! organization once, owners change roles and remove people, anyone may
//! leave, and an organization always keeps one owner. Bad, hostile and
//! repeated invitations are refused with a clear message.

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Statement};

use crate::helpers::mail::{SmtpServer, link_in, parse};
use crate::helpers::{
    PASSWORD, TestApp, TestUser, location, new_client, select, spawn_app, spawn_app_with_smtp,
    text_of,
};

const COLLEAGUE_PASSWORD: &str = "a heron over still water";

fn members(slug: &str) -> String {
    format!("/organizations/{slug}/members")
}

/// `user` invites `email` as `role`.
async fn invite(app: &TestApp, user: &TestUser, email: &str, role: &str) -> reqwest::Response {
    let page = members(&user.slug);
    app.submit_with(
        &user.client,
        &page,
        &page,
        &[("email", email), ("role", role)],
    )
    .await
}

/// The link of the newest invitation to `email`, as the outbox holds it.
async fn outbox_link(app: &TestApp, email: &str) -> String {
    crate::helpers::mail::outbox_link(app, "invitation", email, "/invitations/").await
}

/// Opens `link` in a new browser and joins with `password`.
async fn accept(app: &TestApp, link: &str, password: &str) -> (reqwest::Client, reqwest::Response) {
    let browser = new_client();
    let path = link.trim_start_matches(&app.address).to_owned();
    // The token from the login page: a link that no longer works shows no form.
    let r = app
        .submit_with(&browser, "/login", &path, &[("password", password)])
        .await;
    (browser, r)
}

/// The page's alert, if any.
async fn alert(r: reqwest::Response) -> String {
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    text_of(&html, "[role=alert]").join(" ")
}

#[tokio::test]
async fn an_invitation_arrives_and_joins_the_right_organization_once() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(&smtp.url()).await;
    let owner = TestUser::register(&app, "Delta CERT", "lead@delta.example").await;
    let _other = TestUser::register(&app, "Other Agency", "someone@other.example").await;
    let r = invite(&app, &owner, "Officer@Delta.example ", "member").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&r),
        format!("{}?done=invited", members(&owner.slug))
    );

    // Two confirmations of the registrations, then the invitation.
    let mail = smtp.wait_for(3).await;
    let invitations: Vec<_> = mail
        .iter()
        .map(|m| parse(m))
        .filter(|m| m.text.contains("/invitations/"))
        .collect();
    assert_eq!(invitations.len(), 1, "one message, to the invited person");
    let m = &invitations[0];
    assert!(m.to.contains("officer@delta.example"), "{}", m.to);
    assert!(m.subject.contains("Delta CERT"), "{}", m.subject);
    assert!(m.text.contains("lead@delta.example"), "says who invited");
    assert_eq!(m.content_type, "multipart/alternative");
    assert!(m.html.contains("<a href=\""));
    let link = link_in(&m.text, "/invitations/").unwrap();

    // The owner sees it waiting.
    let page = app
        .get_page_with(&owner.client, &members(&owner.slug))
        .await;
    assert!(
        text_of(&page.html, "#pending")
            .join(" ")
            .contains("officer@delta.example")
    );

    // The link opens a form naming the organization; a weak password is
    // refused and the link keeps working.
    let browser = new_client();
    let opened = app
        .get_page_with(&browser, link.trim_start_matches(&app.address))
        .await;
    assert_eq!(opened.status, StatusCode::OK);
    assert!(
        text_of(&opened.html, "main")
            .join(" ")
            .contains("Delta CERT")
    );
    let (_, r) = accept(&app, &link, "1234567890").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (colleague, r) = accept(&app, &link, COLLEAGUE_PASSWORD).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&r),
        format!("{}?done=joined", members(&owner.slug))
    );

    // The new account acts for Delta CERT (not the other organization): it
    // edits the profile, its address is confirmed, it does not manage people.
    let edit = app
        .get_page_with(&colleague, &format!("/organizations/{}/edit", owner.slug))
        .await;
    assert_eq!(edit.status, StatusCode::OK);
    let settings = app.get_page_with(&colleague, "/settings/tokens").await;
    assert!(
        select(&settings.html, "#verify-email").is_empty(),
        "confirmed by the link"
    );
    let page = app.get_page_with(&colleague, &members(&owner.slug)).await;
    assert_eq!(page.status, StatusCode::OK);
    let listed = text_of(&page.html, "table.members").join(" ");
    assert!(listed.contains("lead@delta.example") && listed.contains("officer@delta.example"));
    assert!(
        select(&page.html, "#invite").is_empty(),
        "members do not invite"
    );
    let as_member = TestUser {
        client: colleague.clone(),
        slug: owner.slug.clone(),
        email: "officer@delta.example".into(),
    };
    let r = invite(&app, &as_member, "third@delta.example", "member").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // Once only.
    let (_, r) = accept(&app, &link, COLLEAGUE_PASSWORD).await;
    assert_eq!(r.status(), StatusCode::GONE);
    assert_eq!(
        new_client().get(&link).send().await.unwrap().status(),
        StatusCode::GONE
    );
    // The password chosen logs in, to Delta CERT.
    let again = TestUser::log_in(&app, "officer@delta.example", COLLEAGUE_PASSWORD).await;
    assert_eq!(again.slug, owner.slug);
}

#[tokio::test]
async fn owners_manage_people_and_an_organization_always_keeps_one_owner() {
    let app = spawn_app().await;
    let owner = TestUser::register(&app, "Reef Ministry", "minister@reef.example").await;
    let other = TestUser::register(&app, "Far Institute", "far@far.example").await;

    // The only owner can neither step down nor leave: the page offers
    // neither, and the server refuses both.
    let page = app
        .get_page_with(&owner.client, &members(&owner.slug))
        .await;
    assert!(select(&page.html, "form[action$='/role']").is_empty());
    assert!(select(&page.html, "form[action$='/remove']").is_empty());
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let owner_id = entity::account::Entity::find()
        .filter(entity::account::Column::Email.eq("minister@reef.example"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let me = format!("{}/{owner_id}/role", members(&owner.slug));
    let r = app
        .submit_with(
            &owner.client,
            &members(&owner.slug),
            &me,
            &[("role", "member")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let said = alert(r).await;
    assert!(said.contains("one owner"), "{said}");
    let leave = me.replace("/role", "/remove");
    let r = app
        .submit_with(&owner.client, &members(&owner.slug), &leave, &[])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // A colleague joins as a member; the owner makes them an owner.
    invite(&app, &owner, "deputy@reef.example", "member").await;
    let (deputy, r) = accept(
        &app,
        &outbox_link(&app, "deputy@reef.example").await,
        COLLEAGUE_PASSWORD,
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app
        .get_page_with(&owner.client, &members(&owner.slug))
        .await;
    let forms: Vec<String> = select(&page.html, "form[action$='/role']")
        .iter()
        .filter_map(|f| f.value().attr("action").map(str::to_owned))
        .collect();
    let deputy_role = forms
        .iter()
        .find(|a| **a != me)
        .expect("the deputy's role form")
        .clone();
    // A member cannot change roles or remove anyone.
    let r = app
        .submit_with(&deputy, &members(&owner.slug), &members(&owner.slug), &[])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = app
        .submit_with(&deputy, &members(&owner.slug), &leave, &[])
        .await;
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "a member removes nobody else"
    );
    // Another organization's owner cannot see or touch these people.
    assert_eq!(
        app.get_page_with(&other.client, &members(&owner.slug))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let r = app
        .submit_with(
            &other.client,
            &members(&other.slug),
            &deputy_role,
            &[("role", "owner")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Nobody is logged in: the login page, then back.
    let r = new_client()
        .get(app.url(&members(&owner.slug)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).starts_with("/login"), "{}", location(&r));

    // An unknown role is refused; "owner" makes the deputy an owner.
    let r = app
        .submit_with(
            &owner.client,
            &members(&owner.slug),
            &deputy_role,
            &[("role", "king")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = app
        .submit_with(
            &owner.client,
            &members(&owner.slug),
            &deputy_role,
            &[("role", "owner")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app.get_page_with(&deputy, &members(&owner.slug)).await;
    assert_eq!(select(&page.html, "#invite").len(), 1, "an owner now");

    // Now the first owner may leave: the account is gone, the session too.
    let r = app
        .submit_with(&owner.client, &members(&owner.slug), &leave, &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/?done=left");
    let r = app
        .login_with(&new_client(), "minister@reef.example", PASSWORD)
        .await;
    assert_ne!(r.status(), StatusCode::SEE_OTHER, "the account is deleted");
    let page = app.get_page_with(&deputy, &members(&owner.slug)).await;
    let listed = text_of(&page.html, "table.members").join(" ");
    assert!(!listed.contains("minister@reef.example"), "{listed}");
    // The deputy, the last owner now, cannot step down.
    let r = app
        .submit_with(
            &deputy,
            &members(&owner.slug),
            &deputy_role,
            &[("role", "member")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The deputy invites and removes someone; a removed person's browser
    // is no longer logged in.
    let deputy_user = TestUser {
        client: deputy.clone(),
        slug: owner.slug.clone(),
        email: "deputy@reef.example".into(),
    };
    invite(&app, &deputy_user, "intern@reef.example", "member").await;
    let (intern, _) = accept(
        &app,
        &outbox_link(&app, "intern@reef.example").await,
        COLLEAGUE_PASSWORD,
    )
    .await;
    let page = app.get_page_with(&deputy, &members(&owner.slug)).await;
    let remove_intern = select(&page.html, "form[action$='/remove']")
        .iter()
        .filter_map(|f| f.value().attr("action").map(str::to_owned))
        .find(|a| *a != deputy_role.replace("/role", "/remove"))
        .expect("the intern's remove form");
    let r = app
        .submit_with(&deputy, &members(&owner.slug), &remove_intern, &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = intern
        .get(app.url(&format!("/organizations/{}/edit", owner.slug)))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "logged out: to the login page"
    );
}

#[tokio::test]
async fn wrong_hostile_and_repeated_invitations_are_refused_clearly() {
    let app = spawn_app().await;
    let owner = TestUser::register(&app, "Harbour Agency", "chief@harbour.example").await;
    let _other = TestUser::register(&app, "Bay Institute", "staff@bay.example").await;
    let long = format!("{}@example.org", "a".repeat(300));
    for (email, why) in [
        ("", "empty"),
        ("not-an-address", "no @"),
        (long.as_str(), "too long"),
        ("<script>alert(1)</script>@x.org", "hostile"),
        ("chief@harbour.example", "already one of its people"),
        ("STAFF@bay.example", "an account of another organization"),
    ] {
        let r = invite(&app, &owner, email, "member").await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        let body = r.text().await.unwrap();
        assert!(!body.contains("<script>alert"), "escaped ({why})");
        let html = scraper::Html::parse_document(&body);
        assert!(
            !text_of(&html, "[role=alert]").join("").is_empty(),
            "says why ({why})"
        );
        // What was typed stays in the field (unless it was huge).
        if email.len() < 100 {
            assert_eq!(
                crate::helpers::attr_of(&html, "#email", "value").as_deref(),
                Some(email),
                "{why}"
            );
        }
    }
    let count = |app: &TestApp| {
        let db = app.db.clone();
        async move {
            db.query_one_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM outbox WHERE kind = 'invitation'",
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get::<i64>("", "n")
            .unwrap()
        }
    };
    assert_eq!(count(&app).await, 0, "nothing sent for refused addresses");

    // A second invitation replaces the first; a withdrawn one stops working.
    invite(&app, &owner, "new@harbour.example", "owner").await;
    let first = outbox_link(&app, "new@harbour.example").await;
    invite(&app, &owner, "new@harbour.example", "member").await;
    let second = outbox_link(&app, "new@harbour.example").await;
    assert_ne!(first, second);
    assert_eq!(
        new_client().get(&first).send().await.unwrap().status(),
        StatusCode::GONE
    );
    let page = app
        .get_page_with(&owner.client, &members(&owner.slug))
        .await;
    let withdraw =
        crate::helpers::attr_of(&page.html, "#pending form", "action").expect("a withdraw form");
    assert_eq!(
        select(&page.html, "#pending tbody tr").len(),
        1,
        "one pending"
    );
    let r = app
        .submit_with(&owner.client, &members(&owner.slug), &withdraw, &[])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        new_client().get(&second).send().await.unwrap().status(),
        StatusCode::GONE
    );
    let (_, r) = accept(&app, &second, COLLEAGUE_PASSWORD).await;
    assert_eq!(r.status(), StatusCode::GONE);
    // A made-up link is gone too, and says so.
    let r = new_client()
        .get(app.url("/invitations/not-a-real-token"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::GONE);

    // Too many invitations in a short time: refused with a message.
    let mut refused = false;
    for i in 0..25 {
        let r = invite(&app, &owner, &format!("p{i}@harbour.example"), "member").await;
        if r.status() == StatusCode::UNPROCESSABLE_ENTITY {
            let said = alert(r).await;
            assert!(said.contains("Too many"), "{said}");
            refused = true;
            break;
        }
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    assert!(refused, "the limit holds");
    assert!(count(&app).await <= 20 + 2);
}

#[tokio::test]
async fn a_taken_organization_name_points_to_an_invitation() {
    let app = spawn_app().await;
    TestUser::register(&app, "Lagoon Council", "a@lagoon.example").await;
    let r = app
        .submit_with(
            &new_client(),
            "/register?lang=fr",
            "/register",
            &[
                ("organization_name", "Lagoon Council"),
                ("email", "b@lagoon.example"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    let french = roundtable::i18n::Lang::Fr.t("register-name-taken");
    assert!(
        text_of(&html, "main").join(" ").contains(&french),
        "the message in French"
    );
}
