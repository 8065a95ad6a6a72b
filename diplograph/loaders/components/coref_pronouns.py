"""Pronouns: whom "he", "his", "him" point at, by the clause they stand in.

"his" inside an opening phrase about a trip names the subject after the phrase
(:func:`fronted_subject`); "his" inside a sentence, the subject of its clause
(:func:`possessive`); "him", the latest person before it who is none of its clause's
subjects (:func:`object_pronoun`). Used by :mod:`.coref`, which reads the mentions in
order and checks gender agreement.
"""

from __future__ import annotations

from .bystanders import ASKED, SPEAKING, denied
from .clause_acts import TENSED
from .coref_descriptions import _OFFICE_LABELS, _definite
from .coref_state import _pronoun, set_aside
from .lexicon import fold
from .sentences import OPENING_WORDS, RELATIVE_OPENERS
from .tokenizer import lowers_of, tokens_of

__all__ = [
    "CLAUSE_WORDS",
    "bare_title_subject",
    "fronted_subject",
    "greeted_on_arrival",
    "object_pronoun",
    "object_position",
    "possessive",
]

CLAUSE_WORDS = {"where", "when", "who", "which", "while", ";", "but", "and"}

_SUBORDINATORS = RELATIVE_OPENERS | {"after", "before", "once", "since", "until"}
_JOURNEY_NOUNS = {
    "arrival",
    "visit",
    "trip",
    "tour",
    "stay",
    "talks",
    "meeting",
    "departure",
    "return",
    "way",
    "journey",
    "stopover",
    "first",
    "maiden",
    "landing",
    "engagements",  # "After his official engagements in Delhi, X will travel to ..."
    "engagement",
    "programme",
    "program",
    "schedule",
    "itinerary",
    "meetings",
    "mission",
}


def fronted_subject(doc, i, sent, by_start, labels, state) -> str | None:
    """A pronoun inside a sentence's opening phrase names the subject after the phrase
    ("On his arrival in Lima, Chile's President X was met by ...", "In Nairobi, where she
    landed on Monday, Foreign Minister Y met ...", "Upon landing, he ..." is not one)."""
    toks = tokens_of(doc)
    opener = toks[sent].lower_
    if not (opener in OPENING_WORDS or opener.endswith("ing")) or i == sent:
        return None
    before, after = toks[i - 1].lower_, set(lowers_of(doc)[i + 1 : i + 4])
    if toks[i].lower_ in ("he", "she") and before not in _SUBORDINATORS:
        return None  # "On Monday he met ...": the main clause's own subject
    own_part = i == sent + 1 and toks[i + 1].lower_ in ("part", "side")  # "For his part, X
    # said ...": X's, whoever the sentence before was about
    if toks[i].lower_ in ("his", "her") and not after & _JOURNEY_NOUNS and not own_part:
        return None  # "In her delegation is the minister, X": not a phrase about a trip
    for j in range(sent, i):  # inside the phrase: only relative clauses opened before it,
        nxt = toks[j + 1].lower_  # or a second opening phrase ("Later on Wednesday, on his
        if toks[j].text == "," and nxt not in RELATIVE_OPENERS and nxt not in OPENING_WORDS:
            return None  # way south, the President will ...")
    end = min(len(doc) - 1, i + 15)
    comma = next((j for j in range(i, end) if toks[j].text == ","), None)
    if comma is not None and toks[comma + 1].lower_ in RELATIVE_OPENERS:  # "During her visit
        end = min(len(doc) - 1, comma + 15)  # to Kenya, which began on Monday, X met Y"
        comma = next((j for j in range(comma + 1, end) if toks[j].text == ","), None)
    if comma is None or state.sent_of[comma] != sent:
        return None
    k = comma + 1
    while k in labels and labels[k][0] in _OFFICE_LABELS or toks[k].lower_ in ("the", "'s", "’s"):
        k = labels[k][2] if k in labels else k + 1
        if k >= len(doc):
            return None
    if k in by_start:
        return by_start[k].key
    if toks[comma + 1].lower_ == "the":  # "..., the President will make a stop"
        described = _definite(doc, comma + 1, labels, state)
        return described[0].key if described else None
    keys = state.index.get(fold(toks[k].text), [])
    if len(keys) > 1:  # "Rajapaksa" of two: the one the story has named so far
        keys = list(dict.fromkeys(key for _, key in reversed(state.order) if key in keys))[:1]
    return keys[0] if len(keys) == 1 else None


