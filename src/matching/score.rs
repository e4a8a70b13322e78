//! What a score is made of: the weights of its parts, the parts of one pair's
//! score, and one suggestion.

use serde::Serialize;

/// How far a partner's kind, region and languages cover a need that names a
/// kind of partner: as much as a fair offer (who a partner is says less than
/// what it offers).
pub const FIT: f32 = 0.6;
/// The weights of the score's parts. [`Weights::default`] is what the product
/// uses; other values serve to measure what each part brings (`roundtable
/// evaluate --ablation`) and, later, to calibrate from use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Weight of complementarity (needs ↔ offers and partner-type fit).
    pub complementarity: f64,
    /// Weight of same-field affinity.
    pub field: f64,
    /// How far being the kind of partner a need asks for covers it ([`FIT`]).
    pub fit: f32,
    /// Strength of the hub correction (1: full CSLS, 0: none).
    pub hub: f64,
    /// Bonus for the smaller of the two coverages (0: none).
    pub reciprocity: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            complementarity: 1.0,
            field: 1.0,
            fit: FIT,
            hub: 1.0,
            reciprocity: 0.0,
        }
    }
}

/// The parts of one pair's score (see the module documentation): what a
/// suggestion was scored with, kept with interest marks so that the weights
/// can later be calibrated from what organizations found useful.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Parts {
    /// 0 to 100.
    pub score: f32,
    /// `x`: share of my needs the partner covers (by offers or by who it is).
    pub they_cover: f32,
    /// `y`: share of the partner's needs I cover.
    pub you_cover: f32,
    /// `F`: same-field affinity, 0 to 1.
    pub field: f32,
    /// `m`: languages, region and kinds, 0.54 to 1.
    pub context: f32,
    /// `r = m · (C + F) / 2`.
    pub raw: f32,
    /// What the hub correction added to `r` (negative for hubs).
    pub hub_correction: f32,
}

/// One suggestion: the partner's index in the engine's profiles and the score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Match {
    pub index: usize,
    /// 0 to 100.
    pub score: f32,
    /// Share of my needs the partner covers, 0 to 1.
    pub they_cover: f32,
    /// Share of the partner's needs I cover, 0 to 1.
    pub you_cover: f32,
}

impl Weights {
    /// The raw score: context · the weighted mean of complementarity (the mean
    /// of the two coverages) and field affinity.
    pub(super) fn raw(&self, x: f64, y: f64, field: f64, context: f64) -> f64 {
        let c = ((x + y) / 2.0 + self.reciprocity * x.min(y)) / (1.0 + self.reciprocity);
        let total = self.complementarity + self.field;
        if total <= 0.0 {
            return 0.0;
        }
        (context * (self.complementarity * c + self.field * field) / total).clamp(0.0, 1.0)
    }
}

/// Scores as data (the API, JSON files) have one decimal.
pub fn rounded(score: f32) -> f64 {
    (f64::from(score) * 10.0).round() / 10.0
}

/// Scores as people read them (pages, printouts, spreadsheets, agendas) are
/// whole numbers, halves rounding up (74.5 → 75), the same everywhere.
pub fn whole(score: impl std::borrow::Borrow<f64>) -> String {
    format!("{}", score.borrow().round())
}

#[cfg(test)]
mod tests {
    #[test]
    fn people_read_whole_scores_with_halves_rounding_up() {
        assert_eq!(super::whole(37.5), "38");
        assert_eq!(super::whole(36.5), "37");
        assert_eq!(super::whole(36.49), "36");
        assert_eq!(super::whole(0.0), "0");
        assert_eq!(super::whole(100.0), "100");
    }
}
