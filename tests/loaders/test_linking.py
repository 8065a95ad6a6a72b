"""Linking the people of an extraction to the knowledge base."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.loaders.linking import link_people, link_person
from diplograph.loaders.model import Article, Extraction, Person
from diplograph.loaders.triples import extraction_to_triples, person_iri


def _ex(people, published=date(2016, 10, 15), url="https://example.org/a"):
    return Extraction(Article(url=url, text="...", published=published), people=people)


@pytest.mark.parametrize(
    "person,published,qid",
    [
        (
            Person("narendra-modi", "Narendra Modi", title="Prime Minister", country="IN"),
            date(2016, 10, 15),
            "Q1058",
        ),
        (Person("modi", "Modi", title="Prime Minister", country="IN"), date(2016, 10, 15), "Q1058"),
        (Person("pm-modi", "PM Modi"), date(2016, 10, 15), "Q1058"),
        (Person("modi", "Modi"), None, None),  # a bare surname needs a date or office
        (Person("joseph-r-biden", "Joseph R. Biden", title="President"), date(2021, 6, 9), "Q6279"),
        (Person("joe-biden", "Joe Biden"), None, "Q6279"),
        (Person("biden", "Biden", title="President", country="US"), date(2022, 1, 1), "Q6279"),
        (Person("putin", "Putin", title="President"), date(2016, 1, 1), "Q7747"),
        (
            Person("xi-jinping", "Xi Jinping", title="President", country="CN"),
            date(2016, 1, 1),
            "Q15031",
        ),
        (
            Person("obama", "Obama", title="President", country="US", former=True),
            date(2020, 1, 1),
            "Q76",
        ),
        (
            Person(
                "kyriakos-mitsotakis", "Kyriakos Mitsotakis", title="Prime Minister", country="GR"
            ),
            date(2020, 1, 7),
            "Q552751",
        ),  # from world_leaders.csv
    ],
)
def test_linking_sets_qid(person, published, qid):
    [linked] = link_people(_ex([person], published)).people
    assert linked.qid == qid


def test_linking_takes_canonical_name_and_keeps_article_form():
    ex = _ex(
        [Person("joseph-r-biden", "Joseph R. Biden", ["President Biden"], "President")],
        date(2021, 6, 9),
    )
    [p] = link_people(ex).people
    assert p.name == "Joe Biden"  # one node, one schema:name, whatever the article wrote
    assert p.alt_names == ["Joseph R. Biden", "President Biden"]
    assert p.country == "US"  # filled in: he served only the U.S.
    assert ex.people[0].qid is None  # the input is left as it was


@pytest.mark.parametrize(
    "forms",
    [
        ["Joseph R. Biden", "Joe Biden", "President Biden", "Biden"],
        ["Narendra Modi", "Modi", "PM Narendra Modi"],
    ],
)
def test_linking_gives_differently_named_reports_one_iri(forms):
    iris = set()
    for i, form in enumerate(forms):
        title, country = ("President", "US") if "Biden" in form else ("Prime Minister", "IN")
        person = Person(f"p{i}", form, title=title, country=country)
        [linked] = link_people(_ex([person], date(2022, 5, 24), url=f"urn:a{i}")).people
        iris.add(person_iri(linked))
    assert len(iris) == 1


@pytest.mark.parametrize(
    "people,published,expected",
    [
        # Former President Clinton and Secretary of State Clinton, in one article.
        (
            [
                Person("bill", "Clinton", title="President", country="US", former=True),
                Person("hillary", "Clinton", title="Secretary of State", country="US"),
            ],
            date(2009, 6, 1),
            {"bill": "Q1124", "hillary": "Q6294"},
        ),
        # Two Johnsons: the British prime minister, and an American nobody knows.
        (
            [
                Person("boris", "Boris Johnson", title="Prime Minister"),
                Person("ron", "Ron Johnson", title="Senator", country="US"),
            ],
            date(2021, 6, 9),
            {"boris": "Q180589", "ron": None},
        ),
        # Two Lis: premier and foreign minister of China in 2016 and 2004.
        (
            [Person("li-keqiang", "Li", title="Premier", country="CN")],
            date(2016, 3, 1),
            {"li-keqiang": "Q18111"},
        ),
    ],
)
def test_linking_two_people_sharing_a_surname_stay_two(people, published, expected):
    linked = {p.key: p for p in link_people(_ex(people, published)).people}
    assert {k: p.qid for k, p in linked.items()} == expected
    if len(people) == 2:
        assert len({person_iri(p) for p in linked.values()}) == 2


def test_linking_writes_owl_same_as():
    ex = link_people(_ex([Person("modi", "Narendra Modi", title="Prime Minister")]))
    objects = {str(o) for _, _, o in extraction_to_triples(ex)}
    assert "http://www.wikidata.org/entity/Q1058" in objects


@pytest.mark.parametrize(
    "person",
    [
        Person("x", "Narendra Modi", title="Prime Minister", country="IN", qid="Q1058"),
    ],
)
def test_linking_leaves_known_qids_alone(person):
    [p] = link_people(_ex([person])).people
    assert p is person


def test_linking_link_person_returns_the_term():
    term = link_person(
        Person("k", "Kishida", title="Foreign Minister", country="JP"), date(2015, 1, 1)
    )
    assert term is not None and term.office == "Foreign Minister" and term.qid == "Q359480"


@pytest.mark.parametrize(
    "name,title,published",
    [
        ("Blinken", "Secretary of State", date(2022, 1, 1)),
        ("Antony Blinken", "Secretary of State", date(2022, 1, 1)),
        ("Antony J. Blinken", None, None),
    ],
)
def test_linking_people_without_qid_share_one_iri(name, title, published):
    [p] = link_people(_ex([Person("x", name, title=title, country="US")], published)).people
    assert p.qid is None
    assert person_iri(p) == person_iri(Person("y", "Antony Blinken"))


@pytest.mark.parametrize(
    "person,published,expected",
    [
        # a former leader the article names without office or country
        (Person("gough-whitlam", "Gough Whitlam"), date(2023, 11, 6), ("Prime Minister", "AU")),
        (Person("hafez", "Hafez al-Assad"), date(2025, 5, 14), ("President", "SY")),
        (Person("bill-clinton", "Bill Clinton"), date(2025, 5, 14), ("President", "US")),
        # the article's own office and country are kept
        (Person("raisi", "Ebrahim Raisi", title="President", country="IR"), date(2023, 3, 10),
         ("President", "IR")),
        # an office held elsewhere than the article says is not added
        (Person("whitlam", "Gough Whitlam", country="GB"), date(2023, 11, 6), (None, "GB")),
    ],
)
def test_linking_fills_office_from_the_knowledge_base(person, published, expected):
    [linked] = link_people(_ex([person], published)).people
    assert (linked.title, linked.country) == expected


@pytest.mark.parametrize(
    "person,published,expected",
    [
        # a country guessed from the dateline yields to the state the KB says they served
        (Person("abiy", "Abiy Ahmed", title="Prime Minister", country="KE", country_guessed=True),
         date(2024, 7, 5), ("Prime Minister", "ET")),
        (Person("ruto", "William Samoei Ruto", title="President", country="ET",
                country_guessed=True), date(2024, 7, 5), ("President", "KE")),
        # a told country yields where the KB knows that very office, held elsewhere
        (Person("abiy", "Abiy Ahmed", title="Prime Minister", country="KE"),
         date(2024, 7, 5), ("Prime Minister", "ET")),
        # a told country and an office the KB does not list keep the article's word
        (Person("abiy", "Abiy Ahmed", title="Finance Minister", country="KE"),
         date(2024, 7, 5), ("Finance Minister", "KE")),
        # a right country where the KB knows the person only as another body's head
        (Person("moussa", "Amr Moussa", title="Foreign Minister", country="EG",
                country_guessed=True), date(1995, 6, 26), ("Foreign Minister", "EG")),
    ],
)
def test_linking_a_country_the_person_never_served(person, published, expected):
    [linked] = link_people(_ex([person], published)).people
    assert (linked.title, linked.country) == expected


def test_link_people_leaves_a_royals_given_name_unlinked():
    """"Prince Charles" in 1990 is no Eugenia Charles, Prime Minister of Dominica then:
    a one-word name the article writes after a royal style is not linked by surname."""
    text = "Prince Charles and Princess Diana arrived in Budapest on Monday."
    ex = Extraction(Article("urn:r", text, published=date(1990, 5, 8)),
                    people=[Person("charles", "Charles"), Person("diana", "Diana")])
    linked = link_people(ex).people
    assert [(p.name, p.qid, p.title) for p in linked] == [
        ("Charles", None, None), ("Diana", None, None)]
