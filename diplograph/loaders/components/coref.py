"""Coreference: later mentions of the people the people reader found.

Links, in reading order: bare or partial names ("Modi", "Lula"), descriptions
("the Indian premier", "the crown prince", "the visiting president"),
relational nouns ("his Russian counterpart", "his host"), groups ("the two
leaders") and pronouns ("he", "his"). Each link is a span in
``doc.spans["dg_people"]`` (label NAME, DESC, GROUP or PRON) whose kb_id is the
person key; a group gets one span per member. A description that names a
country also fills in a person's missing country ("the Chinese president").
Descriptions and groups are read in :mod:`.coref_descriptions`; the reading-order
memory they share is in :mod:`.coref_state`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Person
from .coref_descriptions import (
    _GROUP_VERBS,
    _OFFICE_LABELS,
    _aircraft,
    _by_description,
    _definite,
    _relational,
    aircraft_names,
)
from .coref_state import (
    Mention,
    _best_of,
    _in_venue_name,
    _name_index,
    _pronoun,
    _State,
    _transcript_speaker,
    _variant_keys,
)
from .event_clauses import TENSED
from .frames import homes_from_returns
from .lexicon import fold, lexicon
from .names import kin_of_another
from .office_countries import infer_countries
from .offices import (
    from_kb,
    predecessors,
    predecessors_of_colleagues,
)
from .people import SPAN_KEY
from .pronoun_gender import GenderMemory, pronoun_gender
from .sentences import OPENING_WORDS, RELATIVE_OPENERS
from .tokenizer import gazetteer_spans, lowers_of, people_spans, texts_of, tokens_of

__all__ = [
    "resolve_mentions",
    "set_coref",
    "Mention",
]

_ENCOUNTER_NOUNS = {"meeting", "talks", "encounter", "summit", "conversation", "call", "meetings"}
_PRONOUNS = {"he", "she", "his", "her"}
_HONOURS = {"honour", "honor"}
_OBJECT_PRONOUNS = {"him"}
_FRONTED = {"after", "during", "on", "before", "following", "ahead", "in", "for", "at"}
_CLAUSE_WORDS = {"where", "when", "who", "which", "while", ";", "but", "and"}
# the words (lower-cased) that _mention_at reads a mention from, besides names, titles,
# aircraft and the first person
_MENTION_WORDS = {"the", "their", "they", "them", "his", "her"} | _PRONOUNS | _OBJECT_PRONOUNS


def resolve_mentions(doc: Doc, people: dict[str, Person], named: list[Mention]) -> list[Mention]:
    """All person mentions of ``doc``: the named ones plus coreferent ones (pure)."""
    labels = {}
    for span in gazetteer_spans(doc):
        labels[span.start] = (span.label_, span.kb_id_, span.end)
    by_start = {m.start: m for m in named}
    index = _name_index(people)
    state = _State(doc, people)
    state.index = index
    state.texts, state.lowers = texts_of(doc), lowers_of(doc)
    out: list[Mention] = []
    genders = GenderMemory()
    texts, lowers, aircraft = state.texts, state.lowers, aircraft_names()
    # where _mention_at can find anything, listed once: most words are none of these,
    # and calling it at every token was the largest part of the reading of mentions
    opens = [
        i in by_start
        or text[:1].isupper()
        or text[:3] in ("al-", "el-")
        or lower in _MENTION_WORDS
        or text in _FIRST_PERSON
        or lower in aircraft
        or labels.get(i, ("",))[0] == "TITLE"
        for i, (text, lower) in enumerate(zip(texts, lowers, strict=True))
    ]
    i, n = 0, len(doc)
    while i < n:
        if not opens[i]:
            i += 1
            continue
        sent = state.sent_of[i]
        found = _mention_at(doc, i, sent, by_start, index, labels, state)
        if found:
            for m in found:
                m = _agreeing(m, doc, sent, state, genders)
                if m is None:
                    continue
                out.append(m)
                state.note(m.start, m.key, sent, m.end)
            i = max(m.end for m in found)
        else:
            i += 1
    return out


_AGREEMENT_REACH = 80  # tokens before the pronoun's sentence: the last few sentences


def _agreeing(m: Mention, doc, sent: int, state, genders: GenderMemory) -> Mention | None:
    """``m`` as gender agreement allows: a pronoun that cannot point at the person chosen
    points at the most recent one of the last sentences it can, else at no one."""
    word = tokens_of(doc)[m.start].text
    if m.label != "PRON" or pronoun_gender(word) is None:
        if m.label != "PRON":
            genders.learn_from_address(doc, m.start, m.key)
        return m
    reach = sent - _AGREEMENT_REACH
    earlier = [k for j, k in reversed(state.order) if j < m.start and state.sent_of[j] >= reach]
    if not genders.agrees(m.key, word):
        key = next((k for k in earlier if k != m.key and genders.agrees(k, word)), None)
        if key is None:
            return None
        m = Mention(m.start, m.end, key, m.label)
    elif m.key not in genders.genders and pronoun_gender(word) == "f":  # "X called on her ...
        # She is due to ...": the one
        # the story has shown to be "she", not someone it has said nothing of
        known = next((k for k in earlier if genders.genders.get(k) == pronoun_gender(word)), None)
        if known is not None:
            m = Mention(m.start, m.end, known, m.label)
    others = {k for j, k in state.order if sent <= j < m.start and k != m.key}
    genders.learn_from_pronoun(word, m.key, alone=not others)
    return m


def _mention_at(doc, i, sent, by_start, index, labels, state) -> list[Mention]:
    if i in by_start:
        return [by_start[i]]
    text, lower = state.texts[i], state.lowers[i]  # cached lists: no Token made
    if (text[:1].isupper() or text[:3] in ("al-", "el-")) and (
        (i not in labels or labels[i][0] == "PLACE") and i not in state.date_tokens
    ):  # "Late May 2022" is a date, not Theresa May
        keys = index.get(fold(text)) or _variant_keys(index, text, state)
        if keys and _in_venue_name(doc, i):
            keys = None  # "Kim Il Sung Square" is a place, not Kim
        if keys and lower in _PRONOUNS | _OBJECT_PRONOUNS and not _continued(doc, i, keys, index):
            keys = None  # "He met Wang Yi": a pronoun, though the story names He Lifeng
        if keys:
            key = keys[0] if len(keys) == 1 else _best_of(keys, i, state)
            end = i + 1
            while (
                end < len(doc)
                and index.get(fold(tokens_of(doc)[end].text)) == keys
                or (
                    end + 1 < len(doc)
                    and tokens_of(doc)[end].text in lexicon().particles
                    and key in index.get(fold(tokens_of(doc)[end + 1].text), [])
                )
            ):
                end += 1 if tokens_of(doc)[end].text not in lexicon().particles else 2
            return [Mention(i, end, key, "NAME")]
    if labels.get(i, ("",))[0] == "TITLE" and _bare_title_subject(doc, i, sent, labels):
        key = _by_description(state, i, None, labels[i][1])  # "EAM arrived in Colombo",
        if key:  # "Prime Minister conveyed ...": the story's holder of that office
            return [Mention(i, labels[i][2], key, "DESC")]
    if lower in aircraft_names():
        craft = _aircraft(doc, i, state)  # "Air Force One has landed": who it carries
        if craft:
            return craft
    if text in _FIRST_PERSON:
        key = _transcript_speaker(doc, i, index, state)
        return [Mention(i, i + 1, key, "PRON")] if key else []
    if lower == "the":
        return _definite(doc, i, labels, state)
    if lower == "their" and _ENCOUNTER_NOUNS.intersection(lowers_of(doc)[i + 1 : i + 4]):
        keys = state.last_distinct(2, i)  # "Their last meeting was at the White House"
        return [Mention(i, i + 1, key, "GROUP") for key in keys] if len(keys) == 2 else []
    if lower == "they" and i + 1 < len(doc) and tokens_of(doc)[i + 1].lower_ in _GROUP_VERBS:
        keys = state.last_distinct(2, i)  # "They have spoken by phone several times"
        return [Mention(i, i + 1, key, "GROUP") for key in keys] if len(keys) == 2 else []
    if lower == "them" and i > sent:
        return _them(doc, i, sent, state)
    if (
        lower == "her"
        and _object_position(doc, i)
        or (lower in ("his", "her") and "".join(texts_of(doc)[i + 1 : i + 2]).lower() in _HONOURS)
    ):  # "hosted her at a dinner", "a banquet in his honour": the one honoured, no subject
        key = _object_pronoun(doc, i, sent, state)
        return [Mention(i, i + 1, key, "PRON")] if key else []
    if lower in ("his", "her", "their") and _greeted_on_arrival(doc, i, sent):
        key = _object_pronoun(doc, i, sent, state)  # "X greeted Y on her arrival": Y's
        if key:
            return [Mention(i, i + 1, key, "PRON")]
    if lower in ("his", "her", "their") and i + 1 < len(doc):
        rel = _relational(doc, i, labels, state, sent)
        if rel:
            return rel
    if lower in _PRONOUNS:
        key = _fronted_subject(doc, i, sent, by_start, labels, state)
        if key:
            return [Mention(i, i + 1, key, "PRON")]
    if lower in ("his", "her") and i > sent:
        key = _possessive(doc, i, sent, state)
        return [Mention(i, i + 1, key, "PRON")] if key else []
    if lower in _PRONOUNS:
        key = _pronoun(i, sent, state)
        return [Mention(i, i + 1, key, "PRON")] if key else []
    if lower in _OBJECT_PRONOUNS:
        key = _object_pronoun(doc, i, sent, state)
        return [Mention(i, i + 1, key, "PRON")] if key else []
    return []


_FIRST_PERSON = {"I", "me", "my"}


def _continued(doc, i: int, keys: list[str], index) -> bool:
    """Whether the word after ``i`` goes on naming one of ``keys`` ("He Lifeng")."""
    return i + 1 < len(doc) and bool(
        set(index.get(fold(tokens_of(doc)[i + 1].text), [])) & set(keys)
    )


def _them(doc, i, sent, state) -> list[Mention]:
    """ "held separate talks with each of them": the people of the sentence before,
    other than this sentence's subject."""
    subject = state.any_first.get(sent)
    earlier = [k for j, k in state.order if state.sent_of[j] < sent]
    if not earlier:
        return []
    last_sent = max(state.sent_of[j] for j, _ in state.order if state.sent_of[j] < sent)
    keys = [k for j, k in state.order if state.sent_of[j] == last_sent and k != subject]
    keys = list(dict.fromkeys(keys))
    return [Mention(i, i + 1, key, "GROUP") for key in keys] if len(keys) >= 2 else []


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
}


