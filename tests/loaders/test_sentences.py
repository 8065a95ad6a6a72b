"""Sentence boundaries for news copy."""

from __future__ import annotations

import pytest

from diplograph.loaders.components.sentences import sentence_starts


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ms. Ardern flew to Fiji. She met the premier.",
            ["Ms. Ardern flew to Fiji. ", "She met the premier."],
        ),
        (
            "S. Jaishankar landed in Oslo. Talks began.",
            ["S. Jaishankar landed in Oslo. ", "Talks began."],
        ),
        ("The U.S. envoy left on Oct. 3 for Lima.", ["The U.S. envoy left on Oct. 3 for Lima."]),
        (
            "**Jun 2 - Peru.** Talks in Lima followed.",
            ["**Jun 2 - Peru.** ", "Talks in Lima followed."],
        ),
        (
            "A caption without a stop\nBody text starts here.",
            ["A caption without a stop\n", "Body text starts here."],
        ),
        ("Did they agree? Nobody knows!", ["Did they agree? ", "Nobody knows!"]),
        (
            "He met Gen. (Retd.) V.K. Singh there. Talks began.",
            ["He met Gen. (Retd.) V.K. Singh there. ", "Talks began."],
        ),
        (
            "Brig. A.P.J. Rao and Maj. Lee arrived. Capt. Ode left.",
            ["Brig. A.P.J. Rao and Maj. Lee arrived. ", "Capt. Ode left."],
        ),
    ],
)
def test_sentences_split_news_copy(text, expected):
    starts = sentence_starts(text) + [len(text)]
    assert [text[a:b] for a, b in zip(starts, starts[1:], strict=False)] == expected
