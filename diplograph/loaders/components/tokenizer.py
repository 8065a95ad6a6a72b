"""A fast regex tokenizer for English news copy.

spaCy's default English tokenizer splits hyphenated names ("Al-Sabah",
"al-Sharaa") into three tokens and costs several milliseconds per article; the
pipeline needs neither its exceptions nor its speed cost. Words keep inner
hyphens, apostrophes and dots ("U.S.", "S."), the possessive "'s" is its own
token, and every other non-space character is a token.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.lang.lex_attrs import lower as plain_lower
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

__all__ = [
    "NEWS_TOKENIZER",
    "place_name_tokens",
    "NewsTokenizer",
    "create_tokenizer",
    "TOKEN_RE",
    "text_of",
    "tokens_of",
    "texts_of",
    "lowers_of",
    "spaces_of",
    "gazetteer_spans",
    "people_spans",
    "span_text",
    "OPENING_QUOTES",
    "CLOSING_QUOTES",
]

# quotation marks as tokens, straight and curly
OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})

TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.N.
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: S. Jaishankar
    # a word before its possessive; the first lookahead only saves trying it before
    # every other word (it holds wherever the rest can match)
    r"|(?=[\w\-‐'’]*['’]s\b)\w+(?:[-‐'’]\w+)*?(?=['’]s\b)"
    r"|['’]s\b"
    # not a hyphen into an abbreviation ("Kazakhstan-U.S. dialogue"): the word, then "-"
    # and "U.S." as in "U.S.-China", so that no "U." ends a sentence
    r"|\w+(?:[-‐'’]\w+(?!\.\w))*"
    r"|\S"
)
# each token with the whitespace after it (the gap between two tokens is all whitespace:
# \S matches any other character)
_TOKEN_SPACE = re.compile(f"({TOKEN_RE.pattern})(\\s*)")
_LEADING_SPACE = re.compile(r"\s*")


def tokens_of(doc: Doc) -> list:
    """The Doc's tokens as a list, cached: ``doc[i]`` builds a new Token object each time."""
    toks = doc.user_data.get("dg_toks")
    if toks is None or len(toks) != len(doc):
        toks = doc.user_data["dg_toks"] = list(doc)
    return toks


def texts_of(doc: Doc) -> list[str]:
    """The tokens' texts as a list, cached (the tokenizer leaves its words here): each
    ``Token.text`` decodes the string anew. Shared: read it, do not change it."""
    words = doc.user_data.get("dg_words")
    if words is None or len(words) != len(doc):
        words = doc.user_data["dg_words"] = [t.text for t in tokens_of(doc)]
    return words


def lowers_of(doc: Doc) -> list[str]:
    """The tokens' ``lower_`` as a list, cached. Shared: read it, do not change it."""
    lowers = doc.user_data.get("dg_lowers")
    if lowers is None or len(lowers) != len(doc):
        if doc.vocab.lex_attr_getters.get(LOWER) is plain_lower:
            # what the vocabulary stored as each lexeme's lower form: str.lower() of it
            lowers = [w.lower() for w in texts_of(doc)]
        else:
            lowers = [t.lower_ for t in tokens_of(doc)]
        doc.user_data["dg_lowers"] = lowers
    return lowers


def spaces_of(doc: Doc) -> list[bool]:
    """Whether each token has a space after it, cached (the tokenizer leaves its flags
    here). Shared: read it, do not change it."""
    spaces = doc.user_data.get("dg_spaces")
    if spaces is None or len(spaces) != len(doc):
        spaces = doc.user_data["dg_spaces"] = [bool(t.whitespace_) for t in tokens_of(doc)]
    return spaces


def gazetteer_spans(doc: Doc) -> list:
    """The gazetteer mentions as a cached list (each walk of a SpanGroup makes new Spans)."""
    spans = doc.user_data.get("dg_gaz_spans")
    if spans is None:
        spans = list(doc.spans.get("dg_gazetteer", []))
        if "dg_gazetteer" in doc.spans:
            doc.user_data["dg_gaz_spans"] = spans
    return spans


