"""Person names read from office patterns and appositions.

Reads "[former] [Indian|India's] Prime Minister [Shri] Narendra Modi", "Prime
Minister of India Narendra Modi", "Kanwal Sibal, India's former foreign
secretary" and list continuations ("Senegal's President Macky Sall, Zambia's
Hakainde Hichilema"). Writes ``doc._.dg_people`` (key -> Person) and one span
per name mention to ``doc.spans["dg_people"]`` with the person key as kb_id.
Bare later mentions ("Modi") are the coreference component's job.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb import office_group
from ..model import Person
from .lexicon import Lexicon, lexicon
from .name_spans import (
    after_leading_words,
    after_non_person,
    is_name,
    name_end,
    name_token,
    portfolio,
    title_given_name,
    venue_after,
)
from .names import (
    is_initials,
    is_regnal_numeral,
    key_words,
    nickname_of,
    rival_offices,
    same_key,
    same_name,
    skip_honorifics,
)
from .tokenizer import gazetteer_spans, tokens_of

__all__ = ["person_key", "find_people", "PeopleComponent", "make_people", "NameIndex"]

SPAN_KEY = "dg_people"
# Word lists live in diplograph/data (name_particles.txt, not_name_words.txt, ...) and are
# read through the lexicon on first use.
# offices whose holders the press names by one given name, whatever the word
_ROYAL_GROUPS = ("monarch",)
_FORMER = {"former", "ex", "ex-", "then-former", "erstwhile"}
_ORG_TITLE_HINTS = {"White House": "US", "Kremlin": "RU", "Downing Street": "GB", "Elysee": "FR"}


def person_key(name: str) -> str:
    """The article-local key of a person: folded name words joined by hyphens."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return "-".join(re.sub(r"[^\w\s-]", " ", text).replace("-", " ").split())


def _labels(doc: Doc) -> list[tuple[str, str] | None]:
    """Per token: (label, value) of the gazetteer mention covering it, if any."""
    out: list[tuple[str, str] | None] = [None] * len(doc)
    for span in gazetteer_spans(doc):
        for i in range(span.start, span.end):
            out[i] = (span.label_, span.kb_id_)
    return out


def _country_before(doc: Doc, i: int, labels) -> tuple[str | None, bool, int]:
    """(country, former, first token) of the words that qualify an office at ``i``."""
    country, former, first = None, False, i
    k = i - 1
    while k >= 0 and k >= i - 4:
        lab = labels[k]
        text = tokens_of(doc)[k].text.casefold()
        if lab and lab[0] in ("DEMONYM", "COUNTRY") and country is None:
            country, first = lab[1], k
            while first > 0 and labels[first - 1] == lab:
                first -= 1  # "Saudi Arabia": every word of the name
            k = first
        elif text in ("'s", "’s") and k > 0 and labels[k - 1] and labels[k - 1][0] == "COUNTRY":
            pass
        elif text in _FORMER or text == "then" or text.startswith(("then-", "ex-")):
            former = former or text in _FORMER or text.startswith(("then", "ex-"))
            first = k
        elif text in ("the", "a", "acting", "new", "outgoing", "incoming", "current"):
            first = k
        else:
            break
        k -= 1
    return country, former, first


def _country_after(doc: Doc, end: int, labels) -> tuple[str | None, int]:
    """A country named after an office ("President of the Russian Federation")."""
    k = end
    if k < len(doc) and tokens_of(doc)[k].text == "of":
        k += 1
        if k < len(doc) and tokens_of(doc)[k].text == "the":
            k += 1
        if k < len(doc) and labels[k] and labels[k][0] == "COUNTRY":
            while k < len(doc) and labels[k] and labels[k][0] == "COUNTRY":
                k += 1
            return labels[k - 1][1], k
    return None, end


