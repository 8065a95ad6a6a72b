"""One person, one node: the knowledge-base person a spelling of a name stands for.

:func:`~diplograph.loaders.linking.link_person` finds the knowledge-base term a
name as written fits exactly (or as a known alias). Many names do not fit
exactly: transliterations and typos of the records ("Alexios Tsipras", "Hamad
Karzai"), honorific and Arabic forms ("Salman bin Abdel Aziz al-Saud"), an
office glued to the name ("Quartet Representative Tony Blair"), a bare surname.
:func:`link_variant` links those when the evidence agrees:

- the spelling is a variant of one of the person's names or aliases
  (:func:`~diplograph.loaders.name_variants.variant_names`), the KB's own and
  the extra aliases of ``data/kb/person_aliases.csv`` ("Hasina Wajed");
- the country (or organisation) the article gives is one the person served;
  without one, the article's date falls in one of their terms;
- the person is the only one left: where several people of the KB fit (George
  and Georgios Papandreou), the date and the office must tell them apart, or
  nobody is linked. People the KB tells apart are never merged.

Everything here is a pure function of the article and the knowledge base, so
the same spelling in the same context always gives the same node (the QID's),
and removing an article takes nothing with it but its own mentions.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from .kb import KBPerson, load_kb
from .kb_names import FAMILY_FIRST, fold_name
from .kb_titles import office_group, split_title
from .model import Person
from .name_variants import fold_person_name, strip_glued_office, variant_names

__all__ = ["VariantIndex", "variant_index", "link_variant", "link_bare_surname", "kb_qid",
           "plain_name"]

#: A term's dates stretched by this much when an article's date is compared with them.
SLACK = timedelta(days=365)
#: A bare surname stands for a person of the KB within this many years of their terms.
CAREER_SLACK = timedelta(days=10 * 365)
#: A spelling never links a person to someone whose terms are all further than this away.
ERA = timedelta(days=25 * 365)
#: Candidates read from the fuzzy index per name (then checked one by one).
CANDIDATES = 25
#: Least rapidfuzz ratio (0-100) of folded names for a candidate ("Daniel arap Moi" /
#: "Daniel Toroitich arap Moi" scores 67).
CUTOFF = 55


class VariantIndex:
    """Every name and alias of the knowledge base, for fuzzy look-up by spelling."""

    def __init__(self, people: list[KBPerson], extra: dict[str, list[str]]):
        self._found: dict[str, frozenset[str]] = {}  # the same spellings recur
        self.terms: dict[str, list[KBPerson]] = defaultdict(list)  # identity -> terms
        names: dict[str, set[str]] = defaultdict(set)
        for p in people:
            identity = kb_qid(p) or p.identity
            self.terms[identity].append(p)
            names[identity].update(p.names)
        for qid, aliases in extra.items():
            if qid in self.terms:
                names[qid].update(aliases)
        self.names = [(identity, n) for identity, ns in names.items() for n in sorted(ns)]
        self.skeletons = [fold_person_name(n).skeleton for _, n in self.names]
        self.surnames: dict[str, set[str]] = defaultdict(set)
        for identity, n in self.names:
            words, generations = fold_person_name(n)
            if len(words) > 1 and not generations:  # "John Paul II": "Paul" is no surname
                self.surnames[words[-1]].add(identity)
                if any(p.country in FAMILY_FIRST for p in self.terms[identity]):
                    self.surnames[words[0]].add(identity)

    def identities(self, name: str) -> frozenset[str]:
        """The people (QIDs, or folded names) one of whose names ``name`` may spell."""
        found = self._found.get(name)
        if found is None:
            if len(self._found) > 50_000:
                self._found.clear()
            found = self._found[name] = frozenset(self._identities(name))
        return found

    def _identities(self, name: str) -> set[str]:
        skeleton = fold_person_name(name).skeleton
        if len(skeleton) < 4:
            return set()
        hits = process.extract(skeleton, self.skeletons, scorer=fuzz.ratio,
                               score_cutoff=CUTOFF, limit=CANDIDATES)
        return {self.names[i][0] for _, _, i in hits if variant_names(name, self.names[i][1])}


@lru_cache(maxsize=1)
def variant_index() -> VariantIndex:
    """The index of the package's knowledge base, built once."""
    return VariantIndex(load_kb().people, _extra_aliases())


