//! Login under a burst of simultaneous attempts: every attempt is counted
//! before its password is checked, so the limits hold; password checks run at
//! most one per core, so memory stays bounded. Measured on a separate server
//! process, whose resident memory the test reads.

use std::collections::HashMap;

use futures_util::future::join_all;
use reqwest::StatusCode;

use crate::helpers::{PASSWORD, Server, TestApp, attr_of, second_process, spawn_app};
use roundtable::db::throttle::{MAX_PER_ACCOUNT, MAX_PER_IP};

/// The peak resident memory of a process, in KiB.
fn peak_kib(server: &Server) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.0.id()))
        .expect("read the server's /proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc status")
}

/// The login form's CSRF token, for `client`, from the server at `address`.
async fn login_token(client: &reqwest::Client, address: &str) -> String {
    let page = client
        .get(format!("{address}/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let html = scraper::Html::parse_document(&page);
    attr_of(&html, "input[name=csrf_token]", "value").expect("a CSRF field")
}

/// A browser that connects from `127.0.0.{host}` (all of 127/8 is loopback).
fn client_from(host: u8) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(std::net::IpAddr::from([127, 0, 0, host]))
        .build()
        .unwrap()
}

/// `n` simultaneous logins with `email_of(i)` and a wrong password, from the
/// address `host_of(i)`; the count of each answer's status.
async fn burst(
    address: &str,
    n: usize,
    email_of: impl Fn(usize) -> String,
    host_of: impl Fn(usize) -> u8,
) -> HashMap<StatusCode, usize> {
    let mut posts = Vec::new();
    for i in 0..n {
        let client = client_from(host_of(i));
        let token = login_token(&client, address).await;
        let form = [
            ("csrf_token", token),
            ("email", email_of(i)),
            ("password", "wrong password!".to_owned()),
        ];
        let request = client.post(format!("{address}/login")).form(&form).send();
        posts.push(async move { request.await.expect("an answer").status() });
    }
    let mut counts = HashMap::new();
    for status in join_all(posts).await {
        *counts.entry(status).or_default() += 1;
    }
    counts
}

fn count(counts: &HashMap<StatusCode, usize>, status: StatusCode) -> usize {
    counts.get(&status).copied().unwrap_or(0)
}

#[tokio::test]
async fn simultaneous_logins_are_limited_and_password_checks_stay_bounded() {
    let app: TestApp = spawn_app().await;
    app.register("Target Org", "target@example.org").await;
    let (server, address) = second_process(&app).await;

    // 60 at once on one account from one address: at most the account's limit
    // are evaluated (the others are refused before their password is checked).
    let counts = burst(&address, 60, |_| "target@example.org".to_owned(), |_| 2).await;
    let evaluated = count(&counts, StatusCode::UNAUTHORIZED);
    let refused = count(&counts, StatusCode::TOO_MANY_REQUESTS)
        + count(&counts, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(evaluated + refused, 60, "{counts:?}");
    assert!(evaluated as u64 <= MAX_PER_ACCOUNT, "{counts:?}");
    // The account is now locked, even with the right password.
    let client = client_from(3);
    let token = login_token(&client, &address).await;
    let r = client
        .post(format!("{address}/login"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "target@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);

    // 60 at once on 60 accounts from one address: the address's limit holds.
    let counts = burst(&address, 60, |i| format!("nobody{i}@example.org"), |_| 4).await;
    assert!(
        count(&counts, StatusCode::UNAUTHORIZED) as u64 <= MAX_PER_IP,
        "{counts:?}"
    );

    // 60 at once from 60 addresses, each within every limit: password checks
    // run at most one per core, some wait, the rest are told to retry (503) —
    // and the peak memory grows by about one argon2 block (19 MiB) per core,
    // not the 60 × 19 MiB that unbounded checks take (38 MiB seen on 2 cores).
    let before = peak_kib(&server);
    let counts = burst(
        &address,
        60,
        |i| format!("someone{i}@example.org"),
        |i| 10 + u8::try_from(i).unwrap(),
    )
    .await;
    let evaluated = count(&counts, StatusCode::UNAUTHORIZED);
    let busy = count(&counts, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(evaluated + busy, 60, "{counts:?}");
    assert!(evaluated >= 1, "{counts:?}");
    let grown_mib = peak_kib(&server).saturating_sub(before) / 1024;
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get) as u64;
    assert!(
        grown_mib <= 20 + 24 * cores,
        "peak resident memory grew by {grown_mib} MiB: {counts:?}"
    );
}
