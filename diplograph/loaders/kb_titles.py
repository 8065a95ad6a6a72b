"""How office titles are read against the knowledge base of office holders.

Titles as the news writes them ("Premier", "Secretary of State", "External Affairs
Minister") fall into the groups of offices the knowledge base files list
(:func:`office_group`), and a name may open with its holder's office ("President Biden":
:func:`split_title`). :mod:`.kb` uses both to look people up; the readers of offices in
the text use them without the knowledge base itself, which is why they stand apart, as
:mod:`.kb_names` does for names.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["office_group", "split_title"]


#: Titles as written in the news -> the group of offices they name.
_OFFICE_GROUPS = {
    "president": "president", "acting president": "president", "interim president": "president",
    "prime minister": "prime minister", "premier": "prime minister", "pm": "prime minister",
    "chancellor": "chancellor", "federal chancellor": "chancellor",
    "king": "monarch", "queen": "monarch", "emperor": "monarch", "monarch": "monarch",
    "emir": "monarch", "amir": "monarch", "sultan": "monarch", "grand duke": "monarch",
    "supreme leader": "supreme leader",
    "foreign minister": "foreign minister", "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister", "external affairs minister":
    "foreign minister", "minister of external affairs": "foreign minister",
    "foreign secretary": "foreign minister", "secretary of state": "foreign minister",
    "high representative": "foreign minister", "foreign affairs minister": "foreign minister",
    "president of the european commission": "commission president",
    "european commission president": "commission president",
    "commission president": "commission president",
    "vice president": "vice president",
    "secretary general": "secretary general", "director general": "director general",
    "managing director": "managing director",
    "president of the european council": "council president",
    "european council president": "council president",
}


#: Words that make another office of the one after them ("Deputy Prime Minister").
_MODIFIERS = {"deputy", "vice", "first", "second", "former", "assistant", "under", "junior",
              "shadow", "state"}
#: Particles that follow a given name in Arabic names ("Sultan bin Salman").
_GIVEN_NAME_LINKS = {"bin", "ibn", "bint"}
#: Office words that may lead a name ("President Biden"), longest first.
_LEADING_TITLES = sorted(
    set(_OFFICE_GROUPS) | {"vice president", "deputy prime minister", "crown prince", "prince",
                           "princess", "sheikh", "secretary", "minister", "chairman", "former",
                           "general secretary", "pope", "amir", "emir", "sultan",
                           "governor general"},
    key=lambda t: -len(t))


@lru_cache(maxsize=4096)  # a pure function of the title, asked for the same few titles
def office_group(title: str | None) -> str | None:
    """The group of offices a title names, or None for other titles.

    Examples
    --------
    >>> office_group("Premier"), office_group("Secretary of State")
    ('prime minister', 'foreign minister')
    """
    if not title:
        return None
    words = title.casefold().replace("-", " ").split()
    for k in range(len(words)):  # "UN Secretary-General": the office after its organisation
        if k and words[k - 1] in _MODIFIERS:
            return None
        group = _OFFICE_GROUPS.get(" ".join(words[k:]))
        if group is not None:
            return group
    return None


def split_title(name: str) -> tuple[str | None, str]:
    """Split a leading office from a name: ``("President", "Biden")``.

    Examples
    --------
    >>> split_title("Prime Minister Boris Johnson")
    ('Prime Minister', 'Boris Johnson')
    >>> split_title("Lula")
    (None, 'Lula')
    """
    words = name.split()
    low = [w.casefold().strip(".,") for w in words]
    for surface in _LEADING_TITLES:
        n = len(surface.split())
        if len(words) > n and " ".join(low[:n]).replace("-", " ") == surface:
            if low[n] in _GIVEN_NAME_LINKS:  # "Sultan ibn Abdulaziz": a given name, no office
                break
            return " ".join(words[:n]), " ".join(words[n:])
    return None, name
