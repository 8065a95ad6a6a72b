"""One person, one node: spellings linked to the knowledge base's person, per article."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.loaders.linking import link_people
from diplograph.loaders.model import Article, Event, Extraction, Person
from diplograph.loaders.person_identity import kb_qid, link_bare_surname, link_variant
from diplograph.loaders.triples import extraction_to_triples, person_iri
from diplograph.ontology import iri_for


def _linked(person: Person, published: date | None, url: str = "urn:a") -> Person:
    ex = Extraction(Article(url=url, text="...", published=published), people=[person])
    [p] = link_people(ex).people
    return p


# Each case: the spellings of one person, as articles and records write them, with the
# office and country the article gives and its date; all must be one node (the QID's).
SPELLINGS = {
    "Q312015": [("Alexis Tsipras", "Prime Minister", "GR", date(2016, 5, 1)),
                ("Alexios Tsipras", "Prime Minister", "GR", date(2016, 5, 1))],
    "Q296741": [("Enrique Peña Nieto", "President", "MX", date(2014, 1, 6)),
                ("Enrico Pena Nieto", "President", "MX", date(2014, 1, 6)),
                ("Peña Nieto", "President", "MX", date(2014, 1, 6))],
    "Q367825": [("King Salman bin Abdulaziz Al Saud", "King", "SA", date(2017, 5, 20)),
                ("Salman bin Abdulaziz", "King", "SA", date(2017, 5, 20)),
                ("Salman bin Abdel Aziz al-Saud", "Crown Prince", "SA", date(2014, 4, 1)),
                ("Salman bin Abd al-Aziz Al Saud", None, "SA", date(2016, 1, 1)),
                ("Salman bin Abd al Aziz bin Saud", "King", "SA", date(2016, 1, 1)),
                ("King Salman", None, "SA", date(2017, 5, 20))],
    "Q52183": [("Sheikh Hasina", "Prime Minister", "BD", date(2019, 3, 1)),
               ("Sheikh Hasina", None, None, date(2019, 3, 1)),
               ("Hasina Wajed", "Prime Minister", "BD", date(2012, 5, 5))],
    "Q9545": [("Tony Blair", "Prime Minister", "GB", date(2003, 4, 1)),
              ("Quartet Representative Tony Blair", None, None, date(2009, 5, 1))],
    "Q311440": [("António Guterres", "Secretary-General", "UN", date(2020, 1, 1)),
                ("Antonio Guterres", "Prime Minister", "PT", date(1999, 1, 1))],
    "Q42939": [("Bronislaw Komorowski", "President", "PL", date(2012, 6, 1)),
               ("Bronisław Komorowski", "President", "PL", date(2012, 6, 1))],
}


@pytest.mark.parametrize(
    "qid,name,title,country,published",
    [(qid, *form) for qid, forms in SPELLINGS.items() for form in forms],
)
def test_person_identity_spelling_links_to_the_kb_person(qid, name, title, country, published):
    person = Person("x", name, title=title, country=None if country == "UN" else country,
                    organisation="UN" if country == "UN" else None)
    linked = _linked(person, published)
    assert linked.qid == qid
    assert person_iri(linked) == iri_for("person", qid)
    assert name in (linked.name, *linked.alt_names)  # the article's form is kept


@pytest.mark.parametrize(
    "name,title,country,published,qid",
    [
        # Karzai has no QID in the KB: every spelling takes the KB's name, hence one IRI.
        ("Hamid Karzai", "President", "AF", date(2010, 1, 1), None),
        ("Hamad Karzai", "President", "AF", date(2010, 1, 1), None),
        ("Karzai", None, None, date(2010, 1, 1), None),
    ],
)
def test_person_identity_spellings_without_qid_share_the_kb_name(name, title, country,
                                                                 published, qid):
    linked = _linked(Person("x", name, title=title, country=country), published)
    assert linked.name == "Hamid Karzai" and linked.qid == qid
    assert person_iri(linked) == iri_for("person", "Hamid Karzai")


@pytest.mark.parametrize(
    "name,title,country,published",
    [
        # the KB tells them apart: Jr. was never in office, III was (as "Noynoy")
        ("Benigno Aquino Jr.", "Senator", "PH", date(1983, 8, 1)),
        ("Benigno Aquino", None, "PH", date(1983, 8, 1)),
        # George (2009-2011) or Georgios (1944, 1963-65): without a date, nobody
        ("Georgos Papandreou", None, "GR", None),
        # a spelling alone, with neither country, office nor date, is not enough
        ("Alexios Tsipras", None, None, None),
        # a country the person never served, and no office to check the date with
        ("Alexios Tsipras", None, "FR", date(2016, 5, 1)),
        # a namesake long before the person's terms
        ("Alexios Tsipras", "Prime Minister", "GR", date(1920, 5, 1)),
    ],
)
def test_person_identity_unsure_spellings_stay_unlinked(name, title, country, published):
    linked = _linked(Person("x", name, title=title, country=country), published)
    assert linked.qid is None


@pytest.mark.parametrize(
    "name,country,published,qid",
    [
        ("Benigno S. Aquino III", "PH", date(2012, 6, 8), "Q1464"),
        ("Benigno Aquino 3rd", "PH", date(2012, 6, 8), "Q1464"),
        ("Abdullah II bin Al-Hussein", "JO", date(2012, 6, 8), "Q57464"),
        ("Abdullah bin Abdulaziz", "SA", date(2012, 6, 8), "Q57298"),
        ("King Abdullah", "SA", date(2012, 6, 8), "Q57298"),
        ("King Abdullah", "JO", date(2012, 6, 8), None),  # never the Saudi king
    ],
)
def test_person_identity_people_the_kb_tells_apart_stay_apart(name, country, published, qid):
    linked = _linked(Person("x", name, title=None, country=country), published)
    assert linked.qid == qid


def test_person_identity_wrong_country_needs_office_and_date():
    # The records reader gives "US" to a foreign minister met abroad: the spelling links
    # only if the office and the date fit one of the person's terms.
    fits = Person("x", "Alexios Tsipras", title="Prime Minister", country="US")
    assert link_variant(fits, date(2016, 5, 1)).qid == "Q312015"
    other_office = Person("x", "Alexios Tsipras", title="Foreign Minister", country="US")
    assert link_variant(other_office, date(2016, 5, 1)) is None


@pytest.mark.parametrize(
    "name,country,published,found",
    [
        ("Karzai", None, date(2010, 1, 1), "Hamid Karzai"),
        ("Karzai", "AF", None, "Hamid Karzai"),
        ("Karzai", "US", date(2010, 1, 1), None),  # never served the U.S.
        ("Karzai", None, date(1950, 1, 1), None),  # decades before his terms
        ("Bush", None, date(2005, 1, 1), None),  # two Bushes in the KB
    ],
)
def test_person_identity_bare_surname_only_one_kb_person_can_be(name, country, published,
                                                               found):
    term = link_bare_surname(Person("x", name, country=country), published)
    assert (term.name if term else None) == found


def test_person_identity_kb_terms_share_a_qid():
    [term] = [p for p in __import__("diplograph.loaders.kb", fromlist=["load_kb"])
              .load_kb().people if p.name == "Jens Stoltenberg" and p.organisation == "NATO"]
    assert term.qid is None and kb_qid(term) == "Q57665"


def test_person_identity_one_node_across_articles():
    # Two articles, two spellings, one IRI; each keeps its own form as an alternative name.
    iris, alt = set(), set()
    for i, name in enumerate(["Alexis Tsipras", "Alexios Tsipras"]):
        person = Person("t", name, title="Prime Minister", country="GR")
        ex = Extraction(Article(url=f"urn:a{i}", text="...", published=date(2016, 5, 1)),
                        people=[person], events=[Event("visit", visitor="t", country="CN")])
        triples = extraction_to_triples(link_people(ex))
        iris |= {s for s, p, o in triples if str(p).endswith("#type")
                 and str(o).endswith("#Person")}
        alt |= {str(o) for s, p, o in triples if str(p).endswith("altLabel")}
    assert iris == {iri_for("person", "Q312015")}
    assert alt == {"Alexis Tsipras"}  # the spelling keeps its form, the KB's name beside it


@pytest.mark.parametrize(
    "name,title,country,published",
    [
        ("Paul VI", "Pope", "VA", date(1969, 3, 2)),  # a regnal name, not John Paul II
        ("Faisal", "King", "SA", date(1966, 6, 23)),  # King Faisal, not Saud al-Faisal
    ],
)
def test_person_identity_regnal_names_and_thrones_are_not_surnames(name, title, country,
                                                                   published):
    assert link_bare_surname(Person("x", name, title=title, country=country), published) is None


@pytest.mark.parametrize(
    "published,qid",
    [(date(1976, 5, 1), "Q156806"), (date(2006, 5, 1), "Q188978")],
)
def test_person_identity_namesakes_told_apart_by_date(published, qid):
    # Konstantinos Karamanlis, uncle (PM 1955-63, 1974-80) and nephew (PM 2004-09)
    person = Person("x", "Konstandinos Karamanlis", title="Prime Minister", country="GR")
    assert _linked(person, published).qid == qid
