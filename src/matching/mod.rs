//! The matching engine: explainable partner scores in both directions.
//!
//! A pure module (std, strsim, serde and the domain types): it can be read,
//! tested and benchmarked alone. Handlers load profiles, call [`Engine`], render.
//!
//! # How a score is made
//! 1. **Phrases.** Every distinct capability, need and description sentence is
//!    normalised once (case, accents, punctuation, stemming, the field's
//!    spelling variants and abbreviations in English, French and Spanish, stop
//!    words; a word that is not a real word and is one edit away from a
//!    vocabulary word is read as that word, [`speller`]) and described by
//!    weighted features: its words (common words of the field such as "cyber"
//!    or "support" count less) and the vocabulary's concepts it mentions. The
//!    vocabulary ([`thesaurus`], files in `vocabulary/`) carries each concept
//!    in English, French and Spanish, so a French need meets an English offer.
//! 2. **Phrase similarity**: `sim(need, offer) = covered^0.7 · precise^0.3`,
//!    where `covered` is the share of the need's feature weight that the offer
//!    also has and `precise` the same share of the offer's. A pair of phrases
//!    counts when `sim ≥ 0.3` ([`PHRASE_THRESHOLD`]). Three rules set
//!    `sim = 0`: a need that names a required concept (funding, travel
//!    support, equipment, venue) met by an offer without it; a need tied to a
//!    world region met by an offer tied only to other regions; a need that
//!    names a language met by an offer that names only others.
//! 3. **Partner-type fit** ([`partner`]): a need that names a kind of partner
//!    ("donor co-financing", "local implementing partners in Pacific island
//!    states", "a counterpart ministry") is also covered, to [`FIT`] = 0.6, by
//!    any organization that is such a partner — by its kind, or by offering
//!    funding for a funder — in the region and language the need names.
//! 4. **Complementarity**: `x` = Σ over A's needs of the best cover by B (its
//!    best offer's `sim`, or its fit), / number of A's needs; `y` the same the
//!    other way round; `C = (x + y) / 2`. One-sided partnerships count fully:
//!    no bonus for reciprocity (real partners often cover each other one way).
//! 5. **Same-field affinity** ([`field`]): `F` = cosine of the two
//!    organizations' idf-weighted concepts and words over their descriptions,
//!    capabilities and public needs.
//! 6. **Context**: `m = language · (0.9 + 0.05·same region + 0.05·kinds
//!    complement)`, with language 1 when the two share a working language, 0.6
//!    when they share none, 0.9 when one of them lists none.
//! 7. **Raw score** `r = m · (C + F) / 2`, in [0, 1].
//! 8. **Hub correction** (as CSLS does for embeddings): a few broad
//!    organizations fit everybody a little. With `h(A)` the mean of A's
//!    [`HUB_NEIGHBOURS`] best raw scores and `h̃` the median of `h` over all
//!    organizations, `s = r − (h(A) + h(B))/2 + h̃`. Symmetric: a hub is
//!    lowered in everyone's list, an organization with few neighbours raised.
//! 9. `score = 100 · sqrt(s)`, clamped to [0, 100]; 0 when the two have
//!    nothing in common.

/// Names the scoring model in records kept for calibration; changes with the formula.
pub const VERSION: &str = "2026-12 complementarity+fit+field+hub";

mod context;
mod engine;
mod explain;
mod field;
mod filter;
mod partner;
mod phrases;
mod score;
mod similarity;
mod speller;
pub mod text;
pub mod thesaurus;
mod triangles;

pub use engine::{Engine, HUB_NEIGHBOURS, landscape};
pub use explain::{Reason, Who, private_need_label, theme_of};
pub use filter::Filter;
pub use score::{FIT, Match, Parts, Weights, rounded, whole};
pub use similarity::PHRASE_THRESHOLD;
pub use triangles::Triangle;
