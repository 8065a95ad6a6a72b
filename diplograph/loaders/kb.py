"""The knowledge base of office holders: who led which state (or the EU), and when.

The data files in :mod:`diplograph.data.kb` list the heads of state and
government of the G20 countries and the European Union since 2000, their
foreign ministers, and the U.S. Secretaries of State, one row per term of
office, each with its Wikidata QID where known (see the files' headers for the
sources). :func:`find_leader` finds the holder of a term from a name as the
press writes it, forgiving accents, case, initials and short forms, and using
the office, the country and the date to tell apart people who share a surname;
:func:`office_holder` answers "who was the Indian prime minister on 15 October
2016?".
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

__all__ = ["KBPerson", "KnowledgeBase", "load_kb", "find_leader", "office_holder",
           "office_group", "fold_name", "split_title"]

KB_FILES = ("leaders.csv", "foreign_ministers.csv")

#: Titles as written in the news -> the group of offices they name.
_OFFICE_GROUPS = {
    "president": "president", "acting president": "president", "interim president": "president",
    "prime minister": "prime minister", "premier": "prime minister", "pm": "prime minister",
    "chancellor": "chancellor", "federal chancellor": "chancellor",
    "king": "monarch", "queen": "monarch", "emperor": "monarch", "monarch": "monarch",
    "foreign minister": "foreign minister", "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister", "external affairs minister":
    "foreign minister", "minister of external affairs": "foreign minister",
    "foreign secretary": "foreign minister", "secretary of state": "foreign minister",
    "high representative": "foreign minister", "foreign affairs minister": "foreign minister",
    "president of the european commission": "commission president",
    "european commission president": "commission president",
    "commission president": "commission president",
    "president of the european council": "council president",
    "european council president": "council president",
}
#: Countries whose people are named family name first ("Xi Jinping" -> "Xi").
_FAMILY_FIRST = {"CN", "KR", "KP", "TW", "VN", "HU"}
_NICKNAMES = {
    "joe": "joseph", "bill": "william", "mike": "michael", "tony": "antony", "jim": "james",
    "bob": "robert", "dick": "richard", "rex": "rex", "tom": "thomas", "dave": "david",
    "liz": "elizabeth", "jack": "john", "ron": "ronald", "jimmy": "james", "hillary": "hillary",
    "dmitri": "dmitry", "sergei": "sergey", "victor": "viktor", "mohammad": "mohammed",
    "muhammad": "mohammed", "mohamed": "mohammed",
}
_DROP_TOKENS = {"jr", "sr", "mr", "mrs", "ms", "dr", "sir", "lord", "dame", "shri"}
_PUNCT = re.compile(r"[^\w\s'-]")
#: Office words that may lead a name ("President Biden"), longest first.
_LEADING_TITLES = sorted(
    set(_OFFICE_GROUPS) | {"vice president", "deputy prime minister", "crown prince", "prince",
                           "princess", "sheikh", "secretary", "minister", "chairman", "former",
                           "general secretary", "pope", "amir", "emir", "sultan",
                           "governor general"},
    key=lambda t: -len(t))


@dataclass(frozen=True)
class KBPerson:
    """One term of office of one person.

    ``country`` is an ISO 3166-1 alpha-2 code, or None for an office of an
    organisation (then ``organisation`` holds its acronym, e.g. ``"EU"``).
    ``end`` is None while in office. ``qid`` is the Wikidata QID, or None
    where it could not be checked.
    """

    name: str
    aliases: tuple[str, ...]
    office: str
    country: str | None
    organisation: str | None
    start: date | None
    end: date | None
    qid: str | None
    kind: str

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *self.aliases)

    @property
    def identity(self) -> str:
        """What makes two terms the same person: the QID, else the name."""
        return self.qid or fold_name(self.name)

    def in_office(self, on: date) -> bool:
        """Whether this term covers ``on`` (both ends included)."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


