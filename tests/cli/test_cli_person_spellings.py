"""End to end: two articles spell one person two ways; every lookup reads one person."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

ARTICLES = {
    "a.md": """---
url: https://example.org/2015/04/02/iran-talks-lausanne
title: Kerry and Zarif meet in Lausanne
published: 2015-04-02
source: Example Wire
---
LAUSANNE, April 2 (Example Wire) - U.S. Secretary of State John Kerry met Iranian Foreign \
Minister Mohammad Javad Zarif in Lausanne on Thursday as talks on Iran's nuclear programme \
went into an eighth day.
""",
    "b.md": """---
url: https://example.org/2015/07/14/iran-deal-vienna
title: Iran deal reached in Vienna
published: 2015-07-14
source: Example Wire
---
VIENNA, July 14 (Example Wire) - Iranian Foreign Minister Mohammed Javad Zarif met U.S. \
Secretary of State John Kerry in Vienna on Tuesday, hours before the nuclear agreement was \
announced. Greek Prime Minister Alexios Tsipras met German Chancellor Angela Merkel in \
Berlin on Monday.
""",
}


def run(store, *args):
    return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def spelled_store(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("spellings")
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = str(tmp_path / "store")
    res = run(store, "ingest", *(str(tmp_path / n) for n in ARTICLES))
    assert res.exit_code == 0, res.output
    return store


@pytest.mark.parametrize("typed", ["Mohammad Javad Zarif", "Mohammed Javad Zarif", "Zarif"])
def test_cli_person_spellings_one_person(spelled_store, typed):
    res = run(spelled_store, "meetings", typed, "--format", "json")
    assert res.exit_code == 0, res.output
    assert [r["place"] for r in json.loads(res.output)] == ["Lausanne", "Vienna"]
    profile = json.loads(run(spelled_store, "person", typed, "--format", "json").output)
    assert set(profile["names"]) == {"Mohammad Javad Zarif", "Mohammed Javad Zarif"}


def test_cli_person_spellings_kb_spelling_takes_the_qid(spelled_store):
    res = run(spelled_store, "person", "Tsipras")
    assert res.exit_code == 0, res.output
    # one person under the KB's QID, with each article's spelling
    assert res.output.splitlines()[0] in ("Alexis Tsipras", "Alexios Tsipras")
    assert "Q312015" in res.output
    assert "Alexios Tsipras" in res.output and "Alexis Tsipras" in res.output
