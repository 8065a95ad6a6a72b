"""Coreference of a couple: "the royal couple", "the Icelandic presidential couple".

Court circulars and presidents' press offices name a head of state and their spouse
once ("President X and his wife, Y, will visit ...") and then speak of "the
presidential couple" or "the royal couple". The couple is two people: the holder of
the office the adjective names (of the country a demonym gives) and the one the story
named as that holder's spouse. A couple whose spouse the story never named is the
holder alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..kb_titles import office_group
from .coref_state import Mention
from .tokenizer import lowers_of, texts_of

__all__ = ["couple_mentions"]

# the adjective before "couple" -> the knowledge base's office groups its holder is of
# (an empty set: any office); "royal" also takes princes, who hold no group of their own
_KINDS: dict[str, frozenset[str]] = {
    "presidential": frozenset({"president"}),
    "royal": frozenset({"monarch"}),
    "imperial": frozenset({"monarch"}),
    "princely": frozenset({"monarch"}),
    "ducal": frozenset({"monarch"}),  # "the Grand Ducal couple"
    "vice-presidential": frozenset({"vice president"}),
    "visiting": frozenset(),
}
# an adjective that names the monarch's very title: "the imperial couple" are the
# Emperor and Empress, not the King and Queen who received them
_TITLED = {"imperial": ("Emperor", "Empress")}
_PRINCELY = ("Prince", "Princess", "Crown Prince", "Crown Princess")
_HEIRS = ("Prince of ", "Princess of ", "Duke of ", "Duchess of ")  # "Prince of Wales"
_SPOUSE_NOUNS = {"wife", "husband", "spouse"}
# a monarch's title -> their consort's ("King X and Queen Y" are the royal couple)
_CONSORTS = {
    "King": "Queen",
    "Emperor": "Empress",
    "Grand Duke": "Grand Duchess",
    "Prince": "Princess",
    "Crown Prince": "Crown Princess",
    "Queen": "Prince",
}


def _consorts(title: str | None, other: str | None) -> bool:
    return title is not None and _CONSORTS.get(title) == other


def couple_mentions(doc: Doc, i: int, labels, state) -> list[Mention]:
    """The people "the [Icelandic] presidential couple" at token ``i`` ("the") stands for:
    the holder the description fits best and the spouse the story named with them
    ("President X and her husband, Y, will visit Kenya. Z will receive the Chilean
    presidential couple": X and Y).
    """
    lowers = lowers_of(doc)
    k, country, groups = i + 1, None, None
    if k < len(doc) and lowers[k] == "visiting":
        k, groups = k + 1, _KINDS["visiting"]
    if labels.get(k, ("",))[0] in ("DEMONYM", "COUNTRY"):
        country, k = labels[k][1], labels[k][2]
    if k < len(doc) and lowers[k] == "grand":
        k += 1  # "the Grand Ducal couple"
    titled = _TITLED.get(lowers[k]) if k < len(doc) else None
    if k < len(doc) and lowers[k] in _KINDS:
        groups, k = _KINDS[lowers[k]], k + 1
    if k >= len(doc) or lowers[k] != "couple":
        return []
    if groups is None and country is None:  # a bare "the couple": the one pair the story
        named = _named_spouses(doc, i, state)  # named as spouses ("X and his wife, Y"),
        if len(named) != 1:  # else any two people, left to the group rules
            return []
        (holder, spouse), = named.items()
        return [Mention(i, k + 1, key, "GROUP") for key in (holder, spouse)]

    def fits(person) -> bool:
        if country is not None and person.country != country:
            return False
        if not groups:
            return bool(person.title)
        title = person.title or ""
        if titled is not None:
            return title in titled
        return office_group(person.title) in groups or (
            "monarch" in groups and (title in _PRINCELY or title.startswith(_HEIRS))
        )

    spouses = _named_spouses(doc, i, state)
    holder = state.salient(lambda p: fits(p) and p.key in spouses, i) or state.salient(fits, i)
    if holder is None:
        return []
    keys = [holder] + ([spouses[holder]] if holder in spouses else [])
    return [Mention(i, k + 1, key, "GROUP") for key in keys]


def _named_spouses(doc: Doc, before: int, state) -> dict[str, str]:
    """Holder -> spouse for each "X and his wife, Y" / "X and First Lady Y" told before
    token ``before``: the spouse is the mention after the spouse's noun, the holder the
    mention just before it in the same sentence."""
    lowers, texts = lowers_of(doc), texts_of(doc)
    found: dict[str, str] = {}
    order = [(j, key) for j, key in state.order if j < before]
    for (prev, holder), (j, key) in zip(order, order[1:], strict=False):
        if key == holder or state.sent_of[prev] != state.sent_of[j]:
            continue
        if _consorts(state.people[holder].title, state.people[key].title):
            found.setdefault(holder, key)  # "King Harald and Queen Sonja"
            continue
        k = j - 1  # back over the spouse's own style ("his wife, Empress Masako")
        while k > prev and (texts[k] == "," or texts[k][:1].isupper() and lowers[k] not in (
            "lady", "gentleman"
        )):
            k -= 1
        noun = lowers[k] in _SPOUSE_NOUNS or lowers[k - 1 : k + 1] in (
            ["first", "lady"], ["first", "gentleman"]
        )
        if noun and "and" in lowers[max(prev - 1, 0) : k]:  # "X and his wife": "his" is X
            found.setdefault(holder, key)
    return found
