"""Per-article limits of ingest: a slow, runaway or crashing article is skipped with its reason."""
from __future__ import annotations

from datetime import date

import pytest

import diplograph.ingest as ingest_module
from diplograph.errors import ArticleReadError
from diplograph.graph.store import open_store
from diplograph.ingest import _extract_safely, ingest
from diplograph.loaders import pipeline
from diplograph.loaders.model import Article

TEXT = ("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol "
        "in Seoul on Sunday. ") * 200


def _article() -> Article:
    return Article(url="https://example.org/limits/1", text=TEXT, published=date(2023, 5, 8),
                   path="limits.md")


def test_ingest_limit_time_per_article_skips_with_reason():
    result = _extract_safely(_article(), time_limit=0.001)
    assert isinstance(result, ArticleReadError)
    assert result.path == "limits.md" and "took longer than" in result.reason


def test_ingest_limit_time_generous_limit_reads_article():
    text, n_triples, n_events, reports = _extract_safely(_article(), time_limit=60)
    assert n_events >= 1 and n_triples and text.own
    assert len(reports) == n_events  # what the writer links to the events already stored


@pytest.mark.parametrize("limit", [0])
def test_ingest_limit_events_per_article(monkeypatch, limit):
    monkeypatch.setattr(ingest_module, "MAX_EVENTS_PER_ARTICLE", limit)
    result = _extract_safely(_article(), time_limit=60)
    assert isinstance(result, ArticleReadError) and "over the limit" in result.reason


@pytest.mark.parametrize(
    "error",
    [KeyError("amara-odinga"), ValueError("day is out of range for month"),
     OverflowError("date value out of range")],
)
def test_ingest_limit_raising_extraction_skips_only_its_article(monkeypatch, store_path, error):
    real = pipeline.extract_article

    def extract_article(article, nlp=None):
        if article.url.endswith("/bad"):
            raise error
        return real(article, nlp)

    monkeypatch.setattr(pipeline, "extract_article", extract_article)
    bad = Article(url="https://example.org/limits/bad", text=TEXT[:200], path="bad.md")
    reason = f"extraction failed: {type(error).__name__}: {error}"
    skipped = _extract_safely(bad)
    assert isinstance(skipped, ArticleReadError)
    assert (skipped.path, skipped.reason) == ("bad.md", reason)
    with open_store(store_path) as store:
        summary = ingest([_article(), bad], store)
    assert summary.read == 2 and summary.ingested == 1 and summary.events >= 1
    assert summary.skipped == [("bad.md", reason)]


def test_ingest_limit_time_holds_when_the_alarm_is_swallowed():
    """The alarm's exception can land where Python swallows it (a garbage collector
    callback, a __del__); the block has still run out of time."""
    import time

    with pytest.raises(ingest_module._TimeLimitError):
        with ingest_module._time_limit(0.001):
            deadline = time.monotonic() + 0.2
            while time.monotonic() < deadline:
                try:
                    time.sleep(0.001)
                except ingest_module._TimeLimitError:
                    pass  # swallowed where it landed


def test_ingest_limit_time_starts_after_the_pipeline_is_built(monkeypatch, store_path):
    """Building the pipeline's tables (seconds with a cold table cache, many more on a
    busy machine) is no article's time: the first article's clock starts once it is built."""
    real = ingest_module._extract_safely
    built_before = []

    def extract_safely(item, *args, **kwargs):
        built_before.append(pipeline._NLP is not None)
        return real(item, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_NLP", None)  # as in a fresh process
    monkeypatch.setattr(ingest_module, "_extract_safely", extract_safely)
    with open_store(store_path) as store:
        summary = ingest([_article()], store)
    assert summary.ingested == 1 and built_before == [True]
