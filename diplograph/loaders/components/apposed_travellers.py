"""Travellers named across an apposition or an office phrase: "met X, President of Y, who
arrived on Sunday" (X arrived), "President X of Burkina Faso, the OAU's chairman, who was
also visiting Libya", "Samoa was represented by its Minister of Commerce, X". Helpers of
:mod:`.travellers`.
"""

from __future__ import annotations

from .arguments import Context
from .name_lists import coordinated_forward
from .tokenizer import texts_of

__all__ = [
    "by_after_office",
    "by_group_including",
    "who_after_apposition",
    "before_apposition",
    "of_after_date",
]

_OFFICE_GLUE = {"the", "its", "his", "her", "their", "of", ",", "and", "'s", "’s"}


def by_after_office(
    t: int, by: int | None, rng: tuple[int, int], ctx: Context, speakers: set[str]
) -> list[str]:
    """The people "represented by" names past an office phrase with a comma or an "of"
    ("Samoa was represented by its Minister of Commerce, X"), which the walk back over
    office words in :func:`.travellers.travellers` does not cross."""
    if by is None or by > t + 4 or not ctx.lower[t].startswith("represent"):
        return []  # not "a dinner attended by H.H. Sheikh X, Minister of ...": the hosts
    named = [p for p in ctx.persons_in(by + 1, min(rng[1], by + 12)) if p[0] not in speakers]
    if not named:
        return []
    texts = texts_of(ctx.doc)
    gap = range(by + 1, named[0][0])
    if not all(
        ctx.label[k] or ctx.lower[k] in _OFFICE_GLUE or texts[k][:1].isupper() for k in gap
    ):
        return []  # "attended by officials who had worked with X"
    return coordinated_forward(named, ctx)


def by_group_including(t: int, by: int | None, rng: tuple[int, int], ctx: Context) -> list[str]:
    """The people an "attended by" names after a group of no one and "including" ("was
    attended by dozens of foreign leaders, including A and B"): they attended."""
    if by is None or by > t + 2 or not ctx.lower[t].startswith("attend"):
        return []
    including = next(
        (k for k in range(by + 1, min(rng[1], by + 10)) if ctx.lower[k] == "including"), None
    )
    if including is None or ctx.persons_in(by + 1, including):
        return []
    return coordinated_forward(ctx.persons_in(including + 1, rng[1]), ctx)


def who_after_apposition(rng: tuple[int, int], t: int, ctx: Context) -> str | None:
    """The person a ", who" clause inside the trigger's range hangs on across an apposition
    ("held talks with X, President of Y, who arrived"), wherever the range begins."""
    who = next((k for k in range(rng[0] + 1, t) if ctx.lower[k] == "who"), None)
    if who is None or ctx.lower[who - 1] != ",":
        return None
    return before_apposition(who, ctx)


def before_apposition(who: int, ctx: Context) -> str | None:
    """The person a ", who" clause hangs on across an apposition that names no one and tells
    no act ("President X of Burkina Faso, the current chairman of the OAU, who ...")."""
    lo = ctx.sentence_of(who)[0]
    named = ctx.persons_in(max(lo, who - 18), who)
    if not named:
        return None
    s, e, key = named[-1]
    if ctx.lower[e : e + 1] == ["of"]:  # "President X of Burkina Faso, ..."
        e += 1
        while e < who and ctx.label[e] == "COUNTRY":
            e += 1
    gap = range(e, who)
    if ctx.lower[e : e + 1] != [","] or ctx.trigger_tokens.intersection(gap):
        return None
    commas = sum(ctx.lower[k] == "," for k in gap)
    return key if commas == 2 or commas == 1 and e > named[-1][1] else None  # "X of Y, who"


# the words between "of" and the name it leads to ("of the Vice-President of the U.S.A., X")
_OFFICE_LINKS = {"the", "of", ","}


def of_after_date(t: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """The traveller named by "of" right after the trip's date ("the visit to the Soviet
    Union in July of the Vice-President of the U.S.A., Richard Nixon", "the trip to New
    York at the end of June of X"), past offices and their states."""
    for m in ctx.dates_in(t + 1, min(rng[1], t + 12)):
        if ctx.lower[m.end : m.end + 1] != ["of"]:
            continue
        j = m.end + 1
        while j < min(rng[1], m.end + 12) and not ctx.person_at(j) and (
            ctx.label[j] in ("TITLE", "DEMONYM", "COUNTRY") or ctx.lower[j] in _OFFICE_LINKS
        ):
            j += 1
        named = ctx.persons_in(j, j + 1)
        return named[0][2] if named else None
    return None
