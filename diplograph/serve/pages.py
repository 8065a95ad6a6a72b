"""What each page shows, as plain data: the same dict feeds the HTML and its ``.json`` twin.

Every function takes a store and an IRI (or typed text) and reads it with the
library's lookups (:mod:`diplograph.graph.lookup`, event clusters from
:mod:`diplograph.graph.identity`) and canned queries; typed text is matched
in Python and only IRIs are bound into queries.

Examples
--------
>>> page_path("https://w3id.org/diplograph/id/person/narendra-modi")
'/id/person/narendra-modi'
>>> page_path("https://www.wikidata.org/entity/Q1058") is None
True
"""
from __future__ import annotations

from rdflib import URIRef

from ..errors import DiplographError
from ..graph.lookup import (
    event_details,
    find_people,
    one_per_event,
    resolve_country,
    store_stats,
)
from ..graph.query import run_query
from ..graph.store import GraphStore
from ..ontology.iri import ID, iri_for

__all__ = ["page_path", "home_page", "search_page", "event_page",
           "article_page", "resource_page", "event_row", "event_rows", "cluster_of", "link",
           "source_link", "names", "facts"]

KINDS = ("meeting", "visit", "call")


def page_path(iri: str | None) -> str | None:
    """The server path of one of the graph's IRIs (``/id/...``), None for outside IRIs."""
    if iri and str(iri).startswith(ID):
        return "/id/" + str(iri)[len(ID):]
    return None


def link(iri: str, label: str | None = None) -> dict:
    """An IRI with its label and page path, as pages and their JSON show it."""
    return {"iri": str(iri), "label": label or str(iri).rsplit("/", 1)[-1],
            "path": page_path(iri)}


def source_link(url: str) -> dict:
    """An article's URL with the path of its page (the article IRI is minted from it)."""
    return {"url": url, "path": page_path(iri_for("article", url))}


def home_page(store: GraphStore) -> dict:
    """Counts by class, triples, and the dates the graph spans."""
    return {"title": "diplograph", "stats": store_stats(store)}


def search_page(store: GraphStore, text: str) -> dict:
    """People whose names match ``text`` forgivingly (as the CLI does), and the country."""
    text = " ".join(text.split())[:200]
    hits = []
    if text:
        hits += [{**link(iri, name), "kind": "person"} for iri, name in find_people(store, text)]
        try:
            code = resolve_country(text)
            iri = iri_for("country", code)
            if run_query(store, "resource_facts", thing=iri).rows:
                hits.append({**link(iri, names(store, [iri]).get(str(iri), code)),
                             "kind": "country"})
        except (DiplographError, LookupError):
            pass
    return {"title": f"Search: {text}" if text else "Search", "query": text, "hits": hits}


def names(store: GraphStore, iris: list) -> dict[str, str]:
    """The longest name of each IRI."""
    names: dict[str, str] = {}
    if iris:
        for thing, name in run_query(store, "names_of", thing=[URIRef(str(i)) for i in iris]).rows:
            if len(str(name)) > len(names.get(str(thing), "")):
                names[str(thing)] = str(name)
    return names


def event_row(event: str, d: dict, kind: str | None = None, own: frozenset = frozenset()) -> dict:
    """One event's merged details (:func:`~diplograph.graph.lookup.event_details`) for a page.

    ``own`` are the IRIs of the person whose page lists it (left out of ``with``).
    """
    dates, places = sorted(d.get("date", ())), sorted(d.get("place", ()))
    disputed_dates = any(not (a.startswith(b) or b.startswith(a)) for a in dates for b in dates)
    people = d.get("people", {})
    return {
        **link(event, kind),
        "kind": kind,
        "date": max(dates, key=len) if dates and not disputed_dates else " | ".join(dates) or None,
        "with": [link(p, n) for p, n in sorted(people.items(), key=lambda x: x[1])
                 if p not in own],
        "visitor": [link(p, n) for p, n in sorted(d.get("visitor", {}).items())],
        "host": [link(p, n) for p, n in sorted(d.get("host", {}).items())],
        "place": " | ".join(places) or None,
        "country": " | ".join(sorted(d.get("country", ()))) or None,
        "status": " | ".join(sorted(s.rsplit("#", 1)[-1].lower() for s in d.get("status", ())))
                  or None,
        "occasion": " | ".join(sorted(d.get("occasion", ()))) or None,
        "reports": len(d.get("reportedIn", ())),
        "sources": [source_link(u) for u in sorted(d.get("reportedIn", ()))],
        "evidence": sorted(d.get("evidence", ()))[0] if d.get("evidence") else None,
        "disputed": disputed_dates or len(places) > 1,
        "members": sorted(d.get("members", {str(event)})),
    }


def _kinds(store: GraphStore, events: list) -> dict[str, str]:
    """The kind (meeting, visit, call) of each event node."""
    out = {}
    for event, p, o in run_query(store, "event_facts", event=[URIRef(e) for e in events]).rows:
        name = str(o).rsplit("#", 1)[-1].lower()
        if str(p).endswith("#type") and name in KINDS:
            out[str(event)] = name
    return out


def event_rows(store: GraphStore, events: list, own: frozenset = frozenset()) -> list[dict]:
    """The events (IRIs) merged per cluster and made rows, by date."""
    events = [URIRef(str(e)) for e in dict.fromkeys(events)]
    if not events:
        return []
    details = event_details(store, events)
    merged = one_per_event(store, {e: details.get(e, {}) for e in events})
    kinds = _kinds(store, [m for d in merged.values() for m in d["members"]])
    rows = [event_row(e, d, next((kinds[m] for m in sorted(d["members"]) if m in kinds), None),
                      own) for e, d in merged.items()]
    return sorted(rows, key=lambda r: (r["date"] or "", r["iri"]))


