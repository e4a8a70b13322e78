//! Properties of the matching engine over random profiles (proptest): scores
//! stay in range and symmetric where they should, empty profiles score zero,
//! ties are ordered, and the pruned ranking equals a brute-force one.

mod common;

use proptest::prelude::*;
use roundtable::domain::profile::{OrgKind, Profile};
use roundtable::matching::Engine;
use roundtable::services::import::{self, InputFormat};

use common::profile;

fn arb_items() -> impl Strategy<Value = Vec<String>> {
    let words = prop::sample::select(vec![
        "csirt",
        "cert",
        "set up",
        "national",
        "forensics",
        "judges",
        "training",
        "funding",
        "grant",
        "cyber",
        "support",
        "awareness",
        "strategy",
        "legislation",
        "venue",
        "equipment",
        "women",
        "children",
        "soc",
        "incident",
        "response",
        "électronique",
        "évidence",
        "",
        "программа",
        "🙂",
    ]);
    prop::collection::vec(
        prop::collection::vec(words, 0..5).prop_map(|w| w.join(" ")),
        0..6,
    )
}

fn arb_profile(name: &'static str) -> impl Strategy<Value = Profile> {
    (
        arb_items(),
        arb_items(),
        prop::sample::subsequence(vec!["en", "fr", "es"], 0..3),
        0usize..9,
    )
        .prop_map(move |(capabilities, needs, languages, kind)| Profile {
            name: name.into(),
            kind: OrgKind::ALL[kind],
            country: None,
            region: None,
            description: String::new(),
            website: None,
            languages: languages.into_iter().map(str::to_owned).collect(),
            capabilities,
            needs,
            private_needs: Vec::new(),
            contact_email: None,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn scores_are_between_0_and_100_and_symmetric(a in arb_profile("A"), b in arb_profile("B"), c in arb_profile("C")) {
        let engine = Engine::new(vec![a, b, c]);
        for i in 0..3 {
            for j in 0..3 {
                let s = engine.pair(i, j).score;
                prop_assert!((0.0..=100.0).contains(&s), "{s}");
                prop_assert_eq!(s, engine.pair(j, i).score);
            }
            prop_assert_eq!(engine.pair(i, i).score, 0.0);
            prop_assert!(engine.top(i, 5).iter().all(|m| m.index != i), "never itself");
        }
    }

    #[test]
    fn top_agrees_with_pair_scores(a in arb_profile("A"), b in arb_profile("B"), c in arb_profile("C")) {
        let engine = Engine::new(vec![a, b, c]);
        for i in 0..3 {
            for m in engine.top(i, 5) {
                prop_assert_eq!(m.score, engine.pair(i, m.index).score);
            }
        }
    }

    // The score as a whole may move a little either way: field affinity is a
    // cosine, and a new offer changes both vectors' lengths. What an offer
    // covers only grows.
    #[test]
    fn offering_what_the_other_needs_never_lowers_its_coverage(a in arb_profile("A"), b in arb_profile("B"), pick in any::<prop::sample::Index>()) {
        prop_assume!(!a.needs.is_empty());
        let before = Engine::new(vec![a.clone(), b.clone()]).pair(0, 1);
        let mut b2 = b;
        b2.capabilities.push(a.needs[pick.index(a.needs.len())].clone());
        let after = Engine::new(vec![a, b2]).pair(0, 1);
        prop_assert!(after.they_cover >= before.they_cover, "{before:?} → {after:?}");
    }
}

#[test]
fn empty_profiles_score_zero() {
    let engine = Engine::new(vec![
        profile("A", OrgKind::Other, &[], &[], &[]),
        profile("B", OrgKind::Other, &[], &[], &[]),
    ]);
    assert_eq!(engine.pair(0, 1).score, 0.0);
    assert!(engine.top(0, 10).is_empty());
    assert!(engine.top(0, 0).is_empty());
    assert!(Engine::new(Vec::new()).rank_all(10, &|_| {}).is_empty());
}

#[test]
fn ties_are_ordered_by_name() {
    let same = |name| {
        profile(
            name,
            OrgKind::Academia,
            &["digital forensics"],
            &[],
            &["en"],
        )
    };
    let engine = Engine::new(vec![
        profile(
            "Seeker",
            OrgKind::Government,
            &[],
            &["digital forensics"],
            &["en"],
        ),
        same("Zeta"),
        same("Alpha"),
        same("Mu"),
    ]);
    let names: Vec<&str> = engine
        .top(0, 3)
        .iter()
        .map(|m| engine.profile(m.index).name.as_str())
        .collect();
    assert_eq!(names, ["Alpha", "Mu", "Zeta"]);
    // The whole list (sorted apart from the short one) orders ties alike.
    let whole: Vec<&str> = engine
        .top(0, 100)
        .iter()
        .map(|m| engine.profile(m.index).name.as_str())
        .collect();
    assert_eq!(whole, ["Alpha", "Mu", "Zeta"]);
}

#[test]
fn the_pruned_top_equals_a_brute_force_ranking() {
    let orgs = import::parse(include_bytes!("data/eval_orgs.json"), InputFormat::Json).unwrap();
    let engine = Engine::new(orgs);
    for a in 0..engine.len() {
        let mut all: Vec<_> = (0..engine.len())
            .filter(|b| *b != a)
            .map(|b| engine.pair(a, b))
            .filter(|m| m.score > 0.0)
            .collect();
        all.sort_by(|x, y| {
            y.score.total_cmp(&x.score).then_with(|| {
                engine
                    .profile(x.index)
                    .name
                    .cmp(&engine.profile(y.index).name)
            })
        });
        assert_eq!(engine.top(a, 1000), all, "whole list of {a}");
        all.truncate(5);
        assert_eq!(engine.top(a, 5), all, "organization {a}");
    }
}
