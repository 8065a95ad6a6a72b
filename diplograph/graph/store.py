"""Where the graph lives: one interface over the embedded and remote stores.

Every article's triples live in a named graph of their own (the article's
IRI); queries see the union of all graphs. Writing an article replaces its
graph in one transaction, so a re-ingest never duplicates and a crash never
leaves half an article.

Examples
--------
>>> import tempfile
>>> from rdflib import URIRef, Literal
>>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
...     g = URIRef("https://example.org/a1")
...     store.replace_articles({g: [(g, URIRef("https://schema.org/url"), Literal("a1"))]})
...     store.count()
1
"""
from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from rdflib.term import Node, URIRef

from ..errors import QueryError, StoreError, UpdateRefusedError
from .convert import nt
from .results import QueryResult

__all__ = [
    "GraphStore",
    "ArticleText",
    "article_text",
    "ntriples",
    "parse_ntriples",
    "open_store",
    "resolve_location",
    "is_update",
    "bind_values",
    "DEFAULT_LOCATION",
    "ENTITIES_GRAPH",
    "PREFIXES",
    "EXPORT_FORMATS",
]

DEFAULT_LOCATION = "./diplograph-store"

#: The named graph of facts about entities that many articles share (names,
#: codes, offices). Union queries see each such fact once, not once per article.
ENTITIES_GRAPH = URIRef("https://w3id.org/diplograph/id/graph/entities")

#: Triples in one INSERT DATA request at most (Virtuoso fails above ~1,500).
INSERT_BATCH = 1000

PREFIXES = {
    "dg": "https://w3id.org/diplograph#",
    "schema": "https://schema.org/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

# format name -> (pyoxigraph RdfFormat attribute, keeps named graphs)
EXPORT_FORMATS = {
    "turtle": ("TURTLE", False),
    "ntriples": ("N_TRIPLES", False),
    "trig": ("TRIG", True),
    "nquads": ("N_QUADS", True),
    "jsonld": ("JSON_LD", True),
    "rdfxml": ("RDF_XML", False),
}

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class ArticleText:
    """One article ready to write: its triples as N-Triples text (see :func:`article_text`).

    ``own`` holds the statements of the article's named graph ``graph``,
    ``shared`` those about entities (for :data:`ENTITIES_GRAPH`); every
    statement is one line ending in `` .\\n``. Made where the article was
    extracted, so the writing process only writes.
    """

    graph: URIRef
    own: str
    shared: tuple[str, ...] = ()


# Terms recur from triple to triple and article to article (predicates,
# classes, entities); their N-Triples form is made once.
_nt = lru_cache(maxsize=1 << 16, typed=True)(nt)


def ntriples(triples: Iterable[Triple]) -> str:
    """``triples`` as N-Triples text, one statement a line.

    Examples
    --------
    >>> from rdflib import Literal
    >>> ntriples([(URIRef("http://x/a"), URIRef("http://x/p"), Literal('say "hi"'))])
    '<http://x/a> <http://x/p> "say \\\\"hi\\\\"" .\\n'
    """
    return "".join([f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in triples])


def article_text(graph: URIRef, own: Iterable[Triple],
                 shared: Iterable[Triple] = ()) -> ArticleText:
    """An article's own triples and its entity facts as an :class:`ArticleText`.

    Examples
    --------
    >>> g = URIRef("http://x/a1")
    >>> article_text(g, [(g, URIRef("http://x/p"), URIRef("http://x/o"))]).own
    '<http://x/a1> <http://x/p> <http://x/o> .\\n'
    """
    lines = tuple(dict.fromkeys(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in shared))
    return ArticleText(graph, ntriples(own), lines)


def parse_ntriples(text: str) -> list[Triple]:
    """The triples of N-Triples ``text`` as rdflib terms."""
    import pyoxigraph as ox

    from .convert import from_ox

    return [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
            for t in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)]


_UPDATE_START = re.compile(
    r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE
)
_PROLOGUE = re.compile(r"^\s*(PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s+<[^>]*>)", re.IGNORECASE)
_COMMENT = re.compile(r"^\s*#[^\n]*", re.MULTILINE)


