"""Countries of the office holders an article names without one.

The knowledge base first (a leader in office, :func:`.offices.from_kb`), then what the
text implies, strongest first: an office only one state has ("Taoiseach"), whom the office
serves ("Putin's spokesman", "in her delegation"), a colleague joined by "and", the city a
sentence opens in, the dateline, a country of the sentence that qualifies no other office,
the story's own officials (those named without a country), and at last the article's most
named country. Officials of an organisation get none. Guessed countries are listed in
``doc.user_data["dg_guessed_country"]`` so that the event reader does not rely on them.
The country of a delegation or of whom an official travels with is read in
:mod:`.entourage_countries`; the last guesses (the sentence's city, the story's own officials,
a country named nearby) in :mod:`.guessed_countries`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..kb import load_kb, population
from ..kb_titles import office_group
from ..model import Person
from .entourage_countries import delegation_country, hosting_country
from .event_clauses import ORDINALS
from .guessed_countries import home_country, located_in, nearby_countries
from .honorifics import styled_country
from .lexicon import lexicon
from .names import kin_of_another
from .office_phrases import foreign_to, national_office_country, office_info
from .offices import _canonical, _kb_term, from_kb, same_office
from .outlets import outlet_country
from .royal_names import styled_royal
from .sentences import sentence_spans
from .tokenizer import gazetteer_spans, people_spans, tokens_of

__all__ = ["infer_countries", "known_leader"]


def known_leader(doc: Doc, person: Person, people: dict[str, Person]) -> None:
    """The knowledge base's office and country for a person the article names without
    them, unless the name is a relative's of another ("Iriana Joko Widodo") or a royal's
    given name ("Prince Charles", not Eugenia Charles of Dominica)."""
    if not kin_of_another(person, people) and not styled_royal(doc, person.name):
        from_kb(person, doc._.dg_published)


def infer_countries(doc: Doc, people: dict[str, Person]) -> None:
    """Give an office holder with no stated country a likely one. In order: the country the
    office's name gives ("Taoiseach"), of whom the office serves ("Putin's spokesman", "in
    her delegation"), of a colleague joined by "and", of the city the sentence opens in,
    of the dateline (a story's unqualified officials are most often the home country's),
    of a country named in the sentence that qualifies no other office, of the story's
    unqualified office holders (``home_country``), else the article's most named country;
    never one whose same office is taken (one PM per country). An official of an
    organisation gets no country: the organisation named nearest, if any."""
    counts: dict[str, int] = {}
    for span in gazetteer_spans(doc):
        if span.label_ in ("COUNTRY", "DEMONYM"):
            counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])
    for span in gazetteer_spans(doc):  # places count for a realm, not for a guess
        if span.label_ in ("PLACE", "CAPITAL", "SEAT"):
            counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
    guessed = doc.user_data.setdefault("dg_guessed_country", set())
    published = doc._.dg_published
    dateline = _dateline_country(doc)
    outlet = [] if dateline else _outlet_country(doc)
    firsts = {}  # first mention by name (a pronoun or description may be misread)
    for span in sorted(people_spans(doc), key=lambda s: (s.label_ != "NAME", s.start)):
        firsts.setdefault(span.kb_id_, span.start)
    stated = doc.user_data.get("dg_stated_office", set())
    for person in people.values():
        if person.country is None and person.organisation is None:
            known_leader(doc, person, people)
        if person.country and person.key not in stated:
            _realm(person, published, counts)
        if person.title is None or person.country or person.organisation:
            continue
        first = firsts.get(person.key, 0)
        national = national_office_country(person.title)
        if national is not None:
            person.country = national  # "Taoiseach": IE
            continue
        if _organisation_office(person.title):
            _nearby_organisation(doc, person, first)
            continue
        styled = styled_country(tokens_of(doc), first)
        if styled is not None:  # "Foreign Minister Datuk Seri X": Malaysia's, whatever
            person.country = styled  # state the sentence names; told, not guessed
            continue
        served = (
            _owner_country(doc, people, person)
            or delegation_country(doc, people, first)
            or _represented_country(doc, person.key)
            or _predecessor_country(doc, first)
            or _whose_country(doc, first)
            or hosting_country(doc, person.key)
        )
        if served is not None:
            person.country = served
            continue
        colleague = _colleague_country(doc, people, first)
        if colleague in _taken(people, person):
            colleague = None  # "Secretary of State X and Foreign Minister Y": counterparts
        if colleague is not None:
            person.country = colleague  # "President Trump and Vice President Vance"
            continue
        newly = _newly_named(doc, first)  # "appointed X as the new finance minister": the
        taken = set() if person.former or newly else _taken(people, person)  # same post
        taken |= _posted_to(person.title)  # "Ambassador to Kenya" serves another state
        free = nearby_countries(doc, first)[:1]
        home = home_country(doc, people, person.key, first)
        where = located_in(doc, first)

        agreed = free if free and dateline[:1] != home[:1] and free[0] in home + dateline else []
        kb = load_kb()
        candidates = [
            c
            for c in where + agreed + dateline + free + outlet + home + ranked
            if c not in taken and not kb.lacks_office(person.title, c)
            and not foreign_to(person.title, c)  # "Foreign Minister" of the United States
        ]
        person.country = next(iter(candidates), None)  # two readings that agree (the
        # sentence's country and the story's officials') outweigh the dateline alone
        guessed.add(person.key)
        doc.user_data.setdefault("dg_country_candidates", {})[person.key] = candidates


def _dateline_country(doc: Doc) -> list[str]:
    """The country of the place a story was filed from: the pipeline's dateline, or a
    place opening the text and followed by a comma or dash ("Kigali - ", "Pyongyang,
    September 5 (KCD) --")."""
    line = doc._.dg_dateline
    if line and not line.headline:  # a headline's city says where events are, not whose
        return [line.country]  # officials the story names
    toks = tokens_of(doc)
    first = next((t.i for t in toks if not t.is_space), None)
    for g in gazetteer_spans(doc):
        if first is not None and g.start == first and g.label_ in ("PLACE", "CAPITAL", "SEAT"):
            after = toks[g.end].text if g.end < len(doc) else ""
            return [g.kb_id_] if after in (",", "-", "–", "—", ".") else []
    return []


def _outlet_country(doc: Doc) -> list[str]:
    """The country of the outlet, from its address ("dailynews.co.tz"), for a story with
    no dateline: a national paper names its own officials without their country."""
    article = doc._.dg_article
    found = outlet_country(getattr(article, "url", None)) if article is not None else None
    return [found] if found else []


def _realm(person: Person, published, counts: dict[str, int]) -> None:
    """A monarch of several realms (Charles III: the United Kingdom, Canada, Australia...)
    serves, in a story, the realm it names most; where it names none, or several as often,
    the most populous (as the knowledge base chooses)."""
    found = _kb_term(person, published)
    if found is None or found.country != person.country or published is None:
        return
    realms = {
        t.country
        for t in load_kb().terms_of(found.identity)
        if t.office == found.office and t.in_office(published) and t.country
    }
    if len(realms) > 1:
        person.country = max(sorted(realms), key=lambda c: (counts.get(c, 0), population(c)))


_ENVOY_TO = re.compile(
    r"\b(?:ambassador|commissioner|envoy|representative) to (?:the )?(.+)$", re.IGNORECASE
)


def _posted_to(title: str) -> set[str]:
    """The country an envoy is posted to ("Ambassador to the United States": US), whose
    envoy they are not."""
    m = _ENVOY_TO.search(title)
    code = lexicon().countries.get(m.group(1)) if m else None
    return {code} if code else set()


def _taken(people: dict[str, Person], person: Person) -> set[str]:
    """Countries whose holder of the person's office the article already names, also under
    the state's own name for the post ("Secretary of State" for a foreign minister)."""
    group = office_group(person.title)
    return {
        p.country
        for p in people.values()
        if p is not person
        and not p.former
        and (same_office(p.title, person.title) or group and office_group(p.title) == group)
    }


_SUCCESSION = {"new", "incoming", "appointed", "successor", "succeeds", "succeed", "replaced",
               "replace", "replaces", "designate", "sworn", "named"}


def _newly_named(doc: Doc, i: int) -> bool:
    """Whether the sentence of the mention at ``i`` names someone to an office ("appointed X
    as the new finance minister", "X, who succeeds Y"): the post another holds is theirs."""
    sent = next((s for s in sentence_spans(doc) if s.start <= i < s.end), None)
    return sent is not None and any(t.lower_ in _SUCCESSION for t in sent)


def _same_post(a: str | None, b: str | None) -> bool:
    """Whether two offices as written are the same post ("Amir" and "Emir"; not "Leader"
    and "Foreign Minister", as a description could be)."""
    if not a or not b or "*" in (_canonical(a), _canonical(b)):
        return False
    return same_office(a, b) and same_office(b, a)


def _organisation_office(title: str) -> bool:
    info = office_info(title)
    return info is not None and info.org


def _nearby_organisation(doc: Doc, person: Person, i: int) -> None:
    """ "At the United Nations, Secretary-General Ana Ruiz said": the organisation named
    nearest the first mention, in its sentence or else the one before, is the one an
    official serves."""
    sents = sentence_spans(doc)
    k = next((n for n, s in enumerate(sents) if s.start <= i < s.end), None)
    if k is None:
        return
    orgs = []
    for n in (k, k - 1):
        if n < 0 or orgs:
            continue
        orgs = [
            g
            for g in gazetteer_spans(doc)
            if g.label_ == "ORG" and sents[n].start <= g.start < sents[n].end
        ]
    if orgs:
        org = min(orgs, key=lambda g: abs(g.start - i)).kb_id_
        person.organisation = org
        person.title = f"{org} {person.title}"


def _owner_country(doc: Doc, people: dict[str, Person], person: Person) -> str | None:
    """The country of whom a person's office serves: the person named or described at the
    owner token ("Putin's spokesman", "his adviser", "the Chief Adviser's press secretary")."""
    t = doc.user_data.get("dg_office_owner", {}).get(person.key)
    if t is None:
        return None
    guessed = doc.user_data.get("dg_guessed_country", set())
    for span in people_spans(doc):
        if span.start <= t < span.end and span.kb_id_ != person.key:
            owner = people.get(span.kb_id_)
            ok = owner is not None and owner.key not in guessed
            return owner.country if ok else None
    office = next((g for g in gazetteer_spans(doc) if g.start <= t < g.end), None)
    if office is None or office.label_ != "TITLE":
        return None
    holders = {
        p.country
        for p in people.values()
        if p is not person and p.country and not p.former and p.key not in guessed
        and _same_post(office.kb_id_, p.title)
    }
    return holders.pop() if len(holders) == 1 else None


_REPRESENTING = {"represented", "representing", "represents", "represent"}


def _represented_country(doc: Doc, key: str) -> str | None:
    """The country a person is said to represent ("X represented Russia at the meeting",
    "X will represent Moscow", "Russia was represented by First Deputy Prime Minister X",
    "Washington was represented by ...", "China sent Vice-President X"): a capital or seat
    of power stands for its state."""
    toks = tokens_of(doc)
    capitals = lexicon().capitals
    states = {
        g.start: g
        for g in gazetteer_spans(doc)
        if g.label_ in ("COUNTRY", "CAPITAL", "SEAT")
        or (g.label_ == "PLACE" and capitals.get(g.kb_id_) == g.text)
    }
    for span in people_spans(doc):
        if span.kb_id_ != key:
            continue
        k = span.end
        while k < len(doc) and toks[k].lower_ in ("will", "would", "is", "to", "also", "was"):
            k += 1
        if k + 1 < len(doc) and toks[k].lower_ in _REPRESENTING and k + 1 in states:
            return states[k + 1].kb_id_
        j = span.start - 1
        while j > 0 and toks[j].ent_type_ == "" and toks[j].text[:1].isupper():
            j -= 1  # the office words before the name
        if toks[j].lower_ == "by" and toks[j - 1].lower_ in ("led", "headed"):
            by = [i for i in range(max(0, j - 6), j - 1) if toks[i].lower_ == "by"]
            if by and "delegation" in [t.lower_ for t in toks[by[-1] : j]]:
                j = by[-1]  # "Kenya was represented by a delegation led by X"
        if toks[j].lower_ == "by" and toks[j - 1].lower_ in _REPRESENTING:
            owner = [g for g in states.values() if g.end in (j - 2, j - 3)]
            if owner and toks[owner[0].end].lower_ in ("was", "is", "will", "were"):
                return owner[0].kb_id_
        if toks[j].lower_ in _SENDING:  # "China sent Vice-President X", "Spain will send"
            owner = [g for g in states.values() if g.end in (j, j - 1)]
            if owner:
                return owner[0].kb_id_
    return None


_SENDING = {"sent", "sends", "send", "dispatched", "dispatches"}


def _predecessor_country(doc: Doc, i: int) -> str | None:
    """The nation of the office a first or a count is told of, for the holder named after
    its "since" or "after" ("the first sitting Chilean president to visit Cuba since
    President X in 1962", "the second Norwegian premier to come, after former Prime
    Minister Y"): X held that nation's office."""
    sent = next((s for s in sentence_spans(doc) if s.start <= i < s.end), None)
    toks = tokens_of(doc)
    k = i - 1
    while sent is not None and k > sent.start and (
        toks[k].text[:1].isupper() or toks[k].lower_ in ("former", "then", "late")
    ):
        k -= 1  # the office words before the name
    if sent is None or toks[k].lower_ not in ("since", "after"):
        return None
    spans = [g for g in gazetteer_spans(doc) if sent.start < g.start < k]
    titles = {g.start for g in spans if g.label_ == "TITLE"}
    for g in spans:
        before = [t.lower_ for t in toks[max(sent.start, g.start - 2) : g.start]]
        if g.label_ in ("DEMONYM", "COUNTRY") and ORDINALS.intersection(before) and g.end in titles:
            return g.kb_id_  # "the first (sitting) Chilean president"
    return None


_WHOSE_REACH = 8  # tokens from "whose" to the name: "whose Minister of Foreign Affairs, X"


def _whose_country(doc: Doc, i: int) -> str | None:
    """The state whose office the holder named at token ``i`` holds, told by a relative
    clause ("Nigeria, whose Foreign Minister, X, had complained", "Kenya, whose president
    X said")."""
    toks = tokens_of(doc)
    k = i - 1
    while k > max(0, i - _WHOSE_REACH) and toks[k].lower_ != "whose":
        k -= 1  # back over the office and its comma ("whose Foreign Minister, X")
    if toks[k].lower_ != "whose" or k < 2 or toks[k - 1].text != ",":
        return None
    state = next(
        (g for g in gazetteer_spans(doc) if g.end == k - 1 and g.label_ == "COUNTRY"), None
    )
    return state.kb_id_ if state is not None else None


def _colleague_country(doc: Doc, people: dict[str, Person], i: int) -> str | None:
    """The stated country of the office holder joined by "and" or a list's comma just before
    token ``i`` ("President Donald Trump and Vice President JD Vance", "Uzbekistan's Prime
    Minister A, Minister for Public Education B and Deputy Foreign Minister C")."""
    titles = {k for s in gazetteer_spans(doc) if s.label_ == "TITLE" for k in range(s.start, s.end)}
    before = [s for s in people_spans(doc) if s.end <= i and i - s.end <= 6]
    if not before:
        return None
    prev = max(before, key=lambda s: s.end)
    gap = range(prev.end, i)
    words = [tokens_of(doc)[k].lower_ for k in gap]
    if not {"and", ","} & set(words) or any(
        w not in ("and", ",") and k not in titles for k, w in zip(gap, words, strict=True)
    ):
        return None
    guessed = doc.user_data.get("dg_guessed_country", set())
    other = people.get(prev.kb_id_)
    if other is None or other.key in guessed or other.title is None:
        return None
    return other.country
