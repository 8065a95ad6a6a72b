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

from rdflib import Literal, URIRef

from ..errors import AmbiguousNameError, DiplographError
from ..ontology import DG, iri_for
from .identity import clusters, merge_details
from .names import compatible_names, name_matches, normalise_name, strip_title
from .network_data import in_range
from .person_identity import same_people
from .query import run_query
from .store import GraphStore

__all__ = ["find_people", "resolve_person", "person_events", "events_between",
           "event_counts", "event_details", "choice_flags", "visits", "person_profile",
           "store_stats", "resolve_country", "one_per_event", "name_sources", "KIND_CLASS"]

KIND_CLASS = {"meeting": DG.Meeting, "visit": DG.Visit, "call": DG.Call}


def find_people(store: GraphStore, name: str) -> list[tuple[URIRef, str]]:
    """Every person whose name or alternative name matches ``name``: (IRI, name).

    The store narrows the candidates to names containing the longest word
    typed (bound as a value, never pasted into the query); every name is
    scanned only when that finds nothing (accents, other scripts).
    """
    words = sorted(strip_title(name).split(), key=len)
    rows = []
    if words and words[-1].isascii():
        rows = run_query(store, "people_like", token=Literal(words[-1])).rows
    if not rows:
        rows = run_query(store, "people").rows
    found: dict[URIRef, str] = {}
    for person, label in rows:
        if name_matches(name, str(label)):
            best = found.get(person)
            if best is None or len(str(label)) > len(best):
                found[person] = str(label)
    return sorted(found.items(), key=lambda item: item[1])


def resolve_person(store: GraphStore, name: str) -> list[URIRef]:
    """The IRIs of the one person ``name`` means (several IRIs if they are one person).

    Raises :class:`AmbiguousNameError` when the name fits people who are not
    compatible with each other ("Kim" for two different Kims), and
    :class:`DiplographError` when nobody matches. The other spellings linked to
    them across articles come too (:func:`~.person_identity.same_people`).
    """
    return same_people(store, _resolve_person(store, name))


def _resolve_person(store: GraphStore, name: str) -> list[URIRef]:
    """The IRIs whose names fit ``name`` (see :func:`resolve_person`)."""
    typed = " ".join(name.split())
    if len(typed.split()) >= 2:  # a full name as stored: one index lookup
        exact = run_query(store, "people_named", label=Literal(typed)).rows
        if exact:
            return sorted({iri for (iri,) in exact})
    found = find_people(store, name)
    if not found:
        raise DiplographError(f"no person matches '{name}'")
    exact = [iri for iri, label in found if normalise_name(label) == strip_title(name)]
    if exact:
        found = [(iri, label) for iri, label in found if iri in exact] or found
    found = _same_first_word(found, name)
    longest = max((label for _, label in found), key=len)
    if all(compatible_names(label, longest) for _, label in found):
        return [iri for iri, _ in found]
    raise AmbiguousNameError(name, sorted({label for _, label in found}))


def _same_first_word(found: list[tuple[URIRef, str]], name: str) -> list[tuple[URIRef, str]]:
    """The people whose name begins as the typed name does, if any: "Salman bin
    Abdulaziz" is King Salman, not Mohammed bin Salman bin Abdulaziz."""
    typed = strip_title(name).split()
    if len(typed) < 2:
        return found
    same = [(iri, label) for iri, label in found
            if normalise_name(label).split()[:1] == typed[:1]]
    return [f for f in found if f[0] in {iri for iri, _ in same}] or found


def person_events(store: GraphStore, people: list[URIRef], kind: str,
                  with_people: list[URIRef] | None = None) -> list[dict]:
    """The events of ``kind`` that any of ``people`` (one person's IRIs) took part in.

    With ``with_people`` (another person's IRIs), only the events that link
    the two, found with both bound (:func:`events_between`). Each row has
    date, status, place, country, occasion, the other people (``with``),
    report count, sources and evidence; sorted by date. An event whose
    reports disagree on date or place shows every value and is marked
    ``disputed``.
    """
    own = {str(p) for p in people}
    if with_people is not None:
        found = events_between(store, people, with_people, kinds=[kind])
        details = found
        roles = {e: _role(d, own) for e, d in found.items()}
    else:
        roles = {}
        for person in people:
            for role in ("participant", "visitor", "host"):
                for (event,) in run_query(store, "events_of_person", person=person,
                                          type=KIND_CLASS[kind], role=DG[role]).rows:
                    roles.setdefault(event, role)
        details = event_details(store, list(roles))
    merged = one_per_event(store, {e: details.get(e, {}) for e in roles})
    rows = []
    for event, d in merged.items():
        role = next(roles[URIRef(m)] for m in sorted(d["members"]) if URIRef(m) in roles)
        others = {iri: name for iri, name in d.get("people", {}).items() if iri not in own}
        rows.append(_row(event, d, role=role, others=others))
    return sorted(rows, key=lambda r: (r["date"] or "", r["with"]))


