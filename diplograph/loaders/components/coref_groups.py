"""Who a group of office holders is: "the two leaders", "the two presidents", "the two
allies" as the latest heads of state or government, or holders of an office, the story
named. Helpers of :mod:`.coref_descriptions`.
"""

from __future__ import annotations

from ..kb_titles import office_group
from .offices import secretary_of_state

__all__ = ["holders", "leader_and_partner", "leads", "recent_leaders"]

# the knowledge base's groups of offices that lead a state, its government or a union of
# states ("the leaders" of a story are their holders)
_LEADING = {"president", "prime minister", "chancellor", "monarch", "supreme leader",
            "commission president", "council president"}


def leads(key: str, state) -> bool:
    """Whether the person ``key`` heads a state, its government or a union of states."""
    return office_group(state.people[key].title) in _LEADING


def recent_leaders(n: int, before: int, state) -> list[str]:
    """The latest ``n`` distinct heads of state or government in office named before
    ``before``, across sentences ("Putin postponed a visit ... a spokesman for Nazarbayev
    announced the delay of the meeting between the two allies"): none unless there are
    ``n``."""
    keys: list[str] = []
    for i, key in reversed(state.order):
        if i < before and key not in keys and leads(key, state) and not state.people[key].former:
            keys.append(key)
    return list(reversed(keys[:n])) if len(keys) >= n else []


def leader_and_partner(before: int, state) -> list[str]:
    """ "Party chief A held phone talks with President B. Ministers C and D attended the
    call. The two leaders agreed ...": where the story names one head of state or
    government, that head and the one named with them most often (A), not the last two
    named."""
    last = next(
        (key for i, key in reversed(state.order) if i < before and leads(key, state)), None
    )
    return state.pair_with(last, before) if last is not None else []


def holders(office: str | None, n: int, before: int, state) -> list[str]:
    """ "The two presidents had spoken by telephone": the latest ``n`` distinct people who
    hold ``office`` ("president", "prime minister"), when the group names one ("leaders",
    "men" name none)."""
    if office is None:
        return []
    keys: list[str] = []
    for i, key in reversed(state.order):
        title = (state.people[key].title or "").casefold()
        if i < before and key not in keys and (
            title.endswith(office) or office == "minister" and secretary_of_state(title)
        ):  # "the two ministers": a foreign minister and a Secretary of State too
            keys.append(key)
            if len(keys) == n:
                return list(reversed(keys))
    return []
