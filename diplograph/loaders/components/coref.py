"""Coreference: later mentions of the people the people reader found.

Links, in reading order: bare or partial names ("Modi", "Lula"), descriptions
("the Indian premier", "the crown prince", "the visiting president"),
relational nouns ("his Russian counterpart", "his host"), groups ("the two
leaders") and pronouns ("he", "his"). Each link is a span in
``doc.spans["dg_people"]`` (label NAME, DESC, GROUP or PRON) whose kb_id is the
person key; a group gets one span per member. A description that names a
country also fills in a person's missing country ("the Chinese president").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Person
from .frames import homes_from_returns
from .lexicon import fold, lexicon
from .names import common_word, same_word
from .office_countries import infer_countries
from .offices import (
    from_kb,
    office_title,
    predecessors,
    predecessors_of_colleagues,
    same_office,
)
from .people import SPAN_KEY
from .pronoun_gender import GenderMemory, pronoun_gender
from .sentences import OPENING_WORDS, RELATIVE_OPENERS, sentence_spans
from .tokenizer import gazetteer_spans, tokens_of

__all__ = [
    "resolve_mentions",
    "set_coref",
    "Mention",
]

_GROUP_NOUNS = {
    "leaders",
    "men",
    "presidents",
    "ministers",
    "premiers",
    "women",
    "pair",
    "counterparts",
}
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "pair": 2}
_GROUP_VERBS = {
    "had",
    "have",
    "met",
    "last",
    "held",
    "will",
    "are",
    "were",
    "also",
    "spoke",
    "shook",
    "signed",
    "agreed",
    "discussed",
    "later",
    "then",
    "sat",
    "first",
    "talked",
}
_ENCOUNTER_NOUNS = {"meeting", "talks", "encounter", "summit", "conversation", "call", "meetings"}
_RELATIONAL = {"counterpart", "host", "guest", "visitor", "hosts"}
_PRONOUNS = {"he", "she", "his", "her"}
_OBJECT_PRONOUNS = {"him"}
_FRONTED = {"after", "during", "on", "before", "following", "ahead", "in", "for", "at"}
_OBJECT_MARKERS = {"with", "by", "to", "from", "of", "for", "than", "since", "against"}
_SAYING = {"said", "says", "added", "stressed", "noted", "told", "tells", "wrote", "posted"}
_CLAUSE_WORDS = {"where", "when", "who", "which", "while", ";", "but", "and"}


def sentence_index(doc: Doc) -> list[int]:
    """The start token of each token's sentence, computed once per Doc."""
    out = [0] * len(doc)
    for sent in sentence_spans(doc):
        for i in range(sent.start, sent.end):
            out[i] = sent.start
    return out


@dataclass
class Mention:
    """One resolved mention: token span, person key, how it was found."""

    start: int
    end: int
    key: str
    label: str