def _fronted_subject(doc, i, sent, by_start, labels, state) -> str | None:
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
    if toks[i].lower_ in ("his", "her") and not after & _JOURNEY_NOUNS:
        return None  # "In her delegation is the minister, X": not a phrase about a trip
    for j in range(sent, i):  # inside the phrase: only relative clauses opened before it,
        nxt = toks[j + 1].lower_  # or a second opening phrase ("Later on Wednesday, on his
        if toks[j].text == "," and nxt not in RELATIVE_OPENERS and nxt not in OPENING_WORDS:
            return None  # way south, the President will ...")
    end = min(len(doc) - 1, i + 15)
    comma = next((j for j in range(i, end) if toks[j].text == ","), None)
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
    return keys[0] if len(keys) == 1 else None


def _possessive(doc, i, sent, state) -> str | None:
    """ "his" inside a sentence: the subject of its clause, else of the sentence (in an
    opening phrase about a trip, :func:`_fronted_subject` has named it already)."""
    lower = lowers_of(doc)
    clause = max(
        [sent]
        + [
            j + 1
            for j in range(sent, i)
            if lower[j] in _CLAUSE_WORDS | {"after", "before"} and not _shares_subject(lower, j)
        ]
    )
    subject = next((k for j, k in state.order if clause <= j < i), None)
    return subject or _pronoun(i, sent, state)


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


