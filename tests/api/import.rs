use std::process::{Command, Output};

use crate::helpers::{TestApp, bin, spawn_app, text_of};

fn import(app: &TestApp, file: &std::path::Path) -> Output {
    Command::new(bin())
        .args(["import", file.to_str().unwrap()])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .expect("run roundtable import")
}

fn write(dir: &tempfile::TempDir, name: &str, content: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap();
    path
}

const GOOD_JSON: &str = r#"[
 {"name": "Pacific CERT", "kind": "cert", "country": "FJ", "region": "Pacific", "description": "Incident response.",
  "capabilities": ["Incident handling courses"], "needs": ["Forensics lab"], "languages": ["en", "fr"],
  "website": "https://cert.example.org", "contact_email": "info@cert.example.org"},
 {"name": "Donor Agency", "kind": "development_agency", "country": "", "region": "Global", "description": "",
  "capabilities": ["Grant funding"], "needs": [], "languages": ["en"]}
]"#;

async fn names(app: &TestApp) -> Vec<String> {
    let rows = roundtable::services::directory::Directory::default()
        .find(&app.db, &Default::default(), 1, 100)
        .await
        .unwrap()
        .organizations;
    rows.into_iter().map(|o| o.name).collect()
}

#[tokio::test]
async fn import_creates_then_rerunning_changes_nothing() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "orgs.json", GOOD_JSON);
    let out = import(&app, &file);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("2 created, 0 updated, 0 unchanged"),
        "{stdout}"
    );
    assert!(
        !stdout.contains('\u{1b}') && out.stderr.iter().all(|b| *b != 0x1b),
        "no progress bar when piped"
    );
    assert_eq!(names(&app).await, vec!["Donor Agency", "Pacific CERT"]);

    let before = roundtable::db::organizations::find_by_name(&app.db, "Pacific CERT")
        .await
        .unwrap()
        .unwrap();
    let out = import(&app, &file);
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("0 created, 0 updated, 2 unchanged")
    );
    let after = roundtable::db::organizations::find_by_name(&app.db, "Pacific CERT")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        before, after,
        "re-running an import changes nothing, not even the version"
    );

    let page = app.get_page("/organizations/pacific-cert").await;
    assert_eq!(text_of(&page.html, ".needs li"), vec!["Forensics lab"]);
}

#[tokio::test]
async fn importing_an_existing_name_updates_it() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    assert!(
        import(&app, &write(&dir, "a.json", GOOD_JSON))
            .status
            .success()
    );
    let changed = GOOD_JSON
        .replace("Forensics lab", "Forensics lab equipment")
        .replace("\"Pacific CERT\"", "\"PACIFIC cert\"");
    let out = import(&app, &write(&dir, "b.json", &changed));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("0 created, 1 updated, 1 unchanged")
    );
    let page = app.get_page("/organizations/pacific-cert").await;
    assert_eq!(
        text_of(&page.html, ".needs li"),
        vec!["Forensics lab equipment"]
    );
    assert_eq!(names(&app).await.len(), 2);
}

#[tokio::test]
async fn an_import_with_a_bad_row_writes_nothing_and_reports_every_bad_row() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let bad = r#"[
 {"name": "Good Org", "kind": "cert"},
 {"name": "Bad Kind", "kind": "spaceship", "country": "ZZ"},
 {"name": "Bad Site", "kind": "cert", "website": "javascript:alert(1)"},
 {"name": "Good Org 2", "kind": "academia", "languages": ["en", "xx"]}
]"#;
    let out = import(&app, &write(&dir, "bad.json", bad));
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    for expected in [
        "row 2: kind:",
        "row 2: country:",
        "row 3: website:",
        "row 4: languages:",
    ] {
        assert!(
            stderr.contains(expected),
            "{expected} missing from:\n{stderr}"
        );
    }
    assert!(stderr.contains("nothing was imported"));
    assert!(names(&app).await.is_empty(), "all or nothing");
}

