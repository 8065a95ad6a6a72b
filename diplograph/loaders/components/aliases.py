"""Names a story gives a person besides their own: "Gen Mohamed Hamdan Dagalo, popularly
known as Hemedti", "Luiz Inácio Lula da Silva, better known as Lula", 'Pushpa Kamal Dahal
"Prachanda"'.

The alias after "(also / better / popularly / widely / commonly) known as" or "nicknamed"
names the person before it wherever the story uses it later ("Hemedti began the tour in
Uganda"), so that the events told under it are that person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .sentences import sentence_spans
from .tokenizer import lowers_of, text_of, texts_of

__all__ = ["known_as"]

_HEDGES = {"also", "better", "popularly", "widely", "commonly", "affectionately", "locally"}
_MAX_WORDS = 2
_CUE = re.compile(r"known as|nicknamed|is (?:\w+ )?known,", re.I)


def _alias_at(doc: Doc, k: int) -> tuple[int, int] | None:
    """The capitalised words that open at ``k`` (at most two), as a token range."""
    texts = texts_of(doc)
    end = k
    while end < len(doc) and end - k < _MAX_WORDS and texts[end][:1].isupper():
        end += 1
    return (k, end) if end > k else None


def _owner(doc: Doc, end: int, found) -> str | None:
    """The person whose name ends at token ``end`` (exclusive): a mention the people reader
    has, else the one person whose name ends with that word ("Gen Dagalo, known as")."""
    for _start, e, key in found.mentions:
        if e == end:
            return key
    word = texts_of(doc)[end - 1] if end > 0 else ""
    owners = [k for k, p in found.people.items() if p.name.split()[-1:] == [word]]
    return owners[0] if len(owners) == 1 else None


def _as_known(doc: Doc, found) -> list[tuple[tuple[str, ...], str, int]]:
    """ "Prachanda, as the Maoist leader is widely known, was ...": an alias opening a
    sentence, for the one the sentence before is about (its first person named)."""
    lowers, texts = lowers_of(doc), texts_of(doc)
    sents = sentence_spans(doc)
    out = []
    for n, sent in enumerate(sents[1:], start=1):
        alias = _alias_at(doc, sent.start)
        if alias is None or lowers[alias[1] : alias[1] + 3] != [",", "as", "the"]:
            continue
        close = next((j for j in range(alias[1] + 3, min(sent.end, alias[1] + 12))
                      if lowers[j] == ","), None)
        if close is None or lowers[close - 1] != "known":
            continue
        before = sents[n - 1]
        named = sorted((s_, k) for s_, _e, k in found.mentions if before.start <= s_ < before.end)
        if named:
            out.append((tuple(texts[alias[0] : alias[1]]), named[0][1], alias[0]))
    return out


_OPEN_QUOTES = {'"', "“"}
_CLOSE_QUOTES = {'"', "”"}


def _quoted_after(doc: Doc, found) -> list[tuple[tuple[str, ...], str, int]]:
    """ 'Prime Minister Pushpa Kamal Dahal "Prachanda" will ...': a nickname in quotation
    marks right after a full name is that person's."""
    texts = texts_of(doc)
    out = []
    for _s, e, key in found.mentions:
        if e + 2 < len(doc) and texts[e] in _OPEN_QUOTES:
            alias = _alias_at(doc, e + 1)
            if alias is not None and alias[1] < len(doc) and texts[alias[1]] in _CLOSE_QUOTES:
                out.append((tuple(texts[alias[0] : alias[1]]), key, alias[0]))
    return out


def _fold_into(found, written: str, key: str) -> None:
    """The person the people reader made of an alias alone ("Prime Minister Prachanda")
    is the one it belongs to: their mentions become ``key``'s."""
    for other, person in list(found.people.items()):
        if other != key and person.name == written:
            found.mentions[:] = [(s, e, key if k == other else k) for s, e, k in found.mentions]
            del found.people[other]


def known_as(doc: Doc, found) -> None:
    """Add the later mentions of each person's alias to ``found`` (the people reader's
    record: ``people``, ``mentions``)."""
    aliases = _quoted_after(doc, found)
    if not aliases and not _CUE.search(text_of(doc)):
        return
    lowers, texts = lowers_of(doc), texts_of(doc)
    for k in range(2, len(doc) - 1):
        # (a word's test, not a slice of two made at every token)
        if lowers[k] == "known" and lowers[k + 1] == "as":
            start = k + 2
        elif lowers[k] == "nicknamed":
            start = k + 1
        else:
            continue
        j = k - 1 if lowers[k - 1] in _HEDGES else k
        if lowers[j - 1] != ",":
            continue
        key = _owner(doc, j - 1, found)
        alias = _alias_at(doc, start)
        if key is not None and alias is not None:
            aliases.append((tuple(texts[alias[0] : alias[1]]), key, alias[0]))
    aliases += _as_known(doc, found)
    if not aliases:
        return
    for words, key, _first in aliases:
        _fold_into(found, " ".join(words), key)
    taken = {i for s, e, _k in found.mentions for i in range(s, e)}
    for words, key, first in aliases:
        person = found.people[key]
        written = " ".join(words)
        if written not in person.alt_names and written != person.name:
            person.alt_names.append(written)
        n = len(words)
        for i in range(first, len(doc) - n + 1):
            if tuple(texts[i : i + n]) == words and not taken.intersection(range(i, i + n)):
                found.mentions.append((i, i + n, key))
                taken.update(range(i, i + n))
