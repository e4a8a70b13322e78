//! Links sent by e-mail — password reset, confirming an address — through the outbox and a real SMTP server
//! (aiosmtpd), every message read by a MIME parser: the link works once,
//! ends the other sessions, expires, and an unknown address gets the same
//! answer and no message; without SMTP the message waits in the outbox, and
//! a message that could not be sent is retried until it is.

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Statement};

use crate::helpers::mail::{SmtpServer, free_port, link_in, parse};
use crate::helpers::{
    PASSWORD, TestApp, TestUser, bin, new_client, spawn_app, spawn_app_with_smtp, text_of,
};

const NEW_PASSWORD: &str = "a quiet lagoon at dawn";

/// The message whose text links to `path`.
fn about(mail: &[Vec<u8>], path: &str) -> crate::helpers::mail::Parsed {
    mail.iter()
        .map(|m| parse(m))
        .find(|m| m.text.contains(path))
        .unwrap_or_else(|| panic!("no message links to {path}"))
}

#[tokio::test]
async fn a_new_account_confirms_its_address_with_the_link_sent_to_it() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(&smtp.url()).await;
    let user = TestUser::register(&app, "Coral Institute", "coral@example.org").await;
    let m = about(&smtp.wait_for(1).await, "/verify-email/");
    assert!(m.to.contains("coral@example.org"));
    assert_eq!(m.content_type, "multipart/alternative");
    // Until then the settings say so, with a way to send the link again.
    let page = app.get_page_with(&user.client, "/settings/tokens").await;
    assert_eq!(crate::helpers::select(&page.html, "#verify-email").len(), 1);
    let r = app
        .submit_with(
            &user.client,
            "/settings/tokens",
            "/settings/verify-email",
            &[],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(smtp.wait_for(2).await.len(), 2, "the link sent again");
    let link = link_in(&m.text, "/verify-email/").unwrap();
    let r = new_client().get(&link).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let page = app.get_page_with(&user.client, "/settings/tokens").await;
    assert!(
        crate::helpers::select(&page.html, "#verify-email").is_empty(),
        "confirmed"
    );
    // Once only; and a confirmation link cannot reset a password.
    assert_eq!(
        new_client().get(&link).send().await.unwrap().status(),
        StatusCode::GONE
    );
    let path = link
        .trim_start_matches(&app.address)
        .replace("/verify-email/", "/password-reset/");
    assert_eq!(
        new_client()
            .get(app.url(&path))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::GONE
    );
}

/// Asks for a reset link for `email` from a browser that is not logged in;
/// returns the page's words.
async fn ask(app: &TestApp, email: &str) -> String {
    let client = new_client();
    let r = app
        .submit_with(
            &client,
            "/password-reset",
            "/password-reset",
            &[("email", email)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    text_of(&html, "main").join(" ")
}

#[tokio::test]
async fn a_reset_link_arrives_works_once_and_ends_the_other_sessions() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(&smtp.url()).await;
    let user = TestUser::register(&app, "Lagoon CERT", "ana@lagoon.example").await;
    // The person chose French: the message is in French.
    user.client.get(app.url("/?lang=fr")).send().await.unwrap();
    let said = ask(&app, "ANA@lagoon.example ").await;
    // The confirmation of the address at registration, then the reset.
    let mail = smtp.wait_for(2).await;
    assert_eq!(mail.len(), 2, "one message each");
    let m = about(&mail, "/password-reset/");
    assert!(m.to.contains("ana@lagoon.example"), "{}", m.to);
    assert_eq!(m.content_type, "multipart/alternative");
    assert_eq!(
        m.subject,
        roundtable::i18n::Lang::Fr.t("mail-reset-subject")
    );
    assert!(!m.html.is_empty() && m.html.contains("<a href=\""));
    let link = link_in(&m.text, "/password-reset/").expect("a link in the text");
    assert!(link.starts_with(&app.address), "{link}");
    let path = link.trim_start_matches(&app.address).to_owned();

    // The link opens the form; a weak password is refused, the link stays good.
    let browser = new_client();
    let r = browser.get(&link).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = app
        .submit_with(&browser, &path, &path, &[("password", "1234567890")])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = app
        .submit_with(&browser, &path, &path, &[("password", NEW_PASSWORD)])
        .await;
    assert_eq!(r.status(), StatusCode::OK);

    // The old session has ended; the new password logs in, the old one not.
    let r = user
        .client
        .get(app.url("/settings/tokens"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the old session is over");
    assert_eq!(
        TestUser::log_in(&app, "ana@lagoon.example", NEW_PASSWORD)
            .await
            .slug,
        user.slug
    );
    let r = app
        .submit_with(
            &new_client(),
            "/login",
            "/login",
            &[("email", "ana@lagoon.example"), ("password", PASSWORD)],
        )
        .await;
    assert_ne!(
        r.status(),
        StatusCode::SEE_OTHER,
        "the old password no longer works"
    );

    // Once only.
    let r = browser.get(&link).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::GONE);
    let r = app
        .submit_with(
            &new_client(),
            "/password-reset",
            &path,
            &[("password", "another long phrase here")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::GONE);
    assert!(!said.is_empty());
}

#[tokio::test]
async fn an_unknown_address_gets_the_same_answer_and_no_message() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(&smtp.url()).await;
    TestUser::register(&app, "Reef Agency", "reef@example.org").await;
    let known = ask(&app, "reef@example.org").await;
    let unknown = ask(&app, "nobody@example.org").await;
    let malformed = ask(&app, "not an address <script>").await;
    assert_eq!(
        known, unknown,
        "the answer does not tell whether an account exists"
    );
    assert_eq!(known, malformed);
    // The confirmation at registration, and one reset link: the unknown and
    // malformed addresses got nothing.
    let mail = smtp.wait_for(3).await;
    assert_eq!(mail.len(), 2, "only the known address gets a message");
    assert!(
        mail.iter()
            .all(|m| parse(m).to.contains("reef@example.org"))
    );
}

#[tokio::test]
async fn an_expired_link_is_refused() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(&smtp.url()).await;
    TestUser::register(&app, "Atoll Ministry", "atoll@example.org").await;
    ask(&app, "atoll@example.org").await;
    let m = about(&smtp.wait_for(2).await, "/password-reset/");
    let link = link_in(&m.text, "/password-reset/").unwrap();
    app.db
        .execute_raw(Statement::from_string(
            app.db.get_database_backend(),
            "UPDATE account_link SET expires_at = 0".to_owned(),
        ))
        .await
        .unwrap();
    let r = new_client().get(&link).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::GONE);
}

