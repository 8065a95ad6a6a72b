"""Travellers a sentence names away from its trigger: "The last Pakistani foreign
minister to visit India was Hina Rabbani Khar" (after "was"), "two of Kyiv's backers had
gone to Washington" (the next sentence's two names). Helpers of :mod:`.visits`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import Context, country_of, home_of
from .earlier_trips import ORDINALS
from .name_lists import coordinated_forward, past_styles

__all__ = [
    "named_after_was",
    "named_next",
    "names_a_group",
    "nation_first",
    "the_storys_tour",
    "the_other_one",
    "tells_a_tour",
    "of_the_nation",
    "a_national_first",
    "whose_ordinal",
]


_GROUP_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
_PEOPLE_NOUNS = {
    "leaders",
    "backers",
    "allies",
    "ministers",
    "presidents",
    "premiers",
    "officials",
    "heads",
    "envoys",
    "counterparts",
    "statesmen",
}


def names_a_group(sent: Span, ctx: Context) -> bool:
    """Whether a sentence speaks of a number of unnamed people ("two of Kyiv's backers")."""
    words = set(ctx.lower[sent.start : sent.end])
    return bool(words & _GROUP_NUMBERS.keys() and words & _PEOPLE_NOUNS)


def named_next(t: int, rng: tuple[int, int], sent: Span, ctx: Context) -> list[str]:
    """ "two of Kyiv's most important backers had gone to Washington": the people the next
    sentence opens with, when it names as many as the number given."""
    words = ctx.lower[rng[0] : t]
    n = next((_GROUP_NUMBERS[w] for w in words if w in _GROUP_NUMBERS), None)
    if n is None or not _PEOPLE_NOUNS.intersection(words) or ctx.persons_in(rng[0], t):
        return []
    nxt = sent.end
    if nxt >= len(ctx.doc):
        return []
    lo, hi = ctx.sentence_of(nxt)
    opening = [p for p in ctx.persons_in(lo, hi) if p[0] < lo + 12]
    group = coordinated_forward(opening, ctx)
    return group if len(group) == n and opening and opening[0][0] <= lo + 4 else []


_LIGHT_VERBS = {"make", "pay", "undertake"}


def _to_visit(t: int, ctx: Context) -> bool:
    """ "to visit", or a light verb's "to make a bilateral visit", "to pay an official
    visit", "to make the trip" (the story's): the infinitive that tells the visit."""
    if ctx.lower[t - 1 : t] == ["to"]:
        return True
    for k in range(t - 1, max(0, t - 5), -1):
        if ctx.lower[k] in _LIGHT_VERBS:
            return ctx.lower[k - 1] == "to" and (
                ctx.lower[k + 1] in ("a", "an", "the", "that") or ctx.lower[t].endswith("s")
            )  # "to make state visits to Italy and France"
        if not ctx.lower[k].isalpha():
            return False
    return False


def whose_ordinal(t: int, rng: tuple[int, int], ctx: Context) -> list[str]:
    """ "The visit is his first since taking office", "The trip was her third to Africa":
    the one whose count the predicate makes the visit."""
    if ctx.persons_in(rng[0], t) or ctx.lower[t + 1 : t + 2] not in (["is"], ["was"]):
        return []
    if ctx.lower[t + 3 : t + 4] and ctx.lower[t + 3] in ORDINALS:
        return [key for s, _, key in ctx.persons_in(t + 2, t + 3)]  # "his", "her"
    return []


def _national_at(k: int, ctx: Context) -> str | None:
    """The country of "a Ghanaian leader" / "an Indian prime minister" opening at ``k``."""
    if ctx.lower[k : k + 1] not in (["a"], ["an"]) or k + 2 >= len(ctx.lower):
        return None
    demonym = next((g for g in ctx.gaz_in(k + 1, k + 2, ("DEMONYM",)) if g.start == k + 1), None)
    end = demonym.end if demonym is not None else k + 2  # "a South Korean president"
    if end >= len(ctx.lower) or ctx.label[end] != "TITLE" and ctx.lower[end] not in (
        "leader",
        "head",
    ):
        return None
    return demonym.kb_id_ if demonym is not None else None


def a_national_first(sent: Span, ctx: Context) -> bool:
    """Whether the sentence tells a first of a nation's leader ("It is the first visit by
    a Ghanaian leader in a decade"), which names the story's own traveller."""
    words = ctx.lower[sent.start : sent.end]
    return bool(ORDINALS.intersection(words)) and any(
        w == "by" and _national_at(sent.start + i + 1, ctx) for i, w in enumerate(words)
    )


