"""Spellings of one person in different articles: owl:sameAs links, read as one person."""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import URIRef

from diplograph.graph.lookup import resolve_person
from diplograph.graph.person_identity import (
    PersonFacts,
    PersonLinker,
    compatible,
    person_facts,
    person_names,
    same_people,
)
from diplograph.graph.project import person_graph
from diplograph.graph.store import article_text
from diplograph.ingest import remove_urls
from diplograph.loaders.model import Article, Event, Extraction, Person
from diplograph.loaders.name_variants import variant_names
from diplograph.loaders.triples import article_iri, extraction_to_triples, person_iri, split_triples

IR, UN = "https://w3id.org/diplograph/id/country/IR", "https://w3id.org/diplograph/id/org/UN"


@pytest.mark.parametrize(
    "a,b,same",
    [
        (PersonFacts("a", {"Mohammad Javad Zarif"}, {IR}, {2014}),
         PersonFacts("b", {"Mohammed Javad Zarif"}, {IR}, {2015}), True),
        (PersonFacts("a", {"Staffan de Mistura"}, {UN}, {2016}),
         PersonFacts("b", {"Steffan de Mistura"}, {UN}, {2018}), True),
        # side by side in one event: two people
        (PersonFacts("a", {"Mohammad Javad Zarif"}, {IR}, {2014}, {"e1"}),
         PersonFacts("b", {"Mohammed Javad Zarif"}, {IR}, {2015}, {"e1", "e2"}),
         False),
        # one article, two events: may be one person spelled two ways
        (PersonFacts("a", {"Mohammad Javad Zarif"}, {IR}, {2014}, {"e1"}),
         PersonFacts("b", {"Mohammed Javad Zarif"}, {IR}, {2015}, {"e2"}), True),
        # nothing served in common
        (PersonFacts("a", {"Staffan de Mistura"}, {UN}, {2016}),
         PersonFacts("b", {"Steffan de Mistura"}, {IR}, {2016}), False),
        # decades apart
        (PersonFacts("a", {"Mohammad Javad Zarif"}, {IR}, {1980}),
         PersonFacts("b", {"Mohammed Javad Zarif"}, {IR}, {2015}), False),
        # undated: nothing to tell the time by
        (PersonFacts("a", {"Mohammad Javad Zarif"}, {IR}, set()),
         PersonFacts("b", {"Mohammed Javad Zarif"}, {IR}, {2015}), False),
        # a bare surname is anyone's
        (PersonFacts("a", {"Zarif"}, {IR}, {2014}),
         PersonFacts("b", {"Zarif", "Mohammed Javad Zarif"}, {IR}, {2015}), False),
        # names that are not one
        (PersonFacts("a", {"Hassan Rouhani"}, {IR}, {2014}),
         PersonFacts("b", {"Hassan Khomeini"}, {IR}, {2015}), False),
    ],
)
def test_person_identity_compatible(a, b, same):
    assert compatible(a, b, variant_names) is same
    assert compatible(b, a, variant_names) is same


def _article(url: str, people: list[Person], year: int) -> Extraction:
    """An article in which the people meet, in ``year``."""
    keys = [p.key for p in people]
    return Extraction(Article(url=url, text="...", published=date(year, 1, 1)), people=people,
                      events=[Event("meeting", participants=keys, date=f"{year}-01-01")])


def _person(key: str, name: str, country: str, qid: str | None = None) -> Person:
    return Person(key, name, title="Foreign Minister", country=country, qid=qid)


def _write(store, linker: PersonLinker, articles: list[Extraction]) -> list:
    """Write ``articles`` in one batch, as ingest does, and return the links made."""
    texts = []
    for ex in articles:
        graph = article_iri(ex.article.url)
        texts.append(article_text(graph, *split_triples(graph, extraction_to_triples(ex))))
    linker.before(texts)
    store.write_texts(texts)
    return linker.after()


KERRY = _person("kerry", "John Kerry", "US")
ZARIF_A = _person("zarif", "Mohammad Javad Zarif", "IR")
ZARIF_B = _person("zarif", "Mohammed Javad Zarif", "IR")


