"""The news tokenizer gives the tokens and spaces of its first, match-by-match version."""
from __future__ import annotations

import random
import re

import pytest
import spacy

from diplograph.loaders.components.tokenizer import NewsTokenizer, lowers_of, spaces_of, texts_of

# The tokenizer as first written (one match at a time), kept as the reference.
_FIRST_RE = re.compile(
    r"(?:[A-Z]\.){2,}"
    r"|[A-Z]\.(?=\s+[A-Z])"
    r"|\w+(?:[-‐'’]\w+)*?(?=['’]s\b)"
    r"|['’]s\b"
    r"|\w+(?:[-‐'’]\w+(?!\.\w))*"
    r"|\S"
)


def _reference(text: str) -> tuple[list[str], list[bool]]:
    words, spaces = [], []
    last = 0
    for match in _FIRST_RE.finditer(text):
        start = match.start()
        if words and start > last:
            ws = text[last:start]
            if ws == " ":
                spaces[-1] = True
            else:
                spaces[-1] = ws[0] == " "
                words.append(ws[1:] if ws[0] == " " else ws)
                spaces.append(False)
        elif not words and start > 0:
            words.append(text[:start])
            spaces.append(False)
        words.append(match.group())
        spaces.append(False)
        last = match.end()
    if last < len(text):
        if words and text[last:] == " ":
            spaces[-1] = True
        else:
            words.append(text[last:])
            spaces.append(False)
    return words, spaces


PIECES = [
    "Modi's", "U.S.", "S. Jaishankar", "al-Sharaa", "Côte d’Ivoire's", "rock'n'roll",
    "I.", "A.P.J.", "’s", "'s", "x's'", "--", "...", "(Reuters)", "2024-07-08", "\u00a0",
    " ", "  ", "\n", " \n", "\n\n ", "\t", "Kim’s", "US$5", "e.g.", "O'Neill's", "ß", "İstanbul",
    "ΣΑΣ", "ǅemal", "\u212aelvin", "Kazakhstan-U.S.", "-U.N.", "Al-Sabah.",
]


def _texts(n: int) -> list[str]:
    rng = random.Random(11)
    out = ["", " ", "  ", "\n", "a", " a", "a ", " a ", "a  ", "  a\n", "Xi's visit. ", "\n\nA"]
    for _ in range(n):
        out.append("".join(rng.choice(PIECES + [" "] * 6) for _ in range(rng.randint(1, 30))))
    return out


@pytest.fixture(scope="module")
def tokenizer():
    return NewsTokenizer(spacy.blank("en").vocab)


def test_tokens_and_spaces_as_first_written(tokenizer):
    for text in _texts(3000):
        doc = tokenizer(text)
        assert ([t.text for t in doc], [bool(t.whitespace_) for t in doc]) == _reference(text), text
        assert doc.text == text


def test_cached_texts_spaces_and_lowers_are_the_tokens(tokenizer):
    for text in _texts(300):
        doc = tokenizer(text)
        assert texts_of(doc) == [t.text for t in doc]
        assert spaces_of(doc) == [bool(t.whitespace_) for t in doc]
        assert lowers_of(doc) == [t.lower_ for t in doc]
    doc = spacy.blank("en")("A doc from another tokenizer")  # read from the tokens then
    assert texts_of(doc) == ["A", "doc", "from", "another", "tokenizer"]
    assert spaces_of(doc) == [True] * 4 + [False] and lowers_of(doc)[0] == "a"


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("the Kazakhstan-U.S. dialogue", ["the", "Kazakhstan", "-", "U.S.", "dialogue"]),
        ("India-U.K. talks", ["India", "-", "U.K.", "talks"]),
        ("U.S.-China talks", ["U.S.", "-", "China", "talks"]),
        ("met Al-Sabah. Then", ["met", "Al-Sabah", ".", "Then"]),
    ],
)
def test_a_word_hyphened_to_an_abbreviation_leaves_it_whole(tokenizer, text, tokens):
    """ "Kazakhstan-U.S.": the abbreviation stays one token, so no "U." ends a sentence."""
    assert [t.text for t in tokenizer(text)] == tokens
