//! The match list taken away: exports (JSON, CSV and .xlsx, read back with
//! real parsers), the printable page and `roundtable export`.

use std::collections::HashMap;
use std::process::Command;

use reqwest::StatusCode;

use crate::helpers::matches::{mark, marketplace};
use crate::helpers::{TestUser, bin, new_client, select, spawn_app, text_of};

#[tokio::test]
async fn exports_agree_with_each_other_and_are_safe_in_spreadsheets() {
    let app = spawn_app().await;
    let (me, slug, others) = marketplace(&app).await;
    mark(&app, &me, &slug, &others[0], "interested").await;
    let get = |format: &str| {
        let url = app.url(&format!(
            "/organizations/{slug}/matches/export.{format}?language=&min_score=1"
        ));
        let me = me.clone();
        async move { me.get(url).send().await.unwrap() }
    };
    let json_response = get("json").await;
    assert_eq!(json_response.status(), StatusCode::OK);
    let disposition = json_response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.starts_with(&format!(
            "attachment; filename=\"roundtable-matches-{slug}-"
        )),
        "{disposition}"
    );
    assert!(disposition.ends_with(".json\""));
    let json: Vec<serde_json::Value> = json_response.json().await.unwrap();
    assert_eq!(json.len(), 3);
    assert_eq!(
        json.iter()
            .find(|r| r["partner"] == "Response Alliance")
            .unwrap()["interest"],
        "interested"
    );

    // CSV, read by Python's csv module, gives the same rows as JSON.
    let csv_response = get("csv").await;
    assert!(
        csv_response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let bytes = csv_response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for spreadsheets");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.csv");
    std::fs::write(&path, &bytes).unwrap();
    let out = Command::new("python3")
        .args(["-c", "import csv,json,sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))", path.to_str().unwrap()])
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<HashMap<String, String>> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.len(), json.len());
    for (row, j) in rows.iter().zip(&json) {
        let partner = j["partner"].as_str().unwrap();
        let expected_partner = if partner.starts_with('=') {
            format!("'{partner}")
        } else {
            partner.to_owned()
        };
        assert_eq!(
            row["Partner"], expected_partner,
            "formula neutralised, names intact"
        );
        assert_eq!(row["Rank"], j["rank"].to_string());
        // People read whole scores, halves up, as on the page; JSON keeps a decimal.
        assert_eq!(
            row["Score"].parse::<f64>().unwrap(),
            j["score"].as_f64().unwrap().round()
        );
        assert_eq!(row["Interest"], j["interest"].as_str().unwrap());
        let reasons: Vec<&str> = j["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        assert_eq!(row["Why"], reasons.join("\n"), "one reason per line");
    }
    assert!(
        rows.iter().any(|r| r["Partner"] == "Forensics Académie"),
        "non-ASCII intact"
    );

    // Excel, read back with a real xlsx reader.
    let xlsx = get("xlsx").await.bytes().await.unwrap().to_vec();
    // Its sheet keeps the header in view, filters, and wraps the reasons
    // (read from the package with Python's zipfile).
    let book_path = dir.path().join("export.xlsx");
    std::fs::write(&book_path, &xlsx).unwrap();
    let sheet_xml = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())",
            book_path.to_str().unwrap(),
        ])
        .output()
        .expect("python3");
    let sheet_xml = String::from_utf8_lossy(&sheet_xml.stdout);
    assert!(sheet_xml.contains("ySplit=\"1\""), "a frozen header row");
    assert!(sheet_xml.contains("<autoFilter"), "a filter on the header");
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::Xlsx::new(std::io::Cursor::new(xlsx)).expect("a valid xlsx");
    let sheet = book.worksheet_range("Matches").unwrap();
    let cells: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        cells[0],
        vec![
            "Organization",
            "Rank",
            "Partner",
            "Score",
            "Why",
            "Website",
            "Contact",
            "Interest"
        ]
    );
    assert_eq!(cells.len(), json.len() + 1);
    for (row, j) in cells[1..].iter().zip(&json) {
        assert!(row[2] == j["partner"].as_str().unwrap() || row[2].starts_with("'="));
    }

    // The printable page has the rows and no navigation.
    let page = app
        .get_page_with(
            &me,
            &format!("/organizations/{slug}/matches/print?min_score=1"),
        )
        .await;
    assert_eq!(text_of(&page.html, ".print-list .partner").len(), 3);
    assert!(select(&page.html, "nav").is_empty());
    // Scores on paper as on the page and in the spreadsheet: whole, halves up.
    let printed = text_of(&page.html, ".print-match .score");
    let expected: Vec<String> = json
        .iter()
        .map(|j| format!("score {}", j["score"].as_f64().unwrap().round()))
        .collect();
    assert_eq!(printed, expected);
    let listed = app
        .get_page_with(&me, &format!("/organizations/{slug}/matches?min_score=1"))
        .await;
    let on_page: Vec<String> = text_of(&listed.html, ".score-value")
        .iter()
        .map(|s| format!("score {s}"))
        .collect();
    assert_eq!(on_page, expected);

    // Only the organization itself exports its list.
    let other = TestUser::register(&app, "Someone Else", "s@example.org")
        .await
        .client;
    let r = other
        .get(app.url(&format!("/organizations/{slug}/matches/export.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = new_client()
        .get(app.url(&format!("/organizations/{slug}/matches/export.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = me
        .get(app.url(&format!("/organizations/{slug}/matches/export.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_export_command_writes_the_same_rows_as_the_web() {
    let app = spawn_app().await;
    let (me, slug, others) = marketplace(&app).await;
    mark(&app, &me, &slug, &others[1], "not_interested").await;
    let web: Vec<serde_json::Value> = me
        .get(app.url(&format!(
            "/organizations/{slug}/matches/export.json?show_hidden=1"
        )))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.json");
    let out = Command::new(bin())
        .args([
            "export",
            "--org",
            &slug,
            "--format",
            "json",
            "--output",
            file.to_str().unwrap(),
        ])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cli: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(cli, web);
    assert!(cli.iter().any(|r| r["interest"] == "not interested"));

    let out = Command::new(bin())
        .args(["export", "--org", "no-such-org", "--format", "csv"])
        .env("DATABASE_URL", &app.database_url)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no organization \"no-such-org\""));
}