def possessive(doc, i, sent, state) -> str | None:
    """ "his" inside a sentence: the subject of its clause, else of the sentence (in an
    opening phrase about a trip, :func:`_fronted_subject` has named it already)."""
    lower, toks = lowers_of(doc), tokens_of(doc)
    words = CLAUSE_WORDS | {"after", "before"}
    clause = _clause_start(
        lower,
        i,
        sent,
        words,
        lambda j: not _shares_subject(lower, j)
        and not _joins_names(toks, j)
        and not _subjectless_phrase(lower, j),
    )  # "A and Algerian President B pledged ..., as A's description wrapped up her visit"
    subject = next(
        (
            k
            for j, k in state.order
            if clause <= j < i
            and not set_aside(toks, j, sent, acts=True)
            and not _inviter(toks, j, sent)
        ),
        None,
    )  # not "Besides Modi, he met A and B, his office said": Modi is no subject; nor X in
    # "On the invitation of X, Y arrived ..., on his first visit"
    return (
        _for_to_subject(toks, i, clause, state)
        or subject
        or _relative_antecedent(toks, clause, sent, state)
        or _pronoun(i, sent, state)
    )


def _relative_antecedent(toks, clause: int, sent: int, state) -> str | None:
    """The person a ", who" clause hangs on, when "who" is its subject: "standing in for
    President B, who postponed his trip" (B's trip, not the sentence subject's)."""
    if clause - 2 <= sent or toks[clause - 1].lower_ != "who" or toks[clause - 2].text != ",":
        return None
    named = [(j, k) for j, k in state.order if sent <= j < clause - 2]
    if not named:
        return None
    j, key = named[-1]
    name = toks[j : clause - 2]  # the name right before the comma, nothing after it
    return key if all(t.text[:1].isupper() or t.text == "." for t in name) else None


def _for_to_subject(toks, i: int, clause: int, state) -> str | None:
    """The subject of an infinitive before "his" in its clause: "now is not the time for
    (President) X to make his first visit" (X's, not the sentence's subject)."""
    for j, key in reversed(state.order):
        if not clause <= j < i:
            continue
        before, end = j - 1, j
        while before > clause and toks[before].text[:1].isupper():
            before -= 1  # "for Mexican President X to"
        while end < i and toks[end].text[:1].isupper():
            end += 1
        if toks[before].lower_ == "for" and toks[end].lower_ == "to":
            return key
    return None


def _inviter(toks, j: int, sent: int) -> bool:
    """Whether the mention at ``j`` only asked ("at the invitation of X", "at X's request")."""
    k = _before_its_offices(toks, j, sent)
    if k - 2 >= sent and toks[k - 1].lower_ == "of" and toks[k - 2].lower_ in ASKED:
        return True
    e = j
    while e < len(toks) and toks[e].text[:1].isupper():
        e += 1
    return e + 1 < len(toks) and toks[e].lower_ in ("'s", "’s") and toks[e + 1].lower_ in ASKED


# what opens a phrase of no subject of its own after "after" / "before": "after talks
# with B on the third stop of his tour" (A's tour, A having spoken of the talks)
_PHRASE_OPENERS = {"talks", "a", "an", "the", "meeting", "meetings", "his", "her", "their"}


def _subjectless_phrase(lower: list[str], j: int) -> bool:
    """Whether "after" / "before" at ``j`` opens a phrase, not a clause with its own
    subject ("after talks with B", "before flying to C"; not "after B arrived")."""
    nxt = lower[j + 1] if j + 1 < len(lower) else ""
    return lower[j] in ("after", "before") and (nxt in _PHRASE_OPENERS or nxt.endswith("ing"))


def _clause_start(lower: list[str], i: int, sent: int, words: set[str], opens) -> int:
    """Where the clause of token ``i`` starts: after the last of ``words`` before it that
    ``opens`` one (not every "and" does), else at the sentence's start."""
    return max([sent] + [j + 1 for j in range(sent, i) if lower[j] in words and opens(j)])


