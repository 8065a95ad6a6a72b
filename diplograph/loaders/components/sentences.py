"""Sentence boundaries for news copy: punctuation, line breaks, wire datelines.

spaCy's rule-based ``sentencizer`` splits after every full stop, so "S.
Jaishankar" or "Aug. 23" break sentences; and it ignores line breaks, which in
news copy end headlines, photo captions and live-blog posts. This component
decides boundaries from the text instead.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .date_patterns import MONTHS, TIME_ZONES, WEEKDAYS
from .lexicon import _words
from .tokenizer import spaces_of, text_of, texts_of

__all__ = ["sentence_starts", "set_sentences", "sentence_spans", "ABBREVIATIONS"]

# Words after which a full stop does not end a sentence (data/abbreviations.txt).
ABBREVIATIONS = _words("abbreviations.txt")
# initials: "V.K", "A.P.J" (the last full stop is the candidate end)
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
# A candidate end: ". ! ?", closing quotes, then space and an upper-case start; or a line break.
_END = re.compile(r"(\S*?)[.!?][\"'”’)*]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*")
# The same ends found from the mark itself: re tries _END's opening \S*? at every
# character of every word, this pattern only at the marks and line breaks. The word
# _END reads before the mark is the run of non-space characters back from it.
_MARK = re.compile(r"[.!?][\"'”’)*]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*")
# an hour's "a.m."/"p.m." and the day, month or zone after it are one time ("from 9 p.m.
# Monday", "at 10 a.m. (0100 GMT)"), not a sentence's end and the next's start
_CLOCK = {"a.m", "p.m", "A.M", "P.M"}
_TIMES = [*(w.capitalize() for w in [*WEEKDAYS, *MONTHS]), *TIME_ZONES]
_TIME_AFTER_CLOCK = re.compile(rf"\(|(?:{'|'.join(_TIMES)})\b")


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences start (pure; testable without spaCy): where
    each match of ``_END`` ends, but after an abbreviation or initials."""
    starts = [0]
    for match in _MARK.finditer(text):
        mark = match.start()
        if text[mark] == ".":
            start = mark  # the word before the mark: _END's (\S*?)
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            word = text[start:mark].lstrip('"“(')
            if word in ABBREVIATIONS or _INITIALS.fullmatch(word):
                continue
            if word in _CLOCK and _TIME_AFTER_CLOCK.match(text, match.end()):
                continue
        if match.end() < len(text):
            starts.append(match.end())
    return starts


# Words that open a phrase set before a sentence's subject ("On his arrival in Lima,
# X ...", "Hours after landing, X ..."), and the relative words that may open a clause
# inside such a phrase ("In Lima, where she landed, X ..."): read by coref and travellers.
OPENING_WORDS = {"after", "during", "on", "before", "following", "ahead", "in", "for", "at"}
OPENING_WORDS |= {"upon", "shortly", "soon", "having", "later", "earlier"}
RELATIVE_OPENERS = {"where", "when", "which", "who", "as", "while"}

@Language.component("diplograph_sentences")
def set_sentences(doc: Doc) -> Doc:
    """Mark the first token at or after each boundary as a sentence start."""
    flags = numpy.full((len(doc), 1), -1, dtype="int64")
    starts = sentence_starts(text_of(doc))
    k = 0
    idx = 0  # each token's Token.idx, from the texts and spaces (no Token objects)
    for i, (word, space) in enumerate(zip(texts_of(doc), spaces_of(doc), strict=True)):
        if k < len(starts) and idx >= starts[k]:
            flags[i, 0] = 1
            while k < len(starts) and starts[k] <= idx:
                k += 1
        idx += len(word) + space
    if len(doc):
        flags[0, 0] = 1
        doc.from_array([SENT_START], flags.astype("uint64"))
        doc.user_data["dg_sent_starts"] = [int(i) for i in numpy.flatnonzero(flags == 1)]
    return doc


def sentence_spans(doc: Doc) -> list:
    """The sentences of ``doc`` as Spans, computed once and cached in ``doc.user_data``
    (``doc.sents`` walks every token on each call)."""
    cached = doc.user_data.get("dg_sents")
    if cached is None:
        starts = doc.user_data.get("dg_sent_starts")
        if starts is None:
            flags = doc.to_array([SENT_START]).astype("int64").reshape(-1)
            starts = [int(i) for i in numpy.flatnonzero(flags == 1)]
        starts = list(starts) or [0]
        if starts[0] != 0:
            starts.insert(0, 0)
        cached = [doc[a:b] for a, b in zip(starts, starts[1:] + [len(doc)], strict=True) if b > a]
        doc.user_data["dg_sents"] = cached
    return cached