def fold_name(name: str) -> str:
    """A name folded for comparison: no accents, case, dots or honorifics.

    Examples
    --------
    >>> fold_name("Recep Tayyip Erdoğan")
    'recep tayyip erdogan'
    >>> fold_name("Joseph R. Biden, Jr.")
    'joseph r biden'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("ı", "i").replace("’", "'")
    words = _PUNCT.sub(" ", text).replace("-", " ").split()
    return " ".join(w for w in words if w not in _DROP_TOKENS)


def office_group(title: str | None) -> str | None:
    """The group of offices a title names, or None for other titles.

    Examples
    --------
    >>> office_group("Premier"), office_group("Secretary of State")
    ('prime minister', 'foreign minister')
    """
    if not title:
        return None
    return _OFFICE_GROUPS.get(" ".join(title.casefold().replace("-", " ").split()))


def _tokens(folded: str) -> list[str]:
    """Folded name words, the first name in its long form ("joe" -> "joseph")."""
    words = folded.split()
    if words:
        words[0] = _NICKNAMES.get(words[0], words[0])
    return words


class KnowledgeBase:
    """Terms of office, indexed by name word and by office (see :func:`load_kb`)."""

    def __init__(self, people: list[KBPerson]):
        self.people = people
        self._names = {p: [_tokens(fold_name(n)) for n in p.names] for p in people}
        self._by_word: dict[str, list[KBPerson]] = defaultdict(list)
        self._by_office: dict[tuple[str, str], list[KBPerson]] = defaultdict(list)
        for p in people:
            for word in {w for words in self._names[p] for w in words}:
                self._by_word[word].append(p)
            group = office_group(p.office)
            where = p.country or p.organisation
            if group and where:
                self._by_office[(group, where)].append(p)

    def __len__(self) -> int:
        return len(self.people)

    def find(self, name: str, *, on: date | None = None, country: str | None = None,
             title: str | None = None) -> KBPerson | None:
        """See :func:`find_leader`."""
        lead, name = split_title(name)
        title = title or lead
        tokens = _tokens(fold_name(name))
        if not tokens:
            return None
        pool = dict.fromkeys(self._by_word.get(tokens[-1], []) + self._by_word.get(tokens[0], []))
        levels = {p: max(_match(tokens, words, p.country) for words in self._names[p])
                  for p in pool}
        best = max(levels.values(), default=0)
        if best == 0:
            return None
        candidates = [p for p, level in levels.items() if level == best]
        strong = best == 2
        if strong and country and not any(country.upper() in (p.country, p.organisation)
                                          for p in candidates):
            # A full name outweighs a country that the text (or its reader) got wrong.
            country = None
        return _choose(candidates, on=on, country=country, title=title, strong=strong)

    def office_holder(self, title: str, country: str, on: date) -> KBPerson | None:
        """See :func:`office_holder`."""
        group = office_group(title)
        if group is None:
            return None
        holders = [p for p in self._by_office.get((group, country.upper()), []) if p.in_office(on)]
        if not holders:
            return None
        # Prefer the full office to an acting one; on a handover day, the newcomer.
        holders.sort(key=lambda p: (not p.office.startswith("Acting"), p.start or date.min))
        return holders[-1]


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
            return " ".join(words[:n]), " ".join(words[n:])
    return None, name


def _match(tokens: list[str], words: list[str], country: str | None) -> int:
    """How well the name ``tokens`` fits one of a person's names ``words``.

    2: a full name, sharing the first and last word, with middle names that
    agree ("Joseph R. Biden" ~ "Joseph Robinette Biden", but "George H. W.
    Bush" is not "George W. Bush"), or a whole one-word alias ("Lula"), or
    the family names at the end ("Peña Nieto"); 1: the surname alone (the
    last word, or the first for East Asian names); 0: no fit.
    """
    if not words:
        return 0
    if tokens == words:
        return 2
    family_first = country in _FAMILY_FIRST
    if len(tokens) == 1:
        return 1 if tokens[0] == (words[0] if family_first else words[-1]) else 0
    if tokens[0] == words[0] and tokens[-1] == words[-1]:
        return 2 if _middles_agree(tokens[1:-1], words[1:-1]) else 0
    family = words[: len(tokens)] if family_first else words[-len(tokens):]
    if len(tokens) < len(words) and family == tokens:
        return 2
    return 0


def _middles_agree(a: list[str], b: list[str]) -> bool:
    """Middle names agree when one side has none, or each pair is equal or an initial."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
               for x, y in zip(a, b, strict=True))


