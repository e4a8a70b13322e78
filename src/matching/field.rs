//! Same-field affinity: organizations that work on the same themes, topics and
//! audiences partner with each other, whether or not their needs and offers
//! meet. Each organization is a vector over the concepts and words of its
//! description, capabilities and public needs (private needs stay out: a
//! reason could reveal them), weighted by `(1 + ln tf) · idf · weight`, where
//! weight is the vocabulary's (concepts count 1.5 times theirs,
//! weak words less) and `idf = ln(1 + n / df)`. The affinity of two
//! organizations is the cosine of their vectors.
//!
//! So that a ranking touches few organizations at any scale, the overlap counts
//! only each organization's [`KEPT`] heaviest features among those held by at
//! most [`common_cap`] organizations (1 %, at least 100); the others count in
//! the vector's length only. Below a hundred organizations every feature counts.

use super::engine::quantize;
use super::phrases::Phrase;

/// The document frequency above which a feature is too common to count.
fn common_cap(orgs: usize) -> usize {
    (orgs / 100).max(100)
}

/// Each organization's overlap counts over its this-many heaviest features.
const KEPT: usize = 24;

pub(crate) struct Field {
    /// Per organization: (feature, weight) over the features that count in
    /// overlaps, ascending by feature; the vector is normalised over all features.
    vectors: Vec<Vec<(u32, f32)>>,
    /// Per feature: (organization, weight), ascending by organization.
    postings: Vec<Vec<(u32, f32)>>,
    /// Per feature: how many organizations have it.
    df: Vec<u32>,
}

/// An organization's features with their weight and how often they occur.
fn counts(phrases: &[&Phrase]) -> Vec<(u32, f32, u32)> {
    let mut all: Vec<(u32, f32)> = phrases
        .iter()
        .flat_map(|p| p.features.iter().copied())
        .collect();
    all.sort_by_key(|f| f.0);
    let mut out: Vec<(u32, f32, u32)> = Vec::new();
    for (f, w) in all {
        match out.last_mut() {
            Some(last) if last.0 == f => last.2 += 1,
            _ => out.push((f, w, 1)),
        }
    }
    out
}

/// The vector of one organization's feature counts, among `n` organizations
/// with document frequencies `df` (a feature missing from `df` is its own).
fn vector(c: Vec<(u32, f32, u32)>, df: &[u32], n: usize) -> Vec<(u32, f32)> {
    let df = |f: u32| df.get(f as usize).copied().unwrap_or(0).max(1);
    let weighted: Vec<(u32, f32)> = c
        .into_iter()
        .map(|(f, w, tf)| {
            let idf = (1.0 + n as f32 / df(f) as f32).ln();
            (f, (1.0 + (tf as f32).ln()) * idf * w)
        })
        .collect();
    let norm = weighted.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    let cap = common_cap(n);
    let mut kept: Vec<(u32, f32)> = weighted
        .into_iter()
        .filter(|(f, w)| {
            let d = df(*f) as usize;
            *w > 0.0 && d >= 2 && d <= cap
        })
        .map(|(f, w)| (f, w / norm))
        .collect();
    if kept.len() > KEPT {
        kept.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        kept.truncate(KEPT);
        kept.sort_by_key(|f| f.0);
    }
    kept
}

impl Field {
    /// `texts[org]`: the phrase ids of its description, capabilities and public
    /// needs, with repeats.
    pub fn new(phrases: &[Phrase], texts: &[Vec<u32>]) -> Self {
        let n = texts.len();
        let counts: Vec<Vec<(u32, f32, u32)>> = texts
            .iter()
            .map(|ids| {
                counts(
                    &ids.iter()
                        .map(|p| &phrases[*p as usize])
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        let max_feature = counts
            .iter()
            .flat_map(|c| c.iter().map(|f| f.0 as usize + 1))
            .max()
            .unwrap_or(0);
        let mut df = vec![0u32; max_feature];
        for c in &counts {
            for (f, _, _) in c {
                df[*f as usize] += 1;
            }
        }
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); max_feature];
        let vectors = counts
            .into_iter()
            .enumerate()
            .map(|(org, c)| {
                let kept = vector(c, &df, n);
                for (f, w) in &kept {
                    postings[*f as usize].push((org as u32, *w));
                }
                kept
            })
            .collect();
        Field {
            vectors,
            postings,
            df,
        }
    }

    /// The vector of an organization with these field phrases, weighed with
    /// the statistics of the organizations the field was made of: a profile
    /// the field holds gets the vector it has.
    pub fn vector_of(&self, phrases: &[&Phrase]) -> Vec<(u32, f32)> {
        vector(counts(phrases), &self.df, self.vectors.len())
    }

    /// Organization `a`'s vector.
    pub fn vector(&self, a: usize) -> &[(u32, f32)] {
        &self.vectors[a]
    }

    /// Adds the affinity of an organization of vector `va` with every
    /// organization of the field into `sums` (see [`Field::accumulate`]).
    pub fn accumulate_vector(&self, va: &[(u32, f32)], sums: &mut [u32]) {
        for (f, wa) in va {
            for (b, wb) in self.postings.get(*f as usize).into_iter().flatten() {
                sums[*b as usize] += quantize(wa * wb);
            }
        }
    }

    /// Adds the affinity of `a` with every organization into `sums`, in fixed
    /// point: each shared feature's product quantised alone, so the sum is
    /// the same from either side and in any order.
    pub fn accumulate(&self, a: usize, sums: &mut [u32]) {
        for (f, wa) in &self.vectors[a] {
            for (b, wb) in &self.postings[*f as usize] {
                sums[*b as usize] += quantize(wa * wb);
            }
        }
    }

    /// The affinity of `a` and `b` in fixed point (what [`Field::accumulate`] adds).
    pub fn sum(&self, a: usize, b: usize) -> u32 {
        sum(&self.vectors[a], &self.vectors[b])
    }
}

/// The affinity of two vectors in fixed point (what [`Field::accumulate`] adds).
pub fn sum(va: &[(u32, f32)], vb: &[(u32, f32)]) -> u32 {
    shared(va, vb).iter().map(|(_, p)| quantize(*p)).sum()
}

/// The features two vectors share, with the product of their weights.
pub fn shared(va: &[(u32, f32)], vb: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < va.len() && j < vb.len() {
        match va[i].0.cmp(&vb[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((va[i].0, va[i].1 * vb[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out
}
