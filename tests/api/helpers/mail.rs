//! A real SMTP server for the tests: Debian's `python3-aiosmtpd`, writing
//! every message it accepts into a Maildir; messages are read back with a
//! real MIME parser (`mailparse`).

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mailparse::MailHeaderMap;

/// An SMTP server on a port of its own; stopped when dropped.
pub struct SmtpServer {
    pub port: u16,
    maildir: tempfile::TempDir,
    child: Child,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A free port now (for a server that starts later).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Debian's Python, which has Debian's aiosmtpd (another `python3` on the
/// PATH, such as pyenv's, may not).
const PYTHON: &str = "/usr/bin/python3";

/// Installs aiosmtpd if missing (Debian's package, as `.ci/run` does), once.
fn ensure_aiosmtpd() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let ok = Command::new(PYTHON)
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            let _ = Command::new("apt-get")
                .args(["install", "-y", "-qq", "python3-aiosmtpd"])
                .env("DEBIAN_FRONTEND", "noninteractive")
                .status();
        }
    });
}

impl SmtpServer {
    /// Starts aiosmtpd on `port`, and waits until it answers.
    pub fn start_on(port: u16) -> Self {
        ensure_aiosmtpd();
        let maildir = tempfile::tempdir().expect("a Maildir");
        let child = Command::new(PYTHON)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("mail"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 -m aiosmtpd (Debian: python3-aiosmtpd)");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "aiosmtpd did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            port,
            maildir,
            child,
        }
    }

    pub fn start() -> Self {
        Self::start_on(free_port())
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far, as raw bytes.
    pub fn received(&self) -> Vec<Vec<u8>> {
        let new = self.maildir.path().join("mail").join("new");
        let mut files: Vec<PathBuf> = std::fs::read_dir(new)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        files.iter().filter_map(|f| std::fs::read(f).ok()).collect()
    }

    /// Waits up to 15 s until `n` messages have arrived.
    pub async fn wait_for(&self, n: usize) -> Vec<Vec<u8>> {
        let started = Instant::now();
        loop {
            let got = self.received();
            if got.len() >= n || started.elapsed() > Duration::from_secs(15) {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// A message read by a MIME parser: its headers, and its plain-text and HTML
/// parts.
pub struct Parsed {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub content_type: String,
}

pub fn parse(raw: &[u8]) -> Parsed {
    let mail = mailparse::parse_mail(raw).expect("a MIME message");
    let header = |name: &str| mail.get_headers().get_first_value(name).unwrap_or_default();
    let mut text = String::new();
    let mut html = String::new();
    for part in &mail.subparts {
        match part.ctype.mimetype.as_str() {
            "text/plain" => text = part.get_body().expect("a text body"),
            "text/html" => html = part.get_body().expect("an HTML body"),
            _ => {}
        }
    }
    Parsed {
        to: header("To"),
        subject: header("Subject"),
        text,
        html,
        content_type: mail.ctype.mimetype.clone(),
    }
}

/// The first link to this site's `path_prefix` in a text.
pub fn link_in(text: &str, path_prefix: &str) -> Option<String> {
    text.split_whitespace()
        .find(|w| w.starts_with("http") && w.contains(path_prefix))
        .map(|w| w.trim_end_matches(['.', ',', ')']).to_owned())
}

/// The texts of the outbox's messages of `kind` to `recipient`, newest
/// first (what a server without SMTP keeps).
pub async fn outbox_texts(app: &super::TestApp, kind: &str, recipient: &str) -> Vec<String> {
    use sea_orm::{ConnectionTrait, Statement};
    let backend = app.db.get_database_backend();
    let sql = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "SELECT text FROM outbox WHERE kind = $1 AND recipient = $2 ORDER BY id DESC"
        }
        _ => "SELECT text FROM outbox WHERE kind = ? AND recipient = ? ORDER BY id DESC",
    };
    app.db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [kind.into(), recipient.into()],
        ))
        .await
        .expect("outbox")
        .iter()
        .map(|row| row.try_get::<String>("", "text").expect("text"))
        .collect()
}

/// The link to `path_prefix` in the newest outbox message of `kind` to
/// `recipient`.
pub async fn outbox_link(
    app: &super::TestApp,
    kind: &str,
    recipient: &str,
    path_prefix: &str,
) -> String {
    let texts = outbox_texts(app, kind, recipient).await;
    let text = texts
        .first()
        .unwrap_or_else(|| panic!("no {kind} message to {recipient} in the outbox"));
    link_in(text, path_prefix).expect("a link in the message")
}

/// Confirms the address of the account `email` with the link sent at
/// registration.
pub async fn confirm(app: &super::TestApp, email: &str) {
    let link = outbox_link(app, "confirm_address", email, "/verify-email/").await;
    let r = super::new_client().get(&link).send().await.expect("GET");
    assert_eq!(
        r.status(),
        reqwest::StatusCode::OK,
        "confirmation of {email}"
    );
}