def _object_position(doc, i: int) -> bool:
    return i + 1 < len(doc) and tokens_of(doc)[i + 1].lower_ in _AFTER_OBJECT


def _bare_title_subject(doc, i: int, sent: int, labels) -> bool:
    """Whether the office at ``i`` stands alone as a clause's subject, with no article and
    no name after it ("EAM arrived in Colombo", "..., and Prime Minister thanked him")."""
    end = labels[i][2]
    toks = tokens_of(doc)
    before = toks[i - 1].lower_ if i > sent else ""
    after = toks[end].text if end < len(doc) else ""
    return (
        before in ("", ",", "and", "but")
        and after.isalpha()
        and after.islower()
        and after not in ("of", "and", "or", "for", "to")
    )


def _greeted_on_arrival(doc, i: int, sent: int) -> bool:
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


def _object_pronoun(doc, i, sent, state) -> str | None:
    """ "him": the latest person before it in the sentence who is not its clause's subject;
    with none, the first person of the sentence before if not this clause's subject ("X
    arrived in Pyongyang. Kim greeted him at the airport")."""
    toks = tokens_of(doc)
    clause = max(
        [sent]
        + [
            j + 1
            for j in range(sent, i)
            if toks[j].lower_ in _CLAUSE_WORDS and not _joins_names(toks, j)
        ]
    )
    subject = next((k for j, k in state.order if clause <= j < i), None)
    subjects = _coordinated_subjects(toks, clause, i, state)
    opener = next((k for j, k in state.order if sent <= j < i), None)
    opened = toks[clause - 1].lower_ if clause > sent else ""
    coordinated = opened in ("and", "but", ";", "where")  # "..., where B received him"
    if coordinated and subject is not None and opener not in (None, subject):
        return opener  # "He was received by A, and B called on him": the sentence's subject
    for j, key in reversed(state.order):
        if j < sent:
            break
        if j < i and key not in subjects:
            return key
    earlier = [(j, k) for j, k in state.order if j < sent]
    if not earlier:
        return None
    last = state.sent_of[earlier[-1][0]]  # its first person other than the subject (a
    # transcript's speaker label opens the sentence: "SHEINBAUM: Yes, Rubio lands today.")
    return next((k for j, k in earlier if state.sent_of[j] == last and k not in subjects), None)