class _Found:
    def __init__(self):
        self.people: dict[str, Person] = {}
        self.ranks: dict[str, int] = {}
        self.mentions: list[tuple[int, int, str]] = []

    def add(self, name: str, title, country, former, lex: Lexicon, span: tuple[int, int]):
        key = person_key(name)
        other = self._known(name, key, title, lex)
        if other is not None:
            if len(key_words(key)) > len(key_words(other)) or (
                len(key) > len(other) and same_key(other, key)
            ):  # the fuller form names the person; a spelling variant does not
                self.people[key] = self.people.pop(other)
                if other in self.ranks:  # an untitled first mention has no rank yet
                    self.ranks[key] = self.ranks.pop(other)
                self.people[key].key, self.people[key].name = key, name
                self.mentions = [(s, e, key if k == other else k) for s, e, k in self.mentions]
            else:
                key = other
        person = self.people.setdefault(key, Person(key=key, name=name))
        self.mentions.append((span[0], span[1], key))
        if title is None:
            return
        info = lex.title(title)
        rank = (info.rank if info else 30) + len(title.split()) - (100 if former else 0)
        if rank > self.ranks.get(key, -1000):
            self.ranks[key] = rank
            person.title, person.former = _clean_title(title), former
            if info is not None and info.org:
                person.organisation, person.country = country, None
            else:
                person.country = country or _title_country(title)


    def _known(self, name: str, key: str, title, lex: Lexicon) -> str | None:
        """The person already found whom ``name`` names: "Putin" after "Vladimir Putin",
        "Zelenskyy" after "Zelensky", "President Ibu" after President Ibrahim Solih, but
        never a monarch's name for a minister's ("Sultan Ibrahim", "Anwar Ibrahim")."""
        for other, person in self.people.items():
            if not rival_offices(person.title, title) and (
                same_key(other, key) or same_name(person.name, name, lex.particles)
            ):
                return other
        if title is not None and len(name.split()) == 1:
            return nickname_of(name, _clean_title(title), self.people)
        return None


def _clean_title(title: str) -> str:
    info = lexicon().title(title)
    if info is not None:
        return info.title
    words = title.split()
    return " ".join(
        w if w in ("of", "and", "the", "to", "for") else w[:1].upper() + w[1:] for w in words
    )


def _title_country(title: str) -> str | None:
    for hint, code in _ORG_TITLE_HINTS.items():
        if title.startswith(hint):
            return code
    return None


def find_people(doc: Doc, lex: Lexicon) -> _Found:
    """People named next to an office in ``doc`` (pure: reads only the gazetteer spans)."""
    labels = _labels(doc)
    found = _Found()
    for span in gazetteer_spans(doc):
        if span.label_ != "TITLE" or title_given_name(tokens_of(doc), span.start, labels, lex):
            continue
        country, former, _ = _country_before(doc, span.start, labels)
        after_country, k = _country_after(doc, span.end, labels)
        country = country or after_country
        title = span.kb_id_
        if (
            k + 1 < len(doc)
            and tokens_of(doc)[k].text == "to"
            and labels[k + 1]
            and labels[k + 1][0] == "COUNTRY"
        ):
            end = k + 1  # "High Commissioner to Canada": the posting belongs to the office
            while end < len(doc) and labels[end] and labels[end][0] == "COUNTRY":
                end += 1
            title, k = f"{title} to {doc[k + 1 : end].text}", end
        if k < len(doc) and tokens_of(doc)[k].text == ",":
            k += 1
        start, end = name_end(doc, k, labels, lex, titled=True)
        if (
            end - start >= 1
            and (end - start >= 2 or span.text[:1].isupper())
            and (
                is_name(doc, start, end, lex, titled=True)
                or end - start == 1
                and office_group(title) in _ROYAL_GROUPS  # "Crown Princess Victoria"
                and not venue_after(doc, end, lex)  # "King Khalid airport"
            )
        ):
            found.add(doc[start:end].text, title, country, former, lex, (start, end))
            _list_continuation(doc, end, title, labels, lex, found)
            continue
        _apposition(doc, span, country, former, labels, lex, found)
    _untitled(doc, labels, lex, found)
    return found


