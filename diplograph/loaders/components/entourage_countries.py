"""The country of an official who travels with someone: a delegation or a companion.

"In her delegation is the Minister of X, Ana Lima", "the Turkish delegation includes
...", "Ruto, accompanied by Trade Minister Ben Hale", "arrived in Jeddah with Finance
Minister X", "X is part of the Indian delegation", "X is travelling with the Prime
Minister": the country of the delegation,
or of whom the official travels with (a country stated, not guessed); and of a host, the
state of the city they receive visitors in. Helpers of :mod:`.office_countries`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Person
from .frames import GREETING, HOSTING, RECEIVING
from .lexicon import lexicon
from .sentences import sentence_spans
from .tokenizer import gazetteer_spans, people_spans, tokens_of

__all__ = ["delegation_country", "hosting_country"]

_ENTOURAGE = {"delegation", "entourage", "party"}


def delegation_country(doc: Doc, people: dict[str, Person], i: int) -> str | None:
    """ "In her delegation is the Minister of X, Ana Lima", "Ruto, accompanied by Trade
    Minister Ben Hale", "the Turkish delegation includes ...": the country of whom the
    person travels with."""
    sent = next((s for s in sentence_spans(doc) if s.start <= i < s.end), None)
    if sent is None:
        return None
    toks = tokens_of(doc)
    spans = [s for s in people_spans(doc) if sent.start <= s.start < sent.end]
    guessed = doc.user_data.get("dg_guessed_country", set())
    nations = {
        k: g.kb_id_ for g in gazetteer_spans(doc) if g.label_ in ("COUNTRY", "DEMONYM")
        for k in range(g.start, g.end)
    }
    for k in range(sent.start + 1, i):
        word = toks[k].lower_
        if word in _ENTOURAGE and k - 1 in nations:
            return nations[k - 1]  # "The Turkish delegation includes ..."
        if word in _ENTOURAGE:
            t = k - 2 if toks[k - 1].text in ("'s", "’s") else k - 1
        elif word == "accompanied" and toks[k + 1].lower_ == "by" or (
            word == "with" and _after_a_journey(toks, sent.start, k)
        ):  # "accompanied by", "arrived in Jeddah on Monday with Finance Minister X"
            before = [s for s in spans if s.end <= k]
            t = max(before, key=lambda s: s.end).start if before else -1
        else:
            continue
        owner = next((s for s in spans if s.start <= t < s.end), None)
        other = people.get(owner.kb_id_) if owner is not None else None
        if other is not None and other.country and other.key not in guessed:
            return other.country
    return _joined_entourage(doc, people, sent, i, nations, spans)


# not "toured ... with" (a host tours a site with the guest), nor "travelling with" (measured:
# as often a host or a counterpart as one of the party)
_JOURNEYS = {"arrived", "arrives", "landed", "lands", "flew", "flies", "travelled", "traveled",
             "travels", "came", "left", "leaves", "returned", "departed"}


def _after_a_journey(toks, start: int, k: int) -> bool:
    """Whether the "with" at ``k`` follows a verb of travel in its clause, with no comma
    or other verb's object between ("arrived in Jeddah on Monday with X": X came along)."""
    for j in range(k - 1, max(start - 1, k - 9), -1):
        word = toks[j].lower_
        if word in _JOURNEYS:
            return True
        if word in (",", ";", "for", "held") or _encounter_word(word) or _infinitive(toks, j):
            return False  # "travel to Cairo for a summit with X", "flew in to confer with
            # X": X is met, not brought
    return False


def _infinitive(toks, j: int) -> bool:
    """Whether token ``j`` is the "to" of a verb ("to confer"), not of a place ("to the
    Gulf", "to Cairo")."""
    after = toks[j + 1] if j + 1 < len(toks) else None
    return (
        toks[j].lower_ == "to"
        and after is not None
        and after.is_lower
        and after.is_alpha
        and after.lower_ not in ("the", "a", "an")
    )


def _encounter_word(word: str) -> bool:
    """Whether a word alone announces a meeting or a call ("talks", "confer", "dinner")."""
    return bool({"meeting", "call"}.intersection(lexicon().trigger_kinds(word, alone=True)))


# words before "the delegation" that make a person one of it ("among the members of the
# delegation", "part of the Peruvian delegation", "led the delegation"), unlike "received
# the delegation"
_MEMBERSHIP = {"of", "in", "among", "joined", "joins", "led", "leads", "headed", "heads"}
_ACCOMPANYING = {"accompanying", "accompanies", "accompanied"}


