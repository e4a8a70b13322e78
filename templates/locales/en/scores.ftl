## The page "How scores work" (/how-scores-work): how suggestions are scored.
## Its title is nav-how-scores-work. Each message is one paragraph or heading.
## Words in quotation marks are examples of what organizations write:
## translate them so that the examples still make sense in your language.

scores-intro-html = Each suggestion has a score from 0 to 100. It says how well two organizations fit as partners: how much of
    what one needs the other offers or is, <strong>in either direction</strong>, and how closely their work is related.

scores-reading-heading = 1. Reading what you wrote
# "Roundtable" is the name of the site (site-name). CERT, CSIRT, CIRT and GFCE are names of the field: keep them.
# The three quoted phrases about incident response are the same topic in French, Spanish and English: keep them as they are.
scores-reading = Organizations describe the same thing in different words and in different languages. Before comparing,
    Roundtable reads every capability, need and description the same way: it ignores case, accents and punctuation,
    reduces words to their stem (“trainers”, “training” → “train”), knows the field's abbreviations and spellings (CERT,
    CSIRT and CIRT; cyber security and cybersecurity; programme and program), corrects small typos in words that are
    not real words (“incidnet” → “incident”, but “police” stays “police”), and recognises the topics of the field,
    grouped by the GFCE capacity-building themes, in English, French and Spanish — so “formation en réponse aux
    incidents”, “capacitación en respuesta a incidentes” and “incident response training” are the same topic.
scores-common-words = Common words such as “cyber”, “support” or “capacity” count less than telling ones such as “forensics”,
    “CSIRT” or “judges”.

scores-cover-heading = 2. Does the partner cover a need?
scores-cover = For each of your needs, Roundtable looks for the partner's capability that covers it best: the more of the
    need's words and topics the capability shares, the better. A need for funding, travel support, equipment or a venue
    is only covered by an offer of that kind. A need tied to a world region (“local partners in Pacific island states”)
    or to a language (“Russian-language training”) is not covered by an offer tied only to another region or language.
scores-kind-of-partner = Some needs name a kind of partner rather than a skill: “donor co-financing”, “a local implementing partner in West
    Africa”, “a counterpart ministry”, “a university partner”. Such a need is also covered by who the partner is — a
    development agency or anyone offering funding for a funder, a ministry for a counterpart ministry, a CERT, NGO,
    university or ministry in West Africa for a local partner there — a little less than by a matching offer.

scores-complementarity-heading = 3. Complementarity, in either direction
scores-complementarity = Two shares are computed: the share of your needs the partner covers, and the share of the partner's needs you
    cover. Their mean is the complementarity. Real partnerships are often one-sided, so a partner who covers your needs
    without needing anything from you counts as much as one who also needs you.

scores-same-field-heading = 4. Working in the same field
scores-same-field = Organizations that work on the same topics, for the same people, often partner with each other even when no need
    meets an offer. Roundtable compares the topics and telling words of both profiles as a whole — description,
    capabilities and public needs (never private needs) — and counts how much they share, rare topics more than common ones.

scores-context-heading = 5. Context
scores-context = Complementarity and the shared field count equally. The result is adjusted a little for the working languages
    (organizations with no language in common score lower), for working in the same region, and for kinds of
    organization that often work together (a development agency and a ministry, for example).

scores-broad-heading = 6. Broad organizations
scores-broad = A few very broad organizations fit everybody a little and would otherwise fill everyone's list. Each score is
    therefore compared with how well both organizations fit their own best partners: a pair scores higher when it
    stands out for both of them, and an organization that fits everybody moderately is lowered in everyone's list.
    The correction is the same from both sides, so a pair has one score.

scores-reasons-heading = 7. The reasons
scores-reasons = Every suggestion lists its reasons: which of your needs the partner covers and with what offer, or by being the
    kind of partner you asked for; which of its needs you cover; the topics you both work on; the languages you share,
    the region and the kinds. Each reason quotes the words each side wrote, in its own language.

# Keep the file name in <code> as it is.
scores-formula-html = The precise formula is in the project's documentation of the matching engine (<code>src/matching/mod.rs</code>).
