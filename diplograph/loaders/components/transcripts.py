"""Transcripts: who "I", "me" and "my" are in a press conference's record, where each
turn opens with its speaker's label in capitals ("SHEINBAUM: Tomorrow I receive him
here") or with an office and name ("Foreign Minister Fumio Kishida: ...") and may run on
over paragraphs with no label of their own. Helper of :mod:`.coref`.
"""

from __future__ import annotations

import bisect

from .lexicon import fold
from .offices import same_office
from .tokenizer import gazetteer_spans, lowers_of, text_of, token_starts, tokens_of

__all__ = ["transcript_speaker"]


_LABEL_REACH = 60  # characters of a paragraph that a speaker's label can take


def transcript_speaker(doc, i: int, index, state) -> str | None:
    """ "SHEINBAUM: Tomorrow I receive him here": in a transcript's paragraph opened by a
    speaker's label in capitals, "I", "me" and "my" are that speaker (one person the
    article names), outside quotation marks."""
    text = text_of(doc)
    at = tokens_of(doc)[i].idx
    start = text.rfind("\n", 0, at) + 1
    key, colon = _line_speaker(text, start, index, state)
    quoted = any(q in text[colon:at] for q in ('"', "“"))
    opened = at >= colon  # "I" may open a paragraph of the turn, where its words start
    return key if key is not None and opened and not quoted else None


def _speaker_label(text: str, start: int, index, state) -> tuple[str | None, int]:
    """(speaker, colon) of a line opened by a speaker's label in capitals, or (None, -1)."""
    colon = text.find(":", start, start + _LABEL_REACH)
    label = text[start:colon] if colon != -1 else ""
    words = label.split()
    capitals = label.upper() == label and any(c.isalpha() for c in label)
    if not (capitals or _named_label(words, index)):
        return None, -1
    keys = {k for w in words for k in index.get(fold(w), [])}
    if not keys and capitals:
        return _office_holder(start, colon, state), colon  # "PRIME MINISTER:"
    return (keys.pop() if len(keys) == 1 else None), colon


def _office_holder(start: int, colon: int, state) -> str | None:
    """ "PRIME MINISTER:", "THE PRESIDENT:": a label that is an office alone stands for
    the holder of that office the story has named by then (the transcript's heading
    names them: "PRESS CONFERENCE OF THE PRIME MINISTER THE HON X")."""
    doc = state.doc
    starts = token_starts(doc)
    k, end = bisect.bisect_left(starts, start), bisect.bisect_left(starts, colon)
    k += lowers_of(doc)[k] == "the"
    office = next(
        (
            s.kb_id_
            for s in gazetteer_spans(doc)
            if s.start == k and s.end == end and s.label_ == "TITLE"
        ),
        None,
    )
    if office is None:
        return None
    return state.salient(lambda p: same_office(office, p.title), k)


def _named_label(words: list[str], index) -> bool:
    """Whether a label in title case ends with a person's name ("Foreign Minister Fumio
    Kishida:", "Minister Kishida:"), as government transcripts write their speakers."""
    return (
        1 <= len(words) <= 7
        and all(w[:1].isupper() or w in ("of", "the", "for") for w in words)
        and bool(index.get(fold(words[-1])))
    )


def _line_speaker(text: str, start: int, index, state) -> tuple[str | None, int]:
    """(speaker, where the turn's words start) of the line at ``start``: its own label's,
    else the turn of the lines before goes on ("SAUD: ..." then paragraphs of the same
    answer with no label)."""
    lines = []
    while start not in state.speakers:
        found = _speaker_label(text, start, index, state)
        if found[1] != -1 or start == 0:
            state.speakers[start] = found
            break
        lines.append(start)
        start = text.rfind("\n", 0, start - 1) + 1
    key = state.speakers[start][0]
    for line in lines:
        state.speakers[line] = (key, line)
    return state.speakers[lines[0]] if lines else state.speakers[start]