def cluster_of(store: GraphStore, iri: str, limit: int = 200) -> list[str]:
    """Every event node linked to ``iri`` by ``owl:sameAs``, in either direction, transitively."""
    members, frontier = {str(iri)}, [URIRef(iri)]
    while frontier and len(members) < limit:
        found = {str(o) for _, o in run_query(store, "same_events", event=frontier).rows}
        frontier = [URIRef(e) for e in sorted(found - members)]
        members |= found
    return sorted(members)


def event_page(store: GraphStore, iri: str) -> dict | None:
    """An event as all its reports give it: participants, reports, disputes, evidence."""
    members = cluster_of(store, iri)
    kinds = _kinds(store, members)
    if not kinds:
        return None
    details = event_details(store, [URIRef(m) for m in members])
    merged = one_per_event(store, details)  # the members are one cluster: one entry
    d = next(iter(merged.values()), {})
    row = event_row(str(iri), d, kinds.get(str(iri)) or next(iter(kinds.values())))
    reports = _reports(store, members)
    reports.sort(key=lambda r: (r["published"] or "", r["article"]["iri"], r["event"]["iri"]))
    title = f"{(row['kind'] or 'event').capitalize()} {row['date'] or ''}".strip()
    return {"title": title, **row, "reports_list": reports,
            "dates": sorted({r["date"] for r in reports if r["date"]}),
            "places": sorted({r["place"] for r in reports if r["place"]})}


def _reports(store: GraphStore, members: list[str]) -> list[dict]:
    """One entry per (event node, article that reports it): what that article said of it."""
    found: dict[tuple[str, str], dict] = {}
    reported = set()
    for r in run_query(store, "event_reports", event=[URIRef(m) for m in members]).dicts():
        key = (str(r["event"]), str(r["article"]))
        entry = found.setdefault(key, {
            "event": link(r["event"]), "article": link(r["article"], _s(r["headline"])),
            "url": _s(r["url"]), "published": _s(r["published"]), "date": None, "place": None,
            "evidence": None, "start": None, "end": None})
        field = str(r["p"]).rsplit("#", 1)[-1]
        if field == "reportedIn":
            reported.add(key)
        else:
            field = {"evidenceStart": "start", "evidenceEnd": "end"}.get(field, field)
            entry[field] = _s(r["label"]) or _s(r["o"])
    return [entry for key, entry in found.items() if key in reported]


def article_page(store: GraphStore, iri: str) -> dict | None:
    """What was read from one article: its events as it gave them, with evidence offsets."""
    head: dict = {"url": None, "headline": None, "published": None, "publisher": None}
    mentions = {}
    for p, o, kind, name in run_query(store, "article_mentions", article=URIRef(iri)).rows:
        field = str(p).rsplit("/", 1)[-1]
        if field == "mentions":
            mentions[str(o)] = {**link(o, _s(name)),
                                "kind": _s(kind).rsplit("#", 1)[-1] if kind else None}
        else:
            head[{"datePublished": "published"}.get(field, field)] = str(o)
    if head["url"] is None and not mentions:
        return None
    events: dict[str, dict] = {}
    for event, p, o, label in run_query(store, "article_facts", article=URIRef(iri)).rows:
        d = events.setdefault(str(event), {"people": {}, "participant": {}, "visitor": {},
                                           "host": {}})
        field = str(p).rsplit("#", 1)[-1]
        if field in ("participant", "visitor", "host"):
            d["people"][str(o)] = _s(label) or str(o)
            d[field][str(o)] = _s(label) or str(o)
        elif field == "type":
            d["kind"] = str(o).rsplit("#", 1)[-1].lower()
        else:
            d.setdefault(field, set()).add(_s(label) or str(o))
    rows = []
    for event, d in events.items():
        row = event_row(event, {**d, "reportedIn": set()}, d.get("kind"))
        row["start"] = min(d.get("evidenceStart", {""}), key=len) or None
        row["end"] = min(d.get("evidenceEnd", {""}), key=len) or None
        rows.append(row)
    rows.sort(key=lambda r: (int(r["start"]) if (r["start"] or "").isdigit() else 1 << 40,
                             r["iri"]))
    title = head["headline"] or head["url"] or "article"
    return {"title": title, **link(iri, title), **head, "source": head["url"] and
            source_link(head["url"]), "events": rows,
            "mentions": sorted(mentions.values(), key=lambda m: (m["kind"] or "", m["label"]))}


def facts(store: GraphStore, iri: str) -> list[dict]:
    """Every statement about ``iri``: predicate, value (a link for IRIs) and its name."""
    out = []
    for p, o, name in run_query(store, "resource_facts", thing=URIRef(iri)).rows:
        value = link(o, _s(name)) if isinstance(o, URIRef) else {"label": str(o), "iri": None,
                                                                 "path": None}
        out.append({"predicate": str(p), "predicate_label": _short(str(p)), "value": value})
    return sorted(out, key=lambda f: (f["predicate_label"], f["value"]["label"]))


def resource_page(store: GraphStore, iri: str) -> dict | None:
    """Any other resource (a place, an office, a graph): its statements."""
    statements = facts(store, iri)
    if not statements:
        return None
    name = names(store, [iri]).get(str(iri)) or str(iri).rsplit("/", 1)[-1]
    return {"title": name, **link(iri, name), "facts": statements}


def _short(iri: str) -> str:
    for prefix, ns in (("dg", "https://w3id.org/diplograph#"), ("schema", "https://schema.org/"),
                       ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                       ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
                       ("skos", "http://www.w3.org/2004/02/skos/core#"),
                       ("owl", "http://www.w3.org/2002/07/owl#")):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _s(term) -> str | None:
    return None if term is None else str(term)
