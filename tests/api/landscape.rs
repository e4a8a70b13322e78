//! The landscape page and its files: the chart is there with its title and
//! description, its table holds the same numbers as the CSV, private needs
//! are counted and never shown, filters narrow the numbers, an edit shows at
//! once, and wrong filters are said on the form.

use reqwest::StatusCode;
use scraper::Html;

use crate::helpers::events::{create_event, join};
use crate::helpers::{TestApp, TestOrganizer, TestUser, select, spawn_app, text_of};

const SECRET: &str = "secret satellite ground station hardening";
const CABLE: &str = "submarine cable landing station security";

async fn organization(app: &TestApp, name: &str, fields: &[(&str, &str)]) -> TestUser {
    let email = format!("{}@example.org", name.to_lowercase().replace(' ', "."));
    let user = TestUser::register(app, name, &email).await;
    let r = app.edit_with(&user.client, &user.slug, fields).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "profile of {name}");
    user
}

/// Four organizations: five needs (one private), one of them unmet for sure.
async fn field(app: &TestApp) -> Vec<TestUser> {
    vec![
        organization(
            app,
            "Island Ministry",
            &[
                ("kind", "government"),
                ("region", "Pacific"),
                ("languages", "en"),
                ("capabilities", "hosting of regional meetings"),
                ("needs", &format!("incident response training\n{CABLE}")),
                ("private_needs", SECRET),
            ],
        )
        .await,
        organization(
            app,
            "Response Alliance",
            &[
                ("kind", "cert"),
                ("region", "Africa"),
                ("languages", "en"),
                (
                    "capabilities",
                    "incident response training\nnational cyber security strategy development",
                ),
                ("needs", "hosting of regional meetings"),
            ],
        )
        .await,
        organization(
            app,
            "CERT Francophone",
            &[
                ("kind", "cert"),
                ("region", "Africa"),
                ("languages", "fr"),
                ("capabilities", "formation à la réponse aux incidents"),
                (
                    "needs",
                    "élaboration d'une stratégie nationale de cybersécurité",
                ),
            ],
        )
        .await,
        organization(
            app,
            "Donor Agency",
            &[
                ("kind", "development_agency"),
                ("region", "Europe"),
                ("languages", "en"),
                ("capabilities", "grant funding for capacity building"),
            ],
        )
        .await,
    ]
}