#[tokio::test]
async fn without_smtp_the_message_waits_in_the_outbox() {
    let app = spawn_app().await;
    TestUser::register(&app, "Harbour CSIRT", "harbour@example.org").await;
    ask(&app, "harbour@example.org").await;
    let out = std::process::Command::new(bin())
        .args(["--database-url", &app.database_url, "outbox", "--full"])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        listed.contains("password_reset to harbour@example.org"),
        "{listed}"
    );
    assert!(listed.contains("(waiting)"), "{listed}");
    assert!(
        listed.contains("/password-reset/"),
        "the text with its link: {listed}"
    );
}

#[tokio::test]
async fn a_message_that_could_not_be_sent_is_retried_until_it_is() {
    // The SMTP server is down when the message is written.
    let port = free_port();
    let app = spawn_app_with_smtp(&format!("smtp://127.0.0.1:{port}")).await;
    TestUser::register(&app, "Delta Academy", "delta@example.org").await;
    ask(&app, "delta@example.org").await;
    let attempts = || async {
        let row = app
            .db
            .query_one_raw(Statement::from_string(
                app.db.get_database_backend(),
                "SELECT attempts, sent_at FROM outbox WHERE kind = 'password_reset'".to_owned(),
            ))
            .await
            .unwrap()
            .expect("the message is in the outbox");
        let attempts: i32 = row.try_get("", "attempts").unwrap();
        let sent: Option<i64> = row.try_get("", "sent_at").unwrap();
        (attempts, sent)
    };
    let started = std::time::Instant::now();
    while attempts().await.0 == 0 {
        assert!(
            started.elapsed().as_secs() < 15,
            "a failed attempt is recorded"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(attempts().await.1, None, "not sent, not lost");
    // The server comes back; the retry is due now.
    let smtp = SmtpServer::start_on(port);
    app.db
        .execute_raw(Statement::from_string(
            app.db.get_database_backend(),
            "UPDATE outbox SET next_attempt_at = 0".to_owned(),
        ))
        .await
        .unwrap();
    let mail = smtp.wait_for(2).await;
    assert_eq!(mail.len(), 2, "both messages delivered on a retry");
    assert!(
        about(&mail, "/password-reset/")
            .to
            .contains("delta@example.org")
    );
    let started = std::time::Instant::now();
    while attempts().await.1.is_none() {
        assert!(started.elapsed().as_secs() < 15, "the delivery is recorded");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn reset_requests_are_limited_per_address_and_the_answer_stays_the_same() {
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(&smtp.url()).await;
    TestUser::register(&app, "Mangrove Council", "mangrove@example.org").await;
    let first = ask(&app, "mangrove@example.org").await;
    for _ in 0..4 {
        assert_eq!(ask(&app, "mangrove@example.org").await, first);
    }
    // The confirmation, then three reset links: no more within the window.
    let mail = smtp.wait_for(6).await;
    assert_eq!(mail.len(), 4, "at most three reset links in 15 minutes");
}

#[tokio::test]
async fn a_site_administrator_sees_the_outbox_without_the_links() {
    let app = spawn_app().await;
    let user = TestUser::register(&app, "Sandbank Agency", "sandbank@example.org").await;
    ask(&app, "sandbank@example.org").await;
    let host = crate::helpers::TestOrganizer::new(&app).await;
    let page = app.get_page_with(&host.client, "/admin/outbox").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = text_of(&page.html, "main").join(" ");
    assert!(
        text.contains("sandbank@example.org") && text.contains("password_reset"),
        "{text}"
    );
    let html = page.html.html();
    assert!(
        !html.contains("/password-reset/") && !html.contains("/verify-email/"),
        "no links shown"
    );
    let r = user
        .client
        .get(app.url("/admin/outbox"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_password_is_changed_with_the_current_one_and_other_sessions_end() {
    let app = spawn_app().await;
    let here = TestUser::register(&app, "Tidal Ministry", "tidal@example.org").await;
    let elsewhere = TestUser::log_in(&app, "tidal@example.org", PASSWORD).await;
    let change = |current: &'static str, new: &'static str| {
        let app = &app;
        let client = here.client.clone();
        async move {
            app.submit_with(
                &client,
                "/settings/tokens",
                "/settings/password",
                &[("current_password", current), ("new_password", new)],
            )
            .await
        }
    };
    let r = change("not my password at all", NEW_PASSWORD).await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "the current password first"
    );
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    assert_eq!(text_of(&html, "#password-error").len(), 1);
    let r = change(PASSWORD, "1234567890").await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a guessable new one is refused"
    );
    let r = change(PASSWORD, NEW_PASSWORD).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // This session stays (and says so); the other ends; the new password logs in.
    let page = app
        .get_page_with(&here.client, &crate::helpers::location(&r))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(crate::helpers::select(&page.html, ".notice").len(), 1);
    let r = elsewhere
        .client
        .get(app.url("/settings/tokens"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "the other session is over"
    );
    TestUser::log_in(&app, "tidal@example.org", NEW_PASSWORD).await;
}

#[tokio::test]
async fn changing_the_address_needs_the_password_and_confirms_the_new_one() {
    use crate::helpers::mail::{confirm, outbox_link, outbox_texts};
    let app = spawn_app().await;
    let user = TestUser::register(&app, "Atoll Agency", "old@atoll.example").await;
    TestUser::register(&app, "Other Body", "taken@other.example").await;
    // The old address is left unconfirmed: its link must not confirm the new one.
    let change = |email: &'static str, password: &'static str| {
        let (app, client) = (&app, &user.client);
        async move {
            app.submit_with(
                client,
                "/settings/tokens",
                "/settings/email",
                &[("new_email", email), ("current_password", password)],
            )
            .await
        }
    };
    for (email, password, why) in [
        ("new@atoll.example", "not the password", "wrong password"),
        ("not an address", PASSWORD, "malformed"),
        ("OLD@atoll.example", PASSWORD, "the same address"),
        ("taken@other.example", PASSWORD, "another account's"),
        ("", PASSWORD, "empty"),
    ] {
        let r = change(email, password).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{why}");
        let html = scraper::Html::parse_document(&r.text().await.unwrap());
        assert!(
            !text_of(&html, "#email-error").is_empty(),
            "says why ({why})"
        );
    }
    let r = change("New@Atoll.example", PASSWORD).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // The old address is told; the new one gets a confirmation link.
    let told = outbox_texts(&app, "email_changed", "old@atoll.example").await;
    assert_eq!(told.len(), 1);
    assert!(told[0].contains("new@atoll.example"));
    let page = app.get_page_with(&user.client, "/settings/tokens").await;
    assert_eq!(
        crate::helpers::select(&page.html, "#verify-email").len(),
        1,
        "not confirmed yet"
    );
    // The new address logs in, the old one no longer.
    let r = app
        .login_with(&new_client(), "old@atoll.example", PASSWORD)
        .await;
    assert_ne!(r.status(), StatusCode::SEE_OTHER);
    TestUser::log_in(&app, "new@atoll.example", PASSWORD).await;
    // The link sent to the old address at registration confirms nothing now.
    let old_link = outbox_link(
        &app,
        "confirm_address",
        "old@atoll.example",
        "/verify-email/",
    )
    .await;
    assert_eq!(
        new_client().get(&old_link).send().await.unwrap().status(),
        StatusCode::GONE
    );
    confirm(&app, "new@atoll.example").await;
    let page = app.get_page_with(&user.client, "/settings/tokens").await;
    assert!(
        crate::helpers::select(&page.html, "#verify-email").is_empty(),
        "confirmed"
    );
}
