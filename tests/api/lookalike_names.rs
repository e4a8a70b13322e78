//! Organization names are unique ignoring case, spacing, invisible characters,
//! accents and look-alike characters: every way in (registration, the profile
//! form, `roundtable import`, an organizer's import) sees one organization.

use std::process::{Command, Output};

use reqwest::StatusCode;

use crate::helpers::events::create_event;
use crate::helpers::{
    PASSWORD, TestApp, TestOrganizer, TestUser, attr_of, bin, new_client, spawn_app, text_of,
};

const BASE: &str = "Bravo Probe Org";

/// The look-alikes of [`BASE`] the security probe registered as new organizations.
const LOOK_ALIKES: [(&str, &str); 7] = [
    ("zero-width space", "Bra\u{200B}vo Probe Org"),
    ("zero-width joiner", "Bravo Pro\u{200D}be Org"),
    ("byte-order mark", "\u{FEFF}Bravo Probe Org"),
    ("Cyrillic o", "Bravo Pr\u{043E}be Org"),
    ("accents", "Brávo Probé Org"),
    ("full-width letters", "Ｂｒａｖｏ Probe Org"),
    ("case and spacing", "bravo  PROBE org"),
];

async fn try_register(app: &TestApp, name: &str, email: &str) -> (StatusCode, scraper::Html) {
    let r = app
        .submit_with(
            &new_client(),
            "/register",
            "/register",
            &[
                ("organization_name", name),
                ("email", email),
                ("password", PASSWORD),
            ],
        )
        .await;
    let status = r.status();
    (
        status,
        scraper::Html::parse_document(&r.text().await.unwrap()),
    )
}

async fn count(app: &TestApp) -> u64 {
    roundtable::db::organizations::count(&app.db).await.unwrap()
}

#[tokio::test]
async fn registering_a_look_alike_of_a_registered_name_is_refused() {
    let app = spawn_app().await;
    app.register(BASE, "first@example.org").await;
    for (i, (what, name)) in LOOK_ALIKES.into_iter().enumerate() {
        let (status, html) = try_register(&app, name, &format!("other{i}@example.org")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{what}");
        let error = text_of(&html, "#organization_name-error");
        assert!(
            error
                .first()
                .is_some_and(|e| e.contains("already registered")),
            "{what}: {error:?}"
        );
    }
    // Accents the other way round: the plain spelling is taken by the accented one.
    app.register("Réseau Sécurité Sud", "reseau@example.org")
        .await;
    let (status, html) = try_register(&app, "Reseau Securite Sud", "plain@example.org").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&html, "#organization_name-error")[0].contains("already registered"));
    assert_eq!(count(&app).await, 2, "no look-alike was created");
}

#[tokio::test]
async fn a_bidi_override_or_isolate_is_refused_with_its_own_message() {
    let app = spawn_app().await;
    for (i, name) in ["\u{202E}Bravo Probe Org", "Bravo \u{2066}Probe\u{2069} Org"]
        .into_iter()
        .enumerate()
    {
        let (status, html) = try_register(&app, name, &format!("rtl{i}@example.org")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{name:?}");
        let error = text_of(&html, "#organization_name-error");
        assert!(
            error.first().is_some_and(
                |e| e.contains("text-direction control") && !e.contains("already registered")
            ),
            "{name:?}: {error:?}"
        );
        assert_eq!(
            attr_of(&html, "#organization_name", "value").as_deref(),
            Some(name),
            "the input is kept"
        );
    }
    assert_eq!(count(&app).await, 0, "nothing was created");
}

#[tokio::test]
async fn invisible_characters_are_not_stored_in_a_name() {
    let app = spawn_app().await;
    let user = TestUser::register(&app, "Zulu\u{200B} Probe\u{FEFF} Org", "z@example.org").await;
    assert_eq!(user.slug, "zulu-probe-org");
    let page = app
        .get_page_with(&user.client, &format!("/organizations/{}/edit", user.slug))
        .await;
    assert_eq!(
        attr_of(&page.html, "input[name=name]", "value").as_deref(),
        Some("Zulu Probe Org")
    );
    let stored = roundtable::db::organizations::find_by_name(&app.db, "Zulu Probe Org")
        .await
        .unwrap()
        .expect("found by its visible name");
    assert_eq!(stored.name, "Zulu Probe Org");
}

#[tokio::test]
async fn renaming_to_a_look_alike_of_another_organization_is_refused() {
    let app = spawn_app().await;
    app.register(BASE, "first@example.org").await;
    let other = TestUser::register(&app, "Charlie Org", "c@example.org").await;
    let r = app
        .edit_with(
            &other.client,
            &other.slug,
            &[("name", "Bravo Pr\u{043E}be Org")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&r.text().await.unwrap());
    assert!(text_of(&html, "#name-error")[0].contains("already has this name"));
}

fn import(app: &TestApp, dir: &tempfile::TempDir, json: &str) -> Output {
    let path = dir
        .path()
        .join(format!("{}.json", uuid::Uuid::new_v4().simple()));
    std::fs::write(&path, json).unwrap();
    Command::new(bin())
        .args(["import", path.to_str().unwrap()])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .expect("run roundtable import")
}

fn rows(names: &[&str]) -> String {
    let rows: Vec<String> = names
        .iter()
        .map(|n| {
            serde_json::json!({"name": n, "kind": "cert", "needs": ["Forensics lab"]}).to_string()
        })
        .collect();
    format!("[{}]", rows.join(","))
}

#[tokio::test]
async fn roundtable_import_treats_look_alikes_as_the_same_organization() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let out = import(&app, &dir, &rows(&[BASE, "Réseau Sud"]));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (what, name) in LOOK_ALIKES {
        let out = import(&app, &dir, &rows(&[name, "Reseau Sud"]));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && stdout.contains("0 created"),
            "{what}: {stdout}"
        );
    }
    assert_eq!(count(&app).await, 2, "no look-alike was created");

    // Two look-alikes in one file are one name given twice.
    let out = import(
        &app,
        &dir,
        &rows(&["Delta Org", "Delta \u{200B}Org", "D\u{0435}lta Org"]),
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("row 2: name")
            && stderr.contains("row 3: name")
            && stderr.contains("is already in row 1"),
        "{stderr}"
    );
    assert_eq!(count(&app).await, 2);
}

#[tokio::test]
async fn an_organizers_import_joins_the_registered_organization_a_look_alike_imitates() {
    let app = spawn_app().await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    TestUser::register(&app, BASE, "owner@example.org").await;
    let before = count(&app).await;
    let file = "name,kind,languages,capabilities,needs\n\
                Bravo Pr\u{043E}be Org,academia,en,phishing,training\n\
                Bra\u{200B}vo Probe Org,academia,en,phishing,training\n";
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{event}/schedule"),
            &format!("/events/{event}/participants/import"),
            &[("data", file)],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "one name twice"
    );
    let file = "name,kind,languages,capabilities,needs\n\
                Bravo Pr\u{043E}be Org,academia,en,phishing,training\n";
    let r = app
        .submit_with(
            &host.client,
            &format!("/events/{event}/schedule"),
            &format!("/events/{event}/participants/import"),
            &[("data", file)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(count(&app).await, before, "no look-alike was created");
    let shown = app
        .get_page_with(&host.client, &format!("/events/{event}"))
        .await;
    assert_eq!(text_of(&shown.html, "#participants li"), vec![BASE]);
}