def _shares_subject(lower: list[str], j: int) -> bool:
    """ "... on Friday and is also expected to meet X during his stay": an "and" before a
    tensed verb of no subject of its own goes on with the sentence's subject."""
    k = j + 1
    if k < len(lower) and lower[k] in ("also", "later", "then"):
        k += 1
    return lower[j] == "and" and k < len(lower) and lower[k] in TENSED


# words after "her" that show it is an object, not a possessive ("hosted her at", "met her.")
_AFTER_OBJECT = {"at", "in", "on", "to", "for", "with", "during", "as", "when", "after"}
_AFTER_OBJECT |= {"before", "into", "from", "by", "and", ",", ".", ";", "warmly", "personally"}


def object_position(doc, i: int) -> bool:
    return i + 1 < len(doc) and tokens_of(doc)[i + 1].lower_ in _AFTER_OBJECT


def bare_title_subject(doc, i: int, sent: int, labels) -> bool:
    """Whether the office at ``i`` stands alone as a clause's subject, with no article and
    no name after it ("EAM arrived in Colombo", "..., and Prime Minister thanked him",
    a quoted readout's '"Prime Minister's visit to Bangladesh is being deferred"')."""
    end = labels[i][2]
    toks = tokens_of(doc)
    before = toks[i - 1].lower_ if i > sent else ""
    after = toks[end].text if end < len(doc) else ""
    if before in ('"', "“") or (i == sent + 1 and toks[sent].text in ('"', "“")):
        before = ""  # a quotation opens the clause
    if after in ("'s", "’s") and end + 1 < len(doc):
        after = toks[end + 1].text  # "Prime Minister's visit": the holder's
    return (
        before in ("", ",", "and", "but")
        and after.isalpha()
        and after.islower()
        and after not in ("of", "and", "or", "for", "to")
    )


def greeted_on_arrival(doc, i: int, sent: int) -> bool:
    """Whether the possessive at ``i`` opens "on her arrival" after an active verb's object
    ("Ruto greeted Rojas on her arrival"; not "Rojas was greeted by Ruto on her arrival")."""
    toks = tokens_of(doc)
    return (
        sent < i < len(doc) - 1
        and toks[i - 1].lower_ in ("on", "upon")
        and toks[i + 1].lower_ in ("arrival", "arriving")
        and "by" not in lowers_of(doc)[sent:i]
        and bool(_GREETING_VERBS.intersection(lowers_of(doc)[sent:i]))
    )


_GREETING_VERBS = {"greeted", "greets", "welcomed", "welcomes", "received", "receives", "met"}
_GREETING_VERBS |= {"meets", "hosted", "hosts"}


def object_pronoun(doc, i, sent, state) -> str | None:
    """ "him": the latest person before it in the sentence who is not its clause's subject;
    with none, the first person of the sentence before if not this clause's subject ("X
    arrived in Pyongyang. Kim greeted him at the airport")."""
    toks = tokens_of(doc)
    opens = lambda j: not _joins_names(toks, j)  # noqa: E731  "A and Minister B": one subject
    clause = _clause_start(lowers_of(doc), i, sent, CLAUSE_WORDS, opens)
    clause = max(clause, _reported_clause(doc, i, sent, state))  # "X said Y had told her"
    subject = next((k for j, k in state.order if clause <= j < i), None)
    subjects = _coordinated_subjects(toks, clause, i, state)
    opener = next((k for j, k in state.order if sent <= j < i), None)
    opened = toks[clause - 1].lower_ if clause > sent else ""
    if opened == "who":  # "... received by B, who later hosted her": B hosts, "her" is not B
        antecedent = next((k for j, k in reversed(state.order) if sent <= j < clause - 1), None)
        subjects = subjects | {antecedent}
    coordinated = opened in ("and", "but", ";", "where")  # "..., where B received him"
    if (
        coordinated
        and subject is not None
        and opener not in (None, subject)
        and not _same_side(state, opener, subject)
    ):  # but "A spoke to X by phone, and A's colleague B met him": not A
        return opener  # "He was received by A, and B called on him": the sentence's subject
    for j, key in reversed(state.order):
        if j < sent:
            break
        if j < i and key not in subjects and not _denied_mention(toks, j, sent):
            return key  # not "X, not President Y, was there to receive him": Y
    earlier = [(j, k) for j, k in state.order if j < sent and not _since_mention(toks, j)]
    if not earlier:  # not "the first visit by a US president since X came to Denmark": X
        return None  # is the past the story measures from
    last = state.sent_of[earlier[-1][0]]  # its first person other than the subject (a
    # transcript's speaker label opens the sentence: "SHEINBAUM: Yes, Rubio lands today.")
    candidates = [(j, k) for j, k in earlier if state.sent_of[j] == last and k not in subjects]
    same = [k for j, k in candidates if toks[j].lower_ == toks[i].lower_]
    if same:  # "Singh was at the airport to greet him. ... where Kalam received him": the
        return same[-1]  # one the story goes on calling "him", not the one who greeted him
    return candidates[0][1] if candidates else None


