"""Coreference memory: the mentions found so far and who each sentence is about.

Holds the :class:`Mention` record, the reading-order memory (``_State``: who was
named last, each sentence's subject, the most named holder of an office), the
index of name words to person keys, and the small lookups that the name,
description and pronoun rules of :mod:`.coref` and :mod:`.coref_descriptions`
share: the names the people reader found, names inside venue names, the best of
several people sharing a bare name, the subject a pronoun points at, the speaker of a
transcript's paragraph, and the person a differently spelled name word stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..kb_titles import office_group
from ..model import Person
from .bystanders import honoured
from .caption_lines import labelled_caption
from .lexicon import fold, lexicon
from .names import common_word, same_word
from .offices import same_office
from .sentences import sentence_spans
from .tokenizer import lowers_of, people_spans, text_of, tokens_of

__all__ = [
    "Mention",
    "named_starts",
    "sentence_index",
]

_OBJECT_MARKERS = {"with", "by", "to", "from", "of", "for", "than", "since", "against"}
_SAYING = {"said", "says", "added", "stressed", "noted", "told", "tells", "wrote", "posted"}


def _inside_a_title(toks, k: int, sent_start: int) -> bool:
    """Whether the small word at ``k`` joins the words of an office ("Secretary of State",
    "Minister of the Interior", "President of the Republic"): a capitalised word comes
    right before it, or before "of" in "of the"."""
    word = toks[k].lower_
    if word not in ("of", "for", "the") or k - 1 < sent_start:
        return False
    if word == "the":
        return toks[k - 1].lower_ == "of" and k - 2 >= sent_start and toks[k - 2].text[:1].isupper()
    return toks[k - 1].text[:1].isupper()


def _told_someone(toks, i: int) -> bool:
    """Whether the words at ``i`` name someone told ("told Putin", "told Russian President
    Putin"), not an audience ("told reporters", "told the BBC")."""
    return i < len(toks) and toks[i].text[:1].isupper() and toks[i].lower_ not in ("the", "a")


# openers that set a person aside from the clause that follows ("Besides Modi, he met
# ...", "Apart from Xi, she also saw ...", "Unlike Biden, Trump went")
_ASIDE = {"besides", "unlike", "except"}
_ASIDE_FROM = {("apart", "from"), ("aside", "from"), ("addition", "to"), ("other", "than")}
# openers of an act told before or after the clause's own ("After meeting Assad, Putin
# spoke ...": Assad is no subject of what follows)
_TIMED_ACT = {"after", "before", "upon"}


def _names_follow(doc: Doc, end: int) -> bool:
    """Whether a name starts within a few words after the possessive at ``end``."""
    starts = named_starts(doc)
    return any(k in starts for k in range(end + 1, min(len(doc), end + 6)))


def set_aside(toks, i: int, sent_start: int, acts: bool = False) -> bool:
    """Whether the name at token ``i`` is set aside from its clause by the words before it
    and its office ("Besides Modi, he met ...", "Apart from President Xi, she saw ..."); with
    ``acts``, also as the object of an act set aside ("In addition to meeting Pope Francis,
    X made use of his presence": no subject of the clause, though a participant)."""
    k, gerund = i - 1, not acts
    while k >= sent_start:
        word = toks[k].lower_
        if word in _ASIDE or (k > sent_start and (toks[k - 1].lower_, word) in _ASIDE_FROM):
            return True
        if acts and gerund and word in _TIMED_ACT:
            return True  # "After meeting X, he ..."
        if word.endswith("ing") and word.islower() and not gerund:
            gerund = True  # "besides meeting X", once
        elif not (toks[k].text[:1].isupper() or word in ("'s", "’s")):
            return False
        k -= 1
    return False


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
        self.subjects: dict[int, str] = {}  # sentence start -> first person (no speaker)
        self.captions: set[int] = set()  # sentence starts of photo captions
        self.first: dict[int, str] = {}  # sentence start -> first person mentioned (not a speaker)
        self.any_first: dict[int, str] = {}  # sentence start -> first person mentioned
        self.governed: set[int] = set()  # mentions that are a preposition's object ("the
        # invitation of X", "talks with X"): none is the subject "he" or "his" stands for
        self.sent_of = sentence_index(doc)
        self.index: dict[str, list[str]] = {}  # name word -> person keys
        self.date_tokens = {  # words of date expressions ("May" of "in May 2022")
            k for m in doc._.dg_dates or [] if m.end - m.start > 1 for k in range(m.start, m.end)
        }
        self.variants: dict[str, list[str] | None] = {}  # word -> keys of a spelling variant
        self.speakers: dict[int, tuple[str | None, int]] = {}  # paragraph -> (speaker, colon)
        self.named_at: dict[int, str] = {}  # token -> person a name there stands for
        self.styled: dict[str, set[str]] = {}  # "Highness" -> people named after that style

    def note(self, i: int, key: str, sent_start: int, end: int | None = None) -> None:
        self.order.append((i, key))
        toks = tokens_of(self.doc)
        if labelled_caption(lowers_of(self.doc)[sent_start : sent_start + 3]):
            self.captions.add(sent_start)  # no thread of the story's pronouns goes through it
        after = toks[end].lower_ if end is not None and end < len(self.doc) else ""
        if after in ("told", "tells") and _told_someone(toks, end + 1):
            after = ""  # "X told Russian President Y that ...": X acts; not "X told reporters"
        if set_aside(toks, i, sent_start, acts=True):
            return  # "Besides Modi, he met ...": not whom the sentence is about
        k = i - 1  # the word before the name and its office: "talks with President Putin"
        while k >= sent_start and (
            toks[k].text[:1].isupper()
            or toks[k].lower_ in ("'s", "’s")
            or _inside_a_title(toks, k, sent_start)  # "Secretary of State X said"
        ):
            k -= 1
        self.any_first.setdefault(sent_start, key)
        if after not in _SAYING:
            self.first.setdefault(sent_start, key)
        governed = k >= sent_start and toks[k].lower_ in _OBJECT_MARKERS
        if governed:
            self.governed.add(i)
        # "Bush's predecessor Bill Clinton": Clinton; but "The President's day began":
        # the President is whom the sentence is about
        possessive = after in ("'s", "’s") and _names_follow(self.doc, end)
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
        # self.recent(test, before), from the people already tested: those in counts
        recent = next((k for i, k in reversed(self.order) if i < before and k in counts), None)
        first = next((k for i, k in self.order if k in counts), None)
        if first is not None and recent != first and counts[first] >= counts.get(recent, 0):
            return first  # "The Prime Minister reached Tokyo": the story's own, named first
        return recent

    def recent(self, test, before: int, exclude=()) -> str | None:
        for i, key in reversed(self.order):
            if i < before and key not in exclude and test(self.people[key]):
                return key
        return None

    def last_distinct(self, n: int, before: int, keep=None) -> list[str]:
        """The first ``n`` people of the latest sentence that names at least ``n``; for a
        pair opening a paragraph ("The two leaders last met in 2019"), the pair the story
        has named together most of those the paragraph before names (:func:`story_pair`).
        With ``keep``, only the people it accepts."""
        by_sent: dict[int, list[str]] = {}
        lowers = lowers_of(self.doc)
        for i, key in self.order:  # not one a memorial honours ("the monument to X")
            if keep is not None and not keep(key):
                continue
            if i < before and not honoured(lowers, i, self.sent_of[i]):
                sent = self.sent_of[i]
                if key not in by_sent.setdefault(sent, []):
                    by_sent[sent].append(key)
        if n == 2:
            para = self._previous_paragraph(before)
            if para is not None:
                pair = story_pair(by_sent, para)
                if pair:
                    return pair
        for sent in sorted(by_sent, reverse=True):
            if len(by_sent[sent]) >= n:
                return by_sent[sent][:n]
        if n > 2:  # "the four leaders" when not all four are named: everyone named so far
            named = list(dict.fromkeys(k for i, k in self.order if i < before))
            return named if len(named) >= 3 else []
        return []

    def pair_with(self, key: str, before: int) -> list[str]:
        """``key`` and the one the story has named with them in the most sentences before
        ``before`` ("Biden said the two had agreed ...": Biden and his counterpart)."""
        by_sent: dict[int, dict[str, None]] = {}  # people of each sentence, in reading order
        for i, k in self.order:
            if i < before:
                by_sent.setdefault(self.sent_of[i], {})[k] = None
        counts: dict[str, int] = {}
        for keys in by_sent.values():
            if key in keys:
                for other in keys:
                    if other != key:
                        counts[other] = counts.get(other, 0) + 1
        if not counts:
            return []
        return [key, max(counts, key=lambda k: counts[k])]  # a tie: the one named first

    def _previous_paragraph(self, i: int) -> tuple[int, int] | None:
        """When token ``i`` is among the first words of a paragraph ("The two leaders",
        "They have"), the token range of the paragraph before it."""
        start = self.sent_of[i]
        if i - start > 1:
            return None
        text = text_of(self.doc)
        at = tokens_of(self.doc)[start].idx
        para = text.rfind("\n\n", 0, at)
        if para < 0 or text[para:at].strip():
            return None
        opening = text.rfind("\n\n", 0, para) + 2  # 1 when it is the text's first
        toks = tokens_of(self.doc)
        first = start
        while first > 0 and toks[first - 1].idx >= opening:
            first -= 1
        return (first, start)


def story_pair(by_sent: dict[int, list[str]], para: tuple[int, int]) -> list[str]:
    """Of the pairs named together in the paragraph ``para`` (token range), the one the
    story named together in the most sentences (the latest on a tie), in the order first
    named. After a paragraph that goes from the hosts to the visitor's next stop, "the
    two leaders" are still the pair the story is about."""
    counts: dict[tuple[str, str], int] = {}
    latest: dict[tuple[str, str], int] = {}
    for sent, keys in sorted(by_sent.items()):
        for a in range(len(keys)):
            for b in range(a + 1, len(keys)):
                pair = (keys[a], keys[b])
                if (keys[b], keys[a]) in counts:
                    pair = (keys[b], keys[a])
                counts[pair] = counts.get(pair, 0) + 1
                latest[pair] = max(latest.get(pair, -1), sent)
    named: dict[str, int] = {}  # sentences naming each person
    for keys in by_sent.values():
        for key in keys:
            named[key] = named.get(key, 0) + 1
    in_para = {key for sent, keys in by_sent.items() if sent >= para[0] for key in keys}
    near = [p for p in counts if latest[p] >= para[0] or set(p) <= in_para]
    if not near:
        return []  # on a tie, the pair the story names most ("Both men flew in" after a
    # paragraph that quotes one of them on a letter from a third: the story's pair)
    best = max(near, key=lambda p: (counts[p], named[p[0]] + named[p[1]], latest[p]))
    return list(best)


def named_starts(doc: Doc) -> set[int]:
    """Start tokens of the names the people reader found (cached per Doc)."""
    starts = doc.user_data.get("dg_named_starts")
    if starts is None:
        starts = {s.start for s in people_spans(doc) if s.label_ == "NAME"}
        # honorifics before a name ("Sheikh Meshal") also open it
        starts |= {
            s - 1 for s in starts if s > 0 and tokens_of(doc)[s - 1].text in lexicon().honorifics
        }
        doc.user_data["dg_named_starts"] = starts
    return starts


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


def _pronoun(i, sent, state) -> str | None:
    """The subject of this sentence if one precedes, else of the last sentence with one."""
    if sent in state.any_first:
        subject = state.subjects.get(sent)
        if subject is None and any(
            k == state.any_first[sent] and j not in state.governed
            for j, k in state.order
            if j >= sent
        ):
            subject = state.any_first[sent]  # "X said he ...": the speaker; not X in "At
            # the invitation of X, he ...", named only as an object
        first = next((j for j, k in state.order if k == subject and j >= sent), None)
        if first is not None and first < i:
            return subject
    for start in sorted(state.first, reverse=True):
        if start < sent and start not in state.captions:  # the latest sentence naming
            # someone (no caption between paragraphs): its subject, else its first name
            return state.subjects.get(start) or state.first[start]
    return None


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


def only_holder(state, country: str | None, office: str) -> str | None:
    """The one holder of a state's office the story names anywhere ("received the Brazilian
    president. ... President Cardoso said"), told before their name; their state, if
    unknown, is the description's. Only for a named office (president, prime minister,
    monarch...), not "leader". With no ``country``, the one holder of the office of any state
    ("the Pope")."""
    if office_group(office) is None:
        return None
    found = [
        p
        for p in state.people.values()
        if (country is None or p.country in (country, None))
        and not p.former
        and same_office(office, p.title)
    ]
    if len(found) != 1 or found[0].organisation is not None:
        return None
    if found[0].country is None and country is not None:
        found[0].country = country
    return found[0].key


def holder_named_next(state, i: int, office: str, others) -> str | None:
    """The first holder of ``office`` the story names after ``i``: a description told before
    its name ("the Pope" atop a live blog whose older posts, below, name him)."""
    for j in sorted(j for j in state.named_at if j > i):
        person = state.people.get(state.named_at[j])
        if person and not person.former and same_office(office, person.title):
            return None if person.key in others else person.key
    return None