def _name_index(people: dict[str, Person]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for key, person in people.items():
        for word in person.name.split():
            parts = (
                [word, *word.split("-")[1:]]
                if re.match(r"(?:al|el|bin|ibn|abu)-", word)
                else [word]
            )
            for part in parts:
                if (
                    part not in lexicon().particles
                    and len(part) > 1
                    and (part[:1].isupper() or "-" in part)
                ):
                    index.setdefault(fold(part), []).append(key)
        index.setdefault(fold(person.name), []).append(key)
    return index


class _State:
    """Reading order memory: who was mentioned last, and each sentence's subject."""

    def __init__(self, doc: Doc, people: dict[str, Person]):
        self.doc = doc
        self.people = people
        self.order: list[tuple[int, str]] = []  # (token, key) in reading order
        self.subjects: dict[
            int, str
        ] = {}  # sentence start -> first person mentioned (not a speaker)
        self.first: dict[int, str] = {}  # sentence start -> first person mentioned (not a speaker)
        self.any_first: dict[int, str] = {}  # sentence start -> first person mentioned
        self.sent_of = sentence_index(doc)
        self.index: dict[str, list[str]] = {}  # name word -> person keys
        self.date_tokens = {  # words of date expressions ("May" of "in May 2022")
            k for m in doc._.dg_dates or [] if m.end - m.start > 1 for k in range(m.start, m.end)
        }
        self.variants: dict[str, list[str] | None] = {}  # word -> keys of a spelling variant

    def note(self, i: int, key: str, sent_start: int, end: int | None = None) -> None:
        self.order.append((i, key))
        toks = tokens_of(self.doc)
        after = toks[end].lower_ if end is not None and end < len(self.doc) else ""
        self.any_first.setdefault(sent_start, key)
        if after not in _SAYING:
            self.first.setdefault(sent_start, key)
        k = i - 1  # the word before the name and its office: "talks with President Putin"
        while k >= sent_start and (toks[k].text[:1].isupper() or toks[k].lower_ in ("'s", "’s")):
            k -= 1
        governed = k >= sent_start and toks[k].lower_ in _OBJECT_MARKERS
        possessive = after in ("'s", "’s")  # "Bush's predecessor Bill Clinton": Clinton
        if after not in _SAYING and not governed and not possessive:  # speakers and objects
            self.subjects.setdefault(sent_start, key)  # are no topics

    def salient(self, test, before: int) -> str | None:
        """The person passing ``test`` the story has named most so far, when clearly the
        most named (twice as often as the next); else the most recent one. "The
        President" in a story about one president's tour is that president, even just
        after another president was named."""
        counts: dict[str, int] = {}
        for i, key in self.order:
            if i < before:
                counts[key] = counts.get(key, 0) + 1
        counts = {k: n for k, n in counts.items() if test(self.people[k])}
        ranked = sorted(counts, key=lambda k: -counts[k])
        top = counts[ranked[0]] if ranked else 0
        if len(ranked) >= 2 and top >= 3 and top >= 2 * counts[ranked[1]]:
            return ranked[0]
        return self.recent(test, before)

    def recent(self, test, before: int, exclude=()) -> str | None:
        for i, key in reversed(self.order):
            if i < before and key not in exclude and test(self.people[key]):
                return key
        return None

    def last_distinct(self, n: int, before: int) -> list[str]:
        """The first ``n`` people of the latest sentence that names at least ``n``."""
        by_sent: dict[int, list[str]] = {}
        for i, key in self.order:
            if i < before:
                sent = self.sent_of[i]
                if key not in by_sent.setdefault(sent, []):
                    by_sent[sent].append(key)
        for sent in sorted(by_sent, reverse=True):
            if len(by_sent[sent]) >= n:
                return by_sent[sent][:n]
        if n > 2:  # "the four leaders" when not all four are named: everyone named so far
            named = list(dict.fromkeys(k for i, k in self.order if i < before))
            return named if len(named) >= 3 else []
        return []


def named_starts(doc: Doc) -> set[int]:
    """Start tokens of the names the people reader found (cached per Doc)."""
    starts = doc.user_data.get("dg_named_starts")
    if starts is None:
        starts = {s.start for s in doc.spans.get(SPAN_KEY, []) if s.label_ == "NAME"}
        # honorifics before a name ("Sheikh Meshal") also open it
        starts |= {
            s - 1 for s in starts if s > 0 and tokens_of(doc)[s - 1].text in lexicon().honorifics
        }
        doc.user_data["dg_named_starts"] = starts
    return starts


def _describe(doc: Doc, i: int, labels) -> tuple[int, str | None, str | None]:
    """After "the": (end, country, office) of "[former] [Indian] premier"-like words."""
    country, k = None, i
    while k < len(doc) and tokens_of(doc)[k].lower_ in (
        "former",
        "visiting",
        "then",
        "-",
        "new",
        "outgoing",
    ):
        k += 1
    if k < len(doc) and labels.get(k, ("", ""))[0] in ("DEMONYM", "COUNTRY"):
        country = labels[k][1]
        k = labels[k][2]
    if k < len(doc) and labels.get(k, ("", ""))[0] == "TITLE":
        return labels[k][2], country, labels[k][1]
    return i, None, None


def resolve_mentions(doc: Doc, people: dict[str, Person], named: list[Mention]) -> list[Mention]:
    """All person mentions of ``doc``: the named ones plus coreferent ones (pure)."""
    labels = {}
    for span in gazetteer_spans(doc):
        labels[span.start] = (span.label_, span.kb_id_, span.end)
    by_start = {m.start: m for m in named}
    index = _name_index(people)
    state = _State(doc, people)
    state.index = index
    out: list[Mention] = []
    genders = GenderMemory()
    i = 0
    while i < len(doc):
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
    others = {k for j, k in state.order if sent <= j < m.start and k != m.key}
    genders.learn_from_pronoun(word, m.key, alone=not others)
    return m


def _mention_at(doc, i, sent, by_start, index, labels, state) -> list[Mention]:
    tok = tokens_of(doc)[i]
    if i in by_start:
        return [by_start[i]]
    text = tok.text
    if (text[:1].isupper() or text[:3] in ("al-", "el-")) and (
        (i not in labels or labels[i][0] == "PLACE") and i not in state.date_tokens
    ):  # "Late May 2022" is a date, not Theresa May
        keys = index.get(fold(text)) or _variant_keys(index, text, state)
        if keys and _in_venue_name(doc, i):
            keys = None  # "Kim Il Sung Square" is a place, not Kim
        if (
            keys
            and tok.lower_ in _PRONOUNS | _OBJECT_PRONOUNS
            and not _continued(doc, i, keys, index)
        ):
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
    lower = tok.lower_
    if lower == "the":
        return _definite(doc, i, labels, state)
    if lower == "their" and _ENCOUNTER_NOUNS.intersection(t.lower_ for t in doc[i + 1 : i + 4]):
        keys = state.last_distinct(2, i)  # "Their last meeting was at the White House"
        return [Mention(i, i + 1, key, "GROUP") for key in keys] if len(keys) == 2 else []
    if lower == "they" and i + 1 < len(doc) and tokens_of(doc)[i + 1].lower_ in _GROUP_VERBS:
        keys = state.last_distinct(2, i)  # "They have spoken by phone several times"
        return [Mention(i, i + 1, key, "GROUP") for key in keys] if len(keys) == 2 else []
    if lower == "them" and i > sent:
        return _them(doc, i, sent, state)
    if lower == "her" and _object_position(doc, i):
        key = _object_pronoun(doc, i, sent, state)  # "hosted her at a dinner"
        return [Mention(i, i + 1, key, "PRON")] if key else []
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


def _continued(doc, i: int, keys: list[str], index) -> bool:
    """Whether the word after ``i`` goes on naming one of ``keys`` ("He Lifeng")."""
    return i + 1 < len(doc) and bool(
        set(index.get(fold(tokens_of(doc)[i + 1].text), [])) & set(keys)
    )


def _variant_keys(index: dict[str, list[str]], text: str, state) -> list[str] | None:
    """The people one of whose name words ``text`` spells differently ("Zelenskyy" for
    Zelensky, "Nazarbaev" for Nazarbayev), if exactly one word fits."""
    if text in state.variants:
        return state.variants[text]
    keys = None
    if len(text) >= 5 and not common_word(text):
        fits = [k for k in index if " " not in k and same_word(k, text, alone=True)]
        if len(fits) == 1:
            keys = index[fits[0]]
    state.variants[text] = keys
    return keys


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


def _in_venue_name(doc, i: int) -> bool:
    """Whether token ``i`` opens a capitalised run ending in a venue or body word."""
    toks = tokens_of(doc)
    j = i
    while j < len(doc) and toks[j].text[:1].isupper():
        if toks[j].text in lexicon().non_person_words:
            return True
        j += 1
    return False


def _best_of(keys: list[str], i: int, state) -> str:
    """A bare name shared by several people ("Kim", "Sharif"): one with an office in the
    article, then the most recently named."""
    titled = [k for k in keys if state.people[k].title and not state.people[k].former]
    if len(titled) == 1:
        return titled[0]
    return state.recent(lambda p: p.key in keys, i) or keys[0]


_OFFICE_LABELS = ("TITLE", "DEMONYM", "COUNTRY")
_SUBORDINATORS = RELATIVE_OPENERS | {"after", "before", "once", "since", "until"}
_JOURNEY_NOUNS = {
    "arrival", "visit", "trip", "tour", "stay", "talks", "meeting", "departure", "return",
    "way", "journey", "stopover", "first", "maiden", "landing",
}


def _fronted_subject(doc, i, sent, by_start, labels, state) -> str | None:
    """A pronoun inside a sentence's opening phrase names the subject after the phrase
    ("On his arrival in Lima, Chile's President X was met by ...", "In Nairobi, where she
    landed on Monday, Foreign Minister Y met ...", "Upon landing, he ..." is not one)."""
    toks = tokens_of(doc)
    opener = toks[sent].lower_
    if not (opener in OPENING_WORDS or opener.endswith("ing")) or i == sent:
        return None
    before, after = toks[i - 1].lower_, {t.lower_ for t in doc[i + 1 : i + 4]}
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
    clause = max(
        [sent]
        + [
            j + 1
            for j in range(sent, i)
            if tokens_of(doc)[j].lower_ in _CLAUSE_WORDS | {"after", "before"}
        ]
    )
    subject = next((k for j, k in state.order if clause <= j < i), None)
    return subject or _pronoun(i, sent, state)


# words after "her" that show it is an object, not a possessive ("hosted her at", "met her.")
_AFTER_OBJECT = {"at", "in", "on", "to", "for", "with", "during", "as", "when", "after"}
_AFTER_OBJECT |= {"before", "into", "from", "by", "and", ",", ".", ";", "warmly", "personally"}


def _object_position(doc, i: int) -> bool:
    return i + 1 < len(doc) and tokens_of(doc)[i + 1].lower_ in _AFTER_OBJECT


def _object_pronoun(doc, i, sent, state) -> str | None:
    """ "him": the latest person before it in the sentence who is not its clause's subject;
    with none, the first person of the sentence before if not this clause's subject ("X
    arrived in Pyongyang. Kim greeted him at the airport")."""
    clause = max(
        [sent] + [j + 1 for j in range(sent, i) if tokens_of(doc)[j].lower_ in _CLAUSE_WORDS]
    )
    subject = next((k for j, k in state.order if clause <= j < i), None)
    opener = next((k for j, k in state.order if sent <= j < i), None)
    coordinated = clause > sent and tokens_of(doc)[clause - 1].lower_ in ("and", "but", ";")
    if coordinated and subject is not None and opener not in (None, subject):
        return opener  # "He was received by A, and B called on him": the sentence's subject
    for j, key in reversed(state.order):
        if j < sent:
            break
        if j < i and key != subject:
            return key
    earlier = [(j, k) for j, k in state.order if j < sent]
    if not earlier:
        return None
    last = state.sent_of[earlier[-1][0]]
    first = next(k for j, k in earlier if state.sent_of[j] == last)
    return first if first != subject else None


def _definite(doc, i, labels, state) -> list[Mention]:
    nxt = tokens_of(doc)[i + 1].lower_ if i + 1 < len(doc) else ""
    if nxt in _NUMBERS or nxt in _GROUP_NOUNS:
        k = i + 1
        n = _NUMBERS.get(nxt, 2)
        while k < len(doc) and (
            tokens_of(doc)[k].lower_ in _NUMBERS
            or tokens_of(doc)[k].lower_ in ("visiting", "european", "african")
            or labels.get(k, ("",))[0] == "DEMONYM"
        ):
            k += 1
        if k < len(doc) and tokens_of(doc)[k].lower_ in _GROUP_NOUNS:
            keys = (
                _named_later(doc, k + 1, state, n)
                or _holders(tokens_of(doc)[k].lower_, n, i, state)
                or state.last_distinct(n, i)
            )
            if len(keys) == n or (n > 2 and keys):
                return [Mention(i, k + 1, key, "GROUP") for key in keys]
        elif nxt == "two" and k < len(doc) and tokens_of(doc)[k].lower_ in _GROUP_VERBS:
            keys = state.last_distinct(2, i)  # "The two had a brief encounter"
            if len(keys) == 2:
                return [Mention(i, i + 2, key, "GROUP") for key in keys]
        return []
    end, country, office = _describe(doc, i + 1, labels)
    if end == i + 1 or office is None:
        return []
    if (
        end < len(doc)
        and tokens_of(doc)[end].text[:1].isupper()
        and tokens_of(doc)[end].text not in (",", ".")
    ):
        return []  # "the President Joe Biden": a name follows; the people reader has it
    if end + 1 < len(doc) and tokens_of(doc)[end].text == "," and end + 1 in named_starts(doc):
        return []  # "the Emir, Sheikh Meshal": the apposition names the person
    key = _by_description(state, i, country, office)
    if key is None:
        return []
    person = state.people[key]
    if country and person.country is None and person.organisation is None:
        person.country = country
    if (
        person.title is None
        and tokens_of(doc)[i + 1].lower_ not in ("former", "visiting")
        and office.casefold() != "leader"
    ):
        person.title = office_title(office)
    return [Mention(i, end, key, "DESC")]


_OFFICE_PLURALS = {"presidents": "president", "premiers": "premier", "ministers": "minister"}


def _holders(noun: str, n: int, before: int, state) -> list[str]:
    """ "The two presidents had spoken by telephone": the latest ``n`` distinct people who
    hold that office, when the group names one ("leaders", "men" name none)."""
    office = _OFFICE_PLURALS.get(noun)
    if office is None:
        return []
    keys: list[str] = []
    for i, key in reversed(state.order):
        title = (state.people[key].title or "").casefold()
        if i < before and key not in keys and title.endswith(office):
            keys.append(key)
            if len(keys) == n:
                return list(reversed(keys))
    return []


def _named_later(doc, i: int, state, n: int) -> list[str]:
    """ "The two men last met in September, when Kim travelled to Russia ... with Putin": a
    group opening its sentence that the sentence itself names, in full or by surname."""
    sent = state.sent_of[i - 1]
    if any(state.sent_of[j] == sent for j, _ in state.order):
        return []  # only a group that opens its sentence, before anyone is named in it
    toks = tokens_of(doc)
    keys: list[str] = []
    j = i
    while j < len(doc) and state.sent_of[j] == sent:
        found = state.index.get(fold(toks[j].text)) if toks[j].text[:1].isupper() else None
        if found and not _in_venue_name(doc, j):
            key = found[0] if len(found) == 1 else _best_of(found, j, state)
            if key not in keys:
                keys.append(key)
        j += 1
    return keys if len(keys) == n else []


def _by_description(state, i, country, office) -> str | None:
    """The person a description fits best: same country and office, then looser fits."""
    if country:
        tests = [
            lambda p: p.country == country and same_office(office, p.title),
            lambda p: p.country == country and p.title is None,
            lambda p: p.country is None and same_office(office, p.title),
            lambda p: p.country is None and p.title is None and p.organisation is None,
        ]
    else:
        tests = [lambda p: same_office(office, p.title)]
    for test in tests:
        key = state.salient(test, i)
        if key is not None:
            return key
    if not country:  # "The Prime Minister, who ...": the last sentence's subject, if untitled
        subject = _pronoun(i, state.sent_of[i], state)
        if subject and state.people[subject].title is None:
            return subject
    return None


def _relational(doc, i, labels, state, sent) -> list[Mention]:
    k = i + 1
    country = None
    if labels.get(k, ("",))[0] in ("DEMONYM", "COUNTRY"):
        country = labels[k][1]
        k = labels[k][2]
    if k >= len(doc) or tokens_of(doc)[k].lower_ not in _RELATIONAL:
        return []
    named = k + 2 if k + 2 < len(doc) and tokens_of(doc)[k + 1].text == "," else k + 1
    while named in labels and labels[named][0] in _OFFICE_LABELS:  # "her host, President X"
        named = labels[named][2]
    if named < len(doc) and named in named_starts(doc):
        # "his Indian counterpart, Narendra Modi": the apposition names him; a counterpart
        # holds the owner's office in the country the demonym gives
        _counterpart_office(doc, named, tokens_of(doc)[k].lower_, country, i, sent, state)
        return []
    owner = _pronoun(i, sent, state)
    owner_country = state.people[owner].country if owner else None
    if country:
        key = state.recent(lambda p: p.country == country, i, exclude=(owner,))
    else:
        key = state.recent(
            lambda p: p.country != owner_country or p.country is None, i, exclude=(owner,)
        )
    if key is None:
        return []
    return [Mention(k, k + 1, key, "DESC")]


def _counterpart_office(doc, named: int, noun: str, country, i, sent, state) -> None:
    if noun != "counterpart" or country is None:
        return
    key = next((s.kb_id_ for s in doc.spans.get(SPAN_KEY, []) if s.start == named), None)
    owner = _pronoun(i, sent, state)
    if key is None or owner is None or key == owner:
        return
    person, boss = state.people.get(key), state.people.get(owner)
    if person is None or boss is None or person.title or not boss.title or boss.former:
        return
    person.title, person.country = boss.title, country


def _pronoun(i, sent, state) -> str | None:
    """The subject of this sentence if one precedes, else of the last sentence with one."""
    if sent in state.any_first:
        subject = state.subjects.get(sent) or state.any_first[sent]
        first = next((j for j, k in state.order if k == subject and j >= sent), None)
        if first is not None and first < i:
            return subject
    for start in sorted(state.first, reverse=True):
        if start < sent:  # the latest sentence naming someone: its subject, else its first name
            return state.subjects.get(start) or state.first[start]
    return None


@Language.component("diplograph_coref", assigns=["doc.spans"], requires=["doc._.dg_people"])
def set_coref(doc: Doc) -> Doc:
    """Replace ``doc.spans["dg_people"]`` with named plus coreferent mentions."""
    people = doc._.dg_people or {}
    named = [Mention(s.start, s.end, s.kb_id_, s.label_) for s in doc.spans.get(SPAN_KEY, [])]
    for person in people.values():  # known leaders first, so that descriptions can find them
        if person.country is None and person.organisation is None:
            from_kb(person, doc._.dg_published)
    mentions = resolve_mentions(doc, people, named)
    doc.spans[SPAN_KEY] = [Span(doc, m.start, m.end, label=m.label, kb_id=m.key) for m in mentions]
    predecessors(doc, people)
    infer_countries(doc, people)
    homes_from_returns(doc, people, doc.user_data.setdefault("dg_guessed_country", set()))
    predecessors_of_colleagues(doc, people)
    doc.spans[SPAN_KEY] = [Span(doc, m.start, m.end, label=m.label, kb_id=m.key) for m in mentions]
    return doc
