//! The context factor's inputs: working languages, region and kind, in a form
//! cheap to compare for every candidate, and how well kinds complement each other.

use std::collections::HashMap;

use crate::domain::profile::{OrgKind, Profile};

/// What the context factor needs, in a form cheap to compare for every candidate.
#[derive(Clone, Copy)]
pub(super) struct OrgContext {
    /// One bit per working language (languages are numbered by first use).
    pub languages: u128,
    pub has_languages: bool,
    /// 0 for none or Global, else a number per region.
    pub region: u32,
    pub kind: usize,
}

pub(super) fn kind_affinity(a: OrgKind, b: OrgKind) -> f32 {
    use OrgKind::*;
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    match (a, b) {
        (Government, DevelopmentAgency) => 1.0,
        (Government, InternationalOrg) | (DevelopmentAgency, Cert) | (InternationalOrg, Cert) => {
            0.9
        }
        (Government, RegionalOrg)
        | (DevelopmentAgency, RegionalOrg)
        | (RegionalOrg, Cert)
        | (Cert, Cert) => 0.8,
        (DevelopmentAgency, CivilSociety) => 0.8,
        (Government, Cert)
        | (DevelopmentAgency, InternationalOrg)
        | (InternationalOrg, RegionalOrg) => 0.7,
        (InternationalOrg, CivilSociety) | (Cert, PrivateSector) | (Academia, PrivateSector) => 0.7,
        (DevelopmentAgency, DevelopmentAgency) | (InternationalOrg, InternationalOrg) => 0.4,
        (PrivateSector, PrivateSector) => 0.3,
        (Other, _) | (_, Other) => 0.5,
        _ => 0.6,
    }
}

/// The share of the context that kinds must reach to be named as a reason.
pub(super) const KIND_REASON: f32 = 0.8;

pub(super) fn kinds_complement(a: OrgKind, b: OrgKind) -> f32 {
    kind_affinity(a, b)
}

/// Numbers languages and regions by first use, for [`OrgContext`]: kept by
/// an engine so that a changed profile is numbered the same way.
#[derive(Clone, Default)]
pub(super) struct Contexts {
    languages: HashMap<String, u32>,
    regions: HashMap<String, u32>,
}

impl Contexts {
    pub fn of(&mut self, p: &Profile) -> OrgContext {
        let mut bits = 0u128;
        for l in &p.languages {
            let next = self.languages.len() as u32;
            // Beyond 128 distinct languages, bits are shared: at worst two
            // rare languages count as shared.
            bits |= 1u128 << (*self.languages.entry(l.clone()).or_insert(next) % 128);
        }
        let region = match p.region.as_deref() {
            None | Some("Global") => 0,
            Some(r) => {
                let next = self.regions.len() as u32 + 1;
                *self.regions.entry(r.to_owned()).or_insert(next)
            }
        };
        OrgContext {
            languages: bits,
            has_languages: !p.languages.is_empty(),
            region,
            kind: OrgKind::ALL.iter().position(|k| *k == p.kind).unwrap_or(8),
        }
    }
}
