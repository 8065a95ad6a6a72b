"""Event status from the words around a trigger."""

from __future__ import annotations

import pytest

from diplograph.loaders.components.status import classify


@pytest.mark.parametrize(
    "before, trigger, after, expected",
    [
        ("the premier", "met", "the king on Monday", "occurred"),
        ("the premier will", "meet", "the king", "planned"),
        ("the premier is due to", "visit", "Oslo", "planned"),
        ("the premier is expected to", "attend", "the summit", "planned"),
        ("the premier has postponed his", "visit", "to Oslo", "cancelled"),
        ("the", "trip", "was called off", "cancelled"),
        ("a three-day Andean", "tour", "that takes her to Lima on Friday", "planned"),
        ("the envoy lost a planned", "meeting", "with the king", "cancelled"),
        ("they agreed that their envoys should", "meet", "soon", None),
        ("a swing through the Baltics", "tour", "that brings them to Riga next", "planned"),
        ("the premier did not", "meet", "the king", None),
        ("the premier may", "visit", "Oslo", None),
        ("the two could", "meet", "in Lima", None),
        ("there are no plans to", "meet", "", None),
        ("it is unclear whether he will", "travel", "", None),
    ],
)
def test_status_classify(before, trigger, after, expected):
    assert classify(before.lower().split(), after.lower().split(), trigger.split()) == expected


@pytest.mark.parametrize(
    "before",
    [
        "she turned down a suggestion that she too".split(),
        "he rejected calls that he".split(),
        "officials said it was premature to".split(),
    ],
)
def test_status_rejected_suggestions_are_no_events(before):
    assert classify(before, ["to", "oslo"], ["come"]) is None
