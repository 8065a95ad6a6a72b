"""Companions by marriage or kin: "President X and First Lady Y", "X and his wife, Y,".

The guidelines give a spouse without an office no visit of their own (they travel in the
delegation), while a spouse the text places in an encounter takes part in it; someone an
apposition names only as whose kin another is ("X, the wife of Y") takes no part. Helpers
of :mod:`.travellers`, which lists them with the traveller and then leaves them out, and
of :mod:`.encounters`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import _rows

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "consort_mention",
    "kin_named",
    "kin_of_another",
    "named_spouses",
    "spouse_gap",
    "spouse_mention",
    "without_spouses",
]

# the words that name a companion by marriage before the name ("First Lady", "his wife")
_SPOUSES = {"wife", "husband", "spouse", "lady", "gentleman"}
_SPOUSE_GAP = _SPOUSES | {"and", ",", "his", "her", "the", "first"}


def spouse_gap(gap: range, ctx: Context) -> bool:
    """Whether the words between two names make the second the first one's spouse ("and
    First Lady", "and his wife,", "and his wife, Empress")."""
    words = ctx.lower[gap.start : _before_style(gap.stop, gap.start, ctx)]
    return bool(_SPOUSES.intersection(words)) and set(words) <= _SPOUSE_GAP  # "his" may be
    # a mention of the first itself: "X and [his] wife, Y,"


def _before_style(s: int, start: int, ctx: Context) -> int:
    """Where the spouse's own style before the name at ``s`` begins ("his wife, Empress
    Masako", "his wife, Begum Ana Diaz"): past offices and honorifics, not "Lady"."""
    while s > start and ctx.lower[s - 1] not in _SPOUSES and ctx.leads_a_name(s - 1):
        s -= 1
    return s


def spouse_mention(s: int, ctx: Context) -> bool:
    """Whether the mention starting at token ``s`` names someone as a spouse ("First Lady
    Ana Diaz", "his wife, Ana Diaz", "his wife, Empress Masako")."""
    k = _before_style(s, max(0, s - 4), ctx)
    before = [w for w in ctx.lower[max(0, k - 4) : k] if w != ","]
    return bool(before) and before[-1] in _SPOUSES and (
        before[-1] not in ("lady", "gentleman") or before[-2:-1] == ["first"]
    )


@lru_cache(maxsize=1)
def _consort_styles() -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """consort's style -> the styles of the sovereigns it is the consort of
    (data/consort_styles.tsv)."""
    table: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for sovereign, consort in _rows("consort_styles.tsv"):
        table.setdefault(tuple(consort.split()), set()).add(tuple(sovereign.split()))
    return table


def consort_mention(s: int, ctx: Context) -> bool:
    """Whether the mention starting at token ``s`` names a monarch's or heir's consort,
    styled as such right after the sovereign ("Emperor Akihito and Empress Michiko",
    "Queen Margrethe and Prince Henrik"): a spouse in the delegation."""
    table = _consort_styles()
    lower = ctx.lower
    for n in (3, 2, 1):
        style = tuple(lower[s - n : s]) if s >= n else ()
        if style not in table or s - n < 2 or lower[s - n - 1] != "and":
            continue
        end = s - n - 1  # the sovereign's mention ends right before "and"
        sovereign = next(((a, k) for a, b, k in ctx.persons if b == end), None)
        if sovereign is None:
            return False
        start, key = sovereign
        if not any(
            tuple(lower[start - len(st) : start]) == st
            or tuple(lower[start + (lower[start] == "the") : end]) == st
            for st in table[style]
        ):  # "Emperor Akihito and Empress Michiko", "the Emperor and Empress Michiko"
            return False
        consort = next((k for a, _b, k in ctx.persons if a == s), None)
        people = ctx.people
        countries = {people[k].country for k in (key, consort) if k in people} - {None}
        # "King Harald and Queen Elizabeth": two realms, no couple; but a "Queen Consort"
        # or "Prince Consort" is one by style, whatever country the story gave her
        return len(countries) < 2 or "consort" in style
    return False


def named_spouses(ctx: Context) -> set[str]:
    """People with no office whom some mention of the story names as a spouse ("First
    Lady Ona Petraitiene", "his wife, Sylvie Mba"): they travel in a delegation all
    through the story, so a later "First Lady Petraitiene will attend ..." is no trip."""
    people = ctx.people
    return {
        k
        for s, _e, k in ctx.persons
        if spouse_mention(s, ctx) and not (k in people and people[k].title)
        or consort_mention(s, ctx)
    }


def without_spouses(found: list[str], persons: list[tuple[int, int, str]], ctx) -> list[str]:
    """Travellers less those named as another's spouse, who travel in the delegation and
    make no visit of their own (the guidelines); never all of them."""
    spouses = {k for s, _e, k in persons if spouse_mention(s, ctx) or consort_mention(s, ctx)}
    spouses |= _family(found, ctx)
    kept = list(dict.fromkeys(k for k in found if k not in spouses))
    return kept or found


def _family(found: list[str], ctx: Context) -> set[str]:
    """Travellers with no office who bear the surname of one who has one ("Emmanuel and
    Brigitte Macron were to arrive"): family in the delegation."""
    people = ctx.people
    titled = {k.rsplit("-", 1)[-1] for k in found if k in people and people[k].title}
    return {
        k
        for k in found
        if k in people and not people[k].title and k.rsplit("-", 1)[-1] in titled
    }


def kin_of_another(key: str, keys: list[str], people: dict) -> bool:
    """Whether ``key`` names someone with no office who bears the surname of another of
    ``keys`` ("Benjamin Netanyahu" and "Sara Netanyahu"): family, on that person's side,
    not a second state at the talks."""
    person = people.get(key)
    if person is None or person.title or not person.name.split():
        return False
    surname = person.name.split()[-1]
    return any(
        k != key and k in people and people[k].name.split()[-1:] == [surname] for k in keys
    )


_KIN = {"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father",
        "brother", "sister"}


def kin_named(rng: tuple[int, int], ctx: Context) -> set[int]:
    """Starts of the people named in ``rng`` as whose kin an apposition describes someone
    ("met Wan Azizah, the wife of jailed opposition leader Anwar Ibrahim"): described, not
    met."""
    found: set[int] = set()
    for s_, _, _ in ctx.persons_in(rng[0], rng[1]):
        k = s_ - 1
        while k > rng[0] and (ctx.leads_a_name(k) or ctx.lower[k] in _DESCRIBING):
            k -= 1  # back over "jailed opposition leader", "sacked deputy prime minister"
        if ctx.lower[k] == "of" and ctx.lower[k - 1] in _KIN and "," in ctx.lower[k - 4 : k]:
            found.add(s_)
    return found


_DESCRIBING = {"jailed", "sacked", "late", "former", "detained", "exiled", "ousted", "then",
               "opposition", "deputy"}
