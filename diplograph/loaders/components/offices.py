"""Offices of the people an article names, where the text leaves them out or words them
loosely.

``same_office`` tells whether a description ("the foreign minister") fits an office as
written ("Minister of Foreign Affairs"); ``from_kb`` takes a person's country, organisation
or office from the knowledge base of office holders; ``predecessors`` reads offices held
before ("the first visit by an Indian prime minister since Indira Gandhi", "his
predecessor X"). Countries the text leaves out are inferred in :mod:`.office_countries`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..kb import find_leader, fold_name
from ..model import Person
from .lexicon import lexicon
from .patronymics import PATRONYMICS
from .sentences import sentence_spans
from .tokenizer import gazetteer_spans, lowers_of, people_spans, tokens_of

__all__ = [
    "predecessors",
    "named_predecessors",
    "predecessors_of_colleagues",
    "same_office",
    "secretary_of_state",
    "office_title",
    "from_kb",
]

# offices that may stand for one another in a description ("the Indian premier" = PM)
_EQUIVALENT = {
    "premier": "prime minister",
    "prime minister": "prime minister",
    "leader": "*",
    "head": "*",
    "head of state": "head of state",
    "head of government": "*",
}
# the words of offices that head a state ("the head of state" is the president or the
# monarch, not a minister of theirs)
_HEADS_OF_STATE = {"president", "king", "queen", "emir", "amir", "sultan", "emperor", "empress",
                   "monarch", "pope", "duke", "tsar", "shah"}
_MINISTERS = {"minister", "secretary", "chancellor", "premier", "adviser", "advisor"}


def _canonical(title: str) -> str:
    """The table's name of an office as written ("Amir" -> "emir", "Minister of Foreign
    Affairs" -> "foreign minister"), folded."""
    info = lexicon().title(title)
    text = (info.title if info else title).casefold()
    return _EQUIVALENT.get(text, text)


_NOT_WORD = re.compile(r"[^\w\s]")


@lru_cache(maxsize=4096)
def _words(title: str) -> frozenset[str]:
    """The words of an office's name, less fillers. Cached: ``same_office`` asks for the
    same few offices' words for every pair of description and person in a story."""
    return frozenset(_NOT_WORD.sub(" ", title.casefold().replace("-", " ")).split()) - _FILLER


def same_office(described: str | None, held: str | None) -> bool:
    """Whether an office in a description may refer to a person's office ("the foreign
    minister": "Minister of Foreign Affairs"; "the president": "European Council President")."""
    if described is None:
        return True
    d = _canonical(described)
    if d == "*":
        return held is not None
    if held is None:
        return False
    h = _canonical(held)
    if d == "head of state":  # "the head of state": not a minister, a deputy or an aide
        held_words = _words(held) | _words(h)
        return bool(held_words & _HEADS_OF_STATE) and not held_words & (_DEPUTY | _MINISTERS)
    if (_words(held) | _words(h)) & _DEPUTY - _words(described) - _words(d):
        return d == h  # "the president" is not the vice president
    if d == "minister" and secretary_of_state(held):
        return True  # "the British minister": the Foreign Secretary
    return d == h or h.endswith(d) or _words(described) <= _words(held) or (
        _words(d) <= _words(h)
    )


# secretaries who are no minister: "Secretary-General", "Press Secretary"
_NOT_MINISTERS = {"general", "press", "permanent", "private", "executive", "party", "first"}


def secretary_of_state(held: str) -> bool:
    """Whether an office called a secretary is a minister's ("Foreign Secretary", "Home
    Secretary", "Secretary of State", "Defense Secretary"; not "Secretary-General")."""
    words = set(held.casefold().replace("-", " ").split())
    return "secretary" in words and not words & (_NOT_MINISTERS | _DEPUTY)


def office_title(office: str) -> str:
    """The canonical spelling of an office ("prime minister" -> "Prime Minister")."""
    info = lexicon().title(office)
    return info.title if info else office


