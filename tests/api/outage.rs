//! PostgreSQL goes away under a running server, then comes back: pages, the
//! API (with a token) and /healthz answer 503 with `Retry-After` within a few
//! seconds, and normally again once the database is back.
//!
//! The database is reached through a TCP proxy that the test controls:
//! "stop" cuts every forwarded connection and closes the port (new connections
//! are refused, as when the server is down); "restart" listens again on the
//! same port. This needs PostgreSQL: `TEST_DATABASE_URL` when it names one,
//! otherwise the local server at [`LOCAL_POSTGRES`]; without either the test
//! fails (it never passes without having run).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, RETRY_AFTER};
use sea_orm::ConnectionTrait;
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::task::JoinHandle;

use crate::api::token;
use crate::helpers::{TestApp, fresh_postgres_database, spawn_app_on, text_of};

/// The PostgreSQL server that runs on these machines (trust authentication).
const LOCAL_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/test";
/// An answer while the database is down must come at least this fast (the
/// pool's acquire timeout is 3 s; it used to be 30 s).
const FAIL_FAST: Duration = Duration::from_secs(8);
/// Once the database is back, everything must work again within this time.
const RECOVERY: Duration = Duration::from_secs(20);

/// A TCP proxy in front of the database.
struct Proxy {
    address: SocketAddr,
    upstream: SocketAddr,
    accepting: Option<JoinHandle<()>>,
    connections: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

fn listen(address: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = TcpSocket::new_v4()?;
    // The port is taken again after a stop, while cut connections linger in TIME_WAIT.
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(128)
}

impl Proxy {
    fn start(upstream: SocketAddr) -> Self {
        let listener = listen(SocketAddr::from(([127, 0, 0, 1], 0))).expect("bind the proxy");
        let mut proxy = Proxy {
            address: listener.local_addr().expect("the proxy's address"),
            upstream,
            accepting: None,
            connections: Arc::default(),
        };
        proxy.serve(listener, true);
        proxy
    }

    /// Accepts on `listener`, forwarding to the database or, without
    /// `forward`, closing each connection at once.
    fn serve(&mut self, listener: TcpListener, forward: bool) {
        let (upstream, connections) = (self.upstream, self.connections.clone());
        self.accepting = Some(tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    continue;
                };
                if !forward {
                    drop(client);
                    continue;
                }
                let connection = tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                connections.lock().unwrap().push(connection);
            }
        }));
    }

    /// The database goes away: forwarded connections are closed, and nothing
    /// listens on the port any more.
    async fn stop(&mut self) {
        if let Some(accepting) = self.accepting.take() {
            accepting.abort();
            let _ = accepting.await;
        }
        let connections: Vec<_> = self.connections.lock().unwrap().drain(..).collect();
        for c in connections {
            c.abort();
            let _ = c.await;
        }
    }

    /// Something listens on the port again, but closes every connection at
    /// once (a server that is shutting down, a balancer with no backend).
    async fn hang_up(&mut self) {
        self.stop().await;
        let listener = listen(self.address).expect("listen again on the proxy's port");
        self.serve(listener, false);
    }

    /// The database is back, on the same address.
    async fn restart(&mut self) {
        self.stop().await;
        let listener = listen(self.address).expect("listen again on the proxy's port");
        self.serve(listener, true);
    }
}

/// The PostgreSQL server to use and its socket address.
async fn postgres() -> (String, SocketAddr) {
    let base = match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => url,
        _ => LOCAL_POSTGRES.to_owned(),
    };
    if let Err(e) = roundtable::db::connect(&base).await {
        panic!(
            "the database outage test needs PostgreSQL (TEST_DATABASE_URL, or else {LOCAL_POSTGRES}), \
             and {base} cannot be reached: {e}"
        );
    }
    let url = url::Url::parse(&base).expect("a PostgreSQL URL");
    let host = url.host_str().unwrap_or("localhost");
    let port = url.port().unwrap_or(5432);
    let address = tokio::net::lookup_host((host, port))
        .await
        .expect("resolve the database host")
        .find(SocketAddr::is_ipv4)
        .expect("an IPv4 address for the database host");
    (base, address)
}

/// `database_url` reached through the proxy at `proxy`.
fn through(database_url: &str, proxy: SocketAddr) -> String {
    let mut url = url::Url::parse(database_url).expect("a PostgreSQL URL");
    url.set_host(Some(&proxy.ip().to_string())).unwrap();
    url.set_port(Some(proxy.port())).unwrap();
    url.to_string()
}

#[derive(Clone, Copy, Debug)]
enum Probe {
    /// A page, by a logged-in browser (its session is looked up).
    Page,
    /// An API read with a valid token (the token is looked up).
    Api,
    Health,
}

struct Answer {
    status: StatusCode,
    retry_after: Option<String>,
    content_type: String,
    body: String,
    took: Duration,
}