def _choose(candidates: list[KBPerson], *, on, country, title, strong) -> KBPerson | None:
    """The one person the candidates and the context point to, or None."""
    group = office_group(title)
    if country:
        country = country.upper()
        candidates = [p for p in candidates if country in (p.country, p.organisation)]
    if not strong:
        # A bare surname needs the office or the date to pin it down.
        if on is None and group is None:
            return None
        if on is not None:
            candidates = [p for p in candidates if p.in_office(on)]
        if group is not None:
            candidates = [p for p in candidates if office_group(p.office) == group]
    if not candidates:
        return None
    if len({p.identity for p in candidates}) > 1:
        narrowed = candidates
        if on is not None:
            narrowed = [p for p in narrowed if p.in_office(on)] or narrowed
        if group is not None:
            narrowed = [p for p in narrowed if office_group(p.office) == group] or narrowed
        if len({p.identity for p in narrowed}) > 1:
            return None
        candidates = narrowed

    def score(p: KBPerson):
        in_office = on is not None and p.in_office(on)
        return (group is not None and office_group(p.office) == group, in_office,
                -_distance(p, on))

    return max(candidates, key=score)


def _distance(p: KBPerson, on: date | None) -> int:
    """Days between ``on`` and the nearer end of p's term (0 without a date)."""
    ends = [d for d in (p.start, p.end) if d]
    if on is None or not ends or p.in_office(on):
        return 0
    return min(abs((on - d).days) for d in ends)


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _read(name: str) -> list[KBPerson]:
    text = resources.files("diplograph.data.kb").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    people = []
    for row in csv.DictReader(lines):
        people.append(KBPerson(
            name=row["name"],
            aliases=tuple(a for a in row["aliases"].split("|") if a),
            office=row["office"],
            country=row["country"] or None,
            organisation=row["organisation"] or None,
            start=_date(row["start"]),
            end=_date(row["end"]),
            qid=row["qid"] or None,
            kind=row["kind"],
        ))
    return people


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The package's knowledge base of office holders, read once.

    Examples
    --------
    >>> len(load_kb()) > 250
    True
    """
    return KnowledgeBase([p for name in KB_FILES for p in _read(name)])


def find_leader(name: str, *, on: date | None = None, country: str | None = None,
                title: str | None = None) -> KBPerson | None:
    """The term of office of the person ``name`` refers to, or None.

    A full name or alias matches whatever the context ("Joseph R. Biden",
    "Joe Biden", "Lula"); a bare surname ("Biden") matches only when the date
    or the office narrows the candidates to one person. ``country`` (alpha-2,
    or an organisation acronym such as ``"EU"``) must agree when given, unless
    the full name or an alias matched (the country read from a text is the
    less reliable of the two).

    Parameters
    ----------
    name : str
        The name as written, with or without accents, initials, "Jr.".
    on : datetime.date, optional
        The date of the text: the term covering it is preferred.
    country : str, optional
        The state (or organisation) the person serves.
    title : str, optional
        The office as written ("Prime Minister", "Premier", "Secretary of State").

    Returns
    -------
    KBPerson or None
        The best-fitting term; None when nothing or more than one person fits.

    Examples
    --------
    >>> find_leader("Joseph R. Biden").qid
    'Q6279'
    >>> find_leader("Clinton", on=date(2010, 5, 1), title="Secretary of State").name
    'Hillary Clinton'
    >>> find_leader("Clinton", on=date(1999, 5, 1), title="President").name
    'Bill Clinton'
    """
    return load_kb().find(name, on=on, country=country, title=title)


def office_holder(title: str, country: str, on: date) -> KBPerson | None:
    """Who held the office ``title`` of ``country`` on ``on``, or None.

    Examples
    --------
    >>> office_holder("Prime Minister", "IN", date(2016, 10, 15)).name
    'Narendra Modi'
    >>> office_holder("Premier", "CN", date(2016, 10, 15)).name
    'Li Keqiang'
    """
    return load_kb().office_holder(title, country, on)
