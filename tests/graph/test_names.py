"""Forgiving name matching."""
from __future__ import annotations

import pytest

from diplograph.graph.names import compatible_names, name_matches, normalise_name


@pytest.mark.parametrize("query, name, expected", [
    ("modi", "Narendra Modi", True),
    ("Xi", "Xi Jinping", True),
    ("Joe Biden", "Joseph R. Biden", True),
    ("erdogan", "Recep Tayyip Erdoğan", True),
    ("President Lula", "Luiz Inácio Lula da Silva", True),
    ("Modi", "Narendra Singh", False),
    ("Jinping Xi", "Xi Jinping", False),
    ("", "Xi Jinping", False),
])
def test_names_match(query, name, expected):
    assert name_matches(query, name) is expected


@pytest.mark.parametrize("a, b, expected", [("Modi", "Narendra Modi", True),
                                            ("Narendra Singh", "Narendra Modi", False)])
def test_names_compatible(a, b, expected):
    assert compatible_names(a, b) is expected


def test_names_normalise_strips_accents_and_punctuation():
    assert normalise_name("Emmanuel  Macron!") == "emmanuel macron"
