"""triggers() visits only the tokens that open a trigger phrase, and finds what a walk
over every token of the range finds."""
from __future__ import annotations

import pytest

from diplograph.loaders.components.arguments import Context
from diplograph.loaders.components.event_triggers import triggers
from diplograph.loaders.components.lexicon import lexicon
from diplograph.loaders.components.trigger_phrases import phrase_words
from diplograph.loaders.pipeline import build_nlp

TEXTS = [
    "Prime Minister Narendra Modi met President Vladimir Putin in Moscow on Monday. The two "
    "leaders held talks and later spoke by phone. Modi will visit Kyiv next month, and a "
    '"very good call" with Zelensky followed a state visit, a working visit and a summit.',
    "He flew to Paris, arrived in Berlin, held a phone call, met with, paid a visit to, "
    "hosted a dinner for, and had a meeting with the chancellor. Talks, talks, talks.",
    "A planned summit in Budapest between Trump and Putin was called off; a summit in New "
    "Delhi with Modi followed.",
    "",
]


def _walk(start: int, end: int, ctx):
    """triggers() as first written: every token of the range looked up."""
    i = start
    while i < end:
        for words, kind, needs in ctx.lex.triggers.get(ctx.lower[i], ()):
            stop = i + len(words)
            if tuple(ctx.lower[i:stop]) != words:
                kept = phrase_words(i, len(words), ctx) if len(words) > 1 else None
                ok = kept is not None and tuple(ctx.lower[k] for k in kept) == words
                stop = kept[-1] + 1 if ok else None
            if stop is not None:
                yield i, stop, kind, needs
                i = stop - 1
                break
        i += 1


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.mark.parametrize("text", TEXTS)
def test_triggers_as_a_walk_over_every_token(nlp, text):
    doc = nlp(text)
    ctx = Context(doc, lexicon())
    n = len(doc)
    for start in range(n + 1):
        for end in range(start, n + 1):
            assert list(triggers(start, end, ctx)) == list(_walk(start, end, ctx))
    if text:
        assert list(triggers(0, n, ctx)), "the texts have triggers"


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("A planned summit in Budapest between Trump and Putin was called off.", "summit between"),
        ("A summit in New Delhi with Modi followed.", "summit with"),
        ("He attended a summit at Sochi with Putin.", "summit with"),
        ('He had a "call" with Zelensky.', "call with"),
    ],
)
def test_triggers_a_phrase_reads_through_a_place_or_quotes_inside_it(nlp, text, phrase):
    doc = nlp(text)
    ctx = Context(doc, lexicon())
    first, last = phrase.split()
    found = [(ctx.lower[t], ctx.lower[e - 1]) for t, e, _, _ in triggers(0, len(doc), ctx)]
    assert (first, last) in found


@pytest.mark.parametrize(
    "word, alone, kinds",
    [
        ("talks", True, {"meeting"}),
        ("phoned", False, {"call"}),
        ("spent", True, {"visit", "meeting"}),  # "spent a day in Oslo" / "... with X"
        ("lead", True, {"visit"}),  # "lead the delegation"
        ("reporters", False, set()),
    ],
)
def test_triggers_kinds_of_a_word(word, alone, kinds):
    assert set(lexicon().trigger_kinds(word, alone=alone)) == kinds
