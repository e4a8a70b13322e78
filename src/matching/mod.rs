//! The matching engine: reciprocal, explainable partner scores.
//!
//! A pure module (std, strsim, serde and the domain types): it can be read,
//! tested and benchmarked alone. Handlers load profiles, call [`Engine`], render.
//!
//! # How a score is made
//! 1. Every distinct capability and need phrase is normalised once (case,
//!    accents, punctuation, stemming, the field's spelling variants and
//!    abbreviations, stop words; typos of known words corrected with
//!    Damerau–Levenshtein) and described by weighted features: its words
//!    (common words of the field such as "cyber" or "support" count less) and
//!    the thesaurus concepts it mentions.
//! 2. Phrase similarity: `sim(need, offer) = covered^0.7 · precise^0.3`, where
//!    `covered` is the share of the need's feature weight that the offer also
//!    has and `precise` the same share of the offer's. A pair of phrases counts
//!    when `sim ≥ 0.3` ([`PHRASE_THRESHOLD`]). Only phrases that share a telling
//!    feature are ever compared (an inverted index), once per distinct pair.
//!    Two rules set `sim = 0`: a need that names a required concept (funding,
//!    travel support, equipment, venue, counterpart) met by an offer without
//!    it, and a need tied to a world region met by an offer tied only to other
//!    regions ([`engine::PLACES`]).
//! 3. Coverage of A by B: `x = Σ over A's needs of the best sim among B's
//!    capabilities, / number of A's needs`; `y` the same the other way round.
//! 4. Reciprocity: `r = ((x + y)/2 + min(x, y)/2) / 1.5`, so a pair in which
//!    each side covers the other ranks above a one-sided pair with the same
//!    total coverage.
//! 5. Context: `m = language · (0.9 + 0.05·same region + 0.05·kinds complement)`,
//!    with language 1 when the two share a working language, 0.6 when they share
//!    none, 0.9 when one of them lists none.
//! 6. `score = 100 · sqrt(r) · m`, in [0, 100]; 0 when nothing is covered.

mod engine;
mod explain;
mod filter;
pub mod text;
pub mod thesaurus;
mod triangles;

pub use engine::{Engine, Match, PHRASE_THRESHOLD};
pub use explain::{Reason, private_need_label, theme_of};
pub use filter::Filter;
pub use triangles::Triangle;
