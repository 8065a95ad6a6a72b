"""Ingest leaves the pipeline's tables out of the garbage collector's passes while it
runs, and hands them back at the end (or leaves a caller's own freeze alone)."""
from __future__ import annotations

import gc
from datetime import date

import pytest

from diplograph.errors import ArticleReadError
from diplograph.graph.store import open_store
from diplograph.ingest import ingest
from diplograph.loaders.model import Article

TEXT = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul."


def _items() -> list:
    return [ArticleReadError("bad.md", "unreadable"),
            *(Article(url=f"https://example.org/gc/{i}", text=TEXT, published=date(2023, 5, 8))
              for i in range(3))]


@pytest.mark.parametrize("caller_froze", [False, True])
def test_ingest_gc_tables_frozen_while_running(store_path, caller_froze):
    if caller_froze:
        gc.freeze()
    before = gc.get_freeze_count()
    seen = []
    try:
        with open_store(store_path) as store:
            summary = ingest(_items(), store, progress=lambda s: seen.append(gc.get_freeze_count()))
        assert summary.ingested == 3 and len(summary.skipped) == 1
        if caller_froze:  # left frozen (objects freed meanwhile leave the count)
            assert 0 < gc.get_freeze_count() <= before
        else:  # handed back
            assert gc.get_freeze_count() == 0
            assert seen[0] == 0 and seen[-1] > 0  # once an article has loaded the pipeline
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("caller_disabled", [False, True])
def test_ingest_gc_state_is_the_callers_again(store_path, caller_disabled):
    from diplograph.ingest import _THRESHOLDS

    before = gc.get_threshold()
    if caller_disabled:
        gc.disable()
    seen = []
    try:
        with open_store(store_path) as store:
            ingest(_items(), store,
                   progress=lambda s: seen.append((gc.get_threshold(), gc.isenabled())))
        # the first progress is the unreadable item: the tables not yet built, no passes
        assert seen[0] == (before, False)
        assert seen[-1] == (_THRESHOLDS, not caller_disabled)
        assert gc.get_threshold() == before and gc.isenabled() is not caller_disabled
    finally:
        gc.enable()