_FILLER = {"of", "the", "for", "and", "to"}
# words that make a deputy of the office they qualify
_DEPUTY = {"deputy", "vice", "assistant", "under", "junior", "shadow"}
_PREDECESSOR_CUES = ("since", "was")
_SUCCESSION = {"predecessor", "successor"}
_SUCCESSIONS = {"predecessors", "successors"}


def predecessors(doc: Doc, people: dict[str, Person]) -> None:
    """ "the first visit by an Indian prime minister since Indira Gandhi", "the last
    Pakistani foreign minister to visit India was Hina Rabbani Khar": the person named
    after the generic office held it before (a former office holder of that country)."""
    gaz = {s.start: s for s in gazetteer_spans(doc)}
    mentions = {s.start: s.kb_id_ for s in people_spans(doc) if s.label_ == "NAME"}
    for sent in sentence_spans(doc):
        office = None
        for i in range(sent.start, sent.end):
            span = gaz.get(i)
            if span is not None and span.label_ == "TITLE" and i > sent.start:
                prev = gaz.get(i - 1)
                det = (
                    tokens_of(doc)[i - 2].lower_
                    if prev is not None and i >= 2
                    else tokens_of(doc)[i - 1].lower_
                )
                if det in ("a", "an", "last") and prev is not None and prev.label_ == "DEMONYM":
                    office = (span.kb_id_, prev.kb_id_)
                elif prev is None and tokens_of(doc)[i - 1].lower_ in ("first", "last"):
                    office = (span.kb_id_, None)  # "Blinken, the first secretary of state"
            key = mentions.get(i)
            if office and key and tokens_of(doc)[i - 1].lower_ in _PREDECESSOR_CUES:
                person = people[key]
                if person.title is None and office[1] is None:
                    pending = doc.user_data.setdefault("dg_predecessors", [])
                    pending.append((key, office[0], sent.start, sent.end))
                elif person.title is None:
                    person.title, person.country, person.former = (
                        office_title(office[0]),
                        office[1],
                        True,
                    )
    named_predecessors(doc, people)


def named_predecessors(doc: Doc, people: dict[str, Person]) -> None:
    """ "his predecessor Salome Zourabichvili", "Ana Lima, Ruiz's predecessor,": the person
    held the office of whom they preceded (or follow), in the same country."""
    toks = tokens_of(doc)
    by_token = {}
    for span in people_spans(doc):
        for t in range(span.start, span.end):
            by_token.setdefault(t, span)
    lowers = lowers_of(doc)  # every token is read: the cached lower forms first
    for i, tok in enumerate(toks):
        if lowers[i] in _SUCCESSIONS and i > 0:
            _listed_predecessors(i, toks, lowers, by_token, people)
        if lowers[i] not in _SUCCESSION or i == 0:
            continue
        owner = by_token.get(i - 1) or (
            by_token.get(i - 2) if toks[i - 1].text in ("'s", "’s") and i > 1 else None
        )
        named = by_token.get(i + 2 if i + 1 < len(doc) and toks[i + 1].text == "," else i + 1)
        if named is None or named.label_ != "NAME":
            before = by_token.get(i - 3) if i > 2 and toks[i - 2].text == "," else None
            named = before if before is not None and before.label_ == "NAME" else None
            owner = by_token.get(i - 1) if toks[i - 1].lower_ in ("his", "her") else owner
        if named is None or owner is None or owner.kb_id_ == named.kb_id_:
            continue
        person, boss = people.get(named.kb_id_), people.get(owner.kb_id_)
        if person is None or boss is None or person.title or not boss.title or boss.former:
            continue
        person.title, person.country = boss.title, boss.country
        person.organisation, person.former = boss.organisation, tok.lower_ == "predecessor"


