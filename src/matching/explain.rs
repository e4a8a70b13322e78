//! Why a partner is suggested, item by item and in both directions.

use serde::Serialize;

use super::context::{KIND_REASON, kinds_complement};
use super::engine::Engine;
use super::field;
use super::thesaurus::Thesaurus;
use crate::domain::profile::language_name;

/// What others see of a private need: its theme only.
pub fn private_need_label(text: &str) -> String {
    label_for_theme(theme_of(text).as_deref())
}

/// The one wording of a hidden private need, on pages, in reasons and exports.
fn label_for_theme(theme: Option<&str>) -> String {
    match theme {
        Some(t) => format!("A private need in {t}"),
        None => "A private need".to_owned(),
    }
}

/// The GFCE theme a text is about (its first concept's), if any: what others
/// see of a private need.
pub fn theme_of(text: &str) -> Option<String> {
    let t = Thesaurus::shared();
    let words = t.normalize(text);
    t.concepts_named(&words)
        .first()
        .map(|c| t.concepts[*c].theme.clone())
}

/// Who a partner is, as a need asks for it, in parts: the kinds of partner
/// (ids of the vocabulary's partner types), the region and the working
/// languages the need names (ISO 639-1). The English sentence is the
/// reason's own text; other languages are written from these parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Who {
    pub types: Vec<String>,
    pub region: Option<String>,
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reason {
    /// The partner offers something that covers one of my needs.
    TheyCoverYourNeed {
        your_need: String,
        their_offer: String,
        theme: Option<String>,
        strength: f32,
        /// The need is private: others see only its theme.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        need_private: bool,
        #[serde(skip)]
        need_theme: Option<String>,
    },
    /// I offer something that covers one of the partner's needs.
    YouCoverTheirNeed {
        their_need: String,
        your_offer: String,
        theme: Option<String>,
        strength: f32,
        /// The need is private: others see only its theme.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        need_private: bool,
        #[serde(skip)]
        need_theme: Option<String>,
    },
    /// The partner is the kind of partner one of my needs asks for.
    TheyFitYourNeed {
        your_need: String,
        /// Who they are, as the need asks: "a development agency in Europe".
        they_are: String,
        /// The same, in parts, for pages in other languages.
        #[serde(skip)]
        who: Who,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        need_private: bool,
        #[serde(skip)]
        need_theme: Option<String>,
    },
    /// I am the kind of partner one of the partner's needs asks for.
    YouFitTheirNeed {
        their_need: String,
        you_are: String,
        #[serde(skip)]
        who: Who,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        need_private: bool,
        #[serde(skip)]
        need_theme: Option<String>,
    },
    /// Both work on the same topics (same-field affinity).
    SameField {
        topics: Vec<String>,
    },
    SharedLanguages {
        languages: Vec<String>,
    },
    NoSharedLanguage,
    SameRegion {
        region: String,
    },
    KindsComplement {
        yours: String,
        theirs: String,
    },
}

/// A region as it reads after "in": "the Pacific", "Africa".
fn in_region(region: &str) -> String {
    match region {
        "Americas" | "Middle East" | "Pacific" => format!("the {region}"),
        _ => region.to_owned(),
    }
}

