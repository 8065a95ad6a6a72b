"""Who stands for the people of an encounter that a sentence does not name: a trip as the
subject ("The programme will include talks with X": the trip's traveller), a state or city
as the host ("Tokyo hosts the summit": no one), guests left unnamed ("received the visiting
leaders": the ones who just arrived), the subject after an opening phrase that tells
the encounter ("After talks with X, Y said": Y). Helpers of :mod:`.encounters`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import Context
from .event_triggers import triggers
from .travellers import GUESTS
from .trip_cues import visiting_guest

__all__ = [
    "GUEST_NOUNS",
    "fronted_subject",
    "hosts_many",
    "hosts_no_one",
    "ministers_gathering",
    "trip_as_subject",
    "trip_purpose",
    "unnamed_guests",
]


# the many a meal or a reception is given for: "a luncheon for 27 visiting heads of state"
_MANY = {"dozens", "scores", "hundreds", "all", "some", "more"}
GUEST_NOUNS = {"heads", "leaders", "guests", "dignitaries", "delegations", "presidents"}
_A_GATHERING = 5  # guests enough that one host's meal with them is no meeting of them all


def hosts_many(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the meal or reception at ``t_end`` is given "for" a number of guests too
    large to be a meeting of them all ("a luncheon for 27 visiting heads of state and
    government", "a dinner for dozens of leaders"): a gathering."""
    words = ctx.lower[t_end : min(rng[1], t_end + 12)]  # past "at the X Guesthouse"
    if "for" not in words:
        return False
    k = words.index("for") + 1
    count = words[k] if k < len(words) else ""
    many = count.isdigit() and int(count) >= _A_GATHERING or count in _MANY
    return many and bool(GUEST_NOUNS.intersection(words[k + 1 : k + 4]))


# the plural offices a gathering of many is named after: "the meeting of defence ministers"
_MEMBERS = {"ministers", "leaders", "heads", "presidents", "premiers", "chiefs", "envoys"}
_FEW = {"two", "three", "four", "both"}


def ministers_gathering(t: int, t_end: int, ctx: Context) -> bool:
    """Whether the meeting at ``t`` is named after the many it gathers ("addressed the joint
    meeting of defence ministers of the member states", "the meeting of SCO foreign
    ministers"): a gathering, not a meeting of those who attended it (not "a meeting of the
    two leaders")."""
    if ctx.lower[t] not in ("meeting", "meetings", "conference", "session") or ctx.lower[
        t_end : t_end + 1
    ] != ["of"]:
        return False
    words = ctx.lower[t_end + 1 : t_end + 7]
    return bool(_MEMBERS.intersection(words)) and not _FEW.intersection(words)


def hosts_no_one(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether a state or a city hosts a gathering at ``t`` ("Tokyo hosts the summit",
    "Kenya will host the talks"): no one named hosts anyone; nor does one who hosts an
    organisation's gathering ("when Carney hosts the G7 at Kananaskis")."""
    if ctx.lower[t] not in ("host", "hosts", "hosted", "hosting"):
        return False
    k = t + 1 + (ctx.lower[t + 1 : t + 2] == ["the"])
    if ctx.label[k : k + 1] == ["ORG"] and ctx.person_after_offices(k, rng[1]) is None:
        return True  # "hosts the G7", "hosted the AU summit"
    if ctx.persons_in(rng[0], t):
        return False
    k = t - 1
    while k > rng[0] and ctx.lower[k] in ("will", "to", "is", "was", "has", "had", "also"):
        k -= 1
    object_named = ctx.person_after_offices(t + 1, rng[1]) is not None  # "will host Modi"
    return ctx.label[k] in ("PLACE", "COUNTRY", "CAPITAL") and not object_named


_TRIP_SUBJECTS = {"visit", "trip", "programme", "program", "itinerary", "schedule", "tour"}


def trip_as_subject(t: int, sent: Span, ctx: Context) -> bool:
    """Whether the words before ``t`` are a trip's noun and its verb, naming no one ("The
    visit will include talks with X", "The programme was to have included a meeting")."""
    return not ctx.persons_in(sent.start, t) and bool(
        _TRIP_SUBJECTS.intersection(ctx.lower[sent.start : min(t, sent.start + 4)])
    )


def unnamed_guests(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause speaks of guests it does not name ("received the visiting
    leaders"; not "met visiting Chilean President X", who is named)."""
    return any(
        w in GUESTS and (w != "visiting" or visiting_guest(k, rng, ctx) is None)
        for k, w in enumerate(ctx.lower[rng[0] : rng[1]], start=rng[0])
    )


_FRONTING = {"in", "during", "at", "after", "following", "before", "ahead", "besides", "apart"}


def fronted_subject(t: int, t_end: int, sent: Span, ctx: Context) -> str | None:
    """The subject of the main clause after an opening phrase that holds the trigger ("In a
    meeting with X on Monday, Y stressed ...", "During talks with X, Y said ...", "After
    meeting X, Y held talks with Z"): Y took part, though Y is only said to speak."""
    if ctx.lower[sent.start] not in _FRONTING or ctx.persons_in(sent.start, t):
        return None
    if (
        ctx.lower[t_end : t_end + 1] != ["with"]
        and ctx.lower[t_end - 1] != "with"
        and not _with_after_adverbial(t_end, ctx)  # "a meeting at the airport with X"
        and not (ctx.lower[t].endswith("ing") and ctx.persons_in(t_end, t_end + 4))
    ):  # "After meeting X"
        return None
    comma = next((k for k in range(t, sent.end) if ctx.lower[k] == ","), None)
    if comma is None or not ctx.persons_in(t, comma):
        return None
    after = ctx.persons_in(comma + 1, min(sent.end, comma + 6))
    return after[0][2] if after else None


_ADVERBIAL_OPENERS = {"at", "in", "on", "here", "there", "late", "early", "earlier"}


def _with_after_adverbial(t_end: int, ctx: Context, span: int = 6) -> bool:
    """Whether a "with" follows the trigger after a short adverbial of place or time and
    before any comma ("a meeting at the airport with X", "talks in Geneva on Monday with X")."""
    if ctx.lower[t_end] not in _ADVERBIAL_OPENERS:
        return False
    for k in range(t_end + 1, min(t_end + span, len(ctx.lower))):
        if ctx.lower[k] == "with":
            return True
        if ctx.lower[k] in (",", ".", ";", "and"):
            return False
    return False


def trip_purpose(t: int, t_end: int, sent: Span, ctx: Context) -> bool:
    """Whether "to brief X" at ``t`` is the purpose of a trip the sentence tells before it
    ("flies to Seoul on Wednesday to brief President X"): a meeting there; not "called X
    to brief him", which the call is."""
    told = list(triggers(sent.start, sent.end, ctx))
    return (
        any(kind == "visit" and k < t for k, _, kind, _ in told)
        and all(kind != "call" for _, _, kind, _ in told)
        and bool(ctx.persons_in(t_end, t_end + 4))
    )
