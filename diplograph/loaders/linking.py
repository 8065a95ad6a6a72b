"""Linking the people read from an article to the knowledge base.

:func:`link_people` runs after extraction: each person whose name, office,
country and the article's date point to one term in the knowledge base (see
:mod:`diplograph.loaders.kb`) gets that person's Wikidata QID, so that every
article naming them yields the same ``dg:Person`` node, and the knowledge
base's canonical name is kept as an alternative name.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .components.royal_names import royal_given_names
from .kb import KBPerson, find_leader, load_kb
from .kb_titles import office_group
from .model import Extraction, Person
from .person_identity import kb_qid, link_bare_surname, link_variant, plain_name

__all__ = ["link_people", "link_person"]


def link_person(person: Person, on: date | None = None) -> KBPerson | None:
    """The knowledge-base term ``person`` refers to, given the text's date ``on``.

    A person called "former" is matched without the date, since the text
    speaks of an earlier term.

    Examples
    --------
    >>> from datetime import date
    >>> link_person(Person("narendra-modi", "Narendra Modi", title="Prime Minister")).qid
    'Q1058'
    """
    where = person.country or person.organisation
    when = None if person.former else on
    found = find_leader(person.name, on=when, country=where, title=person.title)
    if found is None:
        for alt in person.alt_names:
            found = find_leader(alt, on=when, country=where, title=person.title)
            if found is not None:
                break
    return found


def link_people(ex: Extraction) -> Extraction:
    """Set the QID of every person of ``ex`` that the knowledge base knows.

    Returns a new :class:`Extraction` (``ex`` is left unchanged). A linked
    person takes the knowledge base's canonical name as :attr:`Person.name`
    and keeps the article's form in :attr:`Person.alt_names`; their
    country (or organisation) is filled in where the article gave none and
    the person served only one, and their office where the article gave
    none, from the term that fits the article's date best. People already carrying a QID are left
    as they are, and so is everyone the knowledge base cannot pin down, and a royal the
    article names by a style and a given name ("Prince Charles"), whom a surname lookup
    would mistake for an office holder (Eugenia Charles).

    Examples
    --------
    >>> from datetime import date
    >>> from diplograph.loaders.model import Article
    >>> ex = Extraction(Article("urn:a", "...", published=date(2016, 10, 15)),
    ...                 people=[Person("modi", "Modi", title="Prime Minister", country="IN")])
    >>> [p.qid for p in link_people(ex).people]
    ['Q1058']
    """
    on = ex.article.published
    royals = royal_given_names(ex.article.text or "")
    people = [p if p.name in royals else _linked(p, on) for p in ex.people]
    return replace(ex, people=people)


def _linked(person: Person, on: date | None) -> Person:
    if person.qid:
        return person
    found = link_person(person, on)
    spelled = found is None
    if spelled:
        found = _link_spelling(person, on)
    if found is None:
        return _renamed(person, plain_name(person.name))
    # One node, one name: the knowledge base's name is the person's schema:name
    # whatever form an article used ("Erdogan", "Erdoğan"), and the article's
    # form is kept as an alternative. Without a QID the IRI comes from the name,
    # so this also makes "Blinken" and "Antony J. Blinken" one node.
    name, alt_names = found.name, list(person.alt_names)
    if spelled and kb_qid(found):  # a spelling of a KB person's name: the node is theirs
        # (their QID), named as the article names them (as at first full mention), with
        # the KB's name beside it
        name = plain_name(person.name)
        alt_names = [found.name, *(a for a in [person.name, *alt_names] if a != name)]
    elif person.name != name and person.name not in alt_names:
        alt_names.insert(0, person.name)  # without a QID the KB's name makes the one IRI
    country, organisation = person.country, person.organisation
    if country is None and organisation is None or (
        _never_served(found, person)
    ):
        country, organisation = _home(found)  # none told, or one only guessed (the
        # dateline's): "talks in Ethiopia with Prime Minister Abiy Ahmed", filed in Nairobi
    title = person.title or _office(found, country, organisation)
    return replace(person, name=name, qid=kb_qid(found), alt_names=alt_names, country=country,
                   organisation=organisation, title=title)


def _link_spelling(person: Person, on: date | None) -> KBPerson | None:
    """The KB term of a spelling that does not fit a KB name exactly: an office glued to
    the name, a transliteration or typo, a bare surname (see :mod:`.person_identity`)."""
    plain = plain_name(person.name)
    if plain != person.name:
        found = link_person(_renamed(person, plain), on)
        if found is not None:
            return found
    return link_variant(person, on) or link_bare_surname(person, on)


def _renamed(person: Person, name: str) -> Person:
    """``person`` named ``name``, the article's form kept as an alternative name."""
    if name == person.name:
        return person
    alt_names = [person.name] + [a for a in person.alt_names if a not in (name, person.name)]
    return replace(person, name=name, alt_names=alt_names)


def _office(found: KBPerson, country: str | None, organisation: str | None) -> str | None:
    """The office of the term ``found``, for a person the article gives none ("Bill Clinton
    met Hafez al-Assad"), when it is held where the person serves."""
    if (country, organisation) != (found.country, found.organisation):
        return None
    return found.office.removeprefix("Acting ").strip()


def _never_served(found: KBPerson, person: Person) -> bool:
    """Whether the person ``found`` names held no term where the article places them,
    where that place was only guessed (and the KB knows a state they served) or the KB
    knows the office the article gives them, held elsewhere. An office the KB lacks
    ("Foreign Minister Amr Moussa", in the KB only as the Arab League's head) keeps the
    article's word."""
    where = person.country or person.organisation
    terms = load_kb().terms_of(found.identity)
    if where is None or any(where in (t.country, t.organisation) for t in terms):
        return False
    group = office_group(person.title)
    if person.country_guessed and any(t.country for t in terms):
        return True  # a state they served, not one guessed from the dateline
    return group is not None and any(office_group(t.office) == group for t in terms)


def _home(found: KBPerson) -> tuple[str | None, str | None]:
    """The person's country or organisation, when all their terms agree."""
    same = load_kb().terms_of(found.identity)
    homes = {(p.country, p.organisation) for p in same}
    return homes.pop() if len(homes) == 1 else (None, None)