def one_per_event(store: GraphStore, details: dict) -> dict:
    """``details`` (event -> facts) with the reports of one event merged into one entry.

    Event nodes linked by ``owl:sameAs`` (:mod:`~diplograph.graph.identity`) are
    one event; the merged entry lists its nodes under ``"members"``.
    """
    return merge_details(details, clusters(store, details))


def _role(details: dict, own: set[str]) -> str | None:
    """The first role (participant, visitor, host) that one of ``own`` has."""
    return next((role for role in ("participant", "visitor", "host")
                 if own & set(details.get(role, ()))), None)


def event_counts(store: GraphStore, people: list, chunk: int = 500) -> dict[str, int]:
    """How many events (of any kind) each of ``people`` has a role in, by IRI."""
    counts: dict[str, int] = {}
    people = sorted({str(p) for p in people})
    for i in range(0, len(people), chunk):
        part = [URIRef(p) for p in people[i:i + chunk]]
        counts.update(dict.fromkeys(people[i:i + chunk], 0))
        for person, n in run_query(store, "event_degree", person=part).rows:
            counts[str(person)] = int(n)
    return counts


def events_between(store: GraphStore, people: list, others: list, *,
                   kinds=("meeting", "call"), since=None, until=None,
                   statuses=None) -> dict[URIRef, dict]:
    """The events of ``kinds`` that link one of ``people`` to one of ``others``.

    ``people`` and ``others`` are IRIs (each typically one person's). Maps
    each event to its details as :func:`event_details` gives them plus its
    ``kind``, keeping those dated ``since``..``until`` (see
    :func:`~diplograph.graph.network_data.in_range`) with one of ``statuses``
    (None for all; an event without a status counts as occurred).
    """
    people = sorted({URIRef(str(p)) for p in people})
    others = sorted({URIRef(str(p)) for p in others} - set(people))  # one person: no pair
    if not people or not others:
        return {}
    counts = event_counts(store, people + others)
    if sum(counts[str(p)] for p in others) < sum(counts[str(p)] for p in people):
        people, others = others, people  # the store starts from ?person: the smaller side
    rows = run_query(store, "events_between", person=people, other=others,
                     **choice_flags(KIND_CLASS, kinds)).rows
    kind_of = {e: str(t).rsplit("#", 1)[-1].lower() for e, t in sorted(rows, reverse=True)}
    details = event_details(store, sorted(kind_of))
    wanted = set(statuses) if statuses is not None else None
    found = {e: {**details.get(e, {}), "kind": kind_of[e]} for e in sorted(kind_of)
             if _passes(details.get(e, {}), since, until, wanted)}
    return one_per_event(store, found) if found else found


def _passes(d: dict, since, until, statuses: set[str] | None) -> bool:
    """Whether an event with details ``d`` passes the date and status filters."""
    have = {_status(s) for s in d.get("status", ())} or {"occurred"}
    if statuses is not None and not have & statuses:
        return False
    return any(in_range(x, since, until) for x in (d.get("date") or {None}))


def choice_flags(known, chosen) -> dict[str, Literal]:
    """One boolean value per known kind or status name: whether it is ``chosen``.

    Examples
    --------
    >>> {k: v.toPython() for k, v in choice_flags(["meeting", "call"], ["call"]).items()}
    {'meeting': False, 'call': True}
    """
    chosen = set(chosen)
    return {name: Literal(name in chosen) for name in known}


def event_details(store: GraphStore, events: list[URIRef], chunk: int = 500) -> dict:
    """Facts about ``events``: event IRI -> dict of sets (dates, places, ...) and people.

    One DISTINCT pattern per query, so that the copies of an event's triples
    in the graphs of the articles that report it are counted once.
    """
    out: dict = {}
    for i in range(0, len(events), chunk):
        res = run_query(store, "event_details", event=events[i:i + chunk])
        for event, p, o, label in res.rows:
            d = out.setdefault(event, {"people": {}, "participant": {}, "visitor": {},
                                       "host": {}})
            field = str(p).rsplit("#", 1)[-1]
            if field in ("participant", "visitor", "host"):
                name = str(label) if label is not None else str(o)
                d["people"][str(o)] = name
                d[field][str(o)] = name
            else:
                d.setdefault(field, set()).add(str(label) if label is not None else str(o))
    return out


