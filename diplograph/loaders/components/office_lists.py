"""Offices read around the names they belong to: chains of offices held by one person,
the qualifiers of an office (see :mod:`.office_phrases`), "<name> of <country>", lists
after a plural office, and offices given after "as".

The people reader calls these with its ``_Found`` collection (``found``): ``found.add``
records a person's office and ``found.mentions`` holds the names read so far.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from .gazetteer import PAST_PREFIXES
from .lexicon import Lexicon
from .office_phrases import Qualifier, qualifier_after, qualifier_before
from .sentences import sentence_spans
from .tokenizer import lowers_of, span_text, tokens_of

__all__ = [
    "read_office",
    "office_chain",
    "first_of_chain",
    "country_after_name",
    "plural_office_lists",
    "plural_office",
    "appointed_as",
    "state_style",
]


def plural_office_lists(doc: Doc, labels, lex: Lexicon, found) -> None:
    """ "the presidents of the four members: Ana Lima of Peru, Luis Rojas of Chile and ...":
    each name followed by "of <country>" after a plural office in its sentence holds that
    office in that country."""
    lowers = lowers_of(doc)  # every token is read: the cached lower forms, not Tokens
    # where a plural can end (plural_office's own first test), found once for the Doc:
    # most words are none, and a call per token was most of this reader's time
    ends = [i for i, w in enumerate(lowers) if w.endswith("s") and len(w) >= 5]
    for sent in sentence_spans(doc):
        office, at = None, None
        lo = bisect.bisect_left(ends, sent.start)
        hi = bisect.bisect_left(ends, sent.end, lo)
        for i in ends[lo:hi]:
            plural = plural_office(lowers, i, lex)
            if plural is not None:
                office, at = plural, i
        if office is None:
            continue
        listed = _listed_after(at, sorted(found.mentions), lowers)
        nations = _respective_nations(sent.start, at, listed, labels, lowers)
        for s, e, key in list(found.mentions):
            person = found.people.get(key)
            if person is None or person.title or not at < s < sent.end:
                continue
            country = country_after_name(doc, e, labels)
            if country is None and (s, e, key) in listed:  # "their Prime Ministers, A and B"
                country = nations[listed.index((s, e, key))] if nations else None
                found.add(person.name, office, country, False, lex, (s, e))
            elif country is not None:
                found.add(person.name, office, country, False, lex, (s, e))


def _listed_after(at: int, mentions: list, lowers: list[str]) -> list:
    """The names listed right after the plural office ending at ``at`` ("Prime Ministers A
    and B", "the two presidents, A, B and C"): joined by commas and "and" only."""
    k = at + 1 + (lowers[at + 1 : at + 2] == [","])
    listed = []
    for m in mentions:
        if m[0] == k:
            listed.append(m)
            k = m[1] + (lowers[m[1] : m[1] + 1] in ([","], ["and"]))
            k += lowers[k : k + 1] == ["and"] and lowers[k - 1] == ","
    return listed if len(listed) > 1 else []


def _respective_nations(lo: int, at: int, listed: list, labels, lowers) -> list[str]:
    """The nations of listed office holders, in the order of the names, when as many are
    named: before "their" office ("Mali and Niger sent their Prime Ministers, A and B") or
    right before it ("the Kenyan and Ghanaian presidents, A and B")."""
    k = at - 1
    while k > lo and not labels[k] and lowers[k] not in ("their", "and", ","):
        k -= 1  # the office's other words ("prime" of "prime ministers")
    if lowers[k] == "their":
        span = range(lo, k)
    else:
        start = k + 1
        while start > lo and (labels[start - 1] or lowers[start - 1] in ("and", ",")):
            start -= 1
        span = range(start, k + 1)
    nations = [labels[i][1] for i in span if labels[i] and labels[i][0] in ("COUNTRY", "DEMONYM")]
    return list(dict.fromkeys(nations)) if len(set(nations)) == len(listed) else []


def plural_office(lowers: list[str], i: int, lex: Lexicon) -> str | None:
    """The office of a plural ending at token ``i`` ("presidents", "foreign ministers");
    ``lowers``: the tokens' lower forms."""
    word = lowers[i]
    if not word.endswith("s") or len(word) < 5:
        return None
    for n in (2, 1):
        if i - n + 1 < 0:
            continue
        words = lowers[i - n + 1 : i + 1]  # a new list: the last word loses its "s" below
        words[-1] = words[-1][:-1]
        info = lex.title(" ".join(words))
        if info is not None and not info.org:
            before = lowers[i - n] if i - n >= 0 else ""
            if before in ("deputy", "vice") and not info.title.lower().startswith(before):
                return f"{before.capitalize()} {info.title}"  # "deputy premiers A and B"
            return info.title
    return None


def country_after_name(doc: Doc, end: int, labels) -> str | None:
    """ "King Abdullah of Jordan", "President Luis Arce of Bolivia": the country after a
    titled name."""
    if end + 1 < len(doc) and tokens_of(doc)[end].text == "of":
        the = end + 2 < len(doc) and tokens_of(doc)[end + 1].lower_ == "the"
        lab = labels[end + 1] or (labels[end + 2] if the else None)
        if lab and lab[0] == "COUNTRY":
            return lab[1]
    return None


def office_chain(doc: Doc, span, by_start, labels) -> list:
    """The offices joined to ``span`` by "," or "and" that one person holds ("Crown Prince,
    Deputy Prime Minister and Minister of Defence Prince X"; "X, the UAE Vice President,
    Prime Minister and Ruler of Dubai")."""
    toks = tokens_of(doc)
    chain = [span]
    while True:
        k = read_office(doc, chain[-1], labels).end
        if k >= len(doc) or toks[k].text not in (",", "and", "&"):
            return chain
        j = k + 1
        while j < len(doc) and j - k <= 4 and (
            toks[j].lower_ in ("and", "the") or labels[j] and labels[j][0] in ("COUNTRY", "DEMONYM")
        ):
            j += 1
        if j not in by_start or any(s.kb_id_ == by_start[j].kb_id_ for s in chain):
            return chain  # "the President of Ghana and the President of Kenya": two people
        chain.append(by_start[j])


# ranks that a portfolio after them makes precise ("Vice-Premier and Foreign Minister X")
_DEPUTY_RANKS = ("Deputy", "Vice Premier", "Vice Chancellor", "State Councilor")


def first_of_chain(doc: Doc, chain: list, labels):
    """A person's office from a chain of offices: the first one named, with the country or
    organisation any of them states ("Crown Prince and Prime Minister of Bahrain"), unless
    it is a deputy's rank before a portfolio ("Deputy Prime Minister and Foreign Minister":
    the portfolio is the more specific office)."""
    offices = [read_office(doc, s, labels) for s in chain]
    k = next((n for n, s in enumerate(chain) if not s.kb_id_.startswith(_DEPUTY_RANKS)), 0)
    first = offices[k]
    first.first, first.former = offices[0].first, offices[0].former
    if first.country is None and first.organisation is None:
        first.country = next((o.country for o in offices if o.country), None)
    return first, chain[k]


def read_office(doc: Doc, span, labels) -> Qualifier:
    """The office of a TITLE mention with what qualifies it before and after: its country
    or organisation, whether it is past, the words to keep in its title ("NATO Secretary
    General", "Secretary-General of the United Nations" -> "UN Secretary-General") and the
    tokens it covers (``first`` .. ``end``)."""
    before = qualifier_before(doc, span.start, labels, span.kb_id_)
    after = qualifier_after(doc, span.end, labels, span.kb_id_)
    office = span_text(doc, span.start, span.end)  # Span.text makes its Tokens anew
    prefix = next((p for p in PAST_PREFIXES if office.casefold().startswith(p)), None)
    if prefix is not None:  # "Then-president George W. Bush"
        office, before.former = office[len(prefix) :], True
    if after.organisation:
        office = f"{after.institution} {office}" if after.institution == after.organisation else (
            f"{office} of the {after.institution}")
    elif after.institution:
        office = f"{office} {after.institution}"
    if before.institution and not after.organisation:
        office = f"{before.institution} {office}"
    if before.acting and not office.casefold().startswith(before.acting):
        office = f"{before.acting} {office}"  # "acting high commissioner", "interim president"
    return Qualifier(
        country=before.country or after.country,
        organisation=before.organisation or after.organisation,
        institution=office,
        former=before.former,
        first=before.first,
        end=after.end,
        owner=before.owner,
        acting=before.acting,
    )



def _relative_clauses(toks, start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of ", who ... ," clauses between ``start`` and ``end`` (whose names are
    not the subject: "Lee, who handed over to Wong, will stay on as Senior Minister")."""
    out = []
    for i in range(start + 1, end):
        if toks[i].lower_ in ("who", "whom", "whose") and toks[i - 1].text == ",":
            close = next((j for j in range(i, end) if toks[j].text == ","), end)
            out.append((i, close))
    return out


# words that may follow an office named as someone's role ("as foreign minister in 2019")
_ROLE_FOLLOWERS = {"of", "on", "in", "for", "and", "or", "until", "since", "after", "before",
                   "at", "from", "with", "to", "by", "during", "when", "while", "but", "who",
                   "which", "that", "last", "this", "next", "earlier", "later", "the", "a"}


def _opens_a_clause(toks, end: int) -> bool:
    """Whether a lower-case verb follows the office ending at ``end``: "..., as the Italian
    prime minister wrapped up her visit" is a clause of its own, no role named."""
    if end >= len(toks):
        return False
    word = toks[end].text
    return word.isalpha() and word.islower() and word not in _ROLE_FOLLOWERS


def appointed_as(doc, span, office, lex, found) -> None:
    """ "Ana Lima was sworn in as Peru's president", "appointed Ben Hale, a former envoy, as
    the new finance minister": the office after "as" is that of the last person named
    before it in the sentence ("served as": a past one)."""
    toks = tokens_of(doc)
    k = office.first - 1
    if k < 1 or toks[k].lower_ != "as" or _opens_a_clause(toks, office.end):
        return
    sent = next((s for s in sentence_spans(doc) if s.start <= k < s.end), None)
    clauses = _relative_clauses(toks, sent.start if sent else k, k)
    named = [
        (s, e, key)
        for s, e, key in found.mentions
        if sent and sent.start <= s and e <= k and not any(a <= s < b for a, b in clauses)
    ]
    if not named:
        return
    s, e, key = max(named, key=lambda m: m[1])
    person = found.people.get(key)
    if person is None:
        return
    former = office.former or toks[k - 1].lower_ in ("served", "was", "worked")
    found.add(person.name, span.kb_id_, office.country, former, lex, (s, e), office,
              office.institution)


_STATE_STYLES = {"republic", "kingdom", "federation", "state", "sultanate", "emirate"}


def state_style(k: int, lower: list[str], label: list[str]) -> bool:
    """Whether token ``k`` is a word of a state's formal style before its name, in an office
    ("the President of the Republic of Rwanda", "of the Kingdom of Morocco")."""
    words = lower[k : k + 4]
    j = next((n for n, w in enumerate(words) if w in _STATE_STYLES), None)
    return (
        j is not None
        and all(w in ("of", "the") for w in words[:j])
        and words[j + 1 : j + 2] == ["of"]
        and label[k + j + 2 : k + j + 3] == ["COUNTRY"]
        or lower[k] in _STATE_STYLES and lower[k + 1 : k + 2] == ["of"]
        or lower[k] == "of" and k > 0 and lower[k - 1] in _STATE_STYLES
    )
