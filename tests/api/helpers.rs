//! The test app ([`TestApp`]: a server on a free port with its own database,
//! and a browser), page helpers, and in submodules the logged-in people
//! ([`TestUser`], [`TestOrganizer`]) and the fixtures of events and matches.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use reqwest::header::LOCATION;
use reqwest::{Response, StatusCode};
use roundtable::web::startup::Application;
use scraper::{Html, Selector};
use sea_orm::{ConnectionTrait, DatabaseConnection};

mod accounts;
pub mod events;
pub mod mail;
pub mod matches;

pub use accounts::{TestOrganizer, TestUser, create_organizer};

pub struct TestApp {
    pub address: String,
    pub db: DatabaseConnection,
    pub database_url: String,
    /// A browser: keeps cookies, does not follow redirects.
    pub client: reqwest::Client,
    _dir: tempfile::TempDir,
}

/// A new, empty database: a SQLite file in a temporary directory, or a fresh
/// PostgreSQL database next to the one `TEST_DATABASE_URL` names.
pub async fn fresh_database(dir: &tempfile::TempDir) -> String {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(base) if base.starts_with("postgres") => fresh_postgres_database(&base).await,
        _ => format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display()),
    }
}

/// A new PostgreSQL database `rt_test_<uuid>` on the server of `base`, whose URL
/// it returns.
pub async fn fresh_postgres_database(base: &str) -> String {
    let admin = roundtable::db::connect(base)
        .await
        .unwrap_or_else(|e| panic!("connect to {base}: {e}"));
    let name = format!("rt_test_{}", uuid::Uuid::new_v4().simple());
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create test database");
    admin.close().await.ok();
    let (prefix, _) = base
        .rsplit_once('/')
        .expect("database URL with a database name");
    format!("{prefix}/{name}")
}

pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let database_url = fresh_database(&dir).await;
    spawn_app_in(dir, database_url).await
}

/// The app on the (empty) database of `database_url`, which it migrates.
pub async fn spawn_app_on(database_url: String) -> TestApp {
    spawn_app_in(tempfile::tempdir().expect("temp dir"), database_url).await
}

async fn spawn_app_in(dir: tempfile::TempDir, database_url: String) -> TestApp {
    spawn_app_mailing(dir, database_url, None).await
}

/// The app, sending its e-mail to the SMTP server at `smtp_url`.
pub async fn spawn_app_with_smtp(smtp_url: &str) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let database_url = fresh_database(&dir).await;
    spawn_app_mailing(dir, database_url, Some(smtp_url.to_owned())).await
}

async fn spawn_app_mailing(
    dir: tempfile::TempDir,
    database_url: String,
    smtp_url: Option<String>,
) -> TestApp {
    let db = roundtable::db::connect(&database_url)
        .await
        .expect("connect");
    Migrator::up(&db, None).await.expect("migrate");
    roundtable::db::search::ensure_current(&db)
        .await
        .expect("search index");
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    let mail = roundtable::services::mail::MailConfig {
        smtp_url,
        from: "Roundtable <noreply@roundtable.test>".to_owned(),
        base_url: None,
    };
    let app = Application::build_with_mail(db.clone(), listener, mail).expect("build app");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        db,
        database_url,
        client: new_client(),
        _dir: dir,
    }
}

pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_roundtable"))
}

pub fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).expect("selector"))
        .collect()
}

