//! Fixtures for partner suggestions: a marketplace of four organizations and
//! interest marks.

use reqwest::StatusCode;

use super::{TestApp, TestUser};

/// Three organizations that all complement the first one.
pub async fn marketplace(app: &TestApp) -> (reqwest::Client, String, Vec<String>) {
    let me = TestUser::register(app, "Island Ministry of ICT", "m@example.org").await;
    let r = app
        .edit_with(
            &me.client,
            &me.slug,
            &[
                ("kind", "government"),
                ("languages", "en"),
                ("region", "Pacific"),
                ("capabilities", "Hosting of regional events"),
                (
                    "needs",
                    "help to set up our national CSIRT\ndigital forensics lab",
                ),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let mut others = Vec::new();
    for (name, email, kind, langs, region, caps, needs) in [
        (
            "Response Alliance",
            "r@example.org",
            "international_org",
            "en, fr",
            "Global",
            "CERT establishment support",
            "a venue for our regional workshop",
        ),
        (
            "Forensics Académie",
            "f@example.org",
            "academia",
            "fr",
            "Europe",
            "digital forensics training",
            "",
        ),
        (
            "=HYPERLINK(\"http://evil.example\")",
            "e@example.org",
            "private_sector",
            "en",
            "Asia",
            "CSIRT tooling and forensics kits",
            "",
        ),
    ] {
        let other = TestUser::register(app, name, email).await;
        let r = app
            .edit_with(
                &other.client,
                &other.slug,
                &[
                    ("kind", kind),
                    ("languages", langs),
                    ("region", region),
                    ("capabilities", caps),
                    ("needs", needs),
                    ("website", "https://example.org"),
                    ("contact_email", email),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{name}");
        others.push(other.slug);
    }
    (me.client, me.slug, others)
}

/// Marks `partner` on the match list of `slug` (interested, not_interested
/// or clear), coming back to the filtered list.
pub async fn mark(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    partner: &str,
    state: &str,
) -> reqwest::Response {
    app.submit_with(
        client,
        &format!("/organizations/{slug}/matches"),
        &format!("/organizations/{slug}/matches/{partner}/interest"),
        &[
            ("state", state),
            ("return_to", &format!("/organizations/{slug}/matches?kind=")),
        ],
    )
    .await
}
