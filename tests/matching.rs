//! The matching engine's rules: ranking quality on a labelled set and what
//! each kind of need meets. Its properties are in tests/matching_properties.rs,
//! the offline `roundtable rank` command in tests/rank.rs, the scheduler in
//! tests/scheduling.rs.

mod common;

use std::collections::HashMap;

use roundtable::domain::profile::{OrgKind, Profile};
use roundtable::matching::Engine;
use roundtable::services::import::{self, InputFormat};

use common::profile;

/// What the engine reaches on tests/data (see the README); a drop fails the build.
const MIN_HIT_AT_5: f64 = 0.95;
const MIN_MRR: f64 = 0.95;

struct Quality {
    hit_at_5: f64,
    mrr: f64,
}

fn evaluate() -> Quality {
    let orgs = import::parse(include_bytes!("data/eval_orgs.json"), InputFormat::Json)
        .expect("eval_orgs.json");
    let expected: HashMap<String, Vec<String>> =
        serde_json::from_str(include_str!("data/eval_expected.json")).expect("eval_expected.json");
    let engine = Engine::new(orgs);
    let (mut found, mut wanted, mut rr_sum, mut judged) = (0usize, 0usize, 0.0f64, 0usize);
    for a in 0..engine.len() {
        let name = &engine.profile(a).name;
        let Some(partners) = expected.get(name) else {
            continue;
        };
        let ranking: Vec<&str> = engine
            .top(a, engine.len())
            .iter()
            .map(|m| engine.profile(m.index).name.as_str())
            .collect();
        wanted += partners.len();
        found += partners
            .iter()
            .filter(|p| ranking.iter().take(5).any(|r| r == p))
            .count();
        judged += 1;
        if let Some(rank) = ranking.iter().position(|r| partners.iter().any(|p| p == r)) {
            rr_sum += 1.0 / (rank + 1) as f64;
        }
        let top5: Vec<&&str> = ranking.iter().take(5).collect();
        println!("{name}\n  expected {partners:?}\n  top 5    {top5:?}");
    }
    Quality {
        hit_at_5: found as f64 / wanted as f64,
        mrr: rr_sum / judged as f64,
    }
}

#[test]
fn ranking_quality_on_the_labelled_set_does_not_drop() {
    let q = evaluate();
    println!("hit@5 = {:.3}, MRR = {:.3}", q.hit_at_5, q.mrr);
    assert!(
        q.hit_at_5 >= MIN_HIT_AT_5,
        "hit@5 {:.3} fell below {MIN_HIT_AT_5}",
        q.hit_at_5
    );
    assert!(q.mrr >= MIN_MRR, "MRR {:.3} fell below {MIN_MRR}", q.mrr);
}

#[test]
fn paraphrases_of_the_field_meet_and_are_explained() {
    let engine = Engine::new(vec![
        profile(
            "Island Ministry",
            OrgKind::Government,
            &["Hosting regional events"],
            &[
                "help to set up our national CSIRT",
                "trainers for judges on electronic evidence",
            ],
            &["en"],
        ),
        profile(
            "Response Alliance",
            OrgKind::InternationalOrg,
            &["CERT establishment support"],
            &["a venue for our regional workshop"],
            &["en"],
        ),
        profile(
            "Justice Institute",
            OrgKind::Academia,
            &["judicial training on cybercrime"],
            &[],
            &["en", "fr"],
        ),
        profile(
            "Paint Shop",
            OrgKind::PrivateSector,
            &["cyber support for capacity"],
            &["interior paint"],
            &["en"],
        ),
    ]);
    let top = engine.top(0, 3);
    let names: Vec<&str> = top
        .iter()
        .map(|m| engine.profile(m.index).name.as_str())
        .collect();
    assert_eq!(
        names[..2],
        ["Response Alliance", "Justice Institute"],
        "{top:?}"
    );
    assert!(
        !names.contains(&"Paint Shop"),
        "common words alone do not make a match"
    );
    let reasons: Vec<String> = engine.explain(0, 1).iter().map(|r| r.text()).collect();
    assert!(reasons.contains(&"They offer “CERT establishment support”, which covers your need “help to set up our national CSIRT”.".to_owned()), "{reasons:?}");
    assert!(reasons.contains(&"You offer “Hosting regional events”, which covers their need “a venue for our regional workshop”.".to_owned()), "{reasons:?}");
}

