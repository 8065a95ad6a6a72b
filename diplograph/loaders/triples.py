"""From an :class:`~diplograph.loaders.model.Extraction` to RDF triples.

A pure function: no spaCy, no store. Each article's triples go into a named
graph whose IRI is the article's (see :func:`article_iri`).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from rdflib import RDF, RDFS, SKOS, XSD, Literal, Namespace
from rdflib.term import Node, URIRef

from ..ontology import DG, iri_for
from .model import Event, Extraction, Person

__all__ = ["article_iri", "person_iri", "extraction_to_triples", "split_triples", "event_key",
           "date_literal", "STATUS"]



class _Terms:
    """A namespace whose terms are looked up once, then read as plain attributes.

    An attribute of a ``DefinedNamespace`` or ``Namespace`` costs about a
    microsecond (a new URIRef each time for ``Namespace``), and an article
    makes a few hundred: the same URIRefs, without the cost.
    """

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)  # DG still fails on a misspelt term
        setattr(self, name, term)
        return term


SCHEMA = Namespace("https://schema.org/")
DG, RDF, RDFS, SKOS, XSD, _SCHEMA = (_Terms(ns) for ns in (DG, RDF, RDFS, SKOS, XSD, SCHEMA))
_OWL_SAME_AS = URIRef("http://www.w3.org/2002/07/owl#sameAs")

#: Memos of pure functions: the same person, country, name or date recurs in
#: article after article, and a typed Literal parses its value when made (an
#: xsd:date about 50 µs). ``typed`` keeps True apart from 1.
_iri = lru_cache(maxsize=1 << 16, typed=True)(iri_for)
_literal = lru_cache(maxsize=1 << 16, typed=True)(Literal)


@lru_cache(maxsize=1 << 12)
def _typed(value: str, datatype: URIRef) -> Literal:
    """A typed Literal, made once per value."""
    return Literal(value, datatype=datatype)


STATUS = {"occurred": DG.Occurred, "planned": DG.Planned, "cancelled": DG.Cancelled}
EVENT_CLASS = {"meeting": DG.Meeting, "visit": DG.Visit, "call": DG.Call}

Triple = tuple[Node, Node, Node]


@lru_cache(maxsize=1 << 12)
def place_names(name: str, country: str | None) -> tuple[str, ...]:
    """The names of the town an article calls ``name``: the gazetteer's own first, then
    the article's spelling where it differs ("Katmandu": Kathmandu, Katmandu), so that one
    town is one node whatever the spelling, found by either name.

    >>> place_names("Katmandu", "NP")
    ('Kathmandu', 'Katmandu')
    """
    from .components.lexicon import lexicon  # the place table loads once, when first asked

    found = lexicon().places.get(name)
    if found is None or found.kind != "city" or found.country != country or found.name == name:
        return (name,)
    return (found.name, name)


def article_iri(url: str) -> URIRef:
    """The IRI of an article (and of its named graph), minted from its URL."""
    return iri_for("article", url)


def person_iri(person: Person) -> URIRef:
    """A person's IRI: from the Wikidata QID where known, else the fullest name."""
    if person.qid:
        return _iri("person", person.qid)
    return _iri("person", person.name)


@lru_cache(maxsize=1 << 12)
def date_literal(value: str) -> Literal:
    """An ISO date at its precision, typed xsd:date, xsd:gYearMonth or xsd:gYear.

    Examples
    --------
    >>> date_literal("2024-07").datatype
    rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth')
    """
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value))
    if datatype is None:
        raise ValueError(f"not an ISO date at day, month or year precision: {value!r}")
    return Literal(value, datatype=datatype, normalize=False)


def extraction_to_triples(ex: Extraction) -> list[Triple]:
    """Every triple read from one article.

    Examples
    --------
    >>> from diplograph.loaders.model import Article, Extraction
    >>> ex = Extraction(Article(url="urn:a", text="..."), countries=["IN"])
    >>> (iri_for("country", "IN"), DG.countryCode, Literal("IN")) in extraction_to_triples(ex)
    True
    """
    art = article_iri(ex.article.url)
    people = {p.key: person_iri(p) for p in ex.people}
    out: list[Triple] = list(_article(art, ex))
    for p in ex.people:
        out.extend(_person(art, people[p.key], p))
    for code in _all_countries(ex):
        out.extend(_country(art, code))
    for acronym in ex.organisations:
        out.extend(_organisation(art, acronym))
    seen: dict[str, int] = {}
    for ev in ex.events:
        key = event_key(ex, ev, people)
        seen[key] = seen.get(key, 0) + 1
        out.extend(_event(art, ex, ev, iri_for("event", key, seen[key]), people))
    return out


def split_triples(graph: URIRef, triples: list[Triple]) -> tuple[list[Triple], list[Triple]]:
    """An article's own triples, and the facts about entities it shares with others.

    The article's own are about the article (``graph``), its events and its
    claims about people: the offices it gives them (``dg:holds`` and the
    position's ``dg:reportedIn``) and the name forms it uses
    (``schema:alternateName``). They go into the article's named graph and
    are replaced and removed with it. Facts about entities that hold across
    articles (a person's type, name index and Wikidata link; what a position
    is, which its IRI is minted from; countries, organisations, places) go
    into one shared graph, so that a union query sees each once instead of
    once per article that names the entity.

    Examples
    --------
    >>> from diplograph.loaders.model import Article, Extraction
    >>> ex = Extraction(Article(url="urn:a", text="."), countries=["IN"])
    >>> own, shared = split_triples(article_iri("urn:a"), extraction_to_triples(ex))
    >>> (iri_for("country", "IN"), DG.countryCode, Literal("IN")) in shared
    True
    """
    classes = set(EVENT_CLASS.values())
    subjects = {s for s, p, o in triples if p == RDF.type and o in classes}
    subjects.add(graph)
    claims = {DG.holds, DG.reportedIn, _SCHEMA.alternateName}
    own, shared = [], []
    for t in triples:
        (own if t[0] in subjects or t[1] in claims else shared).append(t)
    return own, shared