def _reported_clause(doc, i: int, sent: int, state) -> int:
    """Where a reported clause with a subject of its own opens before ``i`` ("X said Y had
    told her", "X said that Y called him"): after the verb of saying; else ``sent``."""
    lower = lowers_of(doc)
    for k in range(i - 2, sent, -1):  # not the pronoun's own verb ("told her")
        if lower[k] in SPEAKING:
            start = k + 1 + (lower[k + 1 : k + 2] == ["that"])
            named = any(start <= j < i for j, _ in state.order)
            return start if named and any(j < k for j, _ in state.order if j >= sent) else sent
    return sent


def _before_its_offices(toks, j: int, lo: int) -> int:
    """Where the mention at ``j`` opens with up to four capitalised office words before it
    ("President Y", "US President X"), not before ``lo``."""
    k = j
    while k > lo and j - k < 4 and toks[k - 1].text[:1].isupper():
        k -= 1
    return k


def _denied_mention(toks, j: int, sent: int) -> bool:
    """Whether the mention at ``j``, after its capitalised office words, is denied a part
    ("not President Y")."""
    k = _before_its_offices(toks, j, sent)
    return denied([t.lower_ for t in toks[max(sent, k - 2) : k]], min(2, k - sent), 0)


def _same_side(state, a: str, b: str) -> bool:
    """Whether two people serve one known country (colleagues, not host and guest)."""
    first, second = state.people.get(a), state.people.get(b)
    country = first.country if first is not None else None
    return country is not None and second is not None and second.country == country


def _since_mention(toks, j: int) -> bool:
    """Whether the mention at ``j``, after its capitalised office words, opens a "since"
    clause ("since President X came to Denmark in 2005")."""
    k = _before_its_offices(toks, j, 0)
    return k > 0 and toks[k - 1].lower_ == "since"


def _joins_names(toks, j: int) -> bool:
    """ "A and Finance Minister B called on him": an "and" with no comma before it and a
    capitalised word after it joins two names of one subject; it opens no clause."""
    return (
        toks[j].lower_ == "and"
        and j > 0
        and toks[j - 1].text != ","
        and j + 1 < len(toks)
        and toks[j + 1].text[:1].isupper()
        and not _names_a_new_subject(toks, j)
    )


def _names_a_new_subject(toks, j: int) -> bool:
    """ "was welcomed by A and Prime Minister B will host him", "arrived on Thursday and
    B is due to receive him": capitalised words after "and" with a tensed verb of their
    own, after words that are a verb's or preposition's object, are a new subject."""
    k = j + 1
    while k < len(toks) and toks[k].text[:1].isupper():
        k += 1
    if k >= len(toks) or toks[k].lower_ not in TENSED:
        return False
    b = j - 1
    while b > 0 and toks[b].text[:1].isupper():
        b -= 1
    return b < j - 1 and toks[b].text.isalpha() and toks[b].text.islower()


def _coordinated_subjects(toks, clause: int, i: int, state) -> set[str]:
    """The people of a clause's subject before ``i``: its first person and those joined to
    it by "and" or commas across names and offices only ("External Affairs Minister A and
    Finance Minister B called on him": neither is "him")."""
    mentions = [(j, k) for j, k in state.order if clause <= j < i]
    if not mentions:
        return set()
    found, prev = {mentions[0][1]}, mentions[0][0]
    for j, key in mentions[1:]:
        gap = toks[prev + 1 : j]
        joined = any(t.lower_ == "and" or t.text == "," for t in gap)
        if not joined or not all(
            t.text[:1].isupper() or t.lower_ in (",", "and", "'s", "’s", "the", ".") for t in gap
        ):
            break
        found.add(key)
        prev = j
    return found
