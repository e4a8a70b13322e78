//! The directory's full-text search and facets, on the page, in the API and
//! in the CSV download, on whichever database the tests run against.

use reqwest::StatusCode;
use roundtable::domain::profile::{OrgKind, Profile};
use roundtable::services::directory::Directory;
use sea_orm::TransactionTrait;
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app, text_of};

fn org(name: &str, kind: OrgKind, country: &str, region: &str) -> Profile {
    Profile {
        name: name.into(),
        kind,
        country: Some(country.into()).filter(|c: &String| !c.is_empty()),
        region: Some(region.into()).filter(|r: &String| !r.is_empty()),
        description: String::new(),
        website: None,
        languages: vec!["en".into()],
        capabilities: Vec::new(),
        needs: Vec::new(),
        private_needs: Vec::new(),
        contact_email: None,
    }
}

fn lines(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// Five organizations that tell the facets apart.
async fn seed(app: &TestApp) {
    let mut ke = org("Kivuli CERT", OrgKind::Cert, "KE", "Africa");
    ke.description = "The national incident response team.".into();
    ke.capabilities = lines(&["Digital forensics training"]);
    ke.needs = lines(&["Malware analysis tools"]);
    ke.private_needs = lines(&["Zebrafish procurement budget"]);

    let mut ci = org("CERT Côte d'Ivoire", OrgKind::Cert, "CI", "Africa");
    ci.languages = lines(&["fr"]);
    ci.capabilities = lines(&["Réponse aux incidents de sécurité"]);
    ci.needs = lines(&["Formation en criminalistique numérique (forensics)"]);

    let mut es = org(
        "Agencia de Ciberseguridad",
        OrgKind::Government,
        "CO",
        "Americas",
    );
    es.languages = lines(&["es"]);
    es.capabilities = lines(&["Estrategias nacionales de ciberseguridad"]);
    es.needs = lines(&["Respuesta a incidentes"]);

    let mut donor = org(
        "Global Donor Fund",
        OrgKind::DevelopmentAgency,
        "",
        "Global",
    );
    donor.capabilities = lines(&["Grant funding for cyber capacity building"]);
    donor.needs = lines(&["Forensics experts to deliver our programmes"]);

    let mut uni = org(
        "Kenya University of Technology",
        OrgKind::Academia,
        "KE",
        "Africa",
    );
    uni.capabilities = lines(&["Cyber security degree programmes"]);

    let txn = app.db.begin().await.unwrap();
    for p in [ke, ci, es, donor, uni] {
        roundtable::db::organizations::insert(&txn, &p, false)
            .await
            .unwrap();
    }
    txn.commit().await.unwrap();
}

async fn api(app: &TestApp, query: &str) -> Value {
    let r = app
        .client
        .get(app.url(&format!("/api/v1/organizations?{query}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{query}");
    r.json().await.unwrap()
}

fn names(v: &Value) -> Vec<String> {
    let mut n: Vec<String> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_owned())
        .collect();
    n.sort();
    n
}

fn count(v: &Value, facet: &str, value: &str) -> u64 {
    v["facets"][facet]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["value"] == value)
        .map_or(0, |c| c["count"].as_u64().unwrap())
}

#[tokio::test]
async fn accents_case_and_word_endings_do_not_matter() {
    let app = spawn_app().await;
    seed(&app).await;
    for q in ["reponse aux incidents", "RÉPONSE incident", "Réponses"] {
        assert_eq!(
            names(&api(&app, &format!("q={q}")).await),
            ["CERT Côte d'Ivoire"],
            "{q}"
        );
    }
    // Plural and singular, English and Spanish endings of the same stem.
    let v = api(&app, "q=incidents").await;
    assert_eq!(
        names(&v),
        [
            "Agencia de Ciberseguridad",
            "CERT Côte d'Ivoire",
            "Kivuli CERT"
        ]
    );
    assert_eq!(v["total"], 3);
}

#[tokio::test]
async fn countries_are_found_by_name_in_the_words_and_by_name_or_code_as_a_facet() {
    let app = spawn_app().await;
    seed(&app).await;
    let both = ["Kenya University of Technology", "Kivuli CERT"];
    assert_eq!(names(&api(&app, "q=kenya").await), both);
    assert_eq!(names(&api(&app, "country=Kenya").await), both);
    assert_eq!(names(&api(&app, "country=ke").await), both);
    assert_eq!(
        names(&api(&app, "country=cote+d%27ivoire").await),
        ["CERT Côte d'Ivoire"]
    );
    // A bare code is not a word of any profile.
    assert_eq!(api(&app, "q=KE").await["total"], 0);
}

#[tokio::test]
async fn offers_and_needs_are_told_apart() {
    let app = spawn_app().await;
    seed(&app).await;
    assert_eq!(
        names(&api(&app, "q=forensics&side=offers").await),
        ["Kivuli CERT"]
    );
    assert_eq!(
        names(&api(&app, "q=forensics&side=seeks").await),
        ["CERT Côte d'Ivoire", "Global Donor Fund"]
    );
    assert_eq!(api(&app, "q=forensics").await["total"], 3);
    // The theme facet follows the side: who offers incident work, who seeks it.
    let offers = api(&app, "theme=incidents&side=offers").await;
    assert!(names(&offers).contains(&"CERT Côte d'Ivoire".to_owned()));
    assert!(!names(&offers).contains(&"Agencia de Ciberseguridad".to_owned()));
    let seeks = api(&app, "theme=incidents&side=seeks").await;
    assert!(names(&seeks).contains(&"Agencia de Ciberseguridad".to_owned()));
}

#[tokio::test]
async fn facets_combine_and_count_what_was_found() {
    let app = spawn_app().await;
    seed(&app).await;
    let all = api(&app, "").await;
    assert_eq!(all["total"], 5);
    assert_eq!(count(&all, "kind", "cert"), 2);
    assert_eq!(count(&all, "region", "Africa"), 3);
    assert_eq!(count(&all, "country", "KE"), 2);
    assert_eq!(count(&all, "language", "fr"), 1);

    let certs_of_africa = api(&app, "kind=cert&region=Africa").await;
    assert_eq!(
        names(&certs_of_africa),
        ["CERT Côte d'Ivoire", "Kivuli CERT"]
    );
    assert_eq!(count(&certs_of_africa, "country", "CI"), 1);
    assert_eq!(count(&certs_of_africa, "kind", "government"), 0);
    assert_eq!(
        names(&api(&app, "kind=cert&region=Africa&language=French").await),
        ["CERT Côte d'Ivoire"]
    );
    assert_eq!(
        names(&api(&app, "q=forensics&kind=cert&region=Africa").await),
        ["CERT Côte d'Ivoire", "Kivuli CERT"]
    );
    // Paged: one per page, the total stays.
    let page2 = api(&app, "kind=cert&per_page=1&page=2").await;
    assert_eq!(page2["items"].as_array().unwrap().len(), 1);
    assert_eq!(page2["total"], 2);
}

#[tokio::test]
async fn private_needs_are_never_found_nor_counted() {
    let app = spawn_app().await;
    seed(&app).await;
    assert_eq!(api(&app, "q=zebrafish").await["total"], 0);
    assert_eq!(api(&app, "q=procurement&side=seeks").await["total"], 0);
    let page = app.get_page("/organizations?q=zebrafish").await;
    assert!(text_of(&page.html, ".org-card h2").is_empty());
    let csv = app
        .client
        .get(app.url("/organizations.csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!csv.contains("Zebrafish"));
}

#[tokio::test]
async fn an_edit_is_found_at_once_and_what_it_dropped_is_not() {
    let app = spawn_app().await;
    let slug = app.register("Pacific Island CERT", "ops@pic.example").await;
    let r = app
        .edit(
            &slug,
            &[
                ("capabilities", "Tabletop exercises for ministries"),
                ("kind", "cert"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        names(&api(&app, "q=tabletop").await),
        ["Pacific Island CERT"]
    );
    app.edit(
        &slug,
        &[
            ("capabilities", "Honeypot networks"),
            ("description", "Runs the first honeypot of the islands."),
        ],
    )
    .await;
    assert_eq!(api(&app, "q=tabletop").await["total"], 0);
    assert_eq!(
        names(&api(&app, "q=honeypots").await),
        ["Pacific Island CERT"]
    );
    // The card on the page of results shows the profile as it is now.
    let page = app.get_page("/organizations?q=honeypots").await;
    assert!(
        page.html
            .html()
            .contains("Runs the first honeypot of the islands.")
    );
    app.edit(
        &slug,
        &[
            ("capabilities", "Honeypot networks"),
            ("description", "Now runs three of them."),
        ],
    )
    .await;
    let page = app.get_page("/organizations").await;
    let html = page.html.html();
    assert!(html.contains("Now runs three of them."), "{html}");
    assert!(!html.contains("first honeypot"));
}

/// Another process (here a second `Directory` on the same database) that
/// already holds the catalog catches up with edits made elsewhere: facets,
/// counts and words follow the edit, and a new organization appears.
#[tokio::test]
async fn another_process_catches_up_with_an_edit_and_a_newcomer() {
    let app = spawn_app().await;
    seed(&app).await;
    let other = Directory::default();
    let parse = |q: &str| {
        let raw: roundtable::search::RawSearch = serde_urlencoded::from_str(q).unwrap();
        raw.parse().0
    };
    let found = other
        .find(&app.db, &parse("region=Africa&kind=cert"), 1, 10)
        .await
        .unwrap();
    assert_eq!(found.total, 2);

    let slug = app.register("Andes CERT", "andes@example.org").await;
    let r = app
        .edit(
            &slug,
            &[
                ("kind", "cert"),
                ("region", "Africa"),
                ("capabilities", "Honeypot networks"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let found = other
        .find(&app.db, &parse("region=Africa&kind=cert"), 1, 10)
        .await
        .unwrap();
    assert_eq!(found.total, 3, "the newcomer is counted");
    let names: Vec<&str> = found
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Andes CERT", "CERT Côte d'Ivoire", "Kivuli CERT"]);
    let words = other
        .find(&app.db, &parse("q=honeypot"), 1, 10)
        .await
        .unwrap();
    assert_eq!(words.total, 1);

    let r = app.edit(&slug, &[("region", "Americas")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let found = other
        .find(&app.db, &parse("region=Africa&kind=cert"), 1, 10)
        .await
        .unwrap();
    assert_eq!(found.total, 2, "the move is seen");
    let all = other
        .find(&app.db, &parse("q=honeypot"), 1, 10)
        .await
        .unwrap();
    assert_eq!(all.total, 1);
    assert!(all.facets.region.contains(&("Americas".to_owned(), 1)));

    // Words found before an edit are brought up to date: what the edit
    // dropped is no longer found, what it added is.
    let forensics = other
        .find(&app.db, &parse("q=forensics&side=offers"), 1, 10)
        .await
        .unwrap();
    assert_eq!(forensics.total, 1);
    let r = app
        .edit(&slug, &[("capabilities", "Digital forensics training")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        other
            .find(&app.db, &parse("q=honeypot"), 1, 10)
            .await
            .unwrap()
            .total,
        0
    );
    let forensics = other
        .find(&app.db, &parse("q=forensics&side=offers"), 1, 10)
        .await
        .unwrap();
    let mut names: Vec<&str> = forensics
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["Andes CERT", "Kivuli CERT"]);
}

#[tokio::test]
async fn the_page_shows_facets_with_links_and_the_filters_in_use() {
    let app = spawn_app().await;
    seed(&app).await;
    let page = app.get_page("/organizations?region=Africa").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html;
    let cards = text_of(&html, ".org-card h2");
    assert_eq!(cards.len(), 3, "{cards:?}");
    let facets = text_of(&html, ".facets li");
    assert!(
        facets
            .iter()
            .any(|f| f.contains("National CERT / CSIRT") && f.contains('2')),
        "{facets:?}"
    );
    let links: Vec<String> = crate::helpers::select(&html, ".facets a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert!(
        links
            .iter()
            .any(|l| l.contains("kind=cert") && l.contains("region=Africa")),
        "{links:?}"
    );
    // The filter in use can be removed.
    let remove = crate::helpers::attr_of(&html, ".active-filters a", "href").unwrap();
    assert_eq!(remove, "/organizations");
    let csv = crate::helpers::attr_of(&html, ".result-count a", "href").unwrap();
    assert_eq!(csv, "/organizations.csv?region=Africa");
}

#[tokio::test]
async fn the_csv_holds_exactly_what_the_search_found() {
    let app = spawn_app().await;
    seed(&app).await;
    let r = app
        .client
        .get(app.url("/organizations.csv?q=forensics&region=Africa"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let body = r.bytes().await.unwrap();
    let body = body
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a byte-order mark");
    let mut reader = csv::Reader::from_reader(body);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "Name",
            "Kind",
            "Country",
            "Region",
            "Languages",
            "Website",
            "Offers",
            "Seeks",
            "Profile"
        ]
    );
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    rows.sort();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], "CERT Côte d'Ivoire");
    assert_eq!(rows[0][2], "Côte d'Ivoire");
    assert_eq!(rows[0][4], "French");
    assert_eq!(rows[1][0], "Kivuli CERT");
    assert_eq!(rows[1][6], "Digital forensics training");
    assert!(
        rows[1][8].ends_with("/organizations/kivuli-cert"),
        "{}",
        rows[1][8]
    );
}

#[tokio::test]
async fn wrong_and_hostile_searches_get_a_clear_answer() {
    let app = spawn_app().await;
    seed(&app).await;
    // Query syntax of either engine and SQL are only words here.
    for q in [
        "\"forensics",
        "forensics*",
        "NEAR(forensics training)",
        "{offers}: forensics",
        "forensics & !training | :*",
        "' OR 1=1 --",
        "-forensics",
        "\u{202e}forensics",
    ] {
        let r = app
            .client
            .get(app.url("/api/v1/organizations"))
            .query(&[("q", q)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{q}");
        let page = app
            .client
            .get(app.url("/organizations"))
            .query(&[("q", q)])
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), StatusCode::OK, "{q}");
    }
    // Too long for the API: said so; the page keeps the first 200 characters.
    let long = "forensics ".repeat(2_000);
    let r = app
        .client
        .get(app.url("/api/v1/organizations"))
        .query(&[("q", long.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let page = app
        .client
        .get(app.url("/organizations"))
        .query(&[("q", long.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    // A wrong facet: the API says which; the page says so on the form and
    // shows what the rest of the search finds.
    let r = app
        .client
        .get(app.url("/api/v1/organizations?country=Atlantis"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let answer: Value = r.json().await.unwrap();
    assert_eq!(answer["total"], 0);
    assert!(
        answer["warnings"][0]
            .as_str()
            .unwrap()
            .starts_with("country:"),
        "{answer}"
    );
    let page = app
        .get_page("/organizations?kind=spaceship&country=Atlantis&region=Africa")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html;
    assert_eq!(text_of(&html, ".form-summary li").len(), 2);
    assert_eq!(
        crate::helpers::attr_of(&html, "input[name=country]", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        text_of(&html, ".org-card h2").len(),
        3,
        "the region still applies"
    );
}
