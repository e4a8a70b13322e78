//! A profile form for people, not for codes: a new profile is guided and asked
//! its kind; countries and languages are chosen or written by name; a web
//! address without https:// is read as one; nothing typed is cut; the
//! organization's own page says what is missing.

use reqwest::StatusCode;
use scraper::Html;

use crate::helpers::{TestUser, attr_of, select, spawn_app, text_of};

#[tokio::test]
async fn a_new_profile_is_guided_and_takes_names_for_countries_languages_and_addresses() {
    let app = spawn_app().await;
    let me = TestUser::register(&app, "Agence Ivoirienne", "a@example.org").await;
    let edit = format!("/organizations/{}/edit", me.slug);
    let page = app.get_page_with(&me.client, &edit).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        select(&page.html, "aside.guide").len(),
        1,
        "the first visit is guided"
    );
    // The kind is asked, not defaulted; countries are a list of names.
    assert_eq!(
        attr_of(&page.html, "#kind option[selected]", "value").as_deref(),
        Some("")
    );
    assert!(select(&page.html, "#kind[required]").len() == 1);
    let countries = text_of(&page.html, "#country option");
    assert!(countries.len() > 240, "{}", countries.len());
    // Names from CLDR (ICU4X), with the typographic apostrophe.
    assert!(
        countries.iter().any(|c| c == "Côte d’Ivoire"),
        "{countries:?}"
    );
    assert!(
        select(&page.html, "input[maxlength], textarea[maxlength]").is_empty(),
        "nothing is cut while typing"
    );
    // The page of the organization says what is missing.
    let own = app
        .get_page_with(&me.client, &format!("/organizations/{}", me.slug))
        .await;
    assert!(
        text_of(&own.html, ".completeness")
            .join(" ")
            .contains("Add your needs to get suggestions")
    );

    // Saving without a kind is refused and keeps what was typed.
    let token = app.csrf_with(&me.client, &edit).await;
    let typed_needs = "a partner to train our CERT";
    let fields = [
        ("csrf_token", token.as_str()),
        ("version", "1"),
        ("name", "Agence Ivoirienne"),
        ("kind", ""),
        ("needs", typed_needs),
    ];
    let r = app.post_form_with(&me.client, &edit, &fields).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&r.text().await.unwrap());
    assert!(text_of(&html, "#kind-error")[0].contains("Choose the kind"));
    assert_eq!(text_of(&html, "#needs")[0], typed_needs);

    // Names for the country and the languages, an address without https://.
    let r = app
        .edit_with(
            &me.client,
            &me.slug,
            &[
                ("kind", "government"),
                ("country", "Côte d'Ivoire"),
                ("languages", "Français, English"),
                ("website", "www.example.org"),
                ("capabilities", "hosting of regional meetings"),
                ("needs", typed_needs),
            ],
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "{}",
        r.text().await.unwrap()
    );
    let shown = app
        .get_page_with(&me.client, &format!("/organizations/{}", me.slug))
        .await;
    assert!(text_of(&shown.html, ".meta")[0].contains("Côte d’Ivoire"));
    assert_eq!(text_of(&shown.html, ".languages"), ["French, English"]);
    assert_eq!(
        attr_of(&shown.html, "a.website", "href").as_deref(),
        Some("https://www.example.org")
    );
    assert!(
        select(&shown.html, ".completeness").is_empty(),
        "nothing missing now"
    );
    // The form shows them back by name; the guide was for the first visit.
    let page = app.get_page_with(&me.client, &edit).await;
    assert_eq!(
        attr_of(&page.html, "#country option[selected]", "value").as_deref(),
        Some("CI")
    );
    // Common working languages are boxes, ticked; others are typed by name.
    let ticked: Vec<String> = select(&page.html, ".language-boxes input[checked]")
        .iter()
        .filter_map(|i| i.value().attr("name").map(str::to_owned))
        .collect();
    assert_eq!(ticked, ["lang_en", "lang_fr"]);
    assert_eq!(
        attr_of(&page.html, "#languages", "value").as_deref(),
        Some("")
    );
    // Unticking a box and typing a language by its Spanish name.
    let r = app
        .edit_with(
            &me.client,
            &me.slug,
            &[("languages", "kinyarwanda, francés")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = app.get_page_with(&me.client, &edit).await;
    assert_eq!(
        select(&page.html, ".language-boxes input[checked]").len(),
        1
    );
    assert_eq!(
        attr_of(&page.html, "#languages", "value").as_deref(),
        Some("Kinyarwanda")
    );
    assert_eq!(
        attr_of(&page.html, "#kind option[selected]", "value").as_deref(),
        Some("government")
    );
    assert!(select(&page.html, "aside.guide").is_empty());

    // A name that is too long is refused, and kept whole to be shortened.
    let long = "N".repeat(260);
    let r = app
        .edit_with(&me.client, &me.slug, &[("name", &long)])
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&r.text().await.unwrap());
    assert_eq!(attr_of(&html, "#name", "value").map(|v| v.len()), Some(260));
    assert!(!text_of(&html, "#name-error").is_empty());
    // Unknown names are said plainly.
    let r = app
        .edit_with(
            &me.client,
            &me.slug,
            &[("country", "Atlantis"), ("languages", "Klingon")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&r.text().await.unwrap());
    assert!(text_of(&html, "#country-error")[0].contains("Atlantis"));
    assert!(text_of(&html, "#languages-error")[0].contains("Klingon"));
}
