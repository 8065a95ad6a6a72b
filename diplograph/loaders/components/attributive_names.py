"""Names in the text that do not name their bearer in person.

"the Trump administration", "Modi's government": a leader's name that qualifies a
government or an era; "Ana Lima ... will travel to Lima": a name that is also a town's,
after a word of place. The event reader (:mod:`.arguments`) leaves such mentions out of
an event's people. They read only the tokens around one mention, unlike the
coreference memory of :mod:`.coref_state` they used to sit in.
"""

from __future__ import annotations

__all__ = ["attributive", "TRAVELLED", "a_place_there"]


# nouns a leader's name qualifies without the leader taking part: "Trump administration
# officials", "the Modi government's plan", "Putin's regime"
_GOVERNED_BY = {"administration", "government", "cabinet", "regime", "presidency", "camp", "era"}


def attributive(toks, end: int) -> bool:
    """Whether the name ending at token ``end`` qualifies a government or an era ("the
    Trump administration", "Modi's government") rather than naming its holder in person."""
    k = end + 1 if end < len(toks) and toks[end].lower_ in ("'s", "’s") else end
    return k < len(toks) and toks[k].lower_ in _GOVERNED_BY


TRAVELLED = ("PLACE", "CAPITAL", "COUNTRY")  # gazetteer labels of places one goes to
# words after which a name that is also a town's is the town ("to Lima", "visit Santos")
_LOCATIVE = {"to", "in", "at", "from", "for", "into", "visit", "visits", "visited", "visiting",
             "toured", "reached", "near", "via"}


def a_place_there(toks, span, places: set[tuple[int, int]]) -> bool:
    """ "Ana Lima ... will travel to Lima": a name that is also a town's, after a word of
    place and not a possessor ("at Fontaine's estate"), is the town."""
    after = toks[span.end].lower_ if span.end < len(toks) else ""
    before = [t.lower_ for t in toks[max(span.start - 2, 0) : span.start]]
    return (
        (span.start, span.end) in places
        and bool(before) and before[-1] in _LOCATIVE
        and not (before[-1] in _TRIP_NOUNS and before[:1] and before[0] in _DETERMINERS)
        and after not in ("'s", "’s")
    )  # not "During the visit Austin also met X": the noun, then the visitor's name


_TRIP_NOUNS = {"visit", "visits"}
_DETERMINERS = {"the", "a", "his", "her", "their", "its", "this", "that", "each"}
