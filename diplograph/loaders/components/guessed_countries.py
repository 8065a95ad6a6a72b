"""The last readings of an office holder's country: guesses, recorded as such.

When neither the office, whom it serves nor a colleague tells a country,
:func:`.office_countries.infer_countries` weighs these: the city a sentence opens in
("In Port Moresby, Prime Minister X said"), the country of the story's own office
holders (named without one, the knowledge base agreeing), and the countries named in
the sentence that qualify no other office. Whatever they yield goes into
``doc.user_data["dg_guessed_country"]``; they read only spans the earlier components
set, which is why they stand apart from the told readings.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Person
from .offices import _kb_term
from .sentences import sentence_spans
from .tokenizer import gazetteer_spans, people_spans, tokens_of

__all__ = ["home_country", "located_in", "nearby_countries"]


def located_in(doc: Doc, i: int) -> list[str]:
    """ "In Port Moresby, Prime Minister James Marape said": the country of a city the
    sentence of token ``i`` puts the speaker in, before the name."""
    sent = next((s for s in sentence_spans(doc) if s.start <= i < s.end), None)
    if sent is None:
        return []
    toks = tokens_of(doc)
    return [  # the sentence opens with "In <city>,"
        g.kb_id_
        for g in gazetteer_spans(doc)
        if g.start == sent.start + 1
        and g.end < i
        and g.label_ in ("PLACE", "CAPITAL")
        and toks[sent.start].lower_ == "in"
        and toks[g.end].text == ","
    ]


def home_country(doc: Doc, people: dict[str, Person], key: str, i: int) -> list[str]:
    """The country of the story's own office holders: those whose office the text gives
    without a country, the knowledge base confirming it ("Prime Minister Shehbaz Sharif
    received ...; Finance Minister X was present"), since the press leaves the country out
    for its own country's officials. The most mentioned such person wins (the story's
    protagonist, not a host also named bare), then the one named nearest token ``i``."""
    guessed = doc.user_data.get("dg_guessed_country", set())
    stated = doc.user_data.get("dg_stated_office", set())
    mentions: dict[str, int] = {}
    for span in people_spans(doc):
        mentions[span.kb_id_] = mentions.get(span.kb_id_, 0) + 1
    named = [s for s in people_spans(doc) if s.label_ == "NAME"]
    best = None
    for span in sorted(named, key=lambda s: abs(s.start - i)):
        p = people.get(span.kb_id_)
        if (
            p is not None
            and span.kb_id_ not in (key, *guessed, *stated)
            and p.title
            and p.country
            and not p.former
            and (best is None or mentions[p.key] > mentions[best.key])
            and _kb_country(p, doc._.dg_published) == p.country
        ):
            best = p
    return [best.country] if best else []


def _kb_country(person: Person, published) -> str | None:
    """The country the knowledge base gives a person (their country read from no
    description: "his Australian counterpart" names a foreigner, not the home)."""
    found = _kb_term(person, published)
    return found.country if found is not None else None


def _qualifiers(doc: Doc) -> set[int]:
    """Starts of the country words that qualify an office ("Chinese" in "Chinese Vice
    Premier", "Kenya" in "Kenya's President") or the other party of a relation ("his
    Chinese counterpart": not his own country)."""
    spans = gazetteer_spans(doc)
    titles = {g.start for g in spans if g.label_ == "TITLE"}
    toks = tokens_of(doc)
    out = set()
    for g in spans:
        if g.label_ in ("COUNTRY", "DEMONYM"):
            k = g.end + 1 if g.end < len(doc) and toks[g.end].text in ("'s", "’s") else g.end
            if k in titles or k < len(doc) and toks[k].lower_ in _OTHER_PARTIES:
                out.add(g.start)
    return out


_OTHER_PARTIES = {"counterpart", "counterparts", "host", "hosts", "guest", "guests", "visitor"}


def nearby_countries(doc: Doc, i: int) -> list[str]:
    """Countries named in the sentence of token ``i``, nearest first, leaving out those
    that qualify another office ("Chinese" in "received Chinese Vice Premier X")."""
    sent = next((s for s in sentence_spans(doc) if s.start <= i < s.end), None)
    if sent is None:
        return []
    skip = _qualifiers(doc)
    spans = [
        g
        for g in gazetteer_spans(doc)
        if sent.start <= g.start < sent.end
        and g.label_ in ("COUNTRY", "DEMONYM")
        and g.start not in skip
    ]
    spans.sort(key=lambda g: abs(g.start - i))
    return list(dict.fromkeys(g.kb_id_ for g in spans))
