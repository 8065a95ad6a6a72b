"""The long pages: a person's timeline, one page of events at a time, and a country's
visits, counted by year with one year shown in full.

A leader of many years has hundreds of events; reading every event's details
for one page costs about half a millisecond each, so the events are ordered
by date first (one small query) and only the page shown is read in detail.
"""
from __future__ import annotations

from rdflib import URIRef

from ..graph.lookup import KIND_CLASS, event_details, one_per_event, visits
from ..graph.query import load_query, run_query
from ..graph.store import GraphStore
from ..ontology import DG, iri_for
from .pages import event_row, event_rows, facts, link, names, page_path, source_link

__all__ = ["person_page", "country_page", "organisation_page", "events_of", "PAGE_SIZE"]

PAGE_SIZE = 50
ROLES = ("participant", "visitor", "host")


def events_of(store: GraphStore, person: URIRef) -> dict[str, tuple[str, str]]:
    """Each event of ``person`` -> (kind, the person's first role in it)."""
    found: dict[str, tuple[str, str]] = {}
    for kind, cls in KIND_CLASS.items():
        for role in ROLES:
            for (event,) in run_query(store, "events_of_person", person=person, type=cls,
                                      role=DG[role]).rows:
                found.setdefault(str(event), (kind, role))
    return found


def _dates(store: GraphStore, events: list[str], chunk: int = 500) -> dict[str, str]:
    """The most precise date of each event ("" when undated)."""
    dates = dict.fromkeys(events, "")
    text = load_query("event_dates")
    for i in range(0, len(events), chunk):
        part = [URIRef(e) for e in events[i:i + chunk]]
        for event, date in store.select_strings(text, {"event": part}):
            if len(date or "") > len(dates[event]):
                dates[event] = date
    return dates


def person_page(store: GraphStore, iri: str, page: int = 1,
                per_page: int = PAGE_SIZE) -> dict | None:
    """Names, offices, and the person's meetings, visits and calls, newest first, paged."""
    person = URIRef(iri)
    all_names = sorted({str(n) for (n,) in run_query(store, "person_names", person=person).rows},
                       key=lambda n: (-len(n), n))
    if not all_names:
        return None
    offices = [{k: None if v is None else str(v) for k, v in r.items()}
               for r in run_query(store, "offices", person=person).dicts()]
    for office in offices:
        office["former"] = office.get("former") == "true"
    qids = sorted({str(e).rsplit("/", 1)[-1] for (e,) in
                   run_query(store, "same_as", person=person).rows})
    roles = events_of(store, person)
    dates = _dates(store, sorted(roles))
    ordered = sorted(roles, key=lambda e: (dates[e], e), reverse=True)
    page, pages, shown = _page_of(ordered, page, per_page)
    details = event_details(store, shown)
    merged = one_per_event(store, {e: details.get(e, {}) for e in shown})
    timeline = []
    for event, d in merged.items():
        kind, role = next(roles[m] for m in sorted(d["members"]) if m in roles)
        timeline.append({**event_row(str(event), d, kind, frozenset({iri})), "role": role})
    timeline.sort(key=lambda r: (r["date"] or "", r["kind"], r["iri"]), reverse=True)
    counts = {kind: sum(1 for k, _ in roles.values() if k == kind) for kind in KIND_CLASS}
    return {"title": all_names[0], **link(iri, all_names[0]), "names": all_names,
            "wikidata": qids, "offices": sorted(offices, key=lambda o: [str(v) for v in
                                                                        o.values()]),
            "timeline": timeline, "counts": counts, "page": page, "pages": pages,
            "per_page": per_page,
            "network": page_path(iri) + "/network" if page_path(iri) else None}


def _page_of(ordered: list[str], page: int, per_page: int) -> tuple[int, int, list[URIRef]]:
    """(page number within range, number of pages, the events of that page)."""
    pages = max(1, -(-len(ordered) // per_page))
    page = min(max(1, page), pages)
    return page, pages, [URIRef(e) for e in ordered[(page - 1) * per_page:page * per_page]]


def organisation_page(store: GraphStore, iri: str, page: int = 1,
                      per_page: int = PAGE_SIZE) -> dict | None:
    """The events at the organisation's summits, newest first and paged, and its officials."""
    statements = facts(store, iri)
    if not statements:
        return None
    name = names(store, [iri]).get(str(iri)) or str(iri).rsplit("/", 1)[-1]
    events = sorted({str(e) for (e,) in
                     run_query(store, "events_at_occasion", organisation=URIRef(iri)).rows})
    dates = _dates(store, events)
    ordered = sorted(events, key=lambda e: (dates[e], e), reverse=True)
    page, pages, shown = _page_of(ordered, page, per_page)
    # reports of the same events that did not name the summit: merged into them
    linked = [o for _, o in run_query(store, "same_events", event=shown).rows] if shown else []
    rows = sorted(event_rows(store, [*shown, *linked]), key=lambda r: (r["date"] or "", r["iri"]),
                  reverse=True)
    officials = [{**link(p, None if n is None else str(n)), "office": None if t is None
                  else str(t)} for p, n, t in
                 run_query(store, "officials_of", organisation=URIRef(iri)).rows]
    return {"title": name, **link(iri, name), "events": rows, "total": len(events),
            "page": page, "pages": pages, "per_page": per_page, "facts": statements,
            "officials": sorted(officials, key=lambda o: (o["label"], o["office"] or ""))}


def _years(store: GraphStore, name: str, bindings: dict) -> dict[str, int]:
    return {year or "": int(n) for year, n in store.select_strings(load_query(name), bindings)}


def country_page(store: GraphStore, code: str, year: str | None = None) -> dict | None:
    """Visits into the country and abroad by its office holders: counts by year, and the
    visits of ``year`` (default the latest) in full."""
    iri = iri_for("country", code)
    if not run_query(store, "resource_facts", thing=iri).rows:
        return None
    name = names(store, [iri]).get(str(iri), code)
    people = [p for (p,) in run_query(store, "people_of_country", country=iri).rows]
    years_in = _years(store, "visits_to_country_by_year", {"country": iri})
    years_out = _years(store, "visits_abroad_by_year", {"visitor": people, "country": iri}) \
        if people else {}
    years = sorted(set(years_in) | set(years_out), reverse=True)
    dated = [y for y in years if y]
    chosen = year if year in dated else (dated[0] if dated else None)
    visits_in = visits(store, country=code, year=int(chosen)) if chosen else []
    visits_out = [v for v in visits(store, visitors=people, year=int(chosen))
                  if v["country"] != code] if chosen and people else []
    return {"title": name, **link(iri, name), "code": code, "year": chosen,
            "years": [{"year": y or "undated", "in": years_in.get(y, 0),
                       "out": years_out.get(y, 0), "link": f"?year={y}" if y else None}
                      for y in years],
            "visits_in": [_visit(v) for v in visits_in],
            "visits_out": [_visit(v) for v in visits_out],
            "counts": {"in": sum(years_in.values()), "out": sum(years_out.values())}}


def _visit(row: dict) -> dict:
    """A row of :func:`~diplograph.graph.lookup.visits` with links."""
    return {**link(row["event"], "visit"), "date": row["date"], "visitor": row["visitor"],
            "host": row["host"], "place": row["place"], "country": row["country"],
            "status": row["status"], "reports": row["reports"],
            "sources": [source_link(u) for u in row["sources"]], "evidence": row["evidence"],
            "disputed": row["disputed"]}