def _joined_entourage(doc, people, sent, i, nations, spans) -> str | None:
    """ "Foreign Minister X is part of the Indian delegation", "X and Y are among the
    members of the delegation", "X is accompanying the President", "X is travelling with
    the Prime Minister": the country of the delegation, or of whom the person travels
    with; a delegation of no one named is the story's traveller's (its most named office
    holder of a stated country)."""
    toks = tokens_of(doc)
    guessed = doc.user_data.get("dg_guessed_country", set())
    key = next((s.kb_id_ for s in spans if s.start <= i < s.end), None)
    for k in range(i + 1, sent.end - 1):
        word, after = toks[k].lower_, toks[k + 1].lower_
        if word in _ENTOURAGE:
            j = k - 1
            while j in nations and nations[j] == nations.get(k - 1):
                j -= 1  # "the South African delegation"
            if toks[j].lower_ == "the" and toks[j - 1].lower_ in _MEMBERSHIP:
                return nations[k - 1] if k - 1 in nations else _traveller_country(doc, people, key)
            continue
        if (word in _ACCOMPANYING and after != "by") or (
            word in ("travelling", "traveling") and after == "with"
        ):
            owner = next((s for s in spans if s.start > k and s.kb_id_ != key), None)
            other = people.get(owner.kb_id_) if owner is not None else None
            ok = other is not None and other.country and other.key not in guessed
            return other.country if ok else None
    return None


def _traveller_country(doc: Doc, people: dict[str, Person], key: str | None) -> str | None:
    """The country of the story's most named office holder of a stated country, whose
    delegation an unowned "the delegation" is."""
    guessed = doc.user_data.get("dg_guessed_country", set())
    mentions: dict[str, int] = {}
    for span in people_spans(doc):
        mentions[span.kb_id_] = mentions.get(span.kb_id_, 0) + 1
    stated = [
        p for p in people.values()
        if p.key != key and p.title and p.country and p.key not in guessed and not p.former
    ]
    best = max(stated, key=lambda p: mentions.get(p.key, 0), default=None)
    return best.country if best is not None else None


_AUXILIARIES = {"will", "would", "is", "was", "to", "also", "due", "later", "personally"}
_HOST_VERBS = RECEIVING | HOSTING | GREETING
_GUEST_WORDS = {"him", "her", "them", "delegation", "guest", "guests", "visitor", "visitors",
                "counterpart", "counterparts", "leaders", "delegations"}


def hosting_country(doc: Doc, key: str) -> str | None:
    """The state of the city where a person hosts ("travels to Paris, and President X will
    receive him", "flew on to Accra, where President Y welcomed him", "was hosted by Prime
    Minister Z in Ottawa"): one receives visitors at home. The city is within ten words of
    the verb, after "in" or "at" (or "to" before it); an active host's object is a person
    or a party ("received the award" hosts no one)."""
    toks = tokens_of(doc)
    names = [s for s in people_spans(doc) if s.label_ == "NAME"]
    for span in names:
        if span.kb_id_ != key:
            continue
        j = span.start - 1
        while j > 0 and toks[j].ent_type_ == "" and toks[j].text[:1].isupper():
            j -= 1  # the office words before the name
        if j > 0 and toks[j].lower_ == "by" and toks[j - 1].lower_ in _HOST_VERBS:
            k = j - 1  # "was hosted by Prime Minister Z"
        else:
            k = span.end
            while k < len(doc) and toks[k].lower_ in _AUXILIARIES:
                k += 1
            if k >= len(doc) or toks[k].lower_ not in _HOST_VERBS:
                continue
            guests = {t.lower_ for t in toks[k + 1 : k + 5]}
            if not guests & _GUEST_WORDS and not any(s.start == k + 1 for s in names):
                continue
        sent = next(s for s in sentence_spans(doc) if s.start <= k < s.end)
        cities = [
            g
            for g in gazetteer_spans(doc)
            if sent.start < g.start < sent.end
            and g.label_ in ("PLACE", "CAPITAL")
            and abs(g.start - k) <= 10
            and toks[g.start - 1].lower_ in (("in", "at") if g.start > k else ("in", "to", "at"))
        ]  # "flew to Accra, where X welcomed him"; not "hosted by X before flying to Y"
        if cities:
            return min(cities, key=lambda g: abs(g.start - k)).kb_id_
    return None
