"""Lists of names in a sentence: who a list joins ("A, B and C", "A, who arrived on Sunday,
B and C", "A, the AU chairman, and B", "President X of Chile and Peru's President Y"),
and the words that lead a name with its office ("President of Turkey X", "West Bengal
Chief Minister X"). Helpers of :mod:`.travellers` and the encounter readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .companions import spouse_gap
from .tokenizer import texts_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "coordinated",
    "coordinated_forward",
    "named_after_comma",
    "office_then_name",
    "apposition_end",
    "office_of",
    "region_of_office",
    "country_of_office",
    "joins_an_office",
    "PREDECESSOR_WORDS",
    "past_styles",
    "GLUE",
]


GLUE = {",", "and", "'s", "’s", "former", "&"}


def coordinated(persons: list[tuple[int, int, str]], ctx: Context) -> list[str]:
    """The last person and those joined to them by "," / "and" (and their offices)."""
    if not persons:
        return []
    group = [persons[-1]]
    for p in reversed(persons[:-1]):
        if _glued(range(p[1], group[-1][0]), ctx):
            group.append(p)
        else:
            break
    return list(dict.fromkeys(k for _, _, k in reversed(group)))


def _glued(gap: range, ctx: Context) -> bool:
    """Whether the words between two names join them in a list: commas, "and", offices,
    nationalities, a relative aside of the first ("A, who arrived on Sunday, B and C") or an
    apposition ("A, the AU chairman, and B")."""
    words = ctx.lower[gap.start : gap.stop]
    if words[:1] == ["("] and ")" in words[2:5]:  # "A (PDCI) and B (RDR)": a party's
        gap = range(gap.start + words.index(")") + 1, gap.stop)  # name in brackets
        words = ctx.lower[gap.start : gap.stop]
    if words[:2] in ([",", "who"], [",", "whose"]):
        close = next((k for k in range(2, len(words)) if words[k] == ","), None)
        if close is None or close > 14:
            return False
        gap = range(gap.start + close, gap.stop)
    aside = apposition_end(gap, ctx)
    if aside is not None:  # "A, the chairman of the AU, and B": past the aside
        gap = range(aside, gap.stop)
    if spouse_gap(gap, ctx):
        return True  # "President X and First Lady Y", "X and his wife, Y,"
    if _counterpart_gap(gap, ctx):
        return True  # "X and his Portuguese counterpart, Y,": "his" is X, Y his counterpart
    return all(
        ctx.lower[i] in GLUE or ctx.leads_a_name(i) or _of_country(i, ctx) or _the_office(i, ctx)
        or ctx.lower[i] == "then" and i + 1 < gap.stop and ctx.leads_a_name(i + 1)
        for i in gap
    )  # offices, nationalities and forms of address ("and Dr Julius Maada Bio") included, and
    # a past office's "then" ("A and then Commission President B")


def _counterpart_gap(gap: range, ctx: Context) -> bool:
    """Whether the words between a possessive's mention and a name are its counterpart
    noun ("[his] Portuguese counterpart, [Y]"), nationalities and a comma only."""
    words = [ctx.lower[i] for i in gap if ctx.label[i] != "DEMONYM"]
    return words in (["counterpart", ","], ["counterpart"])


def _the_office(i: int, ctx: Context) -> bool:
    """ "(A and) the (Hungarian) Prime Minister(, B)": "the" before the office of the next
    name, as British and wire copy write it."""
    k = i + 1 + (ctx.lower[i + 1 : i + 2] == ["former"])  # "and the former President B"
    return ctx.lower[i] == "the" and k < len(ctx.lower) and ctx.leads_a_name(k)


def _of_country(i: int, ctx: Context) -> bool:
    """ "(Marta Rojas) of Chile", "of the Philippines": whose leader a name is."""
    if ctx.lower[i] == "of":
        k = i + 1 + (ctx.lower[i + 1 : i + 2] == ["the"])
        return k < len(ctx.label) and ctx.label[k] == "COUNTRY"
    return ctx.lower[i] == "the" and ctx.lower[i - 1] == "of" and ctx.label[i + 1] == "COUNTRY"


def apposition_end(gap: range, ctx: Context) -> int | None:
    """Where a short aside (", the current chairman of the African Union,", ", President of
    the Republic,") that opens the gap between two names ends, if the gap has one."""
    words = ctx.lower[gap.start : gap.stop]
    titled = words[:1] == [","] and len(words) > 2 and ctx.label[gap.start + 1] == "TITLE"
    opened = len(words) >= 4 and words[:2] in ([",", "the"], [",", "a"])  # ", the AU chairman,"
    if len(words) > 14 or not (opened or titled):  # or ", President of the Republic,"
        return None
    close = next((k for k in range(2, len(words)) if words[k] == ","), None)
    if close is None or _CLAUSE_WORDS.intersection(words[2:close]):
        return None
    return gap.start + close


_CLAUSE_WORDS = {"who", "which", "that", "said", "says", "is", "was", "were", "are", "will"}


def coordinated_forward(persons: list[tuple[int, int, str]], ctx: Context) -> list[str]:
    """The first person and those joined after them by "," / "and"."""
    if not persons:
        return []
    group = [persons[0]]
    for p in persons[1:]:
        gap = range(group[-1][1], p[0])
        aside = apposition_end(gap, ctx)
        if aside:
            gap = range(aside, p[0])  # "A, the chairman of the AU, and B": past the aside
        listed = ctx.lower[p[1] : p[1] + 1] in ([";"], ["."], ["("])  # "A; Prime Minister B;"
        if all(
            ctx.lower[i] in GLUE
            or ctx.lower[i] == ";" and listed
            or ctx.leads_a_name(i)
            or _whose_state(i, ctx)
            or _the_office(i, ctx)
            for i in gap
        ):
            group.append(p)
        else:
            break
    return list(dict.fromkeys(k for _, _, k in group))


def _whose_state(i: int, ctx: Context) -> bool:
    """Whether token ``i`` lies in an "of (the) <country>" after a name ("President Felix
    Tshisekedi of the DR Congo, Rwanda's President Paul Kagame"): whose office it is."""
    start = i
    while start > 0 and ctx.label[start] == "COUNTRY":
        start -= 1  # back over the country's words
    if ctx.lower[start] == "the":
        start -= 1
    if ctx.lower[start] != "of":
        return False
    end = start + 1 + (ctx.lower[start + 1 : start + 2] == ["the"])
    return end < len(ctx.lower) and ctx.label[end] == "COUNTRY"


def region_of_office(k: int, ctx: Context) -> bool:
    """Whether token ``k`` is part of a region's name that leads an office ("West Bengal
    Chief Minister X", "Northern Province Governor X")."""
    texts = texts_of(ctx.doc)
    for j in range(k, min(k + 4, len(texts))):
        if ctx.label[j] == "TITLE":
            return j > k
        if ctx.label[j] not in ("", "PLACE", "CAPITAL") or not texts[j][:1].isupper():
            return False
        if j in ctx.name_tokens:
            return False
    return False


def country_of_office(k: int, ctx: Context) -> bool:
    """Whether the "'s" at ``k`` joins a country to the office after it ("talks with
    Kenya's President X", "led by Liberia's President X")."""
    return (
        ctx.lower[k] in ("'s", "’s")
        and k > 0
        and ctx.label[k - 1] == "COUNTRY"
        and ctx.label[k + 1 : k + 2] == ["TITLE"]
    )


# words before the office of one named as having done something: "was the late Shinzo
# Abe", "was made by former President X", "was then President Y"
PREDECESSOR_WORDS = {"the", "late", "then", "former"}


def past_styles(k: int, stop: int, ctx: Context, step: int = 1) -> int:
    """The first token from ``k``, going forward (``step`` 1) or back (-1) up to ``stop``,
    that is no office word, demonym, country, form of address or "the late", "former",
    "then": where the name those styles lead to starts (or, going back, what precedes them)."""
    while (k < stop if step > 0 else k > stop) and (
        ctx.lower[k] in PREDECESSOR_WORDS or ctx.leads_a_name(k)
    ):
        k += step
    return k


def joins_an_office(k: int, ctx: Context) -> bool:
    """Whether token ``k`` joins a state or region to the office before a name ("President
    of Turkey X", "West Bengal Chief Minister X", "Kenya's President X")."""
    return office_of(k, ctx) or region_of_office(k, ctx) or country_of_office(k, ctx)


def office_of(k: int, ctx: Context) -> bool:
    """Whether the "of" at ``k`` joins an office to its country ("President of Turkey X")."""
    return (
        ctx.lower[k] == "of"
        and ctx.label[k - 1] == "TITLE"
        and ctx.label[k + 1 if ctx.lower[k + 1 : k + 2] != ["the"] else k + 2] == "COUNTRY"
    )


def named_after_comma(comma: int, ctx: Context) -> bool:
    """Whether people are named right after the comma at ``comma``, past office words only
    ("the leaders of the European Union, Swedish Prime Minister A and B"): who a group
    noun before it stands for."""
    named = ctx.persons_in(comma + 1, comma + 10)[:1]
    return bool(named) and all(ctx.leads_a_name(k) for k in range(comma + 1, named[0][0]))


def office_then_name(k: int, stop: int, ctx: Context) -> bool:
    """Whether "the <office>, <name>" opens at ``k`` (before ``stop``): an office set before
    the name it belongs to ("A, the foreign minister, B, and the trade minister, C, flew
    to Abuja"), an item of a list, not an aside about the name before it."""
    j = past_styles(k + 1, stop, ctx) if ctx.lower[k] == "the" else k
    return j > k + 1 and ctx.lower[j : j + 1] == [","] and ctx.person_at(j + 1)