def _untitled(doc: Doc, labels, lex: Lexicon, found: _Found) -> None:
    """Two- to four-word names with no office nearby ("Anthony Albanese has met Xi Jinping")."""
    taken = set()
    for s, e, _ in found.mentions:
        taken.update(range(s, e))
    i = 0
    while i < len(doc):
        if (
            i in taken
            or not name_token(tokens_of(doc)[i], labels[i])
            or labels[i] is not None
            and i + 1 < len(doc)
            and labels[i + 1] is not None
        ):
            i += 1
            continue
        given = -1
        if i >= 2 and title_given_name(tokens_of(doc), i - 2, labels, lex):
            i = given = i - 2  # "Sultan ibn Abdulaziz": the name opens at the office word
        start, end = name_end(doc, i, labels, lex)
        start = after_non_person(doc, start, end, lex)
        start = after_leading_words(doc, start, end, labels, lex)
        words = [t.text for t in doc[start:end]]
        core = [w for w in words if w not in lex.particles and w != "."]
        if (
            2 <= len(core) <= 4
            and not taken.intersection(range(start, end))
            and not any(
                w.isupper() and len(w) > 2 and not is_regnal_numeral(w) and not is_initials(w)
                for w in words
            )
            and is_name(doc, start, end, lex, titled=False)
            and not (start > 0 and tokens_of(doc)[start - 1].lower_ == "the")
            and not portfolio(doc, start, labels)
            and all(
                labels[k] is None or labels[k][0] == "PLACE" or k == start == given
                for k in range(start, end)
            )
            and not all(labels[k] is not None for k in range(start, end))
        ):
            found.add(doc[start:end].text, None, None, False, lex, (start, end))
        i = max(end, i + 1)


def _apposition(doc, span, country, former, labels, lex, found) -> None:
    """ "Kanwal Sibal, India's former foreign secretary": a name just before the office."""
    _, _, first = _country_before(doc, span.start, labels)
    k = first - 1
    if k < 1 or tokens_of(doc)[k].text != ",":
        return
    if span.end < len(doc) and tokens_of(doc)[span.end].text in ("'s", "’s"):
        return  # "Kim Jong Il, the current leader's father": not his office
    end = k
    start = end
    while start > 0 and (
        name_token(tokens_of(doc)[start - 1], labels[start - 1])
        or tokens_of(doc)[start - 1].text in lex.particles
    ):
        start -= 1
    start = min(skip_honorifics(tokens_of(doc), start)[0], end)  # "Datuk Seri Anwar Ibrahim,"
    if end - start >= 2 and is_name(doc, start, end, lex, titled=True):
        found.add(doc[start:end].text, span.kb_id_, country, former, lex, (start, end))


def _list_continuation(doc, i, title, labels, lex, found) -> None:
    """ ", Zambia's Hakainde Hichilema and Comoros' Azali Assoumani" share the office."""
    while i + 2 < len(doc) and tokens_of(doc)[i].text in (",", "and"):
        k = i + 1
        if tokens_of(doc)[k].text == "and":
            k += 1
        if k >= len(doc) or not labels[k] or labels[k][0] not in ("COUNTRY", "DEMONYM"):
            return
        country = labels[k][1]
        while k < len(doc) and labels[k] and labels[k][0] in ("COUNTRY", "DEMONYM"):
            k += 1
        if k < len(doc) and tokens_of(doc)[k].text in ("'s", "’s", "'", "’"):
            k += 1
        start, end = name_end(doc, k, labels, lex)
        if end - start < 2 or not is_name(doc, start, end, lex, titled=True):
            return
        found.add(doc[start:end].text, title, country, False, lex, (start, end))
        i = end


class PeopleComponent:
    """Writes ``doc._.dg_people`` and ``doc.spans["dg_people"]``."""

    def __init__(self, lex: Lexicon):
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, find_people(doc, self.lex))
        return doc

    def set_annotations(self, doc: Doc, found: _Found) -> None:
        doc._.dg_people = found.people
        doc.spans[SPAN_KEY] = [Span(doc, s, e, label="NAME", kb_id=k) for s, e, k in found.mentions]


class NameIndex:
    """Placeholder kept for API symmetry; the coreference component builds its own index."""


@Language.factory("diplograph_people", assigns=["doc._.dg_people", "doc.spans"], default_config={})
def make_people(nlp: Language, name: str) -> PeopleComponent:
    """Factory for the people reader."""
    return PeopleComponent(lexicon())