/// "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "a government…" / "an international organization".
/// Abbreviations keep their capitals: "a national CERT / CSIRT".
fn article(label: &str) -> String {
    let lower = label
        .split(' ')
        .map(|w| {
            if w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            {
                w.to_owned()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let an = lower.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {lower}", if an { "an" } else { "a" })
}

/// "National cybersecurity strategy" → "national cybersecurity strategy";
/// an abbreviation ("CERT …") stays as it is.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), c.next()) {
        (Some(f), Some(g)) if !g.is_uppercase() => {
            f.to_lowercase().chain(s.chars().skip(1)).collect()
        }
        _ => s.to_owned(),
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn private_label(theme: Option<&str>) -> String {
    label_for_theme(theme)
}

impl Reason {
    /// Replaces private needs by their theme, unless the viewer may see them:
    /// `show_yours` for the needs of the organization the list is for,
    /// `show_theirs` for the partner's.
    pub fn redact(&mut self, show_yours: bool, show_theirs: bool) {
        match self {
            Reason::TheyCoverYourNeed {
                your_need,
                need_private: true,
                need_theme,
                ..
            } if !show_yours => *your_need = private_label(need_theme.as_deref()),
            Reason::YouCoverTheirNeed {
                their_need,
                need_private: true,
                need_theme,
                ..
            } if !show_theirs => *their_need = private_label(need_theme.as_deref()),
            Reason::TheyFitYourNeed {
                your_need,
                need_private: true,
                need_theme,
                ..
            } if !show_yours => *your_need = private_label(need_theme.as_deref()),
            Reason::YouFitTheirNeed {
                their_need,
                need_private: true,
                need_theme,
                ..
            } if !show_theirs => *their_need = private_label(need_theme.as_deref()),
            _ => {}
        }
    }

    /// One plain sentence.
    pub fn text(&self) -> String {
        match self {
            Reason::TheyCoverYourNeed {
                your_need,
                their_offer,
                ..
            } => {
                format!("They offer “{their_offer}”, which covers your need “{your_need}”.")
            }
            Reason::YouCoverTheirNeed {
                their_need,
                your_offer,
                ..
            } => {
                format!("You offer “{your_offer}”, which covers their need “{their_need}”.")
            }
            Reason::TheyFitYourNeed {
                your_need,
                they_are,
                ..
            } => format!("They are {they_are}, which fits your need “{your_need}”."),
            Reason::YouFitTheirNeed {
                their_need,
                you_are,
                ..
            } => format!("You are {you_are}, which fits their need “{their_need}”."),
            Reason::SameField { topics } => {
                format!("You both work on {}.", join_and(topics))
            }
            Reason::SharedLanguages { languages } => {
                format!("You share working languages: {}.", languages.join(", "))
            }
            Reason::NoSharedLanguage => "You list no working language in common.".to_owned(),
            Reason::SameRegion { region } => format!("You both work in {}.", in_region(region)),
            Reason::KindsComplement { yours, theirs } => {
                format!(
                    "{} and {} often complement each other.",
                    capital(&article(yours)),
                    article(theirs)
                )
            }
        }
    }
}

impl Engine {
    /// The reasons `b` is suggested to `a`: the needs of `a` that `b` covers, the
    /// needs of `b` that `a` covers (best cover of each need, strongest first),
    /// then languages, region and kinds.
    pub fn explain(&self, a: usize, b: usize) -> Vec<Reason> {
        let mut reasons = Vec::new();
        let (pa, pb) = (self.profile(a), self.profile(b));
        let mut theirs = self.covers(a, b);
        theirs.sort_by(|x, y| y.2.total_cmp(&x.2));
        for (need, offer, strength, theme) in theirs {
            let (text, private) = pa.need(need).unwrap_or_default();
            reasons.push(Reason::TheyCoverYourNeed {
                your_need: text.to_owned(),
                their_offer: pb.capabilities[offer].clone(),
                theme,
                strength,
                need_private: private,
                need_theme: if private { theme_of(text) } else { None },
            });
        }
        let mut yours = self.covers(b, a);
        yours.sort_by(|x, y| y.2.total_cmp(&x.2));
        for (need, offer, strength, theme) in yours {
            let (text, private) = pb.need(need).unwrap_or_default();
            reasons.push(Reason::YouCoverTheirNeed {
                their_need: text.to_owned(),
                your_offer: pa.capabilities[offer].clone(),
                theme,
                strength,
                need_private: private,
                need_theme: if private { theme_of(text) } else { None },
            });
        }
        for (need, they_are, who) in self.fitted(a, b) {
            let (text, private) = pa.need(need).unwrap_or_default();
            reasons.push(Reason::TheyFitYourNeed {
                your_need: text.to_owned(),
                they_are,
                who,
                need_private: private,
                need_theme: if private { theme_of(text) } else { None },
            });
        }
        for (need, you_are, who) in self.fitted(b, a) {
            let (text, private) = pb.need(need).unwrap_or_default();
            reasons.push(Reason::YouFitTheirNeed {
                their_need: text.to_owned(),
                you_are,
                who,
                need_private: private,
                need_theme: if private { theme_of(text) } else { None },
            });
        }
        let topics = self.shared_topics(a, b);
        if !topics.is_empty() {
            reasons.push(Reason::SameField { topics });
        }
        let shared: Vec<String> = pa
            .languages
            .iter()
            .filter(|l| pb.languages.contains(l))
            .map(|l| language_name(l).unwrap_or(l).to_owned())
            .collect();
        if !shared.is_empty() {
            reasons.push(Reason::SharedLanguages { languages: shared });
        } else if !pa.languages.is_empty() && !pb.languages.is_empty() {
            reasons.push(Reason::NoSharedLanguage);
        }
        if let (Some(x), Some(y)) = (&pa.region, &pb.region)
            && x == y
            && x != "Global"
        {
            reasons.push(Reason::SameRegion { region: x.clone() });
        }
        if kinds_complement(pa.kind, pb.kind) >= KIND_REASON {
            reasons.push(Reason::KindsComplement {
                yours: pa.kind.label().to_owned(),
                theirs: pb.kind.label().to_owned(),
            });
        }
        reasons
    }

    /// For each need of `a` that `b` covers by an offer (and not better by who
    /// it is): (need item, best offer item, sim, theme).
    pub(super) fn covers(&self, a: usize, b: usize) -> Vec<(usize, usize, f32, Option<String>)> {
        let mut out = Vec::new();
        for (n, need_item) in self.needs_of(a) {
            let best = self
                .caps_of(b)
                .iter()
                .filter(|(c, _)| self.reaches(*n, *c, b))
                .map(|(c, item)| (*c, *item, self.sim(*n, *c)))
                .filter(|(_, _, s)| *s > 0.0)
                .max_by(|x, y| x.2.total_cmp(&y.2).then_with(|| y.1.cmp(&x.1)));
            if let Some((c, offer, s)) = best
                && !(self.fits(*n, b) && s < self.weights().fit)
            {
                out.push((
                    *need_item as usize,
                    offer as usize,
                    s,
                    self.shared_theme(*n, c),
                ));
            }
        }
        out
    }

    /// The needs of `a` that `b` covers by who it is rather than by an offer:
    /// (need item, "a development agency in Europe").
    fn fitted(&self, a: usize, b: usize) -> Vec<(usize, String, Who)> {
        let pb = self.profile(b);
        let mut out = Vec::new();
        for (n, need_item) in self.needs_of(a) {
            let Some(ask) = self.phrase(*n).ask else {
                continue;
            };
            if !self.fits(*n, b) || self.cover(*n, b) > self.weights().fit {
                continue;
            }
            let ask = self.ask(ask);
            let mut parts = Who {
                types: self.attributes(b).type_ids(self.thesaurus(), ask),
                ..Who::default()
            };
            let mut who = self
                .attributes(b)
                .labels(self.thesaurus(), ask)
                .join(" and ");
            if who.is_empty() {
                continue;
            }
            if ask.regions != 0
                && let Some(region) = &pb.region
            {
                who = format!("{who} in {}", in_region(region));
                parts.region = Some(region.clone());
            }
            if ask.languages != 0 {
                let spoken: Vec<&str> = self
                    .thesaurus()
                    .languages
                    .iter()
                    .enumerate()
                    .filter(|(i, l)| {
                        ask.languages & (1 << i) != 0 && pb.languages.contains(&l.code)
                    })
                    .map(|(_, l)| l.code.as_str())
                    .collect();
                let names: Vec<&str> = spoken
                    .iter()
                    .map(|c| language_name(c).unwrap_or(c))
                    .collect();
                who = format!("{who} working in {}", names.join(" and "));
                parts.languages = spoken.iter().map(|c| (*c).to_owned()).collect();
            }
            out.push((*need_item as usize, who, parts));
        }
        out
    }

    /// The concepts both work on, strongest first (at most three), for the
    /// same-field reason.
    fn shared_topics(&self, a: usize, b: usize) -> Vec<String> {
        let n_concepts = self.thesaurus().concepts.len() as u32;
        let mut shared: Vec<(u32, f32)> = field::shared(self.field_vector(a), self.field_vector(b))
            .into_iter()
            .filter(|(f, _)| *f < n_concepts)
            .collect();
        shared.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        shared
            .iter()
            .take(3)
            .map(|(c, _)| lower_first(&self.thesaurus().concepts[*c as usize].label))
            .collect()
    }

    /// The GFCE theme of the first concept both phrases mention, if any.
    fn shared_theme(&self, need: u32, offer: u32) -> Option<String> {
        let n_concepts = self.thesaurus().concepts.len() as u32;
        let concepts = |p: u32| {
            self.phrase(p)
                .features
                .iter()
                .map(|f| f.0)
                .take_while(move |f| *f < n_concepts)
        };
        concepts(need)
            .find(|c| concepts(offer).any(|d| d == *c))
            .map(|c| self.thesaurus().concepts[c as usize].theme.clone())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn kinds_read_with_their_article_and_abbreviations_keep_capitals() {
        assert_eq!(
            super::article("National CERT / CSIRT"),
            "a national CERT / CSIRT"
        );
        assert_eq!(
            super::article("International organization"),
            "an international organization"
        );
        assert_eq!(
            super::article("Government, ministry or agency"),
            "a government, ministry or agency"
        );
    }
}