def is_update(text: str) -> bool:
    """True when ``text`` is a SPARQL UPDATE rather than a query.

    Examples
    --------
    >>> is_update("PREFIX a: <http://a/> DELETE WHERE { ?s ?p ?o }")
    True
    >>> is_update("# drop it\\nSELECT * WHERE { ?s ?p ?o }")
    False
    """
    rest = _COMMENT.sub("", text)
    while (m := _PROLOGUE.match(rest)) is not None:
        rest = rest[m.end():]
    return bool(_UPDATE_START.match(rest))


_WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind_values(text: str, bindings: Mapping[str, Node | Sequence[Node]]) -> str:
    """``text`` with a VALUES block that binds each variable to its term(s).

    A variable bound to a list of terms takes each of them in turn (one row
    each, combined with the other variables' values). Terms are written in
    their escaped N-Triples form, so any text a value holds stays a value.
    Works on every SPARQL 1.1 store.

    Examples
    --------
    >>> bind_values("SELECT ?n WHERE { ?p <http://x/name> ?n }", {"p": URIRef("http://x/a")})
    'SELECT ?n WHERE { VALUES (?p) { (<http://x/a>) } ?p <http://x/name> ?n }'
    >>> bind_values("SELECT * WHERE { ?p ?q ?n }", {"p": [URIRef("http://x/a"), URIRef("http://x/b")]})
    'SELECT * WHERE { VALUES (?p) { (<http://x/a>) (<http://x/b>) } ?p ?q ?n }'
    """
    if not bindings:
        return text
    m = _WHERE_OPEN.search(text)
    if m is None:
        raise QueryError("a query with bound values needs a WHERE clause")
    names = " ".join(f"?{k}" for k in bindings)
    columns = [[v] if isinstance(v, Node) else list(v) for v in bindings.values()]
    rows = " ".join("(" + " ".join(nt(t) for t in row) + ")" for row in product(*columns))
    return f"{text[:m.end()]} VALUES ({names}) {{ {rows} }}{text[m.end():]}"


def resolve_location(location: str | None = None) -> str:
    """``location``, else ``$DIPLOGRAPH_STORE``, else ``./diplograph-store``."""
    return location or os.environ.get("DIPLOGRAPH_STORE") or DEFAULT_LOCATION


class GraphStore(ABC):
    """What every store offers; see :func:`open_store`."""

    location: str

    @abstractmethod
    def replace_articles(self, graphs: Mapping[URIRef, Iterable[Triple]]) -> None:
        """Replace each named graph with the triples given, all in one transaction."""

    def add_shared(self, triples: Iterable[Triple]) -> None:
        """Add facts about entities to the shared graph (idempotent: a set of triples)."""
        triples = list(triples)
        for i in range(0, len(triples), INSERT_BATCH):
            self._update(insert_shared(triples[i:i + INSERT_BATCH]))

    def write_articles(self, graphs: Mapping[URIRef, Iterable[Triple]],
                       shared: Iterable[Triple] = ()) -> None:
        """Add the shared entity facts, then replace each article's graph.

        Shared facts go first, so an article never points at an entity that
        has no name; stores that can do both in one transaction override this.
        """
        self.add_shared(shared)
        self.replace_articles(graphs)

    def write_texts(self, articles: Iterable[ArticleText]) -> None:
        """:meth:`write_articles` for articles already in N-Triples (:func:`article_text`).

        A graph given twice is written once, with its last text. Stores that
        take N-Triples as they are (Oxigraph) override this; the others get
        the triples parsed back.
        """
        articles = list({a.graph: a for a in articles}.values())
        shared = dict.fromkeys(line for a in articles for line in a.shared)
        self.write_articles({a.graph: parse_ntriples(a.own) for a in articles},
                            parse_ntriples("".join(shared)))

    @abstractmethod
    def remove_articles(self, graphs: Iterable[URIRef]) -> None:
        """Drop the named graphs, all in one transaction."""

    @abstractmethod
    def _query(self, text: str, bindings: Mapping[str, Node]) -> QueryResult:
        """Run a query that is known not to be an update."""

    @abstractmethod
    def _update(self, text: str) -> None:
        """Run an update."""

    @abstractmethod
    def quads(self) -> Iterator[tuple[Node, Node, Node, Node | None]]:
        """Every quad in the store (graph None for the default graph)."""

    @abstractmethod
    def graph_names(self) -> list[URIRef]:
        """The IRIs of the named graphs."""

    def close(self) -> None:  # noqa: B027 - optional to override: most stores hold nothing
        """Release the store (a no-op where nothing is held)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def query(self, text: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs.

        ``bindings`` maps variable names to RDF terms: the only way user text
        reaches a query. An UPDATE is refused with :class:`UpdateRefusedError`.
        """
        if is_update(text):
            raise UpdateRefusedError("this is a SPARQL UPDATE; it needs --update")
        return self._query(text, bindings or {})

    def select_strings(self, text: str, bindings: Mapping[str, Node] | None = None,
                       ) -> list[tuple[str | None, ...]]:
        """The rows of a SELECT as plain strings (IRIs and lexical forms, None if unbound).

        For the library's own queries that read many rows and need no RDF
        terms (network projections); stores that can skip building rdflib
        terms override it.
        """
        return [tuple(None if t is None else str(t) for t in row)
                for row in self.query(text, bindings).rows]

    def update(self, text: str) -> None:
        """Run a SPARQL UPDATE (for ``diplograph sparql --update``)."""
        if not is_update(text):
            raise QueryError("not a SPARQL UPDATE")
        self._update(text)

    def count(self) -> int:
        """The number of quads in the store."""
        res = self._query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {})
        return int(res.rows[0][0]) if res.rows else 0

    def export(self, fmt: str, out) -> None:
        """Write the store to ``out`` (a binary file) as ``fmt`` (see EXPORT_FORMATS).

        Formats without named graphs get the union of all graphs.
        """
        import pyoxigraph as ox

        from .convert import to_ox

        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; one of {sorted(EXPORT_FORMATS)}")
        attr, with_graphs = EXPORT_FORMATS[fmt]
        if with_graphs:
            items = (ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g) if g is not None
                             else ox.DefaultGraph()) for s, p, o, g in self.quads())
        else:
            items = {ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o, _ in self.quads()}
        kwargs = {} if fmt in ("nquads", "ntriples") else {"prefixes": PREFIXES}
        ox.serialize(items, out, getattr(ox.RdfFormat, attr), **kwargs)


