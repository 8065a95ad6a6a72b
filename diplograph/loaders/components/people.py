"""Person names read from office patterns and appositions.

Reads "[former] [Indian|India's] Prime Minister [Shri] Narendra Modi", "Prime
Minister of India Narendra Modi", "Kanwal Sibal, India's former foreign
secretary" and list continuations ("Senegal's President Macky Sall, Zambia's
Hakainde Hichilema"). Writes ``doc._.dg_people`` (key -> Person) and one span
per name mention to ``doc.spans["dg_people"]`` with the person key as kb_id.
Names with no office beside them (untitled names, lone surnames of office holders) are
read in :mod:`.untitled_names`. Bare later mentions ("Modi") are the coreference
component's job.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb_titles import office_group
from ..model import Person
from .aliases import known_as
from .bylines import byline_chars
from .honorifics import skip_honorifics
from .lexicon import Lexicon, lexicon
from .name_or_thing import at_a_place, is_name, venue_after
from .name_spans import name_end, name_token, title_given_name
from .names import (
    key_words,
    nickname_of,
    relative_of,
    rival_offices,
    same_key,
    same_name,
)
from .office_lists import (
    appointed_as,
    country_after_name,
    first_of_chain,
    office_chain,
    plural_office_lists,
    read_office,
)
from .office_phrases import (
    Qualifier,
    national_office_country,
    office_info,
    without_seat,
    written_title,
)
from .royal_names import royal_names
from .tokenizer import gazetteer_spans, lowers_of, span_text, tokens_of
from .untitled_names import leaders_by_surname, untitled

__all__ = ["person_key", "find_people", "PeopleComponent", "make_people", "NameIndex"]

SPAN_KEY = "dg_people"
# Word lists live in diplograph/data (name_particles.txt, not_name_words.txt, ...) and are
# read through the lexicon on first use.
# offices whose holders the press names by one given name, whatever the word
_ROYAL_GROUPS = ("monarch",)


@lru_cache(maxsize=1 << 16)  # pure, and the same names come back in every article
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
    for m in doc._.dg_dates or []:  # "in New York Jan. 27": a month with its day is no
        if m.kind in ("mdy", "dmy"):  # name word ("York Jan")
            for i in range(m.start, m.end):
                out[i] = out[i] or ("DATE", "")
    return out


class _Found:
    def __init__(self):
        self.people: dict[str, Person] = {}
        self.ranks: dict[str, int] = {}
        self.mentions: list[tuple[int, int, str]] = []
        self.owners: dict[str, int | None] = {}  # key -> token of whom their office serves
        # (name found, new name) -> same_name(...): each new name is compared with every
        # person found so far, and the same names come back many times in an article
        self._same_names: dict[tuple[str, str], bool] = {}

    def add(
        self,
        name: str,
        title,
        country,
        former,
        lex: Lexicon,
        span: tuple[int, int],
        office: Qualifier | None = None,
        written: str | None = None,
        spouse: bool = False,
    ):
        key = person_key(name)
        other = self._known(name, key, title, lex, spouse)
        if other is not None:
            if len(key_words(key)) > len(key_words(other)) or (
                len(key) > len(other) and same_key(other, key)
            ):  # the fuller form names the person; a spelling variant does not
                self.people[key] = self.people.pop(other)
                if other in self.ranks:  # an untitled first mention has no rank yet
                    self.ranks[key] = self.ranks.pop(other)
                    self.owners[key] = self.owners.pop(other, None)
                self.people[key].key, self.people[key].name = key, name
                self.mentions = [(s, e, key if k == other else k) for s, e, k in self.mentions]
            else:
                key = other
        person = self.people.setdefault(key, Person(key=key, name=name))
        self.mentions.append((span[0], span[1], key))
        if title is None:
            return
        written = written or title
        info = office_info(written, lex)
        # an office the table lacks ("Minister of National Defence") ranks as a specific one
        base = info.rank if info and lex.title(written) else max(30, info.rank if info else 0)
        rank = base + len(written.split()) - (100 if former else 0)
        if info is not None and info.title == "Leader" and lex.title(written):
            rank -= 200  # "the nation's leader, X, then prime minister": a description
        if rank > self.ranks.get(key, -1000):
            self.ranks[key] = rank
            self.owners[key] = office.owner if office else None
            person.title, person.former = without_seat(written_title(written)), former
            person.organisation = office.organisation if office else None
            if person.organisation or info is not None and info.org and not country:
                person.country = None  # an organisation's official serves no state
            else:
                person.country = country or _title_country(written)

    def _known(self, name: str, key: str, title, lex: Lexicon, spouse=False) -> str | None:
        """The person already found whom ``name`` names: "Putin" after "Vladimir Putin",
        "Zelenskyy" after "Zelensky", "President Ibu" after President Ibrahim Solih, but
        never a monarch's name for a minister's ("Sultan Ibrahim", "Anwar Ibrahim"), nor a
        spouse's for the office holder's ("President Ruto and First Lady Rachel Ruto")."""
        for other, person in self.people.items():
            if rival_offices(person.title, title) or relative_of(person, key):
                continue
            if spouse and person.title is not None:
                continue
            if same_key(other, key):
                return other
            pair = (person.name, name)
            same = self._same_names.get(pair)
            if same is None:
                same = self._same_names[pair] = same_name(person.name, name, lex.particles)
            if same:
                return other
        if title is not None and len(name.split()) == 1:
            return nickname_of(name, without_seat(written_title(title)), self.people)
        return None


def _title_country(title: str) -> str | None:
    """The state of a seat of government that opens an office ("White House Press
    Secretary", "Kremlin Spokesman") or whose body it names ("Director of the White House
    Office of Management and Budget")."""
    lex = lexicon()
    if " of the " not in f"{title} ":  # no seat's body named: only one opening the title
        for seat in lex.seats_opening(title):
            if title.startswith(seat + " "):
                return lex.seats[seat][0]
        return None
    for seat, (code, _) in lex.seats.items():
        if title.startswith(seat + " ") or f" of the {seat} " in f"{title} ":
            return code
    return None


def find_people(doc: Doc, lex: Lexicon) -> _Found:
    """People named next to an office in ``doc`` (pure: reads only the gazetteer spans)."""
    labels = _labels(doc)
    found = _Found()
    titles = [s for s in gazetteer_spans(doc) if s.label_ == "TITLE"]
    honorific = {
        b.start
        for a, b in zip(titles, titles[1:], strict=False)
        if a.end == b.start and not title_given_name(tokens_of(doc), b.start, labels, lex)
    }
    by_start = {s.start: s for s in titles}
    done: set[int] = set()
    pending = []  # offices with no name beside them
    for span in titles:
        if span.start in honorific or span.start in done:
            continue  # "President Chief Obasanjo": the second office word is a style
        if title_given_name(tokens_of(doc), span.start, labels, lex):
            continue  # "Sultan ibn Abdulaziz": a given name, not an office
        chain = office_chain(doc, span, by_start, labels)
        done.update(s.start for s in chain)
        office, span = first_of_chain(doc, chain, labels)
        k = read_office(doc, chain[-1], labels).end
        if k < len(doc) and k in honorific:
            k = next(t.end for t in titles if t.start == k)
        if lowers_of(doc)[k : k + 4] == ["at", "the", "time", ","]:
            k += 3  # "The U.S. ambassador at the time, Carlos Pascual, resigned"
        if (
            k < len(doc)
            and tokens_of(doc)[k].text == ","
            and not _apposed(doc, office, labels, found)
            and not (k + 1 < len(doc) and (labels[k + 1] or ("",))[0] in ("TITLE", "DEMONYM"))
        ):  # "the Minister of Trade, Ana Lima"; but "Ana Lima, Minister of Trade, Ben", and
            k += 1  # "the President of Kenya, Chilean President X": X has an office of her own
        start, end = name_end(doc, k, labels, lex, titled=True)
        if (
            end - start >= 1
            and (end - start >= 2 or span.text[:1].isupper())
            and (
                is_name(doc, start, end, lex, titled=True)
                or end - start == 1
                and office_group(span.kb_id_) in _ROYAL_GROUPS  # "Crown Princess Victoria"
                and not venue_after(doc, end, lex)  # "King Khalid airport"
            )
        ):
            if office.country is None and office.organisation is None:
                office.country = country_after_name(doc, end, labels)
            found.add(
                span_text(doc, start, end),
                span.kb_id_,
                office.country,
                office.former,
                lex,
                (start, end),
                office,
                office.institution,
            )
            _list_continuation(doc, end, span, office, labels, lex, found)
            continue
        if not _apposition(doc, span, office, labels, lex, found):
            pending.append((span, office))
    untitled(doc, labels, lex, found)
    royal_names(doc, labels, lex, found)  # "Prince Charles"
    leaders_by_surname(doc, labels, lex, found)
    plural_office_lists(doc, labels, lex, found)
    for span, office in pending:
        appointed_as(doc, span, office, lex, found)
    known_as(doc, found)  # "X, popularly known as Hemedti": later "Hemedti" is X
    _drop_credits(doc, found)
    return found


def _drop_credits(doc, found) -> None:
    """No mention on the story's byline or credit lines, and no person named only there
    ("By Harriet Osei, Diplomatic Editor")."""
    lines = byline_chars(doc)
    if not lines:
        return
    toks = tokens_of(doc)
    on_credit = lambda s: any(a <= toks[s].idx < b for a, b in lines)  # noqa: E731
    found.mentions = [m for m in found.mentions if not on_credit(m[0])]
    named = {k for _, _, k in found.mentions}
    for key in [k for k in found.people if k not in named]:
        del found.people[key]


def _name_before(doc, office, labels, lex) -> tuple[int, int] | None:
    """(start, end) of a name of two words or more just before an office and its comma
    ("Kanwal Sibal, India's former foreign secretary")."""
    end = _before_copula(doc, office.first - 1)
    if end < 1 or tokens_of(doc)[end].text != ",":
        return None
    while end > 1 and tokens_of(doc)[end - 1].text in lex.post_nominals:
        end -= 1  # "Keir Starmer MP, Prime Minister of ...": letters after the name
    start = end
    while start > 0 and (
        name_token(tokens_of(doc)[start - 1], labels[start - 1])
        or tokens_of(doc)[start - 1].text in lex.particles
        or title_given_name(tokens_of(doc), start - 1, labels, lex)  # "Mawlawi Amir Khan X,"
    ):
        start -= 1
    start = min(skip_honorifics(tokens_of(doc), start)[0], end)  # "Datuk Seri Anwar Ibrahim,"
    if at_a_place(doc, start, end, lex):
        return None  # "After an afternoon at Croke Park, the President will host": a venue
    if end - start >= 2 and is_name(doc, start, end, lex, titled=True):
        return start, end
    return None


_COPULAS = {"is", "was", "becomes", "became", "remains"}
_STATE_NOUNS = {"country", "nation", "kingdom"}


def _before_copula(doc, k: int) -> int:
    """Token ``k`` (the word before an office), or the comma before a "who is" / "who
    becomes" (the), or a "the country's", that stands between ("Jane Mensah, who is Ghana's
    Foreign Minister", "Jane Mensah, the country's foreign minister")."""
    low = lowers_of(doc)
    if k >= 3 and low[k] in ("'s", "’s") and low[k - 1] in _STATE_NOUNS and low[k - 2] == "the":
        k -= 3  # "Jane Mensah, the country's foreign minister,": the story's country
    j = k - (low[k] == "the")
    if j >= 2 and low[j] in _COPULAS and low[j - 1] == "who":
        return j - 2
    return k


def _apposed(doc, office, labels, found) -> bool:
    """Whether an office follows "<name>," that no earlier office has claimed ("Ana Lima,
    Minister of Trade," but not "the Minister of Defence, Ben Hale, the Minister of ...")."""
    named = _name_before(doc, office, labels, lexicon())
    return named is not None and not any(e == named[1] for _, e, _ in found.mentions)


def _apposition(doc, span, office, labels, lex, found) -> bool:
    """ "Kanwal Sibal, India's former foreign secretary": a name just before the office."""
    if span.end < len(doc) and tokens_of(doc)[span.end].text in ("'s", "’s"):
        return True  # "Kim Jong Il, the current leader's father": not his office
    named = _name_before(doc, office, labels, lex)
    if named is not None:
        was = lowers_of(doc)[named[1] + 1 : named[1] + 3] == ["who", "was"]
        found.add(
            span_text(doc, named[0], named[1]),
            span.kb_id_,
            office.country,
            office.former or was,  # "X, who was Ghana's prime minister from 2010 to 2015"
            lex,
            named,
            office,
            office.institution,
        )
    return named is not None


def _list_continuation(doc, i, span, office, labels, lex, found) -> None:
    """ ", Zambia's Hakainde Hichilema and Comoros' Azali Assoumani" share the office, unless
    its very name is one state's ("US Secretary of State A, Australia's B": not B's)."""
    written = span_text(doc, span.start, span.end)
    own = national_office_country(written)
    while i + 2 < len(doc) and tokens_of(doc)[i].text in (",", "and"):
        k = i + 1
        if tokens_of(doc)[k].text == "and":
            k += 1
        if k >= len(doc) or not labels[k] or labels[k][0] not in ("COUNTRY", "DEMONYM"):
            return
        country = labels[k][1]
        if own is not None and own != country:
            return
        while k < len(doc) and labels[k] and labels[k][0] in ("COUNTRY", "DEMONYM"):
            k += 1
        if k < len(doc) and tokens_of(doc)[k].text in ("'s", "’s", "'", "’"):
            k += 1
        start, end = name_end(doc, k, labels, lex)
        if end - start < 2 or not is_name(doc, start, end, lex, titled=True):
            return
        found.add(
            span_text(doc, start, end),
            span.kb_id_,
            country,
            False,
            lex,
            (start, end),
            written=written,
        )
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
        # whose country or organisation the text states next to their office (the rest are
        # filled in later from the knowledge base, descriptions or guesses)
        doc.user_data["dg_stated_office"] = {
            k for k, p in found.people.items() if p.country or p.organisation
        }
        doc.user_data["dg_office_owner"] = {k: t for k, t in found.owners.items() if t is not None}
        doc.spans[SPAN_KEY] = [Span(doc, s, e, label="NAME", kb_id=k) for s, e, k in found.mentions]


class NameIndex:
    """Placeholder kept for API symmetry; the coreference component builds its own index."""


@Language.factory("diplograph_people", assigns=["doc._.dg_people", "doc.spans"], default_config={})
def make_people(nlp: Language, name: str) -> PeopleComponent:
    """Factory for the people reader."""
    return PeopleComponent(lexicon())
