"""Quotations: who "I", "me" and "my" are inside a quote the story attributes ('"I had
good talks with President X today," Prime Minister Y said'; 'Y told reporters: "I met X
this morning"'). Helper of :mod:`.coref`.
"""

from __future__ import annotations

import bisect

from .tokenizer import lowers_of, text_of, token_starts, tokens_of

__all__ = ["in_other_quote", "quote_speaker", "attributing_pronoun", "quoted_apart"]

# verbs that attribute a quote to its speaker
SAYING = {"said", "says", "say", "told", "tells", "added", "adds", "stressed", "noted",
          "wrote", "writes", "posted", "declared", "stated", "remarked", "recalled",
          "explained", "insisted", "announced", "continued", "concluded", "tweeted"}
_OPENING = {'"', "“"}
_CLOSING = {'"', "”"}
_REACH_AFTER = 9  # tokens after the closing mark that an attribution takes
_REACH_BEFORE = 14  # tokens before the opening mark


def quote_speaker(doc, i: int, state):
    """The key of the speaker of the quotation around token ``i``: one the story names
    right after the quote with a verb of saying ('," Modi said', '," said Modi'), the one
    the sentence before the quote is about when "he" or "she" says it ('X met Y. "I ...,"
    he said': X), or one named right before it ('Modi said: "', 'Modi told reporters,
    "'). None outside quotes, or where no one named says it. In '"I met Macron today,"
    Modi said.' the "I" is Modi's key.
    """
    text = text_of(doc)
    at = tokens_of(doc)[i].idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    opening = _opening_before(text, start, at)
    if opening is None:
        return None
    closing = next((c for c in range(at, end) if text[c] in _CLOSING), None)
    starts = token_starts(doc)
    k = bisect.bisect_left(starts, opening)
    if closing is not None:
        after = bisect.bisect_right(starts, closing)
        found = _named_with_saying(doc, after, min(len(doc), after + _REACH_AFTER), state)
        if found == "he" and k > 0:
            return state.any_first.get(state.sent_of[k - 1])  # the one the story was about
        if found:
            return found
    lowers = lowers_of(doc)
    if k > 0 and lowers[k - 1] in (":", ","):
        lo = max(bisect.bisect_left(starts, start), k - _REACH_BEFORE)
        if SAYING.intersection(lowers[lo:k]):
            before = [key for j, key in state.order if lo <= j < k]
            return before[-1] if before else None
    return None


def attributing_pronoun(doc, i: int, state):
    """The key of the one "he" or "she" at ``i`` is when it attributes the quotation just
    closed ('"... with the US President," he said later'): the one the sentence before the
    quotation is about, not anyone the quotation names. None elsewhere."""
    toks, lowers = tokens_of(doc), lowers_of(doc)
    if i == 0 or i + 1 >= len(doc) or toks[i - 1].text not in _CLOSING:
        return None
    if lowers[i + 1] not in SAYING:
        return None
    text = text_of(doc)
    closing = toks[i - 1].idx
    opening = _opening_before(text, text.rfind("\n", 0, closing) + 1, closing)
    if opening is None:
        return None
    k = bisect.bisect_left(token_starts(doc), opening)
    if k == 0:
        return None
    before = state.sent_of[k - 1]
    return state.subjects.get(before) or state.any_first.get(before)


def quoted_apart(lo: int, t: int, ctx) -> set[int]:
    """The starts of the people named in ``[lo, t)`` inside a quotation that the trigger at
    ``t`` is not in ('"We discussed it with President X," he said later at a meeting with
    Y': X is only quoted, not at the meeting)."""
    return {s for s, _, _ in ctx.persons_in(lo, t) if _other_quote(ctx.doc, s, t)}


def _other_quote(doc, i: int, t: int) -> bool:
    """Whether token ``i`` stands inside a quotation that token ``t`` is not in."""
    text, toks = text_of(doc), tokens_of(doc)
    at = toks[i].idx
    opening = _opening_before(text, text.rfind("\n", 0, at) + 1, at)
    if opening is None:
        return False
    there = toks[t].idx
    return _opening_before(text, text.rfind("\n", 0, there) + 1, there) != opening


def _opening_before(text: str, start: int, at: int) -> int | None:
    """Where the quotation that holds ``at`` opens in its paragraph, or None."""
    inside, opening = False, None
    for c in range(start, at):
        ch = text[c]
        if ch == '"':
            inside = not inside
        elif ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        else:
            continue
        opening = c if inside else None
    return opening if inside else None


def _named_with_saying(doc, lo: int, hi: int, state) -> str | None:
    """The one named in ``lo:hi`` before the sentence ends, when a verb of saying is there
    too ('," Prime Minister X said.', '," said X.'); "he" where a pronoun says it
    ('," he said.')."""
    lowers = lowers_of(doc)
    keys, saying = [], False
    for j in range(lo, hi):
        if lowers[j] in (".", "!", "?", '"', "“", "”"):
            break
        saying = saying or lowers[j] in SAYING
        if j in state.named_at:
            keys.append(state.named_at[j])
        elif lowers[j] in ("he", "she") and j - lo <= 2:
            keys.append("he")  # '," he said', '," said he', '", she said'
    return keys[0] if saying and len(set(keys)) == 1 else None


def in_other_quote(i: int, t: int, ctx) -> bool:
    """Whether token ``i`` stands inside a quotation that the trigger at ``t`` is not in
    ('"Eight years ago, I greeted Bush," he said. X had earlier been welcomed by Y': the
    quotation's time is not Y's welcome's)."""
    return _other_quote(ctx.doc, i, t)
