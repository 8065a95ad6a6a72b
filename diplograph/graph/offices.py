"""Offices as claims: what the articles say a person holds, weighed against the knowledge base.

An office is a claim of the articles that state it (a ``dg:Position`` in each
article's named graph, with ``dg:reportedIn``; see docs/ontology.md). Here the
claims of one person are gathered with their sources and judged:

- the knowledge base (:mod:`diplograph.loaders.kb`, Wikidata terms of office
  with dates) outweighs the articles. Each report of a claim is dated by the
  events the article reports the person in (else by its publication date);
  where the KB holds a term of the person at that date, the claim is
  *confirmed* by a term of the same office where it is held, and
  *contradicted* when every such term is another office or serves another
  country. A claim contradicted in some report and confirmed in none is
  *disputed*: it is listed apart and never shown as the person's office.
  Offices named "former" are not checked (they speak of another time).
- between claims that stand, the KB-confirmed ones come first, then more
  reports, then the later publication.

Examples
--------
>>> import tempfile
>>> from diplograph.graph.store import open_store
>>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
...     person_offices(store, [])
{'offices': [], 'disputed': [], 'kb_terms': []}
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import lru_cache

from rdflib import URIRef

from .query import load_query, run_query
from .store import GraphStore

__all__ = ["person_offices", "office_claims", "report_dates", "kb_terms", "judge_claims",
           "best_offices", "period"]

#: People per query where many are bound at once.
CHUNK = 500


def person_offices(store: GraphStore, people: list[URIRef]) -> dict:
    """The offices of one person (given as their IRIs), judged; see the module notes.

    Returns ``{"offices": [...], "disputed": [...], "kb_terms": [...]}``: the
    offices that stand, best first, and the disputed ones, each a dict with
    ``title``, ``country``, ``organisation``, ``former``, ``reports`` (number
    of articles), ``sources`` (their URLs), ``latest`` (last publication
    date), ``kb`` ("confirmed", "contradicted" or None) and ``disputed``;
    and the person's terms in the knowledge base with their dates.
    """
    if not people:
        return {"offices": [], "disputed": [], "kb_terms": []}
    claims = office_claims(store, people)
    dates: dict[str, set] = defaultdict(set)
    for by_article in report_dates(store, people).values():
        for article, days in by_article.items():
            dates[article] |= days
    qids = sorted({q for found in _qids(store, people).values() for q in found})
    terms = kb_terms(qids)
    judged = judge_claims(_merged([*claims.values(), _unsourced(store, people)]), dates, terms)
    return {"offices": [c for c in judged if not c["disputed"]],
            "disputed": [c for c in judged if c["disputed"]],
            "kb_terms": terms}


def best_offices(store: GraphStore, people: list[str] | None = None) -> dict[str, dict]:
    """Every person's judged offices: person IRI -> ``{"best": claim or None,
    "offices": [...], "disputed": [...]}`` (all people when ``people`` is None).

    For the network views: the best office is what a tooltip shows, and a
    disputed claim's country is not one the person serves.
    """
    claims = office_claims(store, people)
    dates = report_dates(store, people)
    qids = _qids(store, people)
    out = {}
    for person, own in claims.items():
        judged = judge_claims(own, dates.get(person, {}), kb_terms(sorted(qids.get(person, ()))))
        standing = [c for c in judged if not c["disputed"]]
        out[person] = {"best": standing[0] if standing else None, "offices": standing,
                       "disputed": [c for c in judged if c["disputed"]]}
    return out


def office_claims(store: GraphStore, people: list | None = None) -> dict[str, list[dict]]:
    """The offices the articles give ``people`` (IRIs; None for everyone), with their reports.

    Maps each person IRI to its claims, one per office (title, country,
    organisation, former), each with ``reports``: article IRI -> (url, publication date).
    """
    rows = _rows(store, "office_claims", people) if people is not None else _every_claim(store)
    codes = _codes(store, {URIRef(str(r[k])) for r in rows for k in ("country", "organisation")
                           if r[k]})
    out: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for r in rows:
        key = (_s(r["title"]), codes.get(_s(r["country"])), codes.get(_s(r["organisation"])),
               _s(r["former"]) == "true")
        claim = out[str(r["person"])].setdefault(key, {
            "title": key[0], "country": key[1], "organisation": key[2], "former": key[3],
            "reports": {}})
        claim["reports"][str(r["article"])] = (_s(r["url"]), _s(r["published"]))
    return {person: list(claims.values()) for person, claims in out.items()}


def report_dates(store: GraphStore, people: list | None = None) -> dict[str, dict[str, set]]:
    """Person IRI -> article IRI -> the dates of the events the article reports the person in."""
    out: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    if people is None:  # plain strings: no rdflib terms for ~10^5 rows
        rows = store.select_strings(load_query("claim_dates"))
    else:
        rows = [(r["person"], r["article"], r["date"]) for r in _rows(store, "claim_dates", people)]
    for person, article, day in rows:
        out[str(person)][str(article)].add(str(day))
    return out


def kb_terms(qids: list[str]) -> list[dict]:
    """The terms of office the knowledge base holds for the people with these Wikidata QIDs.

    Examples
    --------
    >>> [(t["office"], t["country"], t["start"]) for t in kb_terms(["Q1058"])][:1]
    [('Prime Minister', 'IN', '2014-05-26')]
    """
    from ..loaders.kb import load_kb

    kb = load_kb()
    terms = [t for q in qids for t in kb.terms_of(q)]
    return [_term(t) for t in sorted(set(terms), key=lambda t: (t.start or date.min, t.office))]


def _term(t) -> dict:
    return {"office": t.office, "country": t.country, "organisation": t.organisation,
            "start": t.start.isoformat() if t.start else None,
            "end": t.end.isoformat() if t.end else None, "qid": t.qid}


def judge_claims(claims: list[dict], dates: dict, terms: list[dict]) -> list[dict]:
    """``claims`` (see :func:`office_claims`) judged against the KB ``terms``, best first.

    ``dates`` maps article IRIs to the dates of the person's events in that
    article. Each claim comes back as a flat dict
    (see :func:`person_offices`).

    Examples
    --------
    >>> terms = [{"office": "Prime Minister", "country": "IN", "organisation": None,
    ...           "start": "2014-05-26", "end": None, "qid": "Q1058"}]
    >>> claims = [{"title": "President", "country": "US", "organisation": None, "former": False,
    ...            "reports": {"urn:a": ("https://e.org/a", "2017-06-26")}},
    ...           {"title": "Prime Minister", "country": "IN", "organisation": None,
    ...            "former": False, "reports": {"urn:b": ("https://e.org/b", "2016-01-01")}}]
    >>> [(c["title"], c["kb"], c["disputed"]) for c in judge_claims(claims, {}, terms)]
    [('Prime Minister', 'confirmed', False), ('President', 'contradicted', True)]
    """
    judged = []
    for claim in claims:
        verdicts = [] if claim["former"] else [
            _report_verdict(claim, _dates_of(article, published, dates), terms)
            for article, (_, published) in claim["reports"].items()]
        confirmed = "confirmed" in verdicts
        contradicted = "contradicted" in verdicts and not confirmed
        published = [p for _, p in claim["reports"].values() if p]
        judged.append({
            "title": claim["title"], "country": claim["country"],
            "organisation": claim["organisation"], "former": claim["former"],
            "reports": len(claim["reports"]),
            "sources": sorted({u for u, _ in claim["reports"].values() if u}),
            "latest": max(published) if published else None,
            "kb": "confirmed" if confirmed else "contradicted" if contradicted else None,
            "disputed": contradicted,
        })
    return sorted(judged, key=_rank)


def _rank(c: dict):
    """Standing before disputed; then KB-confirmed, current, more reports, later news."""
    return (c["disputed"], c["kb"] != "confirmed", c["former"], -c["reports"],
            _negated(c["latest"]), c["title"] or "", c["country"] or "")


def _negated(day: str | None) -> tuple:
    return tuple(-ord(ch) for ch in day) if day else (1,)


def _dates_of(article: str, published: str | None, dates: dict) -> list[str]:
    """The dates a report is checked at: its events' dates, else its publication date."""
    return sorted(dates.get(article) or ()) or ([published] if published else [])