#[tokio::test]
async fn csv_imports_the_same_as_json() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let csv = "name,kind,country,region,description,capabilities,needs,languages,website,contact_email\n\
               Pacific CERT,cert,FJ,Pacific,Incident response.,Incident handling courses,Forensics lab,en;fr,https://cert.example.org,info@cert.example.org\n\
               \"Ministère du Numérique, Sahelia\",government,SN,Africa,\"Line one, with comma\",\"Strategy; \"\"quoted\"\" advice\",CSIRT set-up,fr,,\n";
    let out = import(&app, &write(&dir, "orgs.csv", csv));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = app
        .get_page("/organizations/ministere-du-numerique-sahelia")
        .await;
    assert_eq!(
        text_of(&page.html, "h1"),
        vec!["Ministère du Numérique, Sahelia"]
    );
    assert_eq!(
        text_of(&page.html, ".capabilities li"),
        vec!["Strategy", "\"quoted\" advice"]
    );
    // The JSON form of the first row is then unchanged.
    let out = import(&app, &write(&dir, "same.json", &GOOD_JSON.replace(",\n {\"name\": \"Donor Agency\", \"kind\": \"development_agency\", \"country\": \"\", \"region\": \"Global\", \"description\": \"\",\n  \"capabilities\": [\"Grant funding\"], \"needs\": [], \"languages\": [\"en\"]}", "")));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("1 unchanged")
    );
}

#[tokio::test]
async fn unreadable_files_get_a_clear_error() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (write(&dir, "broken.json", "[{\"name\": "), "not valid JSON"),
        (
            write(&dir, "object.json", "{\"name\": \"x\"}"),
            "must hold an array",
        ),
        (
            write(&dir, "cols.csv", "name,colour\nA,red\n"),
            "unknown column",
        ),
        (dir.path().join("missing.json"), "cannot read"),
    ];
    for (path, words) in cases {
        let out = import(&app, &path);
        assert!(!out.status.success());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(words), "{words}: {stderr}");
    }
    assert!(names(&app).await.is_empty());
}

/// More new organizations than one statement and one batch of an import
/// hold: every organization is written whole (items, index, facets); then
/// new names around one that exists.
#[tokio::test]
async fn thousands_of_rows_import_in_one_transaction() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let rows: Vec<String> = (0..2600)
        .map(|i| format!(r#"{{"name":"Org {i:05}","kind":"academia","region":"Africa","capabilities":["Course zqk{i}"],"needs":["Need {i}"],"languages":["en"]}}"#))
        .collect();
    let out = import(
        &app,
        &write(&dir, "many.json", &format!("[{}]", rows.join(","))),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("2600 created, 0 updated"), "{stdout}");
    assert_eq!(
        roundtable::db::organizations::count(&app.db).await.unwrap(),
        2600
    );
    for i in [0, 499, 500, 1999, 2000, 2599] {
        let org = with_items(&app, &format!("Org {i:05}")).await;
        assert_eq!(org.capabilities, [format!("Course zqk{i}")]);
        assert_eq!(org.needs, [format!("Need {i}")]);
        let found = app.get_page(&format!("/organizations?q=zqk{i}")).await;
        let count = text_of(&found.html, ".result-count");
        assert!(count[0].starts_with("1 organization"), "{i}: {count:?}");
        let faceted = app
            .get_page(&format!(
                "/organizations?q=zqk{i}&region=Africa&kind=academia"
            ))
            .await;
        assert!(text_of(&faceted.html, ".result-count")[0].starts_with("1 organization"));
    }
    // New names around one that exists: the new ones before it are written
    // when it is looked up.
    let next = r#"[{"name":"Org 02600","kind":"academia","capabilities":["Course zqk2600"],"needs":[],"languages":["en"]},
        {"name":"ORG 00007","kind":"cert","capabilities":["Incident response zqk7b"],"needs":[],"languages":["en"]},
        {"name":"Org 02601","kind":"academia","capabilities":["Course zqk2601"],"needs":[],"languages":["en"]}]"#;
    let out = import(&app, &write(&dir, "next.json", next));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("2 created, 1 updated, 0 unchanged"),
        "{stdout}"
    );
    for i in [2600, 2601] {
        assert_eq!(
            with_items(&app, &format!("Org {i:05}")).await.capabilities,
            [format!("Course zqk{i}")]
        );
    }
    let updated = with_items(&app, "Org 00007").await;
    assert_eq!(updated.capabilities, ["Incident response zqk7b"]);
    assert_eq!(updated.org.kind, "cert");
    let slugs: std::collections::HashSet<String> = roundtable::db::organizations::load_all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.org.slug)
        .collect();
    assert_eq!(slugs.len(), 2602);
}