@pytest.mark.parametrize("batches", [[[0], [1]], [[0, 1]]], ids=["two batches", "one batch"])
def test_person_identity_spellings_in_two_articles_are_one_person(store, batches):
    articles = [_article("https://example.org/a", [ZARIF_A, KERRY], 2014),
                _article("https://example.org/b", [ZARIF_B, KERRY], 2015)]
    linker = PersonLinker(store, variant_names)
    links = [link for batch in batches
             for link in _write(store, linker, [articles[i] for i in batch])]
    a, b = person_iri(ZARIF_A), person_iri(ZARIF_B)
    assert {(s, o) for s, _, o in links} == {(b, a)}
    assert set(resolve_person(store, "Mohammad Javad Zarif")) == {a, b}
    assert set(same_people(store, [b])) == {a, b}
    graph = person_graph(store)
    assert graph.number_of_nodes() == 2  # Zarif (both spellings) and Kerry
    assert graph.edges[min(str(a), str(b)), str(person_iri(KERRY))]["weight"] == 2


def test_person_identity_removal_takes_the_link_out_of_use(store):
    linker = PersonLinker(store, variant_names)
    _write(store, linker, [_article("https://example.org/a", [ZARIF_A, KERRY], 2014)])
    _write(store, linker, [_article("https://example.org/b", [ZARIF_B, KERRY], 2015)])
    remove_urls(store, ["https://example.org/b"])
    assert same_people(store, [person_iri(ZARIF_A)]) == [person_iri(ZARIF_A)]
    assert person_graph(store).number_of_nodes() == 2


@pytest.mark.parametrize(
    "first,second",
    [
        # both spellings as two participants of one meeting
        ([ZARIF_A, _person("other", "Mohammed Javad Zarif", "IR")], None),
        # another country
        ([ZARIF_A, KERRY], [_person("zarif", "Mohammed Javad Zarif", "IQ"), KERRY]),
        # a person the KB knows may be the one ("Georg Bush": which Bush?)
        ([_person("bush", "George H. W. Bush", "US", qid="Q23505"),
          _person("gb", "George Bush", "US")],
         [_person("gb", "Georg Bush", "US"), ZARIF_A]),
    ],
    ids=["one event", "another country", "the KB's person"],
)
def test_person_identity_not_linked(store, first, second):
    linker = PersonLinker(store, variant_names)
    links = _write(store, linker, [_article("https://example.org/a", first, 1990)])
    if second:
        links += _write(store, linker, [_article("https://example.org/b", second, 1991)])
    assert links == []


def test_person_identity_people_with_qids_are_left_to_the_kb(store):
    tsipras = _person("t", "Alexis Tsipras", "GR", qid="Q312015")
    linker = PersonLinker(store, variant_names)
    _write(store, linker, [_article("https://example.org/a", [tsipras, KERRY], 2015)])
    links = _write(store, linker, [_article("https://example.org/b",
                                            [_person("t", "Alexis Tsipras", "GR"), KERRY], 2016)])
    assert links == []  # the node without QID is one the KB declined to link
    assert same_people(store, [URIRef(person_iri(tsipras))]) == [person_iri(tsipras)]


@pytest.mark.parametrize(
    "typed,expected",
    [("Salman bin Abdulaziz", "salman"), ("Mohammed bin Salman", "mbs")],
)
def test_person_identity_lookup_prefers_the_name_that_begins_alike(store, typed, expected):
    # Mohammed bin Salman's article forms contain "Salman bin Abdulaziz" too.
    king = Person("salman", "Salman bin Abdulaziz Al Saud", title="King", country="SA",
                  qid="Q367825")
    mbs = Person("mbs", "Mohammed bin Salman", ["Mohammed bin Salman bin Abdulaziz Al Saud"],
                 title="Crown Prince", country="SA", qid="Q6892571")
    linker = PersonLinker(store, variant_names)
    _write(store, linker, [_article("https://example.org/a", [king, mbs], 2017)])
    wanted = {"salman": king, "mbs": mbs}[expected]
    assert resolve_person(store, typed) == [person_iri(wanted)]