def _report_verdict(claim: dict, days: list[str], terms: list[dict]) -> str | None:
    """"confirmed", "contradicted" or None (the KB says nothing at those dates)."""
    verdicts = set()
    for day in days:
        span = period(day)
        covering = [t for t in terms if _covers(t, span)]
        if covering:
            verdicts.add(_verdict_at(claim, span, covering))
    if "confirmed" in verdicts:
        return "confirmed"
    return "contradicted" if "contradicted" in verdicts else None


def _verdict_at(claim: dict, span: tuple[date, date], covering: list[dict]) -> str | None:
    """What the person's KB terms ``covering`` the report's date say of the claim.

    Confirmed by a term of the same office where it is held. Contradicted
    when the claim serves another country than every such term, or names an
    office of that country that the KB gives someone else at that date (or,
    for the offices the KB holds for every state, never has there: no
    "President" of Canada). Otherwise the KB cannot tell: its terms are
    incomplete for concurrent and acting offices (a prime minister who was
    also vice president, or acting president).
    """
    mine = _group(claim["title"], claim["country"])
    where = claim["country"] or claim["organisation"]
    for t in covering:
        if where in (None, t["country"] or t["organisation"]) and mine and \
                mine == _group(t["office"]):
            return "confirmed"
    country = claim["country"]
    if not country or not all(t["country"] for t in covering):
        return None
    if country not in {t["country"] for t in covering}:
        return "contradicted"
    if mine is None:
        return None
    holders = _holders(mine, country)
    if not holders:
        return "contradicted" if mine in EVERY_STATE else None
    at = [h for h in holders if _covers(h, span)]
    qids = {t["qid"] for t in covering if t["qid"]}
    return "contradicted" if at and not any(h["qid"] in qids for h in at) else None


