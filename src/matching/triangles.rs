//! Triangular cooperation: a group table of three around one named need of a
//! beneficiary — a provider whose offer covers that need, and a funder or pivot
//! partner (a development agency, an international or regional organization, or
//! anyone who offers funding) that can carry the cooperation.

use super::{Engine, Match};
use crate::domain::profile::OrgKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Triangle {
    pub beneficiary: usize,
    pub provider: usize,
    pub funder: usize,
    /// The beneficiary's need, as it wrote it (public needs only).
    pub need: String,
    /// 0 to 100: the mean of the three pairs' scores, weighted to the need's cover.
    pub score: f32,
    pub reasons: Vec<String>,
}

/// Group tables one provider or funder may sit at.
pub const GROUPS_PER_PARTNER: usize = 3;

const FUNDING_WORDS: [&str; 5] = ["fund", "financ", "grant", "donor", "sponsor"];

/// The capability through which `o` could fund the cooperation, if any.
fn funding_offer(engine: &Engine, o: usize) -> Option<&str> {
    engine
        .profile(o)
        .capabilities
        .iter()
        .find(|c| {
            let c = c.to_lowercase();
            FUNDING_WORDS.iter().any(|w| c.contains(w))
        })
        .map(String::as_str)
}

fn is_funder(engine: &Engine, o: usize) -> bool {
    matches!(
        engine.profile(o).kind,
        OrgKind::DevelopmentAgency | OrgKind::InternationalOrg | OrgKind::RegionalOrg
    ) || funding_offer(engine, o).is_some()
}

/// The strongest public need of `b` that `p` covers: (need, offer, strength).
fn best_cover(engine: &Engine, b: usize, p: usize) -> Option<(String, String, f32)> {
    let pb = engine.profile(b);
    engine
        .covers(b, p)
        .into_iter()
        .filter(|(need, ..)| *need < pb.needs.len())
        .max_by(|x, y| x.2.total_cmp(&y.2).then(y.0.cmp(&x.0)))
        .map(|(need, offer, s, _)| {
            (
                pb.needs[need].clone(),
                engine.profile(p).capabilities[offer].clone(),
                s,
            )
        })
}