@pytest.mark.parametrize("years", [[2014], [2014, 2016], [2014, 2014, 2031]])
def test_person_identity_facts_of_a_person_in_many_articles(store, years):
    """person_facts reads a person's events, then the dates of those events apart;
    the facts are those of every article that names them."""
    linker = PersonLinker(store, variant_names)
    for i, year in enumerate(years):
        _write(store, linker, [_article(f"https://example.org/{i}", [ZARIF_A, KERRY], year)])
    zarif = str(person_iri(ZARIF_A))
    facts = person_facts(store, [zarif, "https://example.org/nobody"])
    assert facts[zarif].years == set(years)
    assert len(facts[zarif].events) == len(set(years))  # one meeting a year
    assert facts[zarif].serves == {"https://w3id.org/diplograph/id/country/IR"}
    assert facts[zarif].names == person_names(store, [zarif])[zarif] >= {ZARIF_A.name}
    assert facts["https://example.org/nobody"] == PersonFacts("https://example.org/nobody")


class _EveryFactLinker(PersonLinker):
    """The linker as it was before it read only the facts of people with candidates:
    the reference its links must equal."""

    def after(self) -> list[tuple]:
        from rdflib import OWL

        from diplograph.graph.person_identity import (
            _has_qid,
            _mutually_compatible,
            could_be,
            run_query,
        )

        if not self._new:
            return []
        if self._index is None:
            self._index = {}
            rows = run_query(self.store, "name_candidates").rows
            self._add((str(p), str(n)) for p, n in rows if str(p) not in self._new)
        new = person_facts(self.store, self._new)
        self._add((f.iri, n) for f in new.values() for n in f.names)
        wanted = {iri: self._candidates(iri, f.names) for iri, f in new.items()}
        known = {**person_facts(self.store, {c for cs in wanted.values() for c in cs} - set(new)),
                 **new}
        links = []
        for iri, cands in sorted(wanted.items()):
            if any(_has_qid(c) and could_be(new[iri], known[c], self.same_name) for c in cands):
                continue
            fits = [known[c] for c in sorted(cands) if (c not in new or c < iri)
                    and compatible(new[iri], known[c], self.same_name)]
            if fits and _mutually_compatible(fits):
                links.extend((URIRef(iri), OWL.sameAs, URIRef(f.iri)) for f in fits)
        self.store.add_shared(links)
        self._new = set()
        return links


MISTURA_A = _person("mistura", "Staffan de Mistura", "UN")
MISTURA_B = _person("mistura", "Steffan de Mistura", "UN")
LONER = _person("loner", "Aurelio Quintanilla Bustamante", "PE")  # nobody of their stem
BATCHES = [
    [_article("https://example.org/1", [ZARIF_A, KERRY, LONER], 2014)],
    [_article("https://example.org/2", [ZARIF_B, KERRY], 2015),
     _article("https://example.org/3", [MISTURA_A, ZARIF_A], 2016)],
    # both spellings of de Mistura in one event: two people, not linked
    [_article("https://example.org/4", [MISTURA_B, _person("m2", "Staffan de Mistura", "UN")],
              2017)],
    [_article("https://example.org/5", [MISTURA_B, LONER], 2018),
     _article("https://example.org/6", [_person("z", "Mohamad Javad Zarif", "IR"), KERRY], 2016)],
]


def test_person_identity_links_as_when_every_fact_was_read(tmp_path):
    from diplograph.graph.store import open_store

    with open_store(str(tmp_path / "a")) as a, open_store(str(tmp_path / "b")) as b:
        now, before = PersonLinker(a, variant_names), _EveryFactLinker(b, variant_names)
        made = [(sorted(_write(a, now, batch)), sorted(_write(b, before, batch)))
                for batch in BATCHES]
    assert all(x == y for x, y in made)
    assert sum(len(x) for x, _ in made) >= 2  # the Zarif and de Mistura spellings