def _extra_aliases() -> dict[str, list[str]]:
    text = resources.files("diplograph.data.kb").joinpath("person_aliases.csv")
    lines = [ln for ln in text.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return {row["qid"]: row["aliases"].split("|") for row in csv.DictReader(lines)}


def kb_qid(term: KBPerson) -> str | None:
    """The term's QID, or the one QID the KB gives another term of the same name.

    Some files leave QIDs out (the organisations' heads): "António Guterres" as UN
    Secretary-General is then the same node as "António Guterres" the Prime Minister
    of Portugal (Q311440).

    Examples
    --------
    >>> [kb_qid(p) for p in load_kb().people if p.office == "UN Secretary-General"
    ...  and p.name.startswith("Ant")]
    ['Q311440']
    """
    if term.qid:
        return term.qid
    qids = _qids_by_name().get(fold_name(term.name), set())
    return next(iter(qids)) if len(qids) == 1 else None


@lru_cache(maxsize=1)
def _qids_by_name() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for p in load_kb().people:
        if p.qid:
            out[fold_name(p.name)].add(p.qid)
    return out


def plain_name(name: str) -> str:
    """``name`` without an office glued to its front ("Quartet Representative Tony
    Blair" -> "Tony Blair"); a name with nothing glued comes back as it is."""
    stripped = strip_glued_office(name)
    _, rest = split_title(stripped)
    return rest if len(rest.split()) >= 2 else stripped


def link_variant(person: Person, on: date | None) -> KBPerson | None:
    """The KB term of the one person whose name ``person``'s is a spelling of.

    Examples
    --------
    >>> p = Person("alexios-tsipras", "Alexios Tsipras", title="Prime Minister", country="GR")
    >>> link_variant(p, date(2016, 5, 1)).qid
    'Q312015'
    >>> link_variant(Person("g-p", "Georgos Papandreou", country="GR"), None) is None
    True

    (George, 2009, or Georgios, 1944? Without a date, nobody.)
    """
    index = variant_index()
    forms = [f for n in (person.name, *person.alt_names) for f in _forms(plain_name(n))]
    found = {i for f in forms for i in index.identities(f)}
    return _only_one(found, person, None if person.former else on)


def _forms(name: str) -> list[str]:
    """A name, and the short form its brackets give ("Willem (Wim) Kok" -> "Wim Kok")."""
    m = re.search(r"\(([^)]+)\)", name)
    if m is None:
        return [name]
    words = re.sub(r"\([^)]*\)", " ", name).split()
    return [name, f"{m.group(1)} {words[-1]}"] if words else [name]


def link_bare_surname(person: Person, on: date | None) -> KBPerson | None:
    """The KB term of the one person of the KB a bare surname ("Karzai") can be.

    Only when a single person of the whole KB bears that surname, the article's
    country (if any) is one they served, and its date (if any) lies within ten
    years of their terms.
    """
    words, generations = fold_person_name(person.name)
    if len(words) != 1 or len(words[0]) < 4 or generations:
        return None  # "Paul VI" is a regnal name, not a surname
    identities = variant_index().surnames.get(words[0], set())
    if len(identities) != 1:
        return None
    found = _only_one(identities, person, on)
    if found is None or on is None:
        return found
    terms = variant_index().terms[next(iter(identities))]
    near = any(_within(t, on, CAREER_SLACK) for t in terms)
    return found if near else None


def _only_one(identities: set[str], person: Person, on: date | None) -> KBPerson | None:
    """The best term of the one identity the context leaves, or None."""
    index = variant_index()
    where = (person.country or person.organisation or "").upper() or None
    group = office_group(person.title)
    pool = {i: index.terms[i] for i in identities if not _rival(group, index.terms[i])}
    served = _keep(pool, lambda t: where in (t.country, t.organisation)) if where else {}
    if served:
        pool = served
    elif where and (on is None or group is None):
        return None  # a country they never served, nothing else to go by
    elif on is None and group is None:
        return None  # nothing but the spelling: not enough
    else:  # no country (or one the reader got wrong): the date and office must fit
        pool = _keep(_keep(pool, _in_office(on)), _same_office(group))
    for narrow in (_in_office(on), _same_office(group)):
        if len(pool) > 1:
            pool = _keep(pool, narrow) or pool
    if len(pool) != 1:
        return None
    [terms] = pool.values()
    if on is not None and not any(_within(t, on, ERA) for t in terms):
        return None  # a namesake of another era
    return min(terms, key=lambda t: _gap(t, on))


def _rival(group: str | None, terms: list[KBPerson]) -> bool:
    """A monarch is never a person who held no throne, nor the reverse ("King Faisal" is
    not Saud al-Faisal, the foreign minister)."""
    if group is None:
        return False
    monarch = [office_group(t.office) == "monarch" for t in terms]
    return not any(monarch) if group == "monarch" else all(monarch)


def _keep(pool: dict[str, list[KBPerson]], fits) -> dict[str, list[KBPerson]]:
    """``pool`` with the terms that fit, and without the people left with none."""
    kept = {i: [t for t in ts if fits(t)] for i, ts in pool.items()}
    return {i: ts for i, ts in kept.items() if ts}


def _in_office(on: date | None):
    return lambda t: on is None or _within(t, on, SLACK)


def _same_office(group: str | None):
    return lambda t: group is None or office_group(t.office) == group


def _within(t: KBPerson, on: date, slack: timedelta) -> bool:
    return ((t.start is None or t.start - slack <= on)
            and (t.end is None or on <= t.end + slack))


def _gap(t: KBPerson, on: date | None) -> int:
    """Days from ``on`` to the term (0 inside it, or without a date)."""
    if on is None or t.in_office(on):
        return 0
    ends = [d for d in (t.start, t.end) if d]
    return min((abs((on - d).days) for d in ends), default=0)
