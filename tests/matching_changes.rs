//! Changed and new profiles read into an engine without rebuilding it
//! (`Engine::with_changes`): a profile changed back to itself scores exactly
//! as before, and a changed one covers and is covered as a rebuilt engine says.

use roundtable::domain::profile::Profile;
use roundtable::matching::{Engine, Reason};
use roundtable::services::import::{self, InputFormat};

fn profiles() -> Vec<Profile> {
    let mut all = import::parse(include_bytes!("data/eval_orgs.json"), InputFormat::Json)
        .expect("eval_orgs.json");
    all.extend(
        import::parse(
            include_bytes!("data/blind/profiles.json"),
            InputFormat::Json,
        )
        .expect("blind profiles"),
    );
    all
}

/// Every ranking, as (partner, score bits) so that equality is exact.
fn rankings(engine: &Engine) -> Vec<Vec<(usize, u32)>> {
    (0..engine.len())
        .map(|a| {
            engine
                .top(a, engine.len())
                .iter()
                .map(|m| (m.index, m.score.to_bits()))
                .collect()
        })
        .collect()
}

#[test]
fn profiles_changed_to_themselves_score_exactly_as_in_the_index() {
    let all = profiles();
    let engine = Engine::new(all.clone());
    let changed = [0, 7, all.len() / 2, all.len() - 1];
    let patched = engine.with_changes(changed.iter().map(|i| (*i, all[*i].clone())).collect());
    assert_eq!(patched.changes(), changed.len());
    assert_eq!(rankings(&patched), rankings(&engine));
    for &i in &changed {
        for b in [1, 3, all.len() / 3] {
            assert_eq!(patched.explain(i, b), engine.explain(i, b));
            assert_eq!(patched.explain(b, i), engine.explain(b, i));
            assert_eq!(patched.parts(b, i), engine.parts(b, i));
        }
    }
    // The short list (pruned by bounds) agrees with the long one.
    for a in [0, 5, all.len() - 1] {
        let short: Vec<usize> = patched.top(a, 10).iter().map(|m| m.index).collect();
        let long: Vec<usize> = patched
            .top(a, patched.len())
            .iter()
            .take(10)
            .map(|m| m.index)
            .collect();
        assert_eq!(short, long);
    }
}

/// What `a` and `b` cover of each other, which depends on their phrases and
/// who they are, not on the rest of the field.
fn coverage(engine: &Engine, a: usize, b: usize) -> (f32, f32) {
    let m = engine.pair(a, b);
    (m.they_cover, m.you_cover)
}

#[test]
fn a_changed_profile_covers_and_is_covered_as_a_rebuilt_index_says() {
    let mut all = profiles();
    let (x, y) = (3, 40);
    // X now offers, in its own words, what Y needs, and needs a new thing.
    let need = all[y].needs[0].clone();
    let before = Engine::new(all.clone());
    let was = before.pair(y, x).score;
    let mut changed = all[x].clone();
    changed.capabilities.push(format!("We offer {need}"));
    changed
        .needs
        .push("Quantum-safe cryptography migration roadmap".into());
    all[x] = changed.clone();
    let patched = before.with_changes(vec![(x, changed)]);
    let rebuilt = Engine::new(all.clone());
    for b in 0..all.len() {
        for (p, q) in [(x, b), (b, x)] {
            let (got, want) = (coverage(&patched, p, q), coverage(&rebuilt, p, q));
            assert!(
                (got.0 - want.0).abs() < 1e-5 && (got.1 - want.1).abs() < 1e-5,
                "{p} and {q}: {got:?} after the change, {want:?} rebuilt"
            );
        }
    }
    assert!(
        patched.pair(y, x).score > was,
        "the new offer raises the pair"
    );
    assert!(patched.top(y, patched.len()).iter().any(|m| m.index == x));
    let quoted = patched.explain(y, x).iter().any(|r| {
        matches!(r, Reason::TheyCoverYourNeed { their_offer, .. } if their_offer.contains(&need))
    });
    assert!(quoted, "the reason quotes the new offer");
    // The landscape counts the new offer and the new need.
    let everyone = vec![true; all.len()];
    let (got, want) = (
        patched.coverage(&everyone, &everyone, None),
        rebuilt.coverage(&everyone, &everyone, None),
    );
    assert_eq!(got.needs, want.needs);
    assert_eq!(got.providers, want.providers);
    assert_eq!(
        patched.offers_by_topic(&everyone),
        rebuilt.offers_by_topic(&everyone)
    );
}

#[test]
fn a_new_organization_is_ranked_and_ranks_others() {
    let mut all = profiles();
    let engine = Engine::new(all.clone());
    let mut newcomer = all[10].clone();
    newcomer.name = "Newcomer Cyber Institute".into();
    newcomer
        .capabilities
        .push("Tabletop exercises for ministries in Swahili".into());
    let at = all.len();
    let patched = engine.with_changes(vec![(at, newcomer.clone())]);
    all.push(newcomer);
    let rebuilt = Engine::new(all.clone());
    assert_eq!(patched.len(), at + 1);
    assert_eq!(patched.profile(at).name, "Newcomer Cyber Institute");
    // It takes the place of the one it copies in that one's partners' lists.
    let ranked = patched.top(at, 20);
    assert!(!ranked.is_empty());
    assert!(ranked.iter().all(|m| m.index != at));
    for b in 0..at {
        let (got, want) = (coverage(&patched, at, b), coverage(&rebuilt, at, b));
        assert!((got.0 - want.0).abs() < 1e-5 && (got.1 - want.1).abs() < 1e-5);
    }
    let partner = ranked[0].index;
    assert!(
        patched
            .top(partner, patched.len())
            .iter()
            .any(|m| m.index == at),
        "its best partner sees it too"
    );
    // A second change on top of the first keeps both.
    let again = patched.with_changes(vec![(0, all[0].clone())]);
    assert_eq!(again.changes(), 2);
    assert_eq!(rankings(&again)[at], rankings(&patched)[at]);
}
