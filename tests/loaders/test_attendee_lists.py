"""Visits of the guests a story lists one per line under a line that tells who came."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.loaders.model import Article
from diplograph.loaders.pipeline import build_nlp, extract_article


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _visits(nlp, text, published):
    ex = extract_article(Article(url="urn:test", text=text, published=published), nlp)
    names = {p.key: p.name for p in ex.people}
    return sorted(
        (names[e.visitor], e.date, e.place, e.country, e.status)
        for e in ex.events
        if e.kind == "visit"
    )


_FUNERAL = """SINGAPORE - Leaders from across Asia joined the family of the late founding prime \
minister at the University Cultural Centre yesterday for his state funeral.

WHO CAME

- Japan: Prime Minister Ken Sato
- India: Prime Minister Ravi Das
- Singapore: President Tan Wee Kiat
"""

_INAUGURATION = """LIMA - Marta Quispe was sworn in on Wednesday as Peru's president.

Delegations from 40 countries attended. The list of heads of state included:

- Amara Odinga, President of Kenya
- Lars Berg, Prime Minister of Norway
"""

_EXPECTED = """ACCRA - Ghana inaugurates its new president on Saturday.

Leaders expected at the ceremony:

- Kenyan President Amara Odinga
- Chilean President Marta Rojas
"""

_NOT_GUESTS = """OSLO - Prime Minister Lars Berg met Kenyan President Amara Odinga on Monday.

Key points of the talks:

- Chilean President Marta Rojas sent a message of support
"""


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            _FUNERAL,
            dt.date(2015, 3, 30),
            [
                ("Ken Sato", "2015-03-29", "Singapore", "SG", "occurred"),
                ("Ravi Das", "2015-03-29", "Singapore", "SG", "occurred"),
            ],  # the host's own president makes no visit
        ),
        (
            _INAUGURATION,
            dt.date(2024, 7, 4),
            [
                ("Amara Odinga", "2024-07-03", "Lima", "PE", "occurred"),
                ("Lars Berg", "2024-07-03", "Lima", "PE", "occurred"),
            ],
        ),
        (
            _EXPECTED,
            dt.date(2024, 7, 5),
            [
                ("Amara Odinga", "2024-07-06", "Accra", "GH", "planned"),
                ("Marta Rojas", "2024-07-06", "Accra", "GH", "planned"),
            ],
        ),
        (_NOT_GUESTS, dt.date(2024, 7, 5), []),  # a list of what was said: no one came
    ],
)
def test_attendee_lists_each_guest_listed_came(nlp, text, published, expected):
    assert _visits(nlp, text, published) == expected