def _listed_predecessors(i, toks, lowers, by_token, people: dict[str, Person]) -> None:
    """ "Tinubu travelled with two of his predecessors, A and B": each person of the list
    after the comma held the office of whom they preceded (or follow), in that country."""
    if lowers[i - 1] not in ("his", "her") or i + 2 >= len(toks) or toks[i + 1].text != ",":
        return
    owner = next(
        (by_token[j] for j in range(i - 2, max(-1, i - 12), -1) if j in by_token and
         by_token[j].label_ == "NAME"),
        None,
    )
    boss = people.get(owner.kb_id_) if owner is not None else None
    if boss is None or not boss.title or boss.former:
        return
    k = i + 2
    while k < len(toks):
        named = by_token.get(k)
        if named is None or named.label_ != "NAME":
            break
        person = people.get(named.kb_id_)
        if person is not None and person is not boss and not person.title:
            person.title, person.country = boss.title, boss.country
            person.organisation, person.former = boss.organisation, lowers[i] == "predecessors"
        k = named.end
        if k < len(toks) and lowers[k] in (",", "and"):
            k += 1
        if k < len(toks) and lowers[k] == "and":
            k += 1


def predecessors_of_colleagues(doc: Doc, people: dict[str, Person]) -> None:
    """ "Blinken, the first secretary of state to visit China since Mike Pompeo": the
    predecessor held the office in the country of the sentence's holder of that office."""
    spans = people_spans(doc)
    for key, title, start, end in doc.user_data.get("dg_predecessors", []):
        holders = [
            people[s.kb_id_]
            for s in spans
            if start <= s.start < end and s.kb_id_ != key and s.kb_id_ in people
        ]
        holder = next(
            (p for p in holders if p.country and not p.former and same_office(title, p.title)),
            None,
        )
        person = people[key]
        if holder is not None and person.title is None:
            person.title, person.country, person.former = office_title(title), holder.country, True


def from_kb(person: Person, published) -> None:
    """Country or organisation (and, where the article names none, office) of a person the
    knowledge base knows: a leader in office at publication, or one who held the office the
    article gives them ("Prime Minister Lee Kuan Yew" in a story of 2024). A generic office
    becomes the one the knowledge base names ("Secretary Blinken": Secretary of State;
    "Secretary-General Ban Ki-moon": UN Secretary-General)."""
    found = _kb_term(person, published)
    if found is None or published is None:
        return
    if person.title is None:
        if found.in_office(published):
            person.title = found.office.removeprefix("Acting ").strip()
            person.country, person.organisation = found.country, found.organisation
        return
    if not (same_office(person.title, found.office) or same_office(found.office, person.title)):
        if found.in_office(published) and found.country and _full_name(person, found):
            person.country = found.country  # "Crown Prince ... Mohammed bin Salman", also PM
        return
    if not (found.in_office(published) or person.former or found.end and found.end < published):
        return
    person.country, person.organisation = found.country, found.organisation
    if _words(person.title) < _words(found.office):
        person.title = found.office.removeprefix("Acting ").strip()


def _full_name(person: Person, found) -> bool:
    """Whether a person's name (of two words or more) is one of a term holder's names,
    which tells who they are whatever office the article gives them."""
    mine = fold_name(person.name)
    return len(mine.split()) >= 2 and any(
        fold_name(n) == mine or mine.endswith(" " + fold_name(n)) for n in found.names
    )


def _kb_term(person: Person, published):
    """The knowledge base's term for a person: by the name as read, else by the name
    without its leading words ("Datuk Seri Anwar Ibrahim", "Cde Emmerson Mnangagwa"), which
    must then match a full name."""
    words = person.name.split()
    for k in range(0, max(1, len(words) - 1)):
        if k and (words[k - 1].lower() in PATRONYMICS or words[k].lower() in PATRONYMICS):
            break  # "Dhiab bin Mohammed bin Zayed Al Nahyan": the rest is his father; "bin
            # Abdulaziz" of "Fahd bin Abdulaziz" is no one's name
        try:
            found = find_leader(
                " ".join(words[k:]), on=published, title=person.title, full_name=k > 0,
                fuzzy=True,
            )
        except (OSError, ValueError):  # the knowledge base is optional
            return None
        if found is not None:
            return found
    return None