async fn with_items(app: &TestApp, name: &str) -> roundtable::db::organizations::OrgWithItems {
    let org = roundtable::db::organizations::find_by_name(&app.db, name)
        .await
        .unwrap()
        .expect("written");
    roundtable::db::organizations::find_by_slug(&app.db, &org.slug)
        .await
        .unwrap()
        .expect("written")
}

#[tokio::test]
async fn the_demo_data_loads_only_into_an_empty_database() {
    let app = spawn_app().await;
    assert!(
        roundtable::services::demo::load_if_empty(&app.db)
            .await
            .unwrap()
    );
    let n = roundtable::db::organizations::count(&app.db).await.unwrap();
    assert!((25..=40).contains(&n), "{n} demo organizations");
    assert!(
        !roundtable::services::demo::load_if_empty(&app.db)
            .await
            .unwrap()
    );
    let page = app.get_page("/organizations").await;
    assert_eq!(
        crate::helpers::select(&page.html, ".org-card .badge").len() as u64,
        n.min(50)
    );
    // The demo account can log in.
    let r = app
        .login_with(
            &app.client,
            roundtable::services::demo::DEMO_EMAIL,
            roundtable::services::demo::DEMO_PASSWORD,
        )
        .await;
    assert_eq!(r.status(), reqwest::StatusCode::SEE_OTHER);
}

/// A server that already holds the directory sees what a `roundtable import`
/// (another process, one transaction, one raise of the generation) created
/// and changed, on its next search.
#[tokio::test]
async fn a_running_server_finds_what_an_import_wrote() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let before = app.get_page("/organizations?q=forensics").await;
    assert!(text_of(&before.html, ".result-count")[0].starts_with("0 organizations"));
    assert!(
        import(&app, &write(&dir, "orgs.json", GOOD_JSON))
            .status
            .success()
    );
    let after = app.get_page("/organizations?q=forensics").await;
    assert!(
        text_of(&after.html, ".result-count")[0].starts_with("1 organization"),
        "{:?}",
        text_of(&after.html, ".result-count")
    );
    let changed = GOOD_JSON.replace("Forensics lab", "Malware sandbox");
    assert!(
        import(&app, &write(&dir, "orgs2.json", &changed))
            .status
            .success()
    );
    let page = app.get_page("/organizations?q=forensics").await;
    assert!(text_of(&page.html, ".result-count")[0].starts_with("0 organizations"));
    let page = app
        .get_page("/organizations?q=sandbox&region=Pacific")
        .await;
    assert!(text_of(&page.html, ".result-count")[0].starts_with("1 organization"));
}

/// Names whose addresses would be the same (long names cut at 80
/// characters) get addresses of their own, also beside an organization
/// registered on the web.
#[tokio::test]
async fn names_with_the_same_address_get_addresses_of_their_own() {
    let app = spawn_app().await;
    let stem = "National Agency for Cyber Security Capacity Building and International Cooperation";
    crate::helpers::TestUser::register(&app, &format!("{stem} East"), "east@example.org").await;
    let dir = tempfile::tempdir().unwrap();
    let row = |name: &str| {
        format!(
            r#"{{"name": "{name}", "kind": "government", "capabilities": ["Grant funding"], "needs": [], "languages": ["en"]}}"#
        )
    };
    let file = write(
        &dir,
        "orgs.json",
        &format!(
            "[{}, {}]",
            row(&format!("{stem} West")),
            row(&format!("{stem} North"))
        ),
    );
    let out = import(&app, &file);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("2 created"), "{stdout}");
    let mut slugs = Vec::new();
    for side in ["East", "West", "North"] {
        let org = roundtable::db::organizations::find_by_name(&app.db, &format!("{stem} {side}"))
            .await
            .unwrap()
            .expect("written");
        slugs.push(org.slug);
    }
    let distinct: std::collections::HashSet<&String> = slugs.iter().collect();
    assert_eq!(distinct.len(), 3, "{slugs:?}");
    for slug in &slugs {
        assert_eq!(
            app.get_page(&format!("/organizations/{slug}")).await.status,
            reqwest::StatusCode::OK
        );
    }
}