def nation_of_first(t: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """The nation of "the first visit by a Ghanaian leader" at the trigger ``t``."""
    if not ORDINALS.intersection(ctx.lower[rng[0] : t]):
        return None
    k = t + 1
    if ctx.lower[k : k + 1] == ["to"]:  # "the first visit to Pyongyang by a South Korean
        where = ctx.gaz_in(k + 1, k + 5, ("PLACE", "CAPITAL", "COUNTRY"))  # president"
        k = where[0].end if where and where[0].start == k + 1 else k
    if ctx.lower[k : k + 1] != ["by"]:
        return None
    return _national_at(k + 1, ctx)


def of_the_nation(visitors: list[str], t: int, rng: tuple[int, int], ctx: Context) -> list[str]:
    """ "X received his Chilean counterpart Y, in the first visit by a Chilean foreign
    minister": of the sentence's people, those of the nation the first is told of, if any."""
    code = nation_of_first(t, rng, ctx)
    ours = [k for k in visitors if code and ctx.people.get(k) and ctx.people[k].country == code]
    return ours or visitors


def nation_first(t: int, rng: tuple[int, int], ctx: Context) -> list[str]:
    """ "It is the first visit by a Ghanaian leader in a decade": the story's own person of
    that nation (its protagonist, else the first named of it) made the visit reported."""
    code = nation_of_first(t, rng, ctx)
    if code is None:
        return []
    ours = [key for key, p in ctx.people.items() if code and p.country == code and not p.former]
    return [ctx.protagonist] if ctx.protagonist in ours else ours[:1]


_TOURS = {"tour", "trip", "journey", "swing"}
_BEGAN = {"began", "begins", "started", "starts", "opened", "opens"}


def the_storys_tour(t: int, rng: tuple[int, int], ctx: Context) -> list[str]:
    """ "the centrepiece of a tour that began in Honiara on Thursday": a tour no one owns in
    its clause, told as beginning somewhere, is the story's protagonist's."""
    if ctx.persons_in(rng[0], t) or ctx.protagonist is None or not _began(t, ctx):
        return []
    return [ctx.protagonist]


def tells_a_tour(sent: Span, ctx: Context) -> bool:
    """Whether the sentence tells where a tour began ("a trip that started in Santiago")."""
    return any(_began(k, ctx) for k in range(sent.start, sent.end - 2))


def _began(t: int, ctx: Context) -> bool:
    """ "tour that began", "trip which started", "The tour began in Maputo": a journey
    told by where it began."""
    after = [w for w in ctx.lower[t + 1 : t + 4] if w != ","][:2]  # "The tour, which began"
    if ctx.lower[t] in _TOURS and after[:1] and after[0] in _BEGAN:
        return ctx.lower[t + 1] != ","  # "The tour began in X", not "the tour, began"
    return ctx.lower[t] in _TOURS and after[:1] in (["that"], ["which"]) and after[1:2] != [] and (
        after[1] in _BEGAN
    )


def named_after_was(t: int, rng: tuple[int, int], ctx: Context) -> list[str]:
    """ "The last Pakistani foreign minister to visit India was Hina Rabbani Khar": the
    person the sentence names as the one who made the visit."""
    if not _to_visit(t, ctx) or not {"last", "first"} & set(ctx.lower[rng[0] : t]):
        return []
    for i in range(t + 1, min(rng[1], t + 10)):
        if ctx.lower[i] not in ("was", "were"):
            continue
        k = past_styles(i + 1, min(rng[1], i + 8), ctx)  # "was the late Shinzo Abe", "was
        # then President X"
        if ctx.person_at(k):
            if ctx.lower[i] == "was":
                return [key for s, _, key in ctx.persons_in(k, k + 1)]
            # "The last presidents to go to Pyongyang were A, in October 2007, and B"
            return coordinated_forward(ctx.persons_in(k, rng[1]), ctx)
    return []


def the_other_one(key: str, t: int, sent: Span, ctx: Context, country: str) -> str | None:
    """For a pronoun read as ``key``, who is at home in ``country``: the one other person
    named before it in the sentence who is foreign there, if there is exactly one."""
    pronouns = [p for p in ctx.persons_in(sent.start, t) if ctx.lower[p[0]] in ("he", "she")]
    if not pronouns or pronouns[-1][2] != key:
        return None
    others = {
        k
        for _, _, k in ctx.persons_in(sent.start, pronouns[-1][0])
        if k != key and country_of(k, ctx) not in (None, country)
    }
    return others.pop() if len(others) == 1 else None


def at_home(key: str, country: str, how: str, sent: Span, ctx: Context) -> bool:
    """Whether ``key`` is at home in ``country``: stated so, or, for one leaving or coming
    back (``how`` "leaving") or taking part in something (``how`` "attending") in a sentence
    that names no other state, guessed so ("TEHRAN - Foreign Minister X left Tehran for
    Vienna", "Economy Minister X took part in the talks"); not "On the Somali side, it was
    attended by X", a guess the sentence's other state belies."""
    if country_of(key, ctx) == country:
        return True
    if how == "attending":
        states = {g.kb_id_ for g in ctx.gaz_in(sent.start, sent.end, ("COUNTRY", "DEMONYM"))}
        if not states <= {country}:
            return False
    return how in ("leaving", "attending") and home_of(key, ctx) == country
