//! The landscape's coverage, on small hand-built sets: what counts as covered
//! (by another organization's offer, or by being the partner a need asks
//! for), across languages, with private needs counted and never named.

mod common;

use common::profile;
use roundtable::domain::profile::{OrgKind, Profile};
use roundtable::matching::Engine;
use roundtable::matching::landscape::Coverage;

fn all(engine: &Engine) -> Vec<bool> {
    vec![true; engine.len()]
}

fn coverage(engine: &Engine) -> Coverage {
    engine.coverage(&all(engine), &all(engine), None)
}

/// The need `item` of organization `org`.
fn need(c: &Coverage, org: u32, item: u32) -> &roundtable::matching::landscape::NeedCover {
    c.needs
        .iter()
        .find(|n| n.org == org && n.item == item)
        .unwrap_or_else(|| panic!("need {item} of {org}"))
}

fn theme_named(engine: &Engine, n: &roundtable::matching::landscape::NeedCover) -> Option<String> {
    n.theme.map(|t| engine.themes()[t as usize].to_owned())
}

fn field() -> Vec<Profile> {
    vec![
        profile(
            "Island Ministry",
            OrgKind::Government,
            &["hosting of regional meetings"],
            &[
                "incident response training for our national CERT",
                "submarine cable landing station security assessment",
            ],
            &["en"],
        ),
        profile(
            "Response Alliance",
            OrgKind::Cert,
            &["incident response training", "CSIRT maturity assessments"],
            &["hosting of regional meetings"],
            &["en"],
        ),
        profile(
            "Equipe Francophone",
            OrgKind::Cert,
            &["formation à la réponse aux incidents"],
            &["élaboration d'une stratégie nationale de cybersécurité"],
            &["fr"],
        ),
        profile(
            "Strategy Institute",
            OrgKind::Academia,
            &["national cyber security strategy development"],
            &["a donor to fund our fellowships"],
            &["en", "fr"],
        ),
        profile(
            "Development Agency",
            OrgKind::DevelopmentAgency,
            &["grant funding for capacity building"],
            &[],
            &["en"],
        ),
    ]
}

#[test]
fn a_need_nobody_offers_is_unmet_and_one_that_others_offer_is_covered() {
    let engine = Engine::new(field());
    let c = coverage(&engine);
    let training = need(&c, 0, 0);
    assert!(training.is_covered());
    // The alliance offers it in English, the francophone team in French.
    assert_eq!(training.providers, 2, "{training:?}");
    assert_eq!(
        theme_named(&engine, training).as_deref(),
        Some("Cyber Incident Management and Critical Infrastructure Protection")
    );
    let cable = need(&c, 0, 1);
    assert!(!cable.is_covered(), "nobody offers it: {cable:?}");
    // Every need is counted once, none of an organization without needs.
    assert_eq!(c.needs.len(), 5);
    assert!(c.needs.iter().all(|n| n.org != 4));
}

#[test]
fn a_need_in_french_is_covered_by_an_offer_in_english_and_lands_in_the_same_theme() {
    let engine = Engine::new(field());
    let c = coverage(&engine);
    let strategy_fr = need(&c, 2, 0);
    assert!(strategy_fr.is_covered(), "{strategy_fr:?}");
    assert_eq!(
        theme_named(&engine, strategy_fr).as_deref(),
        Some("Cyber Security Policy and Strategy")
    );
    let english = Engine::new(vec![
        field().remove(3),
        profile(
            "Ministry",
            OrgKind::Government,
            &[],
            &["national cyber security strategy"],
            &["en"],
        ),
    ]);
    let e = coverage(&english);
    assert_eq!(need(&e, 1, 0).theme, strategy_fr.theme, "the same theme");
}

#[test]
fn a_need_that_asks_for_a_kind_of_partner_is_covered_by_such_a_partner() {
    let engine = Engine::new(field());
    let c = coverage(&engine);
    let donor = need(&c, 3, 0);
    assert!(
        donor.is_covered(),
        "the development agency is a donor: {donor:?}"
    );
    // Without the agency, nobody is.
    let mut without = field();
    without.remove(4);
    let engine = Engine::new(without);
    assert!(!need(&coverage(&engine), 3, 0).is_covered());
}

#[test]
fn private_needs_count_like_the_others_and_are_marked_private() {
    let mut profiles = field();
    profiles[4].private_needs = vec!["incident response training for our staff".into()];
    let engine = Engine::new(profiles);
    let c = coverage(&engine);
    let private = need(&c, 4, 0);
    assert!(private.private);
    assert!(private.is_covered());
    assert!(!need(&c, 0, 0).private);
}

#[test]
fn an_organization_does_not_cover_its_own_need_and_suppliers_can_be_restricted() {
    let engine = Engine::new(vec![profile(
        "Alone",
        OrgKind::Cert,
        &["incident response training"],
        &["incident response training"],
        &["en"],
    )]);
    assert!(!need(&coverage(&engine), 0, 0).is_covered());

    let engine = Engine::new(field());
    // Only the ministry's needs, covered only by the francophone team.
    let mut demand = vec![false; engine.len()];
    demand[0] = true;
    let mut supply = vec![false; engine.len()];
    supply[2] = true;
    let c = engine.coverage(&demand, &supply, None);
    assert_eq!(c.needs.len(), 2);
    assert_eq!(need(&c, 0, 0).providers, 1);
    assert_eq!(c.providers, vec![(2, 1)], "the team covers one need");
    // Offers are counted among suppliers only.
    let offered: u32 = engine.offers_by_topic(&supply).iter().sum();
    assert!(offered >= 1);
    let offered_by_all: u32 = engine.offers_by_topic(&all(&engine)).iter().sum();
    assert!(offered_by_all > offered);
}

#[test]
fn providers_are_ranked_by_the_needs_they_cover_and_topics_add_up() {
    let engine = Engine::new(field());
    let c = coverage(&engine);
    assert!(!c.providers.is_empty());
    assert!(c.providers.windows(2).all(|w| w[0].1 >= w[1].1));
    for (b, k) in &c.providers {
        let counted = c
            .needs
            .iter()
            .filter(|n| n.org != *b && n.is_covered())
            .count() as u32;
        assert!(
            *k <= counted,
            "{b} covers at most the covered needs of others"
        );
    }
    for t in &c.topics {
        assert!(t.unmet <= t.needs);
        let (label, theme) = engine.topic(t.concept);
        assert!(!label.is_empty());
        assert!(theme < engine.themes().len());
    }
}

#[test]
fn a_theme_keeps_only_its_needs_and_their_providers() {
    let engine = Engine::new(field());
    let all_needs = coverage(&engine);
    let incidents = engine
        .themes()
        .iter()
        .position(|t| t.starts_with("Cyber Incident"))
        .unwrap() as u8;
    let c = engine.coverage(&all(&engine), &all(&engine), Some(incidents));
    assert!(!c.needs.is_empty());
    assert!(c.needs.len() < all_needs.needs.len());
    assert!(c.needs.iter().all(|n| n.theme == Some(incidents)));
    let covered: u32 = c.providers.iter().map(|p| p.1).sum();
    let expected: u32 = c.needs.iter().map(|n| n.providers).sum();
    assert_eq!(
        covered, expected,
        "providers count the needs of the theme only"
    );
}