/// The figures above the chart: (organizations, needs, covered, private).
fn figures(html: &Html) -> (u32, u32, u32, u32) {
    let f: Vec<u32> = text_of(html, ".figures dd")
        .iter()
        .map(|t| t.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    (f[0], f[1], f[2], f[3])
}

async fn landscape(app: &TestApp, query: &str) -> Html {
    let page = app.get_page(&format!("/landscape{query}")).await;
    assert_eq!(page.status, StatusCode::OK, "{query}");
    page.html
}

/// The coverage table as (theme, region, "covered / needs" or "–").
fn table(html: &Html) -> Vec<(String, String, String)> {
    let regions = text_of(html, "#coverage-table thead th");
    let mut out = Vec::new();
    for row in select(html, "#coverage-table tbody tr") {
        let theme: String = row
            .select(&scraper::Selector::parse("th").unwrap())
            .next()
            .unwrap()
            .text()
            .collect();
        let cells: Vec<String> = row
            .select(&scraper::Selector::parse("td").unwrap())
            .map(|c| c.text().collect())
            .collect();
        // The last column is the row's total.
        for (region, cell) in regions[1..regions.len() - 1].iter().zip(&cells) {
            out.push((theme.clone(), region.clone(), cell.clone()));
        }
    }
    out
}

async fn csv(app: &TestApp, query: &str) -> Vec<Vec<String>> {
    let r = app
        .client
        .get(app.url(&format!("/landscape/export.csv{query}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{query}");
    let body = r.bytes().await.unwrap();
    let mut reader = csv::Reader::from_reader(
        body.strip_prefix(b"\xEF\xBB\xBF".as_slice())
            .unwrap_or(&body),
    );
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[tokio::test]
async fn the_landscape_counts_needs_shows_the_unmet_and_its_files_agree() {
    let app = spawn_app().await;
    let orgs = field(&app).await;
    let html = landscape(&app, "").await;
    let (organizations, needs, covered, private) = figures(&html);
    assert_eq!((organizations, needs, private), (3, 5, 1));
    assert!(covered >= 2 && covered < needs, "{covered}");
    // The chart, named and described, and its table with the same numbers.
    assert_eq!(select(&html, "svg.chart").len(), 2);
    assert!(text_of(&html, "svg title")[0].contains("Needs covered"));
    assert!(text_of(&html, "svg desc")[0].contains(&format!("{covered} of {needs} needs")));
    let rows = table(&html);
    let counted: u32 = rows
        .iter()
        .filter(|r| r.2 != "–")
        .map(|r| r.2.split(" / ").nth(1).unwrap().parse::<u32>().unwrap())
        .sum();
    assert_eq!(counted, needs);
    // Every cell of the chart is in the table, and the CSV is the table.
    let svg_cells = select(&html, "svg.chart rect[stroke][height='42']").len();
    assert_eq!(svg_cells, rows.len());
    let file = csv(&app, "?table=coverage").await;
    assert_eq!(file.len(), rows.len());
    for (line, (theme, region, cell)) in file.iter().zip(&rows) {
        assert_eq!((&line[0], &line[1]), (theme, region));
        let expected = if line[2] == "0" {
            "–".to_owned()
        } else {
            format!("{} / {}", line[3], line[2])
        };
        assert_eq!(&expected, cell, "{theme} · {region}");
    }
    // The unmet need is listed with its organization; the private one never.
    let unmet = text_of(&html, ".unmet-list li").join("\n");
    assert!(
        unmet.contains(&format!("Island Ministry: {CABLE}")),
        "{unmet}"
    );
    let page_text = html.html();
    assert!(!page_text.contains(SECRET));
    for t in ["coverage", "unmet", "topics", "providers"] {
        let rows = csv(&app, &format!("?table={t}")).await;
        assert!(
            rows.iter().flatten().all(|c| !c.contains("satellite")),
            "{t}"
        );
    }
    let unmet_file = csv(&app, "?table=unmet").await;
    assert!(
        unmet_file
            .iter()
            .any(|r| r[3] == CABLE && r[4] == format!("/organizations/{}", orgs[0].slug))
    );
    // Excel, read back.
    let r = app
        .client
        .get(app.url("/landscape/export.xlsx?table=providers"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::Xlsx::new(std::io::Cursor::new(r.bytes().await.unwrap().to_vec())).unwrap();
    let sheet = book.worksheet_range("Landscape").unwrap();
    let providers = text_of(&html, "#providers-table tbody tr td:first-child");
    assert_eq!(sheet.rows().count(), providers.len() + 1);

    // An edit shows at once: the donor now offers what the cable need asks.
    let r = app
        .edit_with(
            &orgs[3].client,
            &orgs[3].slug,
            &[(
                "capabilities",
                &format!("grant funding for capacity building\n{CABLE} assessments"),
            )],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = landscape(&app, "").await;
    assert!(!text_of(&html, ".unmet-list li").join("\n").contains(CABLE));
    assert_eq!(figures(&html).2, covered + 1);
}

#[tokio::test]
async fn filters_narrow_the_needs_and_wrong_ones_are_said_on_the_form() {
    let app = spawn_app().await;
    let orgs = field(&app).await;
    let needs = |html: &Html| figures(html).1;
    assert_eq!(needs(&landscape(&app, "?kind=cert").await), 2);
    assert_eq!(needs(&landscape(&app, "?region=Africa").await), 2);
    assert_eq!(needs(&landscape(&app, "?language=French").await), 1);
    assert_eq!(needs(&landscape(&app, "?kind=cert&language=fr").await), 1);
    let strategy = landscape(&app, "?theme=strategy").await;
    assert_eq!(text_of(&strategy, "#coverage-table tbody th").len(), 1);
    assert!(needs(&strategy) >= 1 && needs(&strategy) < 5);
    // The files follow the filters.
    let file = csv(&app, "?table=coverage&kind=cert").await;
    let in_file: u32 = file.iter().map(|r| r[2].parse::<u32>().unwrap()).sum();
    assert_eq!(in_file, 2);

    // An event: its participants' needs, covered by each other only.
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    for o in &orgs[..2] {
        join(&app, o, &event).await;
    }
    let html = landscape(&app, &format!("?event={event}")).await;
    let (organizations, needs_at_event, covered, _) = figures(&html);
    assert_eq!((organizations, needs_at_event), (2, 4));
    assert!(covered >= 2, "training and hosting are offered in the room");
    assert!(
        text_of(&html, "h1 + p")
            .join(" ")
            .contains("Global Roundtable")
    );

    // Wrong, unknown and hostile values: said on the form, left out of the view.
    for (query, field) in [
        ("?kind=spaceship", "kind"),
        ("?theme=nothing", "theme"),
        ("?region=Atlantis", "region"),
        ("?event=no-such-event", "event"),
        (&format!("?language={}", "x".repeat(5000)), "language"),
    ] {
        let html = landscape(&app, query).await;
        assert_eq!(
            select(&html, &format!("#{field}-error")).len(),
            1,
            "{query}"
        );
        assert_eq!(needs(&html), 5, "{query}: the wrong filter is left out");
    }
    for (query, status) in [
        (
            "/landscape/export.csv?table=nothing",
            StatusCode::BAD_REQUEST,
        ),
        ("/landscape/export.csv", StatusCode::BAD_REQUEST),
        ("/landscape/export.pdf?table=unmet", StatusCode::NOT_FOUND),
        (
            "/landscape/export.csv?table=unmet&kind=spaceship",
            StatusCode::BAD_REQUEST,
        ),
    ] {
        let r = app.client.get(app.url(query)).send().await.unwrap();
        assert_eq!(r.status(), status, "{query}");
    }
}

#[tokio::test]
async fn an_organization_page_shows_how_the_field_covers_its_needs() {
    let app = spawn_app().await;
    let orgs = field(&app).await;
    let page = app
        .get_page(&format!("/organizations/{}", orgs[0].slug))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html;
    assert_eq!(select(&html, "#coverage svg.chart title").len(), 1);
    let counts: Vec<(u32, u32)> = select(&html, "#coverage tbody tr")
        .iter()
        .map(|row| {
            let cells: Vec<u32> = row
                .select(&scraper::Selector::parse("td").unwrap())
                .take(2)
                .map(|c| c.text().collect::<String>().parse().unwrap())
                .collect();
            (cells[0], cells[1])
        })
        .collect();
    let needs: u32 = counts.iter().map(|c| c.0).sum();
    assert_eq!(needs, 3, "two public needs and the private one, counted");
    assert!(counts.iter().all(|(n, c)| c <= n));
    assert!(
        select(&html, "#coverage a[href='/landscape?theme=incidents']").len() == 1,
        "a link to the theme's landscape"
    );
    assert!(
        !html.html().contains(SECRET),
        "a visitor never reads the private need"
    );
    // An organization without needs has no such picture.
    let page = app
        .get_page(&format!("/organizations/{}", orgs[3].slug))
        .await;
    assert!(select(&page.html, "#coverage").is_empty());
}
