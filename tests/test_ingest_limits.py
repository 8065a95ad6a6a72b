"""Per-article limits of ingest: a slow or runaway article is skipped with its reason."""
from __future__ import annotations

from datetime import date

import pytest

import diplograph.ingest as ingest_module
from diplograph.errors import ArticleReadError
from diplograph.ingest import _extract_safely
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
