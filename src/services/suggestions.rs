//! An organization's own list of partner suggestions: the ranking filtered,
//! with its interest marks, as the matches page, the API and the exports show it.

use crate::domain::interest::{Mark, Marks};
use crate::exports::ExportRow;
use crate::i18n::Lang;
use crate::matching::{Filter, Match, rounded};
use crate::services::match_index::Snapshot;

/// One entry of an organization's own list: the suggestion and the marks.
pub struct Entry {
    pub m: Match,
    pub mark: Option<Mark>,
    pub mutual: bool,
}

/// Who reads a list of suggestions, as far as what it holds depends on it.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    /// The marks, when the reader owns the list.
    pub marks: Option<&'a Marks>,
    /// Show suggestions marked "not interested".
    pub show_hidden: bool,
    /// Not logged in: organizations out of the public directory are left out.
    pub public_only: bool,
}

/// The filtered suggestions of `a`, with the marks when the viewer owns `a`;
/// suggestions marked "not interested" are left out unless `show_hidden`, and
/// partners met with the outcome "no fit" are always left out.
pub fn entries(snapshot: &Snapshot, a: usize, filter: &Filter, reader: Reader<'_>) -> Vec<Entry> {
    let ranking = snapshot.ranking(a);
    each(snapshot, &ranking, filter, reader).collect()
}

/// What [`entries`] holds from position `skip` on, at most `take` of them,
/// with the number of entries in all: one page, without copying the rest.
pub fn page(
    snapshot: &Snapshot,
    a: usize,
    filter: &Filter,
    reader: Reader<'_>,
    (skip, take): (usize, usize),
) -> (usize, Vec<Entry>) {
    let Reader {
        marks, show_hidden, ..
    } = reader;
    if filter.accepts_any_partner() {
        // Only marks and organizations out of the public directory leave
        // suggestions out: find those few among the partners instead of
        // walking all of them.
        let private = snapshot
            .hidden()
            .iter()
            .copied()
            .filter(|_| reader.public_only);
        let left_out: std::collections::HashSet<usize> = marks
            .into_iter()
            .flat_map(|mk| {
                let hidden = mk
                    .mine
                    .iter()
                    .filter(move |(_, m)| !show_hidden && **m == Mark::NotInterested)
                    .map(|(id, _)| *id);
                mk.no_fit.iter().copied().chain(hidden)
            })
            .filter_map(|id| snapshot.index_of_id(id))
            .chain(private)
            // A partner of `a` is in its ranking.
            .filter(|&b| b != a && snapshot.engine.pair(a, b).score > 0.0)
            .collect();
        // The page is among the first `skip + take` shown, so among the
        // first `skip + take + left out` partners: only those need be in order.
        let ranking = snapshot.ranking_head(a, skip + take + left_out.len());
        let total = ranking.partners - left_out.len();
        let window = each(snapshot, ranking.head(), filter, reader)
            .skip(skip)
            .take(take)
            .collect();
        return (total, window);
    }
    // How many pass counts in any order; the page is read from the part in
    // order, all of it put in order when the page lies beyond.
    let ranking = snapshot.ranking_all(a, skip + take);
    let total = each(snapshot, &ranking.list, filter, reader).count();
    let in_order = |list: &[Match]| -> Vec<Entry> {
        each(snapshot, list, filter, reader)
            .skip(skip)
            .take(take)
            .collect()
    };
    let mut out = in_order(ranking.head());
    if out.len() < take.min(total.saturating_sub(skip)) {
        out = in_order(&snapshot.ranking(a));
    }
    (total, out)
}

fn each<'a>(
    snapshot: &'a Snapshot,
    ranking: &'a [Match],
    filter: &'a Filter,
    reader: Reader<'a>,
) -> impl Iterator<Item = Entry> + 'a {
    let Reader {
        marks,
        show_hidden,
        public_only,
    } = reader;
    ranking
        .iter()
        .filter(move |m| filter.accepts(&snapshot.engine, m))
        .filter(move |m| !(public_only && snapshot.orgs[m.index].hidden))
        .filter(move |m| !marks.is_some_and(|mk| mk.no_fit.contains(&snapshot.orgs[m.index].id)))
        .map(move |m| {
            let id = snapshot.orgs[m.index].id;
            Entry {
                m: *m,
                mark: marks.and_then(|mk| mk.mine(id)),
                mutual: marks.is_some_and(|mk| mk.is_mutual(id)),
            }
        })
        .filter(move |e| show_hidden || e.mark != Some(Mark::NotInterested))
}

/// The rows of an export: what the list shows with these filters, all pages.
pub fn export_rows(
    lang: Lang,
    snapshot: &Snapshot,
    a: usize,
    filter: &Filter,
    marks: &Marks,
    show_hidden: bool,
) -> Vec<ExportRow> {
    let me = snapshot.engine.profile(a).name.clone();
    let reader = Reader {
        marks: Some(marks),
        show_hidden,
        public_only: false,
    };
    entries(snapshot, a, filter, reader)
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let meta = &snapshot.orgs[e.m.index];
            ExportRow {
                organization: me.clone(),
                rank: i + 1,
                partner: snapshot.engine.profile(e.m.index).name.clone(),
                score: rounded(e.m.score),
                reasons: snapshot
                    .explain(a, e.m.index)
                    .into_iter()
                    .map(|mut r| {
                        // The list is the organization's own: its private needs in
                        // full, the partner's only with mutual interest.
                        r.redact(true, e.mutual);
                        crate::i18n::reasons::sentence(lang, &r)
                    })
                    .collect(),
                website: meta.website.clone().unwrap_or_default(),
                contact: meta.contact_email.clone().unwrap_or_default(),
                interest: lang.render(match (e.mutual, e.mark) {
                    (true, _) => "interest-mutual",
                    (false, Some(Mark::Interested)) => "interest-interested",
                    (false, Some(Mark::NotInterested)) => "interest-not-interested",
                    (false, None) => "",
                }),
            }
        })
        .collect()
}
