"""Subject pronouns that do not go on with their sentence's subject.

"X accorded him a welcome, after which he paid tribute" (the one "him" named), "X
explained that President Y felt ... after he had met Z" (the reported clause's own
subject), "X said after meeting Y that he ..." (the one who says it), "It was the last
leg of Xi's tour, ..., where he met Z" (the one on the trip). Used by :mod:`.coref`
before it falls back on the sentence's subject.
"""

from __future__ import annotations

from .bystanders import SPEAKING
from .lexicon import lexicon
from .tokenizer import lowers_of

__all__ = [
    "coordinated_subject", "reported_subject", "sequel_subject", "speaker_of_that", "trip_owner"
]

_SEQUELS = (["after", "which"], ["following", "which"], ["upon", "which"])
_OBJECT_OF = {"he": "him", "she": "her"}


def sequel_subject(doc, i: int, sent: int, state) -> str | None:
    """ "X accorded him a ceremonial welcome, after which he paid tribute at Raj Ghat": in
    a sequel clause, "he" goes on with the one "him" named, not with X."""
    lower = lowers_of(doc)
    if lower[i] not in _OBJECT_OF:
        return None
    if lower[i - 2 : i] not in _SEQUELS and lower[i - 1] != "whereupon":
        return _chained(lower, i, sent, state)
    named = [k for j, k in state.order if sent <= j < i and lower[j] == _OBJECT_OF[lower[i]]]
    return named[-1] if named else None


def reported_subject(doc, i: int, sent: int, state) -> str | None:
    """ "X explained that President Y felt the trip was needless after he had met Z": in a
    reported clause whose own subject is named, "he" is that subject, not the speaker."""
    lower = lowers_of(doc)
    that = next((k for k in range(i - 1, sent, -1) if lower[k] == "that"), None)
    if that is None or not SPEAKING.intersection(lower[max(sent, that - 4) : that]):
        return None
    if any(lower[k] in (",", ";", "and", "but") for k in range(that + 1, i)):
        return None  # "... that Y felt it, and he ...": a clause of its own
    named = [k for j, k in state.order if that < j <= that + 4 and j < i]
    speaker = [k for j, k in state.order if sent <= j < that]
    return named[0] if named and named[0] not in speaker else None


def speaker_of_that(doc, i: int, sent: int, state) -> str | None:
    """ "X said in Ankara after meeting Y that he had postponed ...": "he" right after the
    "that" of a verb of saying is the one who says it, named before the verb, not the one
    named last (Y)."""
    lower = lowers_of(doc)
    if i < 2 or lower[i - 1] != "that":
        return None
    verb = next((k for k in range(i - 2, max(sent, i - 16) - 1, -1) if lower[k] in SPEAKING), None)
    if verb is None:
        return None
    speaker = [k for j, k in state.order if sent <= j < verb]
    return speaker[-1] if len(set(speaker)) == 1 else None


def _chained(lower: list[str], i: int, sent: int, state) -> str | None:
    """ "... after which he paid tribute at Raj Ghat. He is to call on X": a sentence that
    opens with "He" goes on with whom the last sentence's own "he" named, where that was
    not its subject."""
    opening = i == sent or lower[i - 1] == "," and not any(sent <= j < i for j, _ in state.order)
    if not opening or sent == 0:  # "He ...", "Later, he ..."
        return None
    before = state.sent_of[sent - 1]
    named = {k for j, k in state.order if before <= j < sent and lower[j] not in ("him", "her")}
    same = [  # "Y welcomed him. He then met Z": the "him" of a topic named before Y's sentence
        k
        for j, k in state.order
        if before <= j < sent
        and (lower[j] == lower[i] or lower[j] == _OBJECT_OF.get(lower[i]) and k not in named)
    ]
    subject = state.subjects.get(before) or state.first.get(before)
    return same[-1] if same and same[-1] != subject else None


def trip_owner(doc, i: int, sent: int, state) -> str | None:
    """ "It was the last leg of Xi's tour, which began in Riyadh, where he met King Salman":
    in a clause after "X's tour" (or trip, visit) with no one named between, "he" is X, the
    one on the trip, not the subject of the sentence before."""
    lower = lowers_of(doc)
    trips = lexicon().trip_nouns
    for k in range(i - 1, sent, -1):
        if lower[k] in ("'s", "’s") and trips.intersection(lower[k + 1 : k + 6]):
            owner = [key for j, key in state.order if sent <= j < k]
            if not owner or any(key != owner[-1] for j, key in state.order if k < j < i):
                return None  # no owner, or someone else named since
            return owner[-1]
    return None


# words an office or a description puts between a clause's opening and its subject's name
_BEFORE_A_NAME = {"the", "then", "former", "his", "her", "their"}


def coordinated_subject(doc, i: int, sent: int, state) -> str | None:
    """ "Rabin visited Oman in 1994, and Peres visited in 1996, when he also went to
    Qatar": a pronoun after a second clause whose own subject opens it (after ", and" or
    ";") goes on with that subject, not with the sentence's first."""
    lower, texts = lowers_of(doc), [t.text for t in doc[sent:i]]
    named = [(j, k) for j, k in state.order if sent < j < i and j not in state.governed]
    for j, key in reversed(named):
        k = j - 1
        while k > sent and (texts[k - sent][:1].isupper() or lower[k] in _BEFORE_A_NAME):
            k -= 1  # past the office words: "and Chilean President X"
        opens = lower[k] == ";" or lower[k - 1 : k + 1] == [",", "and"]
        if opens and not any(lower[x] in SPEAKING for x in range(j, i)):  # not a speaker's
            return key if key != state.subjects.get(sent) else None
    return None