impl Probe {
    async fn send(self, app: &TestApp, token: &str, slug: &str) -> Answer {
        let request = match self {
            Probe::Page => app.client.get(app.url("/organizations")),
            Probe::Api => reqwest::Client::new()
                .get(app.url(&format!("/api/v1/organizations/{slug}")))
                .bearer_auth(token),
            Probe::Health => app.client.get(app.url("/healthz")),
        };
        let started = Instant::now();
        let r = request
            .timeout(Duration::from_secs(60))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{self:?}: no answer: {e}"));
        let header = |name| {
            r.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let (retry_after, content_type) = (header(RETRY_AFTER), header(CONTENT_TYPE));
        let status = r.status();
        let body = r.text().await.expect("a body");
        Answer {
            status,
            retry_after,
            content_type: content_type.unwrap_or_default(),
            body,
            took: started.elapsed(),
        }
    }
}

const PROBES: [Probe; 3] = [Probe::Page, Probe::Api, Probe::Health];

fn assert_unavailable(probe: Probe, a: &Answer) {
    assert_eq!(
        a.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{probe:?} while the database is down: {}",
        a.body
    );
    assert!(
        a.took < FAIL_FAST,
        "{probe:?} took {:?} to answer while the database is down",
        a.took
    );
    let seconds: u64 = a
        .retry_after
        .as_deref()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{probe:?}: Retry-After in seconds, got {:?}", a.retry_after));
    assert!(
        (1..=60).contains(&seconds),
        "{probe:?}: Retry-After {seconds}"
    );
    match probe {
        Probe::Page => {
            assert!(
                a.content_type.starts_with("text/html"),
                "{}",
                a.content_type
            );
            let html = scraper::Html::parse_document(&a.body);
            assert_eq!(text_of(&html, "h1"), vec!["Temporarily unavailable"]);
            for internal in ["pool", "sqlx", "Connection", "timed out", "postgres"] {
                assert!(!a.body.contains(internal), "the page shows {internal:?}");
            }
        }
        Probe::Api => {
            assert_eq!(a.content_type, "application/problem+json");
            let problem: serde_json::Value = serde_json::from_str(&a.body).expect("JSON");
            assert_eq!(problem["status"], 503, "{problem}");
            assert_eq!(problem["title"], "Service Unavailable", "{problem}");
        }
        Probe::Health => assert_eq!(a.body, "database unavailable"),
    }
}

fn assert_normal(probe: Probe, a: &Answer, slug: &str) {
    assert_eq!(a.status, StatusCode::OK, "{probe:?}: {}", a.body);
    assert!(a.retry_after.is_none(), "{probe:?}: Retry-After on a 200");
    match probe {
        Probe::Page => assert!(a.body.contains("Org A"), "the list shows Org A"),
        Probe::Api => {
            let org: serde_json::Value = serde_json::from_str(&a.body).expect("JSON");
            assert_eq!(org["slug"], slug, "{org}");
        }
        Probe::Health => assert_eq!(a.body, "ok"),
    }
}

#[tokio::test]
async fn a_database_outage_gives_503_with_retry_after_and_then_recovers() {
    // The server's warnings, shown when the test fails.
    let _ = tracing_subscriber::fmt()
        .with_env_filter("warn")
        .with_test_writer()
        .try_init();
    let (base, upstream) = postgres().await;
    let mut proxy = Proxy::start(upstream);
    let direct = fresh_postgres_database(&base).await;
    let app = spawn_app_on(through(&direct, proxy.address)).await;
    let slug = app.register("Org A", "a@example.org").await;
    let t = token(&app, &app.client, "monitor").await;
    for probe in PROBES {
        assert_normal(probe, &probe.send(&app, &t, &slug).await, &slug);
    }

    proxy.stop().await;
    for probe in PROBES {
        let a = probe.send(&app, &t, &slug).await;
        eprintln!(
            "database down: {probe:?} answered {} in {:?}",
            a.status, a.took
        );
        assert_unavailable(probe, &a);
    }
    // Connections accepted and closed at once: the same answers.
    proxy.hang_up().await;
    for probe in PROBES {
        let a = probe.send(&app, &t, &slug).await;
        eprintln!(
            "connections closed: {probe:?} answered {} in {:?}",
            a.status, a.took
        );
        assert_unavailable(probe, &a);
    }

    proxy.restart().await;
    let back = Instant::now();
    for probe in PROBES {
        loop {
            let a = probe.send(&app, &t, &slug).await;
            if a.status == StatusCode::OK {
                eprintln!(
                    "database back: {probe:?} answers 200 after {:?}",
                    back.elapsed()
                );
                assert_normal(probe, &a, &slug);
                break;
            }
            assert!(
                back.elapsed() < RECOVERY,
                "{probe:?} still answers {} {:?} after {:?} with the database back",
                a.status,
                a.body,
                back.elapsed()
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    // The database of this test is not needed any more.
    let name = direct.rsplit_once('/').map(|(_, n)| n.to_owned()).unwrap();
    if let Ok(admin) = roundtable::db::connect(&base).await {
        let _ = admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .await;
    }
}