impl Engine {
    /// Up to `max` group tables of three, best first: each beneficiary at one,
    /// each provider or funder at up to [`GROUPS_PER_PARTNER`].
    /// `top[b]`: the suggestions of `b` (its providers are taken from there);
    /// `allowed(x, y)`: whether `x` and `y` may sit at one table.
    pub fn triangles(
        &self,
        top: &[Vec<Match>],
        allowed: &dyn Fn(usize, usize) -> bool,
        max: usize,
    ) -> Vec<Triangle> {
        if max == 0 {
            return Vec::new();
        }
        let funders: Vec<usize> = (0..self.len()).filter(|&o| is_funder(self, o)).collect();
        let mut proposals = Vec::new();
        for (b, suggestions) in top.iter().enumerate() {
            if is_funder(self, b) || self.profile(b).needs.is_empty() {
                continue;
            }
            let mut best: Option<Triangle> = None;
            for m in suggestions.iter().take(3) {
                let p = m.index;
                if is_funder(self, p) || !allowed(b, p) {
                    continue;
                }
                let Some((need, offer, strength)) = best_cover(self, b, p) else {
                    continue;
                };
                for &f in &funders {
                    if f == b || f == p || !allowed(b, f) || !allowed(p, f) {
                        continue;
                    }
                    let score =
                        (2.0 * m.score * strength + self.pair(b, f).score + self.pair(p, f).score)
                            / 4.0;
                    if best.as_ref().is_some_and(|t| t.score >= score) {
                        continue;
                    }
                    let (nb, np, nf) = (
                        &self.profile(b).name,
                        &self.profile(p).name,
                        &self.profile(f).name,
                    );
                    let role = match funding_offer(self, f) {
                        Some(o) => format!("{nf} offers “{o}” and can fund the cooperation."),
                        None => format!(
                            "{nf} ({}) can fund or steer the cooperation.",
                            self.profile(f).kind.label().to_lowercase()
                        ),
                    };
                    best = Some(Triangle {
                        beneficiary: b,
                        provider: p,
                        funder: f,
                        need: need.clone(),
                        score,
                        reasons: vec![
                            format!(
                                "{np} offers “{offer}”, which covers the need “{need}” of {nb}."
                            ),
                            role,
                        ],
                    });
                }
            }
            proposals.extend(best);
        }
        proposals.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then(x.beneficiary.cmp(&y.beneficiary))
        });
        // A beneficiary sits at one group table; a provider or a funder at up
        // to [`GROUPS_PER_PARTNER`].
        let mut as_beneficiary = vec![false; self.len()];
        let mut as_partner = vec![0usize; self.len()];
        let mut out = Vec::new();
        for t in proposals {
            if out.len() == max {
                break;
            }
            if as_beneficiary[t.beneficiary]
                || as_partner[t.beneficiary] > 0
                || [t.provider, t.funder]
                    .iter()
                    .any(|&o| as_beneficiary[o] || as_partner[o] >= GROUPS_PER_PARTNER)
            {
                continue;
            }
            as_beneficiary[t.beneficiary] = true;
            as_partner[t.provider] += 1;
            as_partner[t.funder] += 1;
            out.push(t);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::Profile;

    fn org(name: &str, kind: OrgKind, caps: &[&str], needs: &[&str]) -> Profile {
        Profile {
            name: name.into(),
            kind,
            country: None,
            region: None,
            description: String::new(),
            website: None,
            languages: vec!["en".into()],
            capabilities: caps.iter().map(|s| s.to_string()).collect(),
            needs: needs.iter().map(|s| s.to_string()).collect(),
            private_needs: Vec::new(),
            contact_email: None,
        }
    }

    #[test]
    fn a_provider_a_funder_and_a_beneficiary_around_one_need() {
        let engine = Engine::new(vec![
            org(
                "Ministry",
                OrgKind::Government,
                &[],
                &["incident response training"],
            ),
            org(
                "CERT Expert",
                OrgKind::Cert,
                &["incident response training"],
                &[],
            ),
            org(
                "Agency",
                OrgKind::DevelopmentAgency,
                &["grant funding"],
                &["incident response expertise"],
            ),
            org("Other", OrgKind::Academia, &["history"], &[]),
        ]);
        let top = engine.rank_all(20, &|_| {});
        let t = engine.triangles(&top, &|_, _| true, 5);
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].beneficiary, t[0].provider, t[0].funder), (0, 1, 2));
        assert_eq!(t[0].need, "incident response training");
        assert!(t[0].reasons[1].contains("grant funding"));
        // Not allowed to sit together: no table.
        assert!(
            engine
                .triangles(&top, &|x, y| (x, y) != (0, 2), 5)
                .is_empty()
        );
    }

    #[test]
    fn a_provider_or_funder_sits_at_a_few_group_tables_a_beneficiary_at_one() {
        let mut orgs: Vec<Profile> = (0..5)
            .map(|i| {
                org(
                    &format!("Ministry {i}"),
                    OrgKind::Government,
                    &[],
                    &["incident response training"],
                )
            })
            .collect();
        orgs.push(org(
            "CERT Expert",
            OrgKind::Cert,
            &["incident response training"],
            &[],
        ));
        orgs.push(org(
            "Agency",
            OrgKind::DevelopmentAgency,
            &["grant funding"],
            &[],
        ));
        let engine = Engine::new(orgs);
        let top = engine.rank_all(20, &|_| {});
        let t = engine.triangles(&top, &|_, _| true, 100);
        assert_eq!(t.len(), GROUPS_PER_PARTNER);
        let mut beneficiaries: Vec<usize> = t.iter().map(|t| t.beneficiary).collect();
        beneficiaries.dedup();
        assert_eq!(beneficiaries.len(), t.len());
        assert!(t.iter().all(|t| (t.provider, t.funder) == (5, 6)));
        assert!(
            engine.triangles(&top, &|_, _| true, 2).len() == 2,
            "at most max"
        );
    }
}
