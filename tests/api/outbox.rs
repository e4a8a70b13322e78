//! The outbox survives a crash: a server killed with SIGKILL (`kill -9`)
//! while its SMTP server hangs mid-delivery loses no message, and the next
//! server delivers each exactly once (a real SMTP server; messages read by a
//! MIME parser).

use std::process::Command;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Statement};

use crate::helpers::mail::{SmtpServer, free_port, parse};
use crate::helpers::{Server, TestApp, TestUser, bin, new_client, spawn_app};

/// `roundtable serve` on the app's database, sending mail to `smtp_url`.
async fn serve(app: &TestApp, smtp_url: &str) -> (Server, String) {
    let port = free_port();
    let child = Command::new(bin())
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", &app.database_url)
        .env("SMTP_URL", smtp_url)
        .env("RUST_LOG", "error")
        .spawn()
        .expect("start a server");
    let server = Server(child);
    let address = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        if reqwest::get(format!("{address}/healthz"))
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return (server, address);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not start");
}

/// How many messages of the outbox are not sent yet.
async fn unsent(app: &TestApp) -> i64 {
    let db = &app.db;
    db.query_one_raw(Statement::from_string(
        db.get_database_backend(),
        "SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL",
    ))
    .await
    .unwrap()
    .unwrap()
    .try_get::<i64>("", "n")
    .unwrap()
}

#[tokio::test]
async fn a_server_killed_mid_delivery_loses_no_message_and_the_next_sends_each_once() {
    let app = spawn_app().await;
    let emails = ["a@one.example", "b@two.example", "c@three.example"];
    for (i, email) in emails.iter().enumerate() {
        TestUser::register(&app, &format!("Crash Test {i}"), email).await;
    }
    // An SMTP server that takes connections and never answers: delivery
    // hangs inside the first message.
    let port = free_port();
    let hanging = std::net::TcpListener::bind(("127.0.0.1", port)).unwrap();
    let smtp_url = format!("smtp://127.0.0.1:{port}");
    let (first, address) = serve(&app, &smtp_url).await;
    // Reset links asked through that server, written to its outbox.
    for email in emails {
        let client = new_client();
        let page = format!("{address}/password-reset");
        let html = client
            .get(&page)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let doc = scraper::Html::parse_document(&html);
        let token = crate::helpers::attr_of(&doc, "input[name=csrf_token]", "value").unwrap();
        let r = client
            .post(&page)
            .form(&[("csrf_token", token.as_str()), ("email", email)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
    }
    let waiting = unsent(&app).await;
    assert_eq!(waiting, 6, "three confirmations and three reset links");
    tokio::time::sleep(Duration::from_millis(500)).await;
    // kill -9 while the worker waits for the SMTP server's greeting.
    drop(first);
    drop(hanging);
    assert_eq!(
        unsent(&app).await,
        6,
        "nothing recorded as sent, nothing lost"
    );

    // A working SMTP server on the same address, and a new server process.
    let smtp = SmtpServer::start_on(port);
    let (_second, _) = serve(&app, &smtp_url).await;
    let started = Instant::now();
    while unsent(&app).await > 0 {
        assert!(started.elapsed() < Duration::from_secs(30), "not delivered");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let got: Vec<_> = smtp.wait_for(6).await.iter().map(|m| parse(m)).collect();
    assert_eq!(got.len(), 6, "each message once");
    for email in emails {
        let mine: Vec<_> = got.iter().filter(|m| m.to.contains(email)).collect();
        assert_eq!(
            mine.len(),
            2,
            "{email}: its confirmation and its reset link"
        );
        assert_eq!(
            mine.iter()
                .filter(|m| m.text.contains("/password-reset/"))
                .count(),
            1,
            "{email}"
        );
    }
}