#[test]
fn a_mutual_pair_ranks_above_a_one_sided_pair_with_the_same_coverage() {
    let engine = Engine::new(vec![
        profile(
            "Seeker",
            OrgKind::Government,
            &["malware analysis"],
            &["digital forensics", "election security"],
            &["en"],
        ),
        profile(
            "One Sided",
            OrgKind::PrivateSector,
            &["digital forensics"],
            &[],
            &["en"],
        ),
        profile(
            "Mutual",
            OrgKind::PrivateSector,
            &["digital forensics"],
            &["malware analysis"],
            &["en"],
        ),
    ]);
    let top = engine.top(0, 2);
    assert_eq!(engine.profile(top[0].index).name, "Mutual");
    assert!(top[0].score > top[1].score);
    assert_eq!(
        top[0].they_cover, top[1].they_cover,
        "same coverage of the seeker"
    );
}

fn placed(mut p: Profile, country: &str, region: &str, description: &str) -> Profile {
    p.country = Some(country.into());
    p.region = Some(region.into());
    p.description = description.into();
    p
}

fn reasons(engine: &Engine, a: usize, b: usize) -> Vec<String> {
    engine.explain(a, b).iter().map(|r| r.text()).collect()
}

#[test]
fn a_need_for_a_kind_of_partner_is_met_by_who_the_partner_is_where_it_asks() {
    let engine = Engine::new(vec![
        profile(
            "Donor Agency",
            OrgKind::DevelopmentAgency,
            &["grant funding for digital resilience"],
            &["local implementing partners in Pacific island states"],
            &["en"],
        ),
        placed(
            profile(
                "Fiji CERT",
                OrgKind::Cert,
                &["incident handling"],
                &[],
                &["en"],
            ),
            "FJ",
            "Pacific",
            "",
        ),
        placed(
            profile(
                "Baltic CERT",
                OrgKind::Cert,
                &["incident handling"],
                &[],
                &["en"],
            ),
            "EE",
            "Europe",
            "",
        ),
        placed(
            profile(
                "Island Software",
                OrgKind::PrivateSector,
                &["web design"],
                &[],
                &["en"],
            ),
            "FJ",
            "Pacific",
            "",
        ),
    ]);
    let top: Vec<&str> = engine
        .top(0, 3)
        .iter()
        .map(|m| engine.profile(m.index).name.as_str())
        .collect();
    assert_eq!(top.first(), Some(&"Fiji CERT"), "{top:?}");
    assert!(
        !top.contains(&"Baltic CERT"),
        "not in the region asked for: {top:?}"
    );
    assert!(
        reasons(&engine, 0, 1).contains(&"They are a local partner or counterpart in the Pacific, which fits your need “local implementing partners in Pacific island states”.".to_owned()),
        "{:?}",
        reasons(&engine, 0, 1)
    );
    assert!(
        reasons(&engine, 1, 0).iter().any(|r| r.starts_with(
            "You are a local partner or counterpart in the Pacific, which fits their need"
        )),
        "{:?}",
        reasons(&engine, 1, 0)
    );
}

#[test]
fn a_funding_need_is_met_by_a_development_agency_without_the_word_in_its_offers() {
    let engine = Engine::new(vec![
        profile(
            "Ministry",
            OrgKind::Government,
            &[],
            &["donor co-financing for the national strategy"],
            &["en"],
        ),
        profile(
            "Agency",
            OrgKind::DevelopmentAgency,
            &["technical cooperation"],
            &[],
            &["en"],
        ),
        profile(
            "Vendor",
            OrgKind::PrivateSector,
            &["firewalls"],
            &[],
            &["en"],
        ),
    ]);
    let names: Vec<&str> = engine
        .top(0, 5)
        .iter()
        .map(|m| engine.profile(m.index).name.as_str())
        .collect();
    assert_eq!(names, ["Agency"]);
    assert!(reasons(&engine, 0, 1)[0].starts_with("They are a funder, which fits your need"));
}

