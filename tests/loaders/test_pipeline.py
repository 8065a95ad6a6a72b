"""The pipeline end to end: Article in, Extraction out."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from diplograph.loaders.model import Article, Extraction
from diplograph.loaders.pipeline import PIPE_NAMES, build_nlp, extract, extract_article

TEXT = (
    "OSLO, July 5 (Test Wire) - Kenyan President Amara Odinga arrived in Oslo on Friday and held "
    "talks with Norwegian Prime Minister Lars Berg, the first visit by a Kenyan leader in a "
    "decade.\n\n"
    "The two leaders discussed the United Nations, the African Union and NATO. Odinga will travel "
    "to Stockholm on Monday.\n"
)


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.mark.parametrize("name", PIPE_NAMES)
def test_pipeline_has_components(nlp, name):
    assert name in nlp.pipe_names


@pytest.mark.parametrize("published", [dt.date(2024, 7, 5)])
def test_pipeline_extract_article(nlp, published):
    ex = extract_article(Article(url="urn:t", text=TEXT, published=published), nlp)
    assert isinstance(ex, Extraction)
    assert {"KE", "NO", "SE"} <= set(ex.countries)
    assert {"UN", "AU", "NATO"} <= set(ex.organisations)
    assert ex.places["Oslo"] == "NO"
    kinds = sorted((e.kind, e.country, e.status) for e in ex.events)
    assert ("meeting", "NO", "occurred") in kinds
    assert ("visit", "NO", "occurred") in kinds and ("visit", "SE", "planned") in kinds
    keys = {p.key for p in ex.people}
    for ev in ex.events:
        assert ev.evidence and ev.spans
        assert all(TEXT[a:b].strip() for a, b in ev.spans)
        assert set(ev.participants) <= keys and (ev.visitor is None or ev.visitor in keys)


@pytest.mark.parametrize("n", [3])
def test_pipeline_extract_many_and_fast(nlp, n):
    arts = [Article(url=f"urn:{i}", text=TEXT, published=dt.date(2024, 7, 5)) for i in range(n)]
    start = time.perf_counter()
    out = list(extract(arts, nlp))
    assert [e.article.url for e in out] == [a.url for a in arts]
    assert (time.perf_counter() - start) / n < 0.5


@pytest.mark.parametrize("text", ["", "No names here at all.", "\n\n"])
def test_pipeline_tolerates_empty_text(nlp, text):
    ex = extract_article(Article(url="urn:e", text=text), nlp)
    assert ex.events == [] and ex.people == []