def place_name_tokens(doc: Doc) -> set[int]:
    """The tokens inside the gazetteer's places of two words or more ("Mar del Plata")."""
    return {
        i
        for span in gazetteer_spans(doc)
        if span.label_ in ("PLACE", "CAPITAL", "SEAT") and span.end - span.start > 1
        for i in range(span.start, span.end)
    }


def people_spans(doc: Doc) -> list:
    """The person mentions (``doc.spans["dg_people"]``) as a cached list. Each walk of a
    SpanGroup makes new Spans, and each new Span makes three Tokens (its character
    offsets); a dozen readers walk these mentions. The list is kept with the group it was
    read from and read again when the group is replaced. Shared: read it, do not change it."""
    group = doc.spans.get("dg_people")
    if group is None:
        return []
    kept = doc.user_data.get("dg_people_spans")
    if kept is not None and kept[0] is group and len(kept[1]) == len(group):
        return kept[1]
    spans = list(group)
    doc.user_data["dg_people_spans"] = (group, spans)  # the group too: its id stays its own
    return spans


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` from the cached token texts and spaces, without making the
    Span (which makes three Tokens for its character offsets) nor its Tokens."""
    start, end, _ = slice(start, end).indices(len(doc))  # as Doc slices clamp
    if end <= start:
        return ""
    words = texts_of(doc)
    if end - start == 1:
        return words[start]
    spaces = spaces_of(doc)
    inner = zip(words[start : end - 1], spaces[start : end - 1], strict=True)
    return "".join([w + " " if sp else w for w, sp in inner]) + words[end - 1]


def text_of(doc: Doc) -> str:
    """The Doc's text, cached (``Doc.text`` builds it anew from the tokens each time)."""
    text = doc.user_data.get("dg_text")
    if text is None:
        text = doc.user_data["dg_text"] = doc.text
    return text


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, cached: a bisect finds the token at a character."""
    starts = doc.user_data.get("dg_token_starts")
    if starts is None:
        starts = doc.user_data["dg_token_starts"] = [t.idx for t in tokens_of(doc)]
    return starts


class NewsTokenizer:
    """Callable ``text -> Doc``; spaCy's ``Language.make_doc`` uses it."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = [], []
        pairs = _TOKEN_SPACE.findall(text)  # (token, whitespace after it)
        if not pairs:  # nothing but whitespace
            if text:
                words.append(text)
                spaces.append(False)
        else:
            lead = _LEADING_SPACE.match(text).end()
            if lead:  # leading whitespace is a token of its own
                words.append(text[:lead])
                spaces.append(False)
            last, tail = pairs.pop()
            for word, ws in pairs:
                words.append(word)
                if not ws:
                    spaces.append(False)
                elif ws == " ":
                    spaces.append(True)
                else:  # newlines and runs of spaces become whitespace tokens, as in spaCy
                    spaces.append(ws[0] == " ")
                    words.append(ws[1:] if ws[0] == " " else ws)
                    spaces.append(False)
            words.append(last)
            spaces.append(tail == " ")
            if tail and tail != " ":  # trailing whitespace is one token, whatever it is
                words.append(tail)
                spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["dg_text"] = text  # Doc.text re-joins every token on each call
        doc.user_data["dg_words"] = words  # for texts_of and spaces_of
        doc.user_data["dg_spaces"] = spaces
        return doc

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> NewsTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> NewsTokenizer:
        return self


NEWS_TOKENIZER = "diplograph.news_tokenizer.v1"


@registry.tokenizers(NEWS_TOKENIZER)
def create_tokenizer():
    """Registered so a saved pipeline's config names it."""

    def make(nlp) -> NewsTokenizer:
        return NewsTokenizer(nlp.vocab)

    return make
