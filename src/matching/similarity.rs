//! Phrase similarity and the cover lists: which capability phrases meet which
//! need phrases, and how well each organization covers each need phrase.

use std::cmp::Ordering;

use super::engine::{SIM_BITS, quantize};
use super::partner::Attributes;
use super::phrases::Phrase;

/// Two phrases count as meeting each other from this similarity on.
pub const PHRASE_THRESHOLD: f32 = 0.3;
/// Only features at least this heavy propose candidate phrases; weaker words
/// alone ("cyber", "support") never make two phrases meet.
const CANDIDATE_WEIGHT: f32 = 0.5;

/// `sim(need, offer) = covered^0.7 · precise^0.3` over weighted features.
fn similarity(need: &Phrase, cap: &Phrase) -> f32 {
    if need.total <= 0.0 || cap.total <= 0.0 {
        return 0.0;
    }
    if !need.required.is_empty() && !need.required.iter().any(|r| cap.required.contains(r)) {
        return 0.0;
    }
    // A qualifier narrows a match: an offer tied only to other regions or
    // other languages does not cover the need.
    if need.places != 0 && cap.places != 0 && need.places & cap.places == 0 {
        return 0.0;
    }
    if need.languages != 0 && cap.languages != 0 && need.languages & cap.languages == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0.0f32);
    while i < need.features.len() && j < cap.features.len() {
        match need.features[i].0.cmp(&cap.features[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                shared += need.features[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    if shared <= 0.0 {
        return 0.0;
    }
    let covered = (shared / need.total).min(1.0);
    let precise = (shared / cap.total).min(1.0);
    covered.powf(0.7) * precise.powf(0.3)
}

/// Feature → the phrases with organizations in `orgs` in which the feature
/// is heavy enough to propose a match ([`CANDIDATE_WEIGHT`]).
pub(super) fn candidate_postings(phrases: &[Phrase], orgs: &[Vec<u32>]) -> Vec<Vec<u32>> {
    let max_feature = phrases
        .iter()
        .flat_map(|p| p.features.iter().map(|f| f.0))
        .max()
        .map_or(0, |m| m as usize + 1);
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); max_feature];
    for (id, p) in phrases.iter().enumerate() {
        if orgs[id].is_empty() {
            continue;
        }
        for (f, w) in &p.features {
            if *w >= CANDIDATE_WEIGHT {
                postings[*f as usize].push(id as u32);
            }
        }
    }
    postings
}

/// The similarity of a need and an offer as [`match_phrases`] finds it: 0
/// unless they share a feature heavy enough to propose them
/// ([`CANDIDATE_WEIGHT`]) and reach [`PHRASE_THRESHOLD`].
pub(super) fn meets(need: &Phrase, cap: &Phrase) -> f32 {
    let heavy = |p: &Phrase| {
        p.features
            .iter()
            .filter(|f| f.1 >= CANDIDATE_WEIGHT)
            .map(|f| f.0)
            .collect::<Vec<_>>()
    };
    let ours = heavy(cap);
    if !heavy(need).iter().any(|f| ours.binary_search(f).is_ok()) {
        return 0.0;
    }
    let s = similarity(need, cap);
    if s >= PHRASE_THRESHOLD { s } else { 0.0 }
}

/// The phrases of `candidates` (by feature) that `phrase` meets as a need
/// (`as_need`) or as an offer, with the similarity, sorted by phrase id.
pub(super) fn meeting(
    phrase: &Phrase,
    phrases: &[Phrase],
    candidates: &[Vec<u32>],
    as_need: bool,
) -> Vec<(u32, f32)> {
    let mut seen: Vec<u32> = Vec::new();
    for (f, w) in &phrase.features {
        if *w >= CANDIDATE_WEIGHT {
            seen.extend(candidates.get(*f as usize).into_iter().flatten());
        }
    }
    seen.sort_unstable();
    seen.dedup();
    seen.into_iter()
        .filter_map(|c| {
            let other = &phrases[c as usize];
            let s = if as_need {
                similarity(phrase, other)
            } else {
                similarity(other, phrase)
            };
            (s >= PHRASE_THRESHOLD).then_some((c, s))
        })
        .collect()
}

/// The phrases one phrase meets, with their similarity, sorted by phrase id.
type PhraseMatches = Vec<(u32, f32)>;

/// For every phrase used as a need, the capability phrases it meets, sorted by id.
pub(super) fn match_phrases(
    phrases: &[Phrase],
    cap_orgs: &[Vec<u32>],
    need_orgs: &[Vec<u32>],
) -> Vec<Vec<(u32, f32)>> {
    let postings = candidate_postings(phrases, cap_orgs);
    let need_ids: Vec<usize> = (0..phrases.len())
        .filter(|i| !need_orgs[*i].is_empty())
        .collect();
    let mut out: Vec<Vec<(u32, f32)>> = vec![Vec::new(); phrases.len()];
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let chunk = need_ids.len().div_ceil(threads).max(1);
    let computed: Vec<Vec<(usize, PhraseMatches)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = need_ids
            .chunks(chunk)
            .map(|ids| {
                let postings = &postings;
                scope.spawn(move || {
                    let mut seen = vec![u32::MAX; phrases.len()];
                    ids.iter()
                        .map(|&n| {
                            let mut list = Vec::new();
                            for (f, w) in &phrases[n].features {
                                if *w < CANDIDATE_WEIGHT {
                                    continue;
                                }
                                for &c in &postings[*f as usize] {
                                    if seen[c as usize] == n as u32 {
                                        continue;
                                    }
                                    seen[c as usize] = n as u32;
                                    let s = similarity(&phrases[n], &phrases[c as usize]);
                                    if s >= PHRASE_THRESHOLD {
                                        list.push((c, s));
                                    }
                                }
                            }
                            list.sort_by_key(|m| m.0);
                            (n, list)
                        })
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("matching thread"))
            .collect()
    });
    for (n, list) in computed.into_iter().flatten() {
        out[n] = list;
    }
    out
}

/// For each need phrase, every organization with a capability that meets it and
/// the best similarity among its capabilities, sorted by organization.
pub(super) fn covered_by(
    phrases: &[Phrase],
    need_matches: &[Vec<(u32, f32)>],
    cap_orgs: &[Vec<u32>],
    attributes: &[Attributes],
) -> Vec<Vec<u32>> {
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let chunk = need_matches.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = need_matches
            .chunks(chunk)
            .enumerate()
            .map(|(i, part)| {
                scope.spawn(move || covered_by_part(i * chunk, part, phrases, cap_orgs, attributes))
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("matching thread"))
            .collect()
    })
}

/// [`covered_by`] for the need phrases from `first` on.
fn covered_by_part(
    first: usize,
    need_matches: &[Vec<(u32, f32)>],
    phrases: &[Phrase],
    cap_orgs: &[Vec<u32>],
    attributes: &[Attributes],
) -> Vec<Vec<u32>> {
    let mut best = vec![0.0f32; attributes.len()];
    let mut touched: Vec<u32> = Vec::new();
    need_matches
        .iter()
        .enumerate()
        .map(|(i, matches)| {
            let need = &phrases[first + i];
            for (c, sim) in matches {
                let cap = &phrases[*c as usize];
                for &b in &cap_orgs[*c as usize] {
                    if !reaches(need, cap, &attributes[b as usize]) {
                        continue;
                    }
                    if best[b as usize] == 0.0 {
                        touched.push(b);
                    }
                    best[b as usize] = best[b as usize].max(*sim);
                }
            }
            touched.sort_unstable();
            let list = touched
                .iter()
                .map(|&b| (b << SIM_BITS) | quantize(std::mem::take(&mut best[b as usize])))
                .collect();
            touched.clear();
            list
        })
        .collect()
}

/// Whether an offer of an organization can cover a need that names a region
/// or a language: an offer that names none speaks for its organization, so an
/// organization of another region (or that works in none of the languages)
/// does not cover it ("local partners in Pacific island states" is not covered
/// by an African ministry's "local counterpart for projects").
pub(super) fn reaches(need: &Phrase, cap: &Phrase, org: &Attributes) -> bool {
    (need.places == 0 || cap.places != 0 || org.region == 0 || org.region & need.places != 0)
        && (need.languages == 0
            || cap.languages != 0
            || org.languages == 0
            || org.languages & need.languages != 0)
}