#: The office groups the knowledge base holds for every state: a country with no
#: such term has no such office.
EVERY_STATE = frozenset({"president", "prime minister", "monarch"})
#: Heads of government under other titles, one office for the comparison.
_SAME_OFFICE = {"chancellor": "prime minister"}


def _group(title: str | None, country: str | None = None) -> str | None:
    """The office group of ``title`` for comparison (of ``country``, where it differs)."""
    from ..loaders.kb_titles import office_group

    group = office_group(title)
    group = _aliases().get((country, group), group)
    return _SAME_OFFICE.get(group, group)


@lru_cache(maxsize=1)
def _aliases() -> dict[tuple[str, str], str]:
    """(country, office group as written) -> the group it names there (office_aliases.tsv)."""
    import csv
    from importlib import resources

    text = resources.files("diplograph.data.kb").joinpath("office_aliases.tsv").read_text(
        encoding="utf-8")
    rows = csv.DictReader([line for line in text.splitlines() if not line.startswith("#")],
                          delimiter="\t")
    return {(r["country"], r["written"]): r["means"] for r in rows}


@lru_cache(maxsize=1 << 12)
def _holders(group: str, country: str) -> list[dict]:
    """Every KB term of the office ``group`` of ``country`` (as :func:`kb_terms` dicts)."""
    from ..loaders.kb import load_kb

    kb = load_kb()
    groups = [g for g, same in [(group, group), *_SAME_OFFICE.items()] if same == group]
    return [_term(t) for g in dict.fromkeys(groups) for t in kb.terms_in(g, country)]