#[test]
fn a_french_or_spanish_need_meets_an_english_offer_and_each_reason_quotes_its_own_words() {
    let engine = Engine::new(vec![
        profile(
            "CERT francophone",
            OrgKind::Cert,
            &[],
            &["formation en réponse aux incidents"],
            &["fr"],
        ),
        profile(
            "CSIRT hispano",
            OrgKind::Cert,
            &[],
            &["capacitación en respuesta a incidentes"],
            &["es"],
        ),
        profile(
            "Response Academy",
            OrgKind::Academia,
            &["incident response training"],
            &[],
            &["en", "fr", "es"],
        ),
        profile(
            "Paint Shop",
            OrgKind::PrivateSector,
            &["interior paint"],
            &[],
            &["en"],
        ),
    ]);
    for seeker in [0, 1] {
        let top = engine.top(seeker, 1);
        assert_eq!(top.first().map(|m| m.index), Some(2), "{seeker}");
    }
    assert!(reasons(&engine, 0, 2).contains(
        &"They offer “incident response training”, which covers your need “formation en réponse aux incidents”.".to_owned()
    ));
}

#[test]
fn a_language_named_in_a_need_narrows_the_match() {
    let engine = Engine::new(vec![
        profile(
            "Seeker",
            OrgKind::Government,
            &[],
            &["Russian-language training for incident responders"],
            &[],
        ),
        profile(
            "Francophone Trainers",
            OrgKind::Academia,
            &["French-speaking trainers for incident responders"],
            &[],
            &[],
        ),
        profile(
            "Russian Trainers",
            OrgKind::Academia,
            &["incident responder training in Russian"],
            &[],
            &[],
        ),
    ]);
    assert_eq!(engine.pair(0, 1).they_cover, 0.0);
    assert!(engine.pair(0, 2).they_cover > 0.0);
}

#[test]
fn organizations_of_the_same_field_meet_and_are_told_what_they_share() {
    let engine = Engine::new(vec![
        placed(
            profile(
                "Judicial Academy",
                OrgKind::Academia,
                &["judicial training on cybercrime"],
                &["research partners"],
                &["en"],
            ),
            "KE",
            "Africa",
            "We train judges and prosecutors on cybercrime legislation and electronic evidence.",
        ),
        placed(
            profile(
                "Prosecutors Network",
                OrgKind::CivilSociety,
                &["cybercrime legislation drafting"],
                &["peer exchange"],
                &["en"],
            ),
            "GH",
            "Africa",
            "A network of prosecutors working on electronic evidence and cybercrime cases.",
        ),
        profile(
            "Paint Shop",
            OrgKind::PrivateSector,
            &["interior paint"],
            &["brushes"],
            &["en"],
        ),
    ]);
    assert!(
        engine.field_affinity(0, 1) > 0.1,
        "{}",
        engine.field_affinity(0, 1)
    );
    assert_eq!(engine.field_affinity(0, 2), 0.0);
    assert_eq!(engine.top(0, 1)[0].index, 1);
    assert!(
        reasons(&engine, 0, 1)
            .iter()
            .any(|r| r.starts_with("You both work on") && r.contains("cybercrime")),
        "{:?}",
        reasons(&engine, 0, 1)
    );
}

