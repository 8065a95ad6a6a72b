"""One meeting reported by several articles is one event; removing reports updates it."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

REPORTS = [
    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on "
    "Tuesday, March 5, 2024 for talks on Ukraine.",
    "French President Emmanuel Macron hosted German Chancellor Olaf Scholz for talks in "
    "Paris on March 5, 2024.",
    "PARIS - Emmanuel Macron, the French president, held talks with Olaf Scholz, the German "
    "chancellor, in Paris on 5 March 2024.",
    # the same meeting at month precision: its own event node, linked by owl:sameAs
    "German Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris "
    "in March 2024, their third meeting this year.",
]

ARTICLE = """---
url: https://example.org/merge/{n}
title: Report {n}
published: 2024-03-06
source: Wire {n}
---
{text}
"""


def run(store, *args):
    return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)


def meetings(store):
    return json.loads(run(store, "meetings", "Scholz", "--with", "Macron",
                          "--format", "json").output)


@pytest.fixture
def merged_store(tmp_path, store_path):
    for n, text in enumerate(REPORTS):
        (tmp_path / f"r{n}.md").write_text(ARTICLE.format(n=n, text=text), encoding="utf-8")
        assert run(store_path, "ingest", str(tmp_path / f"r{n}.md")).exit_code == 0
    return store_path


def test_cli_remove_reports_of_one_meeting_are_one_event(merged_store):
    rows = meetings(merged_store)
    assert len(rows) == 1, rows
    assert rows[0]["reports"] == 4 and rows[0]["date"] == "2024-03-05"
    assert rows[0]["disputed"] is False  # "March 2024" contains the 5th


def test_cli_remove_one_report_leaves_event_with_fewer(merged_store):
    res = run(merged_store, "remove", "https://example.org/merge/1")
    assert res.exit_code == 0 and "1 articles removed" in res.output
    rows = meetings(merged_store)
    assert [r["reports"] for r in rows] == [3]
    assert "https://example.org/merge/1" not in rows[0]["sources"]


def test_cli_remove_the_day_reports_leaves_the_month_report(merged_store):
    urls = [f"https://example.org/merge/{n}" for n in range(3)]
    assert run(merged_store, "remove", *urls).exit_code == 0
    rows = meetings(merged_store)
    assert [(r["reports"], r["date"]) for r in rows] == [(1, "2024-03")]


def test_cli_remove_all_reports_removes_event(merged_store):
    urls = [f"https://example.org/merge/{n}" for n in range(len(REPORTS))]
    assert run(merged_store, "remove", *urls).exit_code == 0
    # Scholz and Macron were named by these articles only: they are gone too (issue 12).
    res = CliRunner().invoke(cli, ["--store", merged_store, "meetings", "Scholz"])
    assert res.exit_code == 1 and "no person matches 'Scholz'" in res.output


def test_cli_remove_unknown_url_is_reported(merged_store):
    res = CliRunner().invoke(cli, ["--store", merged_store, "remove", "https://nowhere/x"])
    assert res.exit_code == 1 and "not in the store: https://nowhere/x" in res.output
    assert meetings(merged_store)[0]["reports"] == 4


def test_cli_reports_a_day_apart_are_one_disputed_event(tmp_path, store_path):
    days = ["on March 5, 2024", "on March 6, 2024"]
    for n, day in enumerate(days):
        text = f"German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris {day}."
        (tmp_path / f"d{n}.md").write_text(ARTICLE.format(n=n, text=text), encoding="utf-8")
        assert run(store_path, "ingest", str(tmp_path / f"d{n}.md")).exit_code == 0
    rows = meetings(store_path)
    assert [(r["reports"], r["date"], r["disputed"]) for r in rows] == [
        (2, "2024-03-05 | 2024-03-06", True)
    ]
