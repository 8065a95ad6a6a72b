"""diplograph: diplomatic news into a knowledge graph people can trust and query.

Examples
--------
>>> from diplograph import DG
>>> str(DG.Meeting)
'https://w3id.org/diplograph#Meeting'
"""
from __future__ import annotations

from .ontology import DG

__version__ = "0.1.0"

__all__ = ["DG", "__version__", "open_store", "read_articles", "extract_article",
           "extraction_to_triples"]


def __getattr__(name: str):
    # Heavy parts (spaCy, pyoxigraph) load only when asked for.
    if name == "open_store":
        from .graph.store import open_store
        return open_store
    if name == "read_articles":
        from .loaders.readers import read_articles
        return read_articles
    if name == "extract_article":
        from .loaders.pipeline import extract_article
        return extract_article
    if name == "extraction_to_triples":
        from .loaders.triples import extraction_to_triples
        return extraction_to_triples
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