#[test]
fn words_with_two_senses_are_read_as_meant() {
    let engine = Engine::new(vec![
        profile(
            "Finance CERT",
            OrgKind::Cert,
            &[],
            &["sector CERT model for finance"],
            &["en"],
        ),
        profile(
            "Coordinator",
            OrgKind::Government,
            &[],
            &["coordination of donor programmes"],
            &["en"],
        ),
        profile(
            "Donor",
            OrgKind::DevelopmentAgency,
            &["grant funding for cyber projects"],
            &[],
            &["en"],
        ),
        profile(
            "Banking CSIRT",
            OrgKind::Cert,
            &["financial sector CERT set-up"],
            &[],
            &["en"],
        ),
        profile(
            "Secretariat",
            OrgKind::InternationalOrg,
            &["donor coordination and mapping of programmes"],
            &[],
            &["en"],
        ),
    ]);
    assert_eq!(
        engine.pair(0, 2).they_cover,
        0.0,
        "finance is a sector here, not funding"
    );
    assert!(engine.pair(0, 3).they_cover > 0.0);
    assert_eq!(
        engine.pair(1, 2).they_cover,
        0.0,
        "coordinating donors is no request for a donor"
    );
    assert!(engine.pair(1, 4).they_cover > 0.0);
}

#[test]
fn a_real_word_is_never_corrected_into_another_concept() {
    let engine = Engine::new(vec![
        profile(
            "Ministry",
            OrgKind::Government,
            &[],
            &["senior officials training"],
            &["en"],
        ),
        profile(
            "Sensors",
            OrgKind::PrivateSector,
            &["sensor equipment"],
            &[],
            &["en"],
        ),
        profile(
            "School",
            OrgKind::Academia,
            &[
                "training for senior officials",
                "incidnet response training",
            ],
            &[],
            &["en"],
        ),
        profile(
            "Responder",
            OrgKind::Cert,
            &[],
            &["incident response training"],
            &["en"],
        ),
    ]);
    assert_eq!(engine.pair(0, 1).they_cover, 0.0, "senior is not sensor");
    assert!(engine.pair(0, 2).they_cover > 0.0);
    assert!(
        engine.pair(3, 2).they_cover > 0.9,
        "a typo of a field word is still read"
    );
}

#[test]
fn a_need_for_funding_is_covered_only_by_an_offer_of_funding() {
    let engine = Engine::new(vec![
        profile(
            "Union",
            OrgKind::RegionalOrg,
            &[],
            &["Co-financing for the rollout of the continental cyber strategy"],
            &["en"],
        ),
        profile(
            "Advisers",
            OrgKind::Government,
            &["Sharing our cyber strategy experience"],
            &[],
            &["en"],
        ),
        profile(
            "Donor",
            OrgKind::DevelopmentAgency,
            &["Grant funding for national strategy implementation"],
            &[],
            &["en"],
        ),
    ]);
    assert_eq!(
        engine.pair(0, 1).they_cover,
        0.0,
        "sharing strategy experience does not cover a need for co-financing"
    );
    assert!(engine.pair(0, 2).they_cover > 0.0);
    assert_eq!(engine.top(0, 1)[0].index, 2, "the donor comes first");
}

#[test]
fn an_offer_tied_to_another_region_does_not_cover_a_regional_need() {
    let engine = Engine::new(vec![
        profile(
            "Pacific Ministry",
            OrgKind::Government,
            &[],
            &["Local implementing partners in Pacific island states"],
            &["en"],
        ),
        profile(
            "East African University",
            OrgKind::Academia,
            &["Local implementing partner for research and training in East Africa"],
            &[],
            &["en"],
        ),
        profile(
            "Oceania Network",
            OrgKind::CivilSociety,
            &["Local implementing partner across the Pacific"],
            &[],
            &["en"],
        ),
        profile(
            "Anywhere Consultancy",
            OrgKind::PrivateSector,
            &["Local implementing partner"],
            &[],
            &["en"],
        ),
    ]);
    assert_eq!(
        engine.pair(0, 1).they_cover,
        0.0,
        "East Africa does not cover the Pacific"
    );
    assert!(
        engine.pair(0, 2).they_cover > 0.0,
        "the same region covers it"
    );
    assert!(
        engine.pair(0, 3).they_cover > 0.0,
        "an offer tied to no region may cover it"
    );
}
