//! The languages in a real headless Chromium: the pseudo-locale (every
//! message about 40 % longer, as French or Russian often are) and Arabic
//! (right to left) on a 390 px phone and on a desktop, page after page.
//! Nothing may overflow the screen's width, no button, label, heading or
//! menu entry may cut its text, and axe-core's WCAG 2.2 A/AA rules hold.

use crate::browser_driver::on_the_demo;

/// Elements whose text is cut: its content is wider (or taller) than the
/// box that shows it, and the box hides the rest.
const CUT_TEXT: &str = r"
const cut = [];
for (const el of document.querySelectorAll('button, .button, label, summary, h1, h2, h3, nav a, th, .badge, .notice, .hint, option')) {
  const style = getComputedStyle(el);
  // The account's name in the menu is shortened on purpose (in full in its title).
  if (style.display === 'none' || el.closest('.nav-user, .visually-hidden, details:not([open]) > :not(summary)')) continue;
  const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY) || style.textOverflow === 'ellipsis';
  if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
    cut.push(el.tagName + ' ' + (el.className || '') + ': ' + el.textContent.trim().slice(0, 60));
  }
}
return cut;
";

#[tokio::test]
async fn long_translations_and_right_to_left_pages_hold_on_a_phone_and_a_desktop() {
    let (app, _driver, _profile, mut j) = on_the_demo("languages-").await;
    j.client.goto(&app.url("/login")).await.unwrap();
    j.type_into("email", roundtable::services::demo::DEMO_EMAIL)
        .await;
    j.type_into("password", roundtable::services::demo::DEMO_PASSWORD)
        .await;
    j.click("form button[type=submit]").await;
    let own = j
        .client
        .find(fantoccini::Locator::Css("a[href$='/matches']"))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    let profile = own.trim_end_matches("/matches").to_owned();
    let events = roundtable::db::events::list(&app.db).await.unwrap();
    let event = format!("/events/{}", events[0].slug);
    let pages = [
        ("home", "/".to_owned()),
        ("directory", "/organizations".to_owned()),
        ("profile", profile.clone()),
        ("edit", format!("{profile}/edit")),
        ("matches", own.clone()),
        ("event", event.clone()),
        ("schedule", format!("{event}/schedule")),
        ("report", format!("{event}/report")),
        ("landscape", "/landscape".to_owned()),
        ("scores", "/how-scores-work".to_owned()),
        ("people", format!("{profile}/members")),
        ("settings", "/settings/tokens".to_owned()),
        ("notifications", "/settings/notifications".to_owned()),
        ("organizers", format!("{event}/organizers")),
    ];
    let mut problems = Vec::new();
    for (width, height) in [(390, 844), (1280, 900)] {
        j.client.set_window_size(width, height).await.unwrap();
        for lang in ["en-XA", "ar"] {
            for (name, path) in &pages {
                let sep = if path.contains('?') { '&' } else { '?' };
                j.client
                    .goto(&app.url(&format!("{path}{sep}lang={lang}")))
                    .await
                    .unwrap();
                j.step(&format!("{lang}-{width}-{name}")).await;
                let sizes = j
                    .client
                    .execute(
                        "return [document.documentElement.scrollWidth, window.innerWidth];",
                        vec![],
                    )
                    .await
                    .unwrap();
                let (scroll, inner) = (sizes[0].as_u64().unwrap(), sizes[1].as_u64().unwrap());
                if scroll > inner {
                    problems.push(format!("{lang} {width}px {path}: {scroll} px wide"));
                }
                let cut = j.client.execute(CUT_TEXT, vec![]).await.unwrap();
                for c in cut.as_array().unwrap() {
                    problems.push(format!("{lang} {width}px {path}: cut: {c}"));
                }
            }
        }
    }
    assert!(j.console_errors().await.is_empty());
    j.client.close().await.unwrap();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
