//! The browser behind the journeys: Debian's Chromium through ChromeDriver,
//! a journey that saves a screenshot of each step and fails on console
//! errors and on axe-core's WCAG 2.2 A/AA violations.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Debian's chromium and chromium-driver, installed if missing (as .ci/run does).
pub(super) fn ensure_browser() {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return;
    }
    let installed = Command::new("sh")
        .args([
            "-c",
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver",
        ])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        installed && Path::new(CHROMEDRIVER).exists(),
        "the browser test needs Debian's chromium and chromium-driver, and installing them failed"
    );
}

/// axe-core, the accessibility checker, pinned; installed from npm once per
/// build directory (as ../shared/ENGINEERING.md says) and injected into pages.
pub(super) const AXE_VERSION: &str = "4.14.1";

pub(super) fn axe_source() -> &'static str {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("axe-core-{AXE_VERSION}"));
        let script = dir.join("node_modules/axe-core/axe.min.js");
        if !script.exists() {
            let installed = Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
                .arg(&dir)
                .arg(format!("axe-core@{AXE_VERSION}"))
                .status()
                .is_ok_and(|s| s.success());
            assert!(
                installed && script.exists(),
                "the browser test needs axe-core from npm, and `npm install axe-core@{AXE_VERSION}` failed"
            );
        }
        std::fs::read_to_string(&script).expect("axe.min.js")
    })
}

/// The WCAG 2.2 A and AA rules of axe-core, every impact (minor included).
pub(super) const AXE_RUN: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }))))
  .catch(e => done([{ id: 'axe-error', help: String(e) }]));
"#;

pub(super) struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(super) async fn start_driver() -> (Driver, String) {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let driver = Driver(child);
    let url = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        if reqwest::get(format!("{url}/status")).await.is_ok() {
            return (driver, url);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start");
}

/// Chrome's browser log (console messages), through chromedriver's log endpoint.
#[derive(Debug)]
pub(super) struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}

pub(super) struct Journey {
    pub(super) client: Client,
    shots: PathBuf,
    step: usize,
    /// Put before each screenshot's name, one per journey.
    pub(super) prefix: String,
}

impl Journey {
    /// Saves a screenshot and fails on any console error so far.
    pub(super) async fn step(&mut self, name: &str) {
        self.step += 1;
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(
            self.shots
                .join(format!("{}{:02}-{name}.png", self.prefix, self.step)),
            png,
        )
        .unwrap();
        let errors = self.console_errors().await;
        assert!(
            errors.is_empty(),
            "console errors at step {name}: {errors:?}"
        );
        self.check_accessibility(name).await;
    }

    /// Runs axe-core's WCAG 2.2 A/AA rules on the page; any violation fails.
    pub(super) async fn check_accessibility(&self, name: &str) {
        let loaded = self
            .client
            .execute("return typeof window.axe !== 'undefined';", vec![])
            .await
            .unwrap();
        if loaded != serde_json::Value::Bool(true) {
            self.client
                .execute(axe_source(), vec![])
                .await
                .expect("inject axe-core");
        }
        let violations = self
            .client
            .execute_async(AXE_RUN, vec![])
            .await
            .expect("axe.run");
        assert_eq!(
            violations,
            serde_json::json!([]),
            "accessibility violations (WCAG 2.2 A/AA) at step {name}: {violations:#}"
        );
    }

    /// Console errors since the last call.
    pub(super) async fn console_errors(&self) -> Vec<serde_json::Value> {
        let log = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("browser log");
        log.as_array()
            .expect("the browser log is a list")
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .cloned()
            .collect()
    }

    pub(super) async fn type_into(&self, id: &str, text: &str) {
        let field = self
            .client
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|_| panic!("field #{id}"));
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// Clicks and waits for the next page to replace this one.
    pub(super) async fn click(&self, css: &str) {
        let old = self.client.find(Locator::Css("html")).await.unwrap();
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no {css}"))
            .click()
            .await
            .unwrap();
        for _ in 0..200 {
            if old.attr("lang").await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("clicking {css} did not load a page");
    }

    pub(super) async fn text(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for e in self.client.find_all(Locator::Css(css)).await.unwrap() {
            out.push(e.text().await.unwrap());
        }
        out
    }
}

/// A headless Chromium behind a fresh chromedriver, with its own profile.
pub(super) async fn open_browser() -> (Driver, tempfile::TempDir, Journey) {
    let (driver, driver_url) = start_driver().await;
    let profile_dir = tempfile::tempdir().unwrap();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": CHROMIUM,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--window-size=1200,1000",
                     format!("--user-data-dir={}", profile_dir.path().display())]
        }),
    );
    caps.insert(
        "goog:loggingPrefs".into(),
        serde_json::json!({"browser": "ALL"}),
    );
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&driver_url)
        .await
        .expect("a browser session");
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    (
        driver,
        profile_dir,
        Journey {
            client,
            shots,
            step: 0,
            prefix: String::new(),
        },
    )
}

/// The app on the demo data (thirty organizations, an organizer login, an
/// event they all joined) and a browser for it, its screenshots under `prefix`.
pub(super) async fn on_the_demo(
    prefix: &str,
) -> (crate::helpers::TestApp, Driver, tempfile::TempDir, Journey) {
    ensure_browser();
    let app = crate::helpers::spawn_app().await;
    assert!(
        roundtable::services::demo::load_if_empty(&app.db)
            .await
            .unwrap()
    );
    let (driver, profile, mut j) = open_browser().await;
    j.prefix = prefix.into();
    (app, driver, profile, j)
}
