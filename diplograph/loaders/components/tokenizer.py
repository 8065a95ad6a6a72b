"""A fast regex tokenizer for English news copy.

spaCy's default English tokenizer splits hyphenated names ("Al-Sabah",
"al-Sharaa") into three tokens and costs several milliseconds per article; the
pipeline needs neither its exceptions nor its speed cost. Words keep inner
hyphens, apostrophes and dots ("U.S.", "S."), the possessive "'s" is its own
token, and every other non-space character is a token.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

__all__ = [
    "NewsTokenizer",
    "create_tokenizer",
    "TOKEN_RE",
    "text_of",
    "tokens_of",
    "gazetteer_spans",
]

TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.N.
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: S. Jaishankar
    r"|\w+(?:[-‐'’]\w+)*?(?=['’]s\b)"  # a word before its possessive
    r"|['’]s\b"
    r"|\w+(?:[-‐'’]\w+)*"
    r"|\S"
)


def tokens_of(doc: Doc) -> list:
    """The Doc's tokens as a list, cached: ``doc[i]`` builds a new Token object each time."""
    toks = doc.user_data.get("dg_toks")
    if toks is None or len(toks) != len(doc):
        toks = doc.user_data["dg_toks"] = list(doc)
    return toks


def gazetteer_spans(doc: Doc) -> list:
    """The gazetteer mentions as a cached list (each walk of a SpanGroup makes new Spans)."""
    spans = doc.user_data.get("dg_gaz_spans")
    if spans is None:
        spans = list(doc.spans.get("dg_gazetteer", []))
        if "dg_gazetteer" in doc.spans:
            doc.user_data["dg_gaz_spans"] = spans
    return spans


def text_of(doc: Doc) -> str:
    """The Doc's text, cached (``Doc.text`` builds it anew from the tokens each time)."""
    text = doc.user_data.get("dg_text")
    if text is None:
        text = doc.user_data["dg_text"] = doc.text
    return text


class NewsTokenizer:
    """Callable ``text -> Doc``; spaCy's ``Language.make_doc`` uses it."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = [], []
        last = 0
        for match in TOKEN_RE.finditer(text):
            start = match.start()
            if words and start > last:
                ws = text[last:start]
                if ws == " ":
                    spaces[-1] = True
                else:  # newlines and runs of spaces become whitespace tokens, as in spaCy
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
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["dg_text"] = text  # Doc.text re-joins every token on each call
        return doc

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> NewsTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> NewsTokenizer:
        return self


@registry.tokenizers("diplograph.news_tokenizer.v1")
def create_tokenizer():
    """Registered so a saved pipeline's config names it."""

    def make(nlp) -> NewsTokenizer:
        return NewsTokenizer(nlp.vocab)

    return make
