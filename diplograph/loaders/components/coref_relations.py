"""Coreference by relation: "his Russian counterpart", "her host", "the UN chief".

A relational noun after a possessive ("his Russian counterpart", "her host") is the other
party of the one who owns it; an apposed counterpart ("his Indian counterpart, Narendra
Modi") takes the owner's office in the demonym's country. An organisation's name before a
head noun or its office ("the UN chief", "the NATO secretary-general") is the one the
story names as serving it. Helpers of :mod:`.coref`.
"""

from __future__ import annotations

from .coref_state import Mention, _pronoun, named_starts
from .tokenizer import people_spans, tokens_of

__all__ = ["relational", "organisation_head"]

_OFFICE_LABELS = ("TITLE", "DEMONYM", "COUNTRY")
_RELATIONAL = {"counterpart", "host", "guest", "visitor", "hosts"}


# the head of an organisation, after its name: "the UN chief", "the AU Commission head"
_HEAD_NOUNS = {"chief", "head", "boss", "leader", "chairman", "chairperson", "chair"}


def organisation_head(doc, i, labels, state) -> list[Mention]:
    """ "the UN chief", "the NATO secretary-general": the one the story names as serving
    that organisation, most recently (not where a name follows: "the UN chief, X")."""
    label = labels.get(i + 1)
    if label is None or label[0] != "ORG":
        return []
    end = label[2]
    if end >= len(doc):
        return []
    if labels.get(end, ("",))[0] == "TITLE":
        end = labels[end][2]
    elif tokens_of(doc)[end].lower_ in _HEAD_NOUNS:
        end += 1
    else:
        return []
    if end < len(doc) and (end in named_starts(doc) or tokens_of(doc)[end].text == ","):
        return []  # "the UN chief Antonio Guterres", "the UN chief, X,": named here
    key = state.salient(lambda p: p.organisation == label[1], i)
    return [Mention(i, end, key, "DESC")] if key is not None else []


def relational(doc, i, labels, state, sent) -> list[Mention]:
    k = i + 1
    country = None
    if labels.get(k, ("",))[0] in ("DEMONYM", "COUNTRY"):
        country = labels[k][1]
        k = labels[k][2]
    if k >= len(doc) or tokens_of(doc)[k].lower_ not in _RELATIONAL:
        return []
    named = k + 2 if k + 2 < len(doc) and tokens_of(doc)[k + 1].text == "," else k + 1
    while named in labels and labels[named][0] in _OFFICE_LABELS:  # "her host, President X"
        named = labels[named][2]
    if named < len(doc) and named in named_starts(doc):
        # "his Indian counterpart, Narendra Modi": the apposition names him; a counterpart
        # holds the owner's office in the country the demonym gives
        _counterpart_office(doc, named, tokens_of(doc)[k].lower_, country, i, sent, state)
        return []
    owner = _pronoun(i, sent, state)
    owner_country = state.people[owner].country if owner else None
    if country:
        key = state.recent(lambda p: p.country == country, i, exclude=(owner,))
    else:
        key = state.recent(
            lambda p: p.country != owner_country or p.country is None, i, exclude=(owner,)
        )
    if key is None:
        return []
    return [Mention(k, k + 1, key, "DESC")]


def _counterpart_office(doc, named: int, noun: str, country, i, sent, state) -> None:
    if noun != "counterpart" or country is None:
        return
    key = next((s.kb_id_ for s in people_spans(doc) if s.start in (named, named + 1)), None)
    # (named + 1: after an honorific or rank that opens it, "counterpart General Wei")
    owner = _pronoun(i, sent, state)
    if key is None or owner is None or key == owner:
        return
    person, boss = state.people.get(key), state.people.get(owner)
    if person is None or boss is None or person.country or boss.former:
        return
    if person.title is None:  # "his Indian counterpart, Narendra Modi": the owner's office
        if not boss.title:
            return
        person.title = boss.title
    person.country = country  # "his Belarusian counterpart, President X"
