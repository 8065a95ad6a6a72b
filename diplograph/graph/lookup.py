"""The lookups behind ``diplograph meetings|visits|calls|person|stats``.

Names typed by a user never enter a query: they are matched in Python against
the names in the graph, and the matching IRIs are bound as values.

Examples
--------
>>> import tempfile
>>> from diplograph.graph.store import open_store
>>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
...     find_people(store, "Modi")
[]
"""
from __future__ import annotations

from rdflib import URIRef

from ..errors import AmbiguousNameError, DiplographError
from ..ontology import DG
from .names import compatible_names, name_matches, normalise_name, strip_title
from .query import run_query
from .store import GraphStore

__all__ = ["find_people", "resolve_person", "person_events", "visits", "person_profile",
           "store_stats", "resolve_country", "KIND_CLASS"]

KIND_CLASS = {"meeting": DG.Meeting, "visit": DG.Visit, "call": DG.Call}


def find_people(store: GraphStore, name: str) -> list[tuple[URIRef, str]]:
    """Every person whose name or alternative name matches ``name``: (IRI, name)."""
    found: dict[URIRef, str] = {}
    for person, label in run_query(store, "people").rows:
        if name_matches(name, str(label)):
            best = found.get(person)
            if best is None or len(str(label)) > len(best):
                found[person] = str(label)
    return sorted(found.items(), key=lambda item: item[1])


def resolve_person(store: GraphStore, name: str) -> list[URIRef]:
    """The IRIs of the one person ``name`` means (several IRIs if they are one person).

    Raises :class:`AmbiguousNameError` when the name fits people who are not
    compatible with each other ("Kim" for two different Kims), and
    :class:`DiplographError` when nobody matches.
    """
    found = find_people(store, name)
    if not found:
        raise DiplographError(f"no person matches '{name}'")
    exact = [iri for iri, label in found if normalise_name(label) == strip_title(name)]
    if exact:
        found = [(iri, label) for iri, label in found if iri in exact] or found
    longest = max((label for _, label in found), key=len)
    if all(compatible_names(label, longest) for _, label in found):
        return [iri for iri, _ in found]
    raise AmbiguousNameError(name, sorted({label for _, label in found}))


def person_events(store: GraphStore, people: list[URIRef], kind: str) -> list[dict]:
    """The events of ``kind`` that any of ``people`` (one person's IRIs) took part in.

    Each row has date, status, place, country, occasion, the other people
    (``with``), report count and sources; sorted by date.
    """
    rows = []
    seen = set()
    for person in people:
        res = run_query(store, "events_of_person", person=person, type=KIND_CLASS[kind])
        for r in res.dicts():
            if r["event"] in seen:
                continue
            seen.add(r["event"])
            rows.append(_event_row(r))
    return sorted(rows, key=lambda r: (r["date"] or "", r["with"]))


def _event_row(r: dict) -> dict:
    others = sorted(set(_split(r.get("othernames"))))
    return {
        "date": _text(r.get("date")),
        "with": "; ".join(others),
        "role": _text(r.get("role")),
        "place": _text(r.get("place")),
        "country": _text(r.get("country")),
        "status": _status(r.get("status")),
        "occasion": _text(r.get("occasion")),
        "reports": int(r["reports"]) if r.get("reports") is not None else 0,
        "sources": _split(r.get("sources")),
        "evidence": _text(r.get("evidence")),
        "others": _split(r.get("others")),
        "event": str(r["event"]),
    }


def visits(store: GraphStore, visitors: list[URIRef] | None = None,
           country: str | None = None) -> list[dict]:
    """Every visit, or those of ``visitors`` and/or to ``country`` (alpha-2)."""
    wanted = {str(v) for v in visitors} if visitors else None
    rows = []
    for r in run_query(store, "visits").dicts():
        if wanted is not None and str(r["visitor"]) not in wanted:
            continue
        if country and _text(r.get("country")) != country.upper():
            continue
        rows.append({
            "date": _text(r.get("date")),
            "visitor": _text(r.get("visitorname")),
            "place": _text(r.get("place")),
            "country": _text(r.get("country")),
            "host": _text(r.get("hostname")),
            "status": _status(r.get("status")),
            "occasion": _text(r.get("occasion")),
            "reports": int(r["reports"]) if r.get("reports") is not None else 0,
            "sources": _split(r.get("sources")),
            "event": str(r["event"]),
        })
    return sorted(rows, key=lambda r: (r["date"] or "", r["visitor"] or ""))


def person_profile(store: GraphStore, people: list[URIRef]) -> dict:
    """Names, offices, events and sources of one person (given as their IRIs)."""
    names, offices = set(), set()
    for person, label in run_query(store, "people").rows:
        if person in people:
            names.add(str(label))
    for person in people:
        for r in run_query(store, "offices", person=person).dicts():
            offices.add((_text(r["title"]), _text(r.get("country")),
                         _text(r.get("organisation")), _text(r.get("former")) == "true"))
    qids = sorted({str(r[0]).rsplit("/", 1)[-1] for person in people
                   for r in run_query(store, "same_as", person=person).rows})
    events = {kind: person_events(store, people, kind) for kind in KIND_CLASS}
    sources = sorted({s for rows in events.values() for r in rows for s in r["sources"]})
    return {
        "iris": [str(p) for p in people],
        "wikidata": qids,
        "names": sorted(names, key=lambda n: (-len(n), n)),
        "offices": [dict(zip(("title", "country", "organisation", "former"), o))
                    for o in sorted(offices, key=str)],
        "events": events,
        "sources": sources,
    }


def store_stats(store: GraphStore) -> dict:
    """Counts by class, number of articles and triples, and the date range."""
    counts = {str(c).rsplit("#", 1)[-1]: int(n) for c, n in run_query(store, "stats").rows}
    span = run_query(store, "date_range").dicts()
    span = span[0] if span else {}
    return {
        "counts": counts,
        "triples": store.count(),
        "first_event": _text(span.get("first")),
        "last_event": _text(span.get("last")),
        "first_published": _text(span.get("firstPublished")),
        "last_published": _text(span.get("lastPublished")),
    }


def resolve_country(text: str) -> str:
    """The ISO alpha-2 code for a country typed as a code or a name.

    Examples
    --------
    >>> resolve_country("ru"), resolve_country("Russia"), resolve_country("Austria")
    ('RU', 'RU', 'AT')
    """
    import pycountry

    text = text.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        pass
    try:
        return pycountry.countries.search_fuzzy(text)[0].alpha_2
    except LookupError:
        raise DiplographError(f"unknown country '{text}'") from None


def _text(term) -> str | None:
    return None if term is None else str(term)


def _status(term) -> str | None:
    return None if term is None else str(term).rsplit("#", 1)[-1].lower()


def _split(term) -> list[str]:
    return [s for s in str(term).split("|") if s] if term is not None else []