def _row(event: URIRef, d: dict, *, role: str | None = None, others: dict | None = None) -> dict:
    def one(field: str) -> str | None:
        values = sorted(d.get(field, ()))
        return " | ".join(values) if values else None

    dates, places = d.get("date", set()), d.get("place", set())
    row = {
        "date": _date_of(dates),
        "with": "; ".join(sorted((others or {}).values())),
        "role": role,
        "visitor": "; ".join(sorted(d.get("visitor", {}).values())) or None,
        "host": "; ".join(sorted(d.get("host", {}).values())) or None,
        "place": one("place"),
        "country": one("country"),
        "status": " | ".join(sorted(_status(s) for s in d.get("status", ()))) or None,
        "occasion": one("occasion"),
        "reports": len(d.get("reportedIn", ())),
        "sources": sorted(d.get("reportedIn", ())),
        "evidence": sorted(d.get("evidence", ()))[0] if d.get("evidence") else None,
        "disputed": _disputed_dates(dates) or len(places) > 1,
        "others": sorted(others or {}),
        "event": str(event),
    }
    return row


def _disputed_dates(dates: set[str]) -> bool:
    """Whether reports give two dates that are not one inside the other (two days)."""
    return any(not (a.startswith(b) or b.startswith(a)) for a in dates for b in dates)


def _date_of(dates: set[str]) -> str | None:
    """The most precise date where reports agree ("2024-07" and "2024-07-08" give the
    day), else every date reported.

    Examples
    --------
    >>> _date_of({"2024-07", "2024-07-08"}), _date_of({"2024-07-08", "2024-07-09"})
    ('2024-07-08', '2024-07-08 | 2024-07-09')
    """
    if not dates:
        return None
    if _disputed_dates(dates):
        return " | ".join(sorted(dates))
    return max(dates, key=len)


def visits(store: GraphStore, visitors: list[URIRef] | None = None,
           country: str | None = None, year: int | None = None) -> list[dict]:
    """Every visit, or those of ``visitors``, to ``country`` (alpha-2), in ``year``."""
    bindings: dict = {}
    if visitors:
        bindings["visitor"] = list(visitors)
    if country:
        bindings["country"] = iri_for("country", country)
    if year is not None:
        bindings["year"] = Literal(str(year))
        name = "visits_to_in_year" if country else "visits_in_year"
    else:
        name = "visits" if country else "visits_any"
    events = [r[0] for r in run_query(store, name, **bindings).rows]
    details = event_details(store, events)
    merged = one_per_event(store, {e: details.get(e, {}) for e in dict.fromkeys(events)})
    rows = [_row(e, d) for e, d in merged.items()]
    return sorted(rows, key=lambda r: (r["date"] or "", r["visitor"] or ""))


def person_profile(store: GraphStore, people: list[URIRef]) -> dict:
    """Names, offices, events and sources of one person (given as their IRIs).

    ``offices`` are the offices the articles give the person that stand,
    best first, each with its ``reports`` and ``sources`` (URLs) and whether
    the knowledge base confirms it (``kb``); ``disputed_offices`` those the
    knowledge base contradicts at the dates they were reported; ``kb_terms``
    the person's terms of office in the knowledge base, with their dates
    (see :mod:`~diplograph.graph.offices`). ``name_sources`` maps each name
    form to the URLs of the articles that use it. The names the people are
    known by (the KB's, where linked) come before the forms articles wrote.
    """
    from .offices import person_offices

    names = {str(label) for (label,) in run_query(store, "person_names", person=people).rows}
    canonical = {str(n) for _, n in run_query(store, "names_of", thing=list(people)).rows}
    qids = sorted({str(r[0]).rsplit("/", 1)[-1] for person in people
                   for r in run_query(store, "same_as", person=person).rows})
    offices = person_offices(store, people)
    events = {kind: person_events(store, people, kind) for kind in KIND_CLASS}
    sources = sorted({s for rows in events.values() for r in rows for s in r["sources"]})
    return {
        "iris": [str(p) for p in people],
        "wikidata": qids,
        "names": sorted(names, key=lambda n: (n not in canonical, -len(n), n)),
        "name_sources": name_sources(store, people),
        "offices": offices["offices"],
        "disputed_offices": offices["disputed"],
        "kb_terms": offices["kb_terms"],
        "events": events,
        "sources": sources,
    }


def name_sources(store: GraphStore, people: list[URIRef]) -> dict[str, list[str]]:
    """Each name form of one person (given as their IRIs) -> the URLs of the articles using it."""
    found: dict[str, set[str]] = {}
    for name, url in run_query(store, "name_claims", person=people).rows:
        found.setdefault(str(name), set()).update([str(url)] if url is not None else [])
    return {name: sorted(urls) for name, urls in sorted(found.items())}


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