def _joins_names(toks, j: int) -> bool:
    """ "A and Finance Minister B called on him": an "and" with no comma before it and a
    capitalised word after it joins two names of one subject; it opens no clause."""
    return (
        toks[j].lower_ == "and"
        and j > 0
        and toks[j - 1].text != ","
        and j + 1 < len(toks)
        and toks[j + 1].text[:1].isupper()
    )


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


@Language.component("diplograph_coref", assigns=["doc.spans"], requires=["doc._.dg_people"])
def set_coref(doc: Doc) -> Doc:
    """Replace ``doc.spans["dg_people"]`` with named plus coreferent mentions."""
    people = doc._.dg_people or {}
    named = [Mention(s.start, s.end, s.kb_id_, s.label_) for s in people_spans(doc)]
    for person in people.values():  # known leaders first, so that descriptions can find them
        if person.country is None and person.organisation is None:
            if not kin_of_another(person, people):
                from_kb(person, doc._.dg_published)
    mentions = resolve_mentions(doc, people, named)
    doc.spans[SPAN_KEY] = [Span(doc, m.start, m.end, label=m.label, kb_id=m.key) for m in mentions]
    predecessors(doc, people)
    infer_countries(doc, people)
    homes_from_returns(doc, people, doc.user_data.setdefault("dg_guessed_country", set()))
    predecessors_of_colleagues(doc, people)  # (the group set above stands: nothing
    return doc  # between changes the mentions)