def replace_update(graphs: Mapping[URIRef, Iterable[Triple]],
                   shared: Iterable[Triple] = ()) -> str:
    """One SPARQL UPDATE that drops and refills each graph and adds ``shared`` facts.

    Atomic where the store runs one update as one transaction (Oxigraph).
    """
    drops = [f"DROP SILENT GRAPH {nt(g)}" for g in graphs]
    blocks = [_graph_block(g, triples) for g, triples in graphs.items()]
    shared = list(shared)
    if shared:
        blocks.append(_graph_block(ENTITIES_GRAPH, shared))
    return " ;\n".join([*drops, "INSERT DATA {\n" + "\n".join(blocks) + "\n}"])


def replace_update_text(articles: Sequence[ArticleText], shared: Iterable[str] = ()) -> str:
    """:func:`replace_update` for articles already in N-Triples, with ``shared`` statement lines."""
    drops = [f"DROP SILENT GRAPH {nt(a.graph)}" for a in articles]
    blocks = [f"GRAPH {nt(a.graph)} {{\n{a.own}}}" for a in articles]
    shared = "".join(shared)
    if shared:
        blocks.append(f"GRAPH {nt(ENTITIES_GRAPH)} {{\n{shared}}}")
    return " ;\n".join([*drops, "INSERT DATA {\n" + "\n".join(blocks) + "\n}"])


def insert_shared(triples: Iterable[Triple]) -> str:
    """An INSERT DATA of ``triples`` into the shared entities graph."""
    return "INSERT DATA {\n" + _graph_block(ENTITIES_GRAPH, triples) + "\n}"


def _graph_block(graph: URIRef, triples: Iterable[Triple]) -> str:
    body = "\n".join(f"{nt(s)} {nt(p)} {nt(o)} ." for s, p, o in triples)
    return f"GRAPH {nt(graph)} {{\n{body}\n}}"


def open_store(location: str | None = None, *, read_only: bool = False, **options) -> GraphStore:
    """Open the store at ``location`` (see :func:`resolve_location`).

    A path opens the embedded Oxigraph store on disk (created if missing,
    unless ``read_only``); an ``http(s)://`` URL a remote SPARQL server.
    """
    location = resolve_location(location)
    if location.startswith(("http://", "https://")):
        from .remote import RemoteStore

        return RemoteStore(location, read_only=read_only, **options)
    from .oxigraph import OxigraphStore

    return OxigraphStore(location, read_only=read_only)