def _all_countries(ex: Extraction) -> list[str]:
    codes = set(ex.countries) | {c for c in ex.places.values() if c}
    codes |= {p.country for p in ex.people if p.country}
    codes |= {e.country for e in ex.events if e.country}
    return sorted(codes)


def _article(art: URIRef, ex: Extraction) -> Iterator[Triple]:
    a = ex.article
    yield art, RDF.type, DG.Article
    yield art, _SCHEMA.url, _literal(a.url)
    if a.title:
        yield art, _SCHEMA.headline, _literal(a.title)
    if a.published:
        yield art, _SCHEMA.datePublished, _typed(a.published.isoformat(), XSD.date)
    if a.source:
        yield art, _SCHEMA.publisher, _literal(a.source)


def _person(art: URIRef, iri: URIRef, p: Person) -> Iterator[Triple]:
    yield art, _SCHEMA.mentions, iri
    yield iri, RDF.type, DG.Person
    yield iri, _SCHEMA.name, _literal(p.name)
    yield iri, RDFS.label, _literal(p.name)
    for alt in p.alt_names:
        if alt != p.name:
            yield iri, SKOS.altLabel, _literal(alt)
    # The article's claims about the person (its named graph; see split_triples):
    # the name forms it knows them by, and the office it gives them.
    for form in dict.fromkeys([p.name, *p.alt_names]):
        yield iri, _SCHEMA.alternateName, _literal(form)
    if p.qid:
        yield iri, _OWL_SAME_AS, URIRef(f"http://www.wikidata.org/entity/{p.qid}")
    if p.title:
        pos = _iri("position", iri, p.title, p.country, p.organisation, p.former)
        yield iri, DG.holds, pos
        yield pos, RDF.type, DG.Position
        yield pos, DG.reportedIn, art
        yield pos, DG.title, _literal(p.title)
        yield pos, DG.former, _literal(p.former)
        if p.country:
            yield pos, DG.country, _iri("country", p.country)
        if p.organisation:
            yield pos, DG.organisation, _iri("organisation", p.organisation)


def _country(art: URIRef, code: str) -> Iterator[Triple]:
    from .labels import country_name

    iri = _iri("country", code)
    yield art, _SCHEMA.mentions, iri
    yield iri, RDF.type, DG.Country
    yield iri, DG.countryCode, _literal(code.upper())
    name = country_name(code)
    if name:
        yield iri, _SCHEMA.name, _literal(name)


def _organisation(art: URIRef, acronym: str) -> Iterator[Triple]:
    from .labels import organisation_name

    iri = _iri("organisation", acronym)
    yield art, _SCHEMA.mentions, iri
    yield iri, RDF.type, DG.Organisation
    yield iri, DG.acronym, _literal(acronym)
    name = organisation_name(acronym)
    if name:
        yield iri, _SCHEMA.name, _literal(name)


def event_key(ex: Extraction, ev: Event, people: dict[str, URIRef]) -> str:
    """What makes two reports one real event: type, people, date and status.

    Reports of the same meeting in different articles mint the same IRI, so
    the union graph holds one event with one ``dg:reportedIn`` per article
    and each article's claims in its own named graph. Undated events are
    never merged across articles (nothing says they are the same). Date (at
    the precision given) and status are part of the key, so that every
    merged event stays right for each article that reports it: "July 2024"
    and "8 July 2024", or a planned meeting and the report that it
    happened, stay two events.
    """
    who = sorted(str(people[k]) for k in ev.participants if k in people)
    if ev.visitor in people:
        who = [str(people[ev.visitor]), ev.country or ""]
    when = ev.date if ev.date else f"undated {ex.article.url}"
    return "|".join([ev.kind, *who, when, ev.status])


def _event(art, ex: Extraction, ev: Event, iri: URIRef, people) -> Iterator[Triple]:
    who = sorted(people[k] for k in ev.participants if k in people)
    visitor = people.get(ev.visitor) if ev.visitor else None
    yield iri, RDF.type, EVENT_CLASS[ev.kind]
    yield iri, DG.reportedIn, art
    yield iri, DG.status, STATUS[ev.status]
    for p in who:
        yield iri, DG.participant, p
    if visitor is not None:
        yield iri, DG.visitor, visitor
    if ev.host and ev.host in people:
        yield iri, DG.host, people[ev.host]
    if ev.date:
        yield iri, DG.date, date_literal(ev.date)
    if ev.place:
        names = place_names(ev.place, ev.country)
        place = _iri("place", names[0], ev.country or ex.places.get(ev.place))
        yield art, _SCHEMA.mentions, place
        yield iri, DG.place, place
        yield place, RDF.type, DG.Place
        for name in names:
            yield place, _SCHEMA.name, _literal(name)
        if ev.country:
            yield place, DG.country, _iri("country", ev.country)
    if ev.country:
        yield iri, DG.country, _iri("country", ev.country)
    if ev.occasion:
        yield iri, DG.occasion, _iri("organisation", ev.occasion)
    if ev.evidence:
        yield iri, DG.evidence, _literal(ev.evidence)
    if ev.spans:
        yield iri, DG.evidenceStart, _literal(min(s for s, _ in ev.spans))
        yield iri, DG.evidenceEnd, _literal(max(e for _, e in ev.spans))
