//! Narrowing a ranking down: by kind, region, working language and score.

use super::{Engine, Match};
use crate::domain::profile::{OrgKind, parse_languages, parse_region};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub kind: Option<OrgKind>,
    pub region: Option<String>,
    /// An ISO 639-1 code the partner works in.
    pub language: Option<String>,
    /// 0 to 100.
    pub min_score: f32,
}

impl Filter {
    /// A filter from the fields of a query, each empty for "any". The error
    /// names the field whose value cannot be used.
    pub fn parse(
        kind: &str,
        region: &str,
        language: &str,
        min_score: &str,
    ) -> Result<Filter, &'static str> {
        Ok(Filter {
            kind: match kind.trim() {
                "" => None,
                k => Some(OrgKind::parse(k).map_err(|_| "kind")?),
            },
            region: parse_region(region).map_err(|_| "region")?,
            language: match language.trim() {
                "" => None,
                l => Some(
                    parse_languages(&[l])
                        .ok()
                        .and_then(|v| v.into_iter().next())
                        .ok_or("language")?,
                ),
            },
            min_score: match min_score.trim() {
                "" => 0.0,
                v => v
                    .parse::<f32>()
                    .ok()
                    .filter(|v| (0.0..=100.0).contains(v))
                    .ok_or("minimum score")?,
            },
        })
    }

    /// Whether every suggestion passes (all of them have a score above 0).
    pub fn accepts_any_partner(&self) -> bool {
        self.min_score <= 0.0
            && self.kind.is_none()
            && self.region.is_none()
            && self.language.is_none()
    }

    pub fn accepts(&self, engine: &Engine, m: &Match) -> bool {
        let p = engine.profile(m.index);
        m.score >= self.min_score
            && self.kind.is_none_or(|k| p.kind == k)
            && self
                .region
                .as_ref()
                .is_none_or(|r| p.region.as_ref() == Some(r))
            && self
                .language
                .as_ref()
                .is_none_or(|l| p.languages.contains(l))
    }
}