pub fn text_of(html: &Html, css: &str) -> Vec<String> {
    select(html, css)
        .into_iter()
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

pub fn attr_of(html: &Html, css: &str, attr: &str) -> Option<String> {
    select(html, css)
        .first()
        .and_then(|e| e.value().attr(attr))
        .map(str::to_owned)
}

pub fn location(response: &Response) -> String {
    response
        .headers()
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

pub struct Page {
    pub status: StatusCode,
    pub html: Html,
}

pub const PASSWORD: &str = "correct horse battery staple";

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get_page_with(&self, client: &reqwest::Client, path: &str) -> Page {
        let r = client.get(self.url(path)).send().await.expect("GET");
        let status = r.status();
        Page {
            status,
            html: Html::parse_document(&r.text().await.expect("body")),
        }
    }

    pub async fn get_page(&self, path: &str) -> Page {
        self.get_page_with(&self.client, path).await
    }

    /// The CSRF token of the form on `path`, as a browser would see it.
    pub async fn csrf_with(&self, client: &reqwest::Client, path: &str) -> String {
        let page = self.get_page_with(client, path).await;
        attr_of(&page.html, "input[name=csrf_token]", "value").expect("a CSRF field")
    }

    pub async fn post_form_with(
        &self,
        client: &reqwest::Client,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    /// Posts a form with the CSRF token of the page the form is on.
    pub async fn submit_with(
        &self,
        client: &reqwest::Client,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        let token = self.csrf_with(client, form_page).await;
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_form_with(client, action, &all).await
    }

    pub async fn submit(&self, form_page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        self.submit_with(&self.client, form_page, action, fields)
            .await
    }

    /// Registers an organization with `client` (which is then logged in) and returns its slug.
    pub async fn register_with(&self, client: &reqwest::Client, name: &str, email: &str) -> String {
        let r = self
            .submit_with(
                client,
                "/register",
                "/register",
                &[
                    ("organization_name", name),
                    ("email", email),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(
            r.status(),
            StatusCode::SEE_OTHER,
            "registration of {name} failed"
        );
        location(&r)
            .strip_prefix("/organizations/")
            .and_then(|s| s.strip_suffix("/edit"))
            .expect("redirect to the edit page")
            .to_owned()
    }

    pub async fn register(&self, name: &str, email: &str) -> String {
        self.register_with(&self.client, name, email).await
    }

    /// Posts the login form with `client`; the response tells how it went.
    pub async fn login_with(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> Response {
        self.submit_with(
            client,
            "/login",
            "/login",
            &[("email", email), ("password", password)],
        )
        .await
    }

    /// The edit form's current field values.
    pub async fn edit_fields(&self, client: &reqwest::Client, slug: &str) -> Vec<(String, String)> {
        let page = self
            .get_page_with(client, &format!("/organizations/{slug}/edit"))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        let mut fields = Vec::new();
        for input in select(&page.html, "form.form input[name]") {
            let v = input.value();
            // A browser sends a box only when it is ticked.
            if v.attr("type") == Some("checkbox") && v.attr("checked").is_none() {
                continue;
            }
            fields.push((
                v.attr("name").unwrap().to_owned(),
                v.attr("value").unwrap_or("").to_owned(),
            ));
        }
        for area in select(&page.html, "form.form textarea[name]") {
            fields.push((
                area.value().attr("name").unwrap().to_owned(),
                area.text().collect(),
            ));
        }
        for sel in select(&page.html, "form.form select[name]") {
            let chosen = sel
                .select(&Selector::parse("option[selected]").unwrap())
                .next()
                .map(|o| {
                    o.value()
                        .attr("value")
                        .map_or_else(|| o.text().collect(), str::to_owned)
                })
                .unwrap_or_default();
            fields.push((sel.value().attr("name").unwrap().to_owned(), chosen));
        }
        fields
    }

    /// Saves the edit form of `slug` with `changes` applied to its current values.
    pub async fn edit_with(
        &self,
        client: &reqwest::Client,
        slug: &str,
        changes: &[(&str, &str)],
    ) -> Response {
        let mut fields = self.edit_fields(client, slug).await;
        // A new profile's form asks for the kind; tests about other things
        // choose "Other" unless they say.
        if !changes.iter().any(|(k, _)| *k == "kind")
            && let Some(kind) = fields
                .iter_mut()
                .find(|(name, v)| name == "kind" && v.is_empty())
        {
            kind.1 = "other".to_owned();
        }
        // Changing "languages" sets the working languages to those typed:
        // the language boxes are unticked.
        if changes.iter().any(|(k, _)| *k == "languages") {
            fields.retain(|(name, _)| !name.starts_with("lang_"));
        }
        for (k, v) in changes {
            match fields.iter_mut().find(|(name, _)| name == k) {
                Some(f) => f.1 = (*v).to_owned(),
                None => fields.push(((*k).to_owned(), (*v).to_owned())),
            }
        }
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.post_form_with(client, &format!("/organizations/{slug}/edit"), &borrowed)
            .await
    }

    pub async fn edit(&self, slug: &str, changes: &[(&str, &str)]) -> Response {
        self.edit_with(&self.client, slug, changes).await
    }
}

/// A `roundtable serve` process; killed when dropped.
pub struct Server(pub Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A second app process on the same database, as in a deployment with several.
pub async fn second_process(app: &TestApp) -> (Server, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(bin())
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .spawn()
        .expect("start a second server");
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
    panic!("the second server did not start");
}