@lru_cache(maxsize=1 << 12)
def period(value: str) -> tuple[date, date] | None:
    """The first and last day of an ISO date at day, month or year precision.

    Examples
    --------
    >>> period("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    import calendar

    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            return date(*parts, 1), date(*parts, calendar.monthrange(*parts)[1])
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, TypeError):
        return None


def _covers(term: dict, span: tuple[date, date] | None) -> bool:
    if span is None:
        return False
    start = date.fromisoformat(term["start"]) if term["start"] else date.min
    end = date.fromisoformat(term["end"]) if term["end"] else date.max
    return start <= span[1] and span[0] <= end


def _merged(claim_lists) -> list[dict]:
    """The claims of several IRIs of one person, the same office's reports together."""
    merged: dict[tuple, dict] = {}
    for claims in claim_lists:
        for c in claims:
            key = (c["title"], c["country"], c["organisation"], c["former"])
            into = merged.setdefault(key, {**c, "reports": {}})
            into["reports"].update(c["reports"])
    return list(merged.values())  # an unsourced office also claimed is the claim


#: The parts of every claim, each read by a one-pattern scan of the article graphs (the
#: joins and OPTIONALs of office_claims.rq cost ~5x more when nothing is bound).
_EVERY = {
    "claims": "SELECT ?person ?pos ?article WHERE { GRAPH ?article { "
              "?person dg:holds ?pos . ?pos dg:reportedIn ?article } }",
    "title": "SELECT DISTINCT ?s ?v WHERE { ?s dg:title ?v }",
    "country": "SELECT DISTINCT ?s ?v WHERE { ?s a dg:Position ; dg:country ?v }",
    "organisation": "SELECT DISTINCT ?s ?v WHERE { ?s dg:organisation ?v }",
    "former": "SELECT DISTINCT ?s ?v WHERE { ?s dg:former ?v }",
    "url": "SELECT ?s ?v WHERE { GRAPH ?s { ?s schema:url ?v } }",
    "published": "SELECT ?s ?v WHERE { GRAPH ?s { ?s schema:datePublished ?v } }",
}
_PREFIXES = "PREFIX dg: <https://w3id.org/diplograph#>\nPREFIX schema: <https://schema.org/>\n"


def _every_claim(store: GraphStore) -> list[dict]:
    """The rows of office_claims.rq for everyone, from one-pattern scans joined here."""
    facts = {name: dict(store.select_strings(_PREFIXES + text))
             for name, text in _EVERY.items() if name != "claims"}
    rows = []
    for person, pos, article in store.select_strings(_PREFIXES + _EVERY["claims"]):
        if pos in facts["title"]:
            rows.append({"person": person, "pos": pos, "article": article,
                         **{k: facts[k].get(pos) for k in ("title", "country", "organisation",
                                                           "former")},
                         **{k: facts[k].get(article) for k in ("url", "published")}})
    return rows


def _unsourced(store: GraphStore, people: list[URIRef]) -> list[dict]:
    """Offices held with no article stating them: stores written before offices were
    claims (re-ingest to get their sources). Shown last, as "no source"."""
    claims = []
    for person in people:
        for r in run_query(store, "offices", person=person).dicts():
            claims.append({"title": _s(r["title"]), "country": _s(r.get("country")),
                           "organisation": _s(r.get("organisation")),
                           "former": _s(r.get("former")) == "true", "reports": {}})
    return claims


def _codes(store: GraphStore, things: set) -> dict[str, str]:
    """Country IRI -> ISO code and organisation IRI -> acronym."""
    things = sorted(things)
    out = {}
    for i in range(0, len(things), CHUNK):
        out.update({str(t): str(c) for t, c in run_query(store, "codes",
                                                        thing=things[i:i + CHUNK]).rows})
    return out


def _qids(store: GraphStore, people: list | None) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, "person_qids", people):
        out[str(r["person"])].add(str(r["entity"]).rsplit("/", 1)[-1])
    return out


def _rows(store: GraphStore, name: str, people: list | None) -> list[dict]:
    if people is None:
        return run_query(store, name).dicts()
    people = sorted({URIRef(str(p)) for p in people})
    rows: list[dict] = []
    for i in range(0, len(people), CHUNK):
        rows.extend(run_query(store, name, person=people[i:i + CHUNK]).dicts())
    return rows


def _s(term) -> str | None:
    return None if term is None else str(term)
