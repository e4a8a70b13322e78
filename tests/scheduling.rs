//! The scheduler: `roundtable::scheduling` and the offline `roundtable schedule`
//! command (every rule kept, better than greedy, deterministic).

mod common;

use std::collections::HashMap;
use std::process::Command;

use proptest::prelude::*;
use roundtable::domain::profile::OrgKind;
use roundtable::matching::Engine;
use roundtable::services::import::{self, InputFormat};

use common::profile;

fn schedule_cmd(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .arg("schedule-file")
        .args(args)
        .env("RUST_LOG", "error")
        .output()
        .expect("run roundtable schedule-file")
}

#[test]
fn schedule_places_meetings_under_every_rule() {
    let input = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/eval_orgs.json");
    let out = schedule_cmd(&[
        "--input",
        input,
        "--slots",
        "4",
        "--tables",
        "6",
        "--min-meetings",
        "2",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let orgs = import::parse(include_bytes!("data/eval_orgs.json"), InputFormat::Json).unwrap();
    let langs: HashMap<&str, &Vec<String>> = orgs
        .iter()
        .map(|o| (o.name.as_str(), &o.languages))
        .collect();
    let meetings = doc["meetings"].as_array().unwrap();
    assert!(!meetings.is_empty());
    let mut seen = std::collections::HashSet::new();
    let mut per_slot: HashMap<u64, usize> = HashMap::new();
    let mut total = 0.0;
    for m in meetings {
        let slot = m["slot"].as_u64().unwrap();
        assert!(slot < 4);
        *per_slot.entry(slot).or_default() += 1;
        let [a, b] = [
            m["participants"][0].as_str().unwrap(),
            m["participants"][1].as_str().unwrap(),
        ];
        assert_ne!(a, b);
        assert!(
            langs[a].iter().any(|l| langs[b].contains(l)),
            "{a} and {b} share a language"
        );
        for who in [a, b] {
            assert!(
                seen.insert((who.to_owned(), slot)),
                "{who} is in two places in slot {slot}"
            );
        }
        assert!(m["table"].as_str().unwrap().starts_with("Table "));
        assert!(!m["reasons"].as_array().unwrap().is_empty());
        total += m["score"].as_f64().unwrap();
    }
    assert!(
        per_slot.values().all(|n| *n <= 6),
        "tables are not exceeded"
    );
    assert!((doc["total_score"].as_f64().unwrap() - total).abs() < 1.0);
    assert!(doc["unplaced"].is_array());
    let again = schedule_cmd(&[
        "--input",
        input,
        "--slots",
        "4",
        "--tables",
        "6",
        "--min-meetings",
        "2",
    ]);
    assert_eq!(
        out.stdout, again.stdout,
        "the same input gives the same schedule"
    );
    let bad = schedule_cmd(&["--input", input, "--slots", "0", "--tables", "6"]);
    assert!(!bad.status.success());
}

#[test]
fn the_schedule_gives_everyone_the_minimum_where_greedy_does_not() {
    // Two popular organizations and three that only fit them.
    let p = |name: &str, caps: &[&str], needs: &[&str]| {
        profile(name, OrgKind::Government, caps, needs, &["en"])
    };
    let orgs = vec![
        p(
            "Hub A",
            &["digital forensics", "malware analysis"],
            &["election security", "cyber diplomacy"],
        ),
        p(
            "Hub B",
            &["election security", "cyber diplomacy"],
            &["digital forensics", "malware analysis"],
        ),
        p("Small C", &[], &["digital forensics"]),
        p("Small D", &[], &["malware analysis"]),
        p("Small E", &[], &["cyber diplomacy"]),
    ];
    let engine = Engine::new(orgs);
    let params = roundtable::scheduling::Params {
        slots: 2,
        tables: 2,
        min_meetings: 1,
        ..Default::default()
    };
    let ours = roundtable::scheduling::offline::build(&engine, &params, false);
    let greedy = roundtable::scheduling::offline::build(&engine, &params, true);
    let below =
        |s: &roundtable::scheduling::Schedule| s.counts(5).iter().filter(|c| **c < 1).count();
    assert!(
        below(&greedy) > 0,
        "the example is one where greedy leaves someone out"
    );
    assert_eq!(below(&ours), 0, "{:?}", ours.meetings);
}

const PRIORITIES: [roundtable::scheduling::Priority; 3] = [
    roundtable::scheduling::Priority::Accepted,
    roundtable::scheduling::Priority::Wanted,
    roundtable::scheduling::Priority::Suggestion,
];

/// Random candidates, blocked slots and fixed meetings for the scheduler.
fn arb_schedule_input() -> impl Strategy<
    Value = (
        usize,
        Vec<roundtable::scheduling::Candidate>,
        roundtable::scheduling::Params,
    ),
> {
    (4usize..14, 1usize..5, 1usize..4).prop_flat_map(|(orgs, slots, tables)| {
        let candidate =
            (0..orgs, 0..orgs, 0.0f32..100.0, 0u8..3).prop_map(|(a, b, score, priority)| {
                roundtable::scheduling::Candidate {
                    a,
                    b,
                    score,
                    priority: PRIORITIES[usize::from(priority)],
                }
            });
        (
            Just(orgs),
            prop::collection::vec(candidate, 0..40),
            Just(slots),
            Just(tables),
            prop::collection::vec(
                prop::collection::vec(prop::bool::weighted(0.2), slots),
                orgs,
            ),
            prop::collection::vec((0..slots, 0..tables, 0..orgs, 0..orgs), 0..3),
            0usize..4,
        )
            .prop_map(|(orgs, cands, slots, tables, blocked, fixed, min)| {
                // Fixed meetings as a caller gives them: distinct tables per slot,
                // members not twice in one slot.
                let mut kept: Vec<roundtable::scheduling::Fixed> = Vec::new();
                for (slot, table, a, b) in fixed {
                    let clash = kept.iter().any(|f| {
                        f.slot == slot
                            && (f.table == table
                                || f.members.contains(&a)
                                || f.members.contains(&b))
                    });
                    if a != b && !clash {
                        kept.push(roundtable::scheduling::Fixed {
                            slot,
                            table,
                            members: vec![a, b],
                        });
                    }
                }
                let params = roundtable::scheduling::Params {
                    slots,
                    tables,
                    min_meetings: min,
                    blocked,
                    fixed: kept,
                };
                (orgs, cands, params)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn schedules_keep_every_hard_rule((orgs, cands, params) in arb_schedule_input()) {
        let s = roundtable::scheduling::schedule(orgs, &cands, &params);
        let mut busy = std::collections::HashSet::new();
        let mut tables = std::collections::HashSet::new();
        for f in &params.fixed {
            tables.insert((f.slot, f.table));
            for m in &f.members {
                busy.insert((f.slot, *m));
            }
        }
        let mut pairs = std::collections::HashSet::new();
        for m in &s.meetings {
            prop_assert!(m.slot < params.slots && m.table < params.tables, "{m:?}");
            prop_assert!(m.a != m.b);
            prop_assert!(tables.insert((m.slot, m.table)), "table twice: {m:?}");
            for o in [m.a, m.b] {
                prop_assert!(busy.insert((m.slot, o)), "{o} twice in slot {}", m.slot);
                prop_assert!(!params.blocked[o][m.slot], "{o} blocked in slot {}", m.slot);
            }
            prop_assert!(pairs.insert((m.a.min(m.b), m.a.max(m.b))), "a pair meets twice");
            prop_assert!(
                cands.iter().any(|c| (c.a.min(c.b), c.a.max(c.b)) == (m.a.min(m.b), m.a.max(m.b))),
                "only candidate pairs meet"
            );
        }
        prop_assert_eq!(s.clone(), roundtable::scheduling::schedule(orgs, &cands, &params), "deterministic");
    }
}
