"""Trigger phrases as writers break them up: a quotation mark, an adverb of time or a
town inside a phrase ('a "very good call" with X', "met separately with X", "a summit in
Budapest between A and B"), a stay told as time spent somewhere ("spent two days in
India"), an arrival told by when one is expected ("X is expected this morning"), and a
call on someone told with "visit" ("visited former president X": a person follows, and
"visit" is no noun). Used by :mod:`.arguments` to find triggers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .pronouns import PERSONAL
from .tokenizer import texts_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "NOUN_DETERMINERS",
    "TIME_NOUNS",
    "a_noun",
    "expected_when",
    "person_next",
    "phrase_words",
    "time_in",
]


TIME_NOUNS = {"hours", "hour", "minutes", "afternoon", "morning", "evening", "day", "days"}
TIME_NOUNS |= {"night", "nights", "time", "weekend", "week", "weeks"}
TIME_NOUNS |= {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def time_in(k: int, ctx: Context) -> bool:
    """ "(spent) five days in India", "(spent) the night at Camp David": a stay somewhere
    (a time, then "in" or "at" and a place within a few words)."""
    words = ctx.lower[k : k + 6]
    dated = [m for m in ctx.dates_in(k, k + 6) if m.start <= k + 1]  # "spent February 28
    if not TIME_NOUNS.intersection(words) and not dated:  # and 29 in Tokyo": its days
        return False
    for j in range(k, min(k + 7, len(ctx.lower) - 1)):
        if ctx.lower[j] in ("in", "at") and (
            ctx.label[j + 1] in ("PLACE", "COUNTRY", "CAPITAL") or _town_of(j + 1, ctx)
        ):
            return True
    return False


def _town_of(k: int, ctx: Context) -> bool:
    """Whether "the (Chilean) (port) city of <place>" opens at ``k``."""
    if ctx.lower[k : k + 1] != ["the"]:
        return False
    for j in range(k + 1, min(k + 6, len(ctx.lower) - 1)):
        if ctx.lower[j] == "of":
            return j > k + 1 and ctx.label[j + 1] in ("PLACE", "CAPITAL")
        if not (ctx.label[j] == "DEMONYM" or texts_of(ctx.doc)[j].islower()):
            return False
    return False


_QUOTES = {'"', "“", "”", "'", "‘", "’"}
# words a writer slips into a phrase without changing it: "spoke today with X", "met
# separately with X"
_INSERTS = _QUOTES | {"today", "yesterday", "tonight", "again", "briefly", "separately"}


_SITES = ("PLACE", "CAPITAL", "SEAT")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def phrase_words(i: int, n: int, ctx: Context) -> list[int] | None:
    """The tokens of an ``n``-word trigger phrase opening at ``i`` with quotation marks,
    an adverb of time or a town ("a summit in Budapest between A and B") inside it, if any
    falls inside it ("a summit at the White House with X" is not read through: the venue
    may be the host's)."""
    kept, k = [i], i + 1
    while k < len(ctx.lower) and len(kept) < n:
        j = k + 1
        if ctx.lower[k] in ("in", "at") and j < len(ctx.lower) and ctx.label[j] in _SITES:
            k = j + 1
            while k < len(ctx.lower) and ctx.label[k] == ctx.label[j]:
                k += 1  # the rest of the place's name
            continue
        if ctx.lower[k] == "on" and ctx.lower[j : j + 1] and ctx.lower[j] in _WEEKDAYS:
            k = j + 1  # "spoke on Monday with X"
            continue
        if ctx.lower[k] in _WEEKDAYS and len(kept) > 0:
            k = j  # "spoke Friday with X", as American copy writes it
            continue
        counted = _past_a_count(k, ctx) if ctx.lower[kept[-1]] == "the" else k
        if counted > k:  # "among the more than 90 heads of state"
            k = counted
            continue
        if ctx.lower[kept[-1]] in _DETERMINERS and _qualifier(ctx.lower[k]):
            k += 1  # "held a one-day summit", "held their first summit": how it was held
            continue
        if ctx.lower[k] not in _INSERTS:
            kept.append(k)
        k += 1
    return kept if len(kept) == n and kept[-1] > i + n - 1 else None


_DETERMINERS = {"a", "an", "their"}
_QUALIFIERS = {"historic", "landmark", "extraordinary", "first", "second", "third", "rare",
               "brief", "short", "long", "informal", "formal", "bilateral", "private"}


def _qualifier(word: str) -> bool:
    """Whether ``word`` only qualifies the noun after it ("one-day", "historic", "first")."""
    return word in _QUALIFIERS or word.endswith(("-day", "-hour", "-minute"))


_ABOUT = {"more", "than", "over", "some", "about", "nearly", "almost", "around", "roughly"}


def _past_a_count(k: int, ctx) -> int:
    """Past a number and the words that hedge it at ``k`` ("more than 90", "some 40")."""
    j = k
    while j < len(ctx.lower) and ctx.lower[j] in _ABOUT:
        j += 1
    return j + 1 if j < len(ctx.lower) and ctx.lower[j].isdigit() else k


# what "was in" a state of, not a place: "were in their meeting", "was in office"
_STATES_OF_BEING = {"meeting", "meetings", "talks", "session", "discussions", "conversation"}
_STATES_OF_BEING |= {"negotiations", "consultations", "contact", "touch", "power", "office"}
_STATES_OF_BEING |= {"charge", "favour", "favor", "talk", "agreement", "mourning", "hospital"}


def in_no_place(k: int, ctx) -> bool:
    """Whether the words after "was in" at ``k`` name a state of being, not a place."""
    for j in range(k, min(k + 3, len(ctx.lower))):
        if ctx.label[j] in ("PLACE", "CAPITAL", "COUNTRY"):
            return False
        if ctx.lower[j] in _STATES_OF_BEING:
            return True
    return False


def expected_when(i: int, ctx: Context) -> bool:
    """Whether "expected" at ``i`` is a person's ("is expected", "are expected") and a day
    follows it alone ("X is expected this morning", "Y is expected on Friday"): when one
    comes, not what one is expected to do."""
    told = ctx.dates_in(i + 1, i + 3)
    return (
        i > 0
        and ctx.lower[i - 1] in ("is", "are")
        and bool(told)
        and told[0].start == i + 1
        and ctx.lower[told[0].end : told[0].end + 1] in ([","], ["."], [";"], ["and"])
    )


# words before "visit" that make it a noun ("the visit", "his visit", "the summit visit")
NOUN_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "summit", "as"}


