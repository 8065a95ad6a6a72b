"""Readers for article files and the extraction pipeline: text -> mentions -> events -> triples."""
from __future__ import annotations

__all__ = ["read_articles", "build_nlp", "extract", "extract_article", "extraction_to_triples"]


def __getattr__(name: str):
    # spaCy and the gazetteers load only when the pipeline is asked for.
    if name == "read_articles":
        from .readers import read_articles
        return read_articles
    if name in ("build_nlp", "extract", "extract_article"):
        from . import pipeline
        return getattr(pipeline, name)
    if name == "extraction_to_triples":
        from .triples import extraction_to_triples
        return extraction_to_triples
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
