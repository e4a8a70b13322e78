//! Logged-in people: an organization's account ([`TestUser`]) and an
//! organizer ([`TestOrganizer`]), each with its own browser.

use std::io::Write;
use std::process::{Command, Stdio};

use reqwest::StatusCode;

use super::{PASSWORD, TestApp, bin, location, new_client};

/// An organization's account, logged in: its own browser (which keeps the
/// session and CSRF cookies), the organization's slug and the log-in e-mail.
pub struct TestUser {
    pub client: reqwest::Client,
    pub slug: String,
    pub email: String,
}

impl TestUser {
    /// Registers the organization `name` (password [`PASSWORD`]) in a new
    /// browser, which is then logged in.
    pub async fn register(app: &TestApp, name: &str, email: &str) -> TestUser {
        let client = new_client();
        let slug = app.register_with(&client, name, email).await;
        TestUser {
            client,
            slug,
            email: email.to_owned(),
        }
    }

    /// Logs in to an existing account in a new browser; the login must succeed.
    pub async fn log_in(app: &TestApp, email: &str, password: &str) -> TestUser {
        let client = new_client();
        let r = app.login_with(&client, email, password).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "login of {email}");
        let slug = location(&r)
            .strip_prefix("/organizations/")
            .expect("a login goes to the organization's page")
            .to_owned();
        TestUser {
            client,
            slug,
            email: email.to_owned(),
        }
    }
}

/// An organizer, who creates and runs events: the account `host@example.org`
/// of "Host Agency", made with `roundtable create-organizer` as an operator
/// would, and logged in.
pub struct TestOrganizer {
    pub client: reqwest::Client,
}

impl TestOrganizer {
    pub async fn new(app: &TestApp) -> TestOrganizer {
        let out = create_organizer(app, "host@example.org", Some("Host Agency"), PASSWORD);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        TestOrganizer {
            client: TestUser::log_in(app, "host@example.org", PASSWORD)
                .await
                .client,
        }
    }
}

/// Runs `roundtable create-organizer` against the app's database, with the
/// password on standard input.
pub fn create_organizer(
    app: &TestApp,
    email: &str,
    organization: Option<&str>,
    password: &str,
) -> std::process::Output {
    let mut args = vec!["create-organizer", "--email", email];
    if let Some(o) = organization {
        args.extend(["--organization", o]);
    }
    let mut child = Command::new(bin())
        .args(&args)
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run create-organizer");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