def a_noun(i: int, ctx: Context) -> bool:
    """Whether "visit" at ``i`` is a noun ("ahead of the visit Putin spoke", "his visits")."""
    before = ctx.lower[i - 1] if i > 0 else ""
    return ctx.lower[i] != "visited" and (
        before in NOUN_DETERMINERS or before in ("'s", "’s", "this", "that", "state", "official")
        or before.endswith(("-day", "ial"))  # "a three-day visit", "an official/presidential"
    )


_PRONOUNS = PERSONAL


def person_next(k: int, ctx: Context) -> bool:
    """Whether a person with an office opens at ``k``, after up to four office words (not
    "visit Makedonitissa Tomb", a name of no one's office)."""
    start, end = k, k + 4
    if ctx.lower[k : k + 1] == ["the"]:  # "visited the ailing King X": one adjective at most
        k += 2 if k + 2 < len(ctx.lower) and ctx.lower[k + 1] == texts_of(ctx.doc)[k + 1] else 1
        start, end = k, k + 4
    if ctx.lower[k : k + 1] == ["former"]:  # "visited former president Fidel Castro"
        k += 1
        start, end = k, k + 4
    while k < end and k < len(ctx.lower) and not ctx.person_at(k) and ctx.leads_a_name(k):
        k += 1
    if k >= len(ctx.lower) or not ctx.person_at(k) or ctx.lower[k - 1 : k] == ["'s"]:
        return False
    if ctx.lower[k] in _PRONOUNS:
        return False  # "the visit to Turkey he was to have made": the subject, not a host
    person = ctx.people.get(ctx.persons_in(k, k + 1)[0][2])
    return k > start or (person is not None and bool(person.title))
