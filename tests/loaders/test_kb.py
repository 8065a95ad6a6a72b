"""The knowledge base of office holders: its files, name lookups and office lookups."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.loaders.kb import find_leader, fold_name, load_kb, office_holder, split_title


@pytest.mark.parametrize(
    "qid,name",
    [
        ("Q6279", "Joe Biden"),
        ("Q76", "Barack Obama"),
        ("Q1058", "Narendra Modi"),
        ("Q7747", "Vladimir Putin"),
        ("Q15031", "Xi Jinping"),
        ("Q567", "Angela Merkel"),
        ("Q22686", "Donald Trump"),
        ("Q61053", "Olaf Scholz"),
        ("Q60772", "Ursula von der Leyen"),
    ],
)
def test_kb_holds_spot_checked_qids(qid, name):
    assert {p.name for p in load_kb().people if p.qid == qid} == {name}


@pytest.mark.parametrize("field", ["name", "office", "kind"])
def test_kb_rows_are_complete(field):
    assert all(getattr(p, field) for p in load_kb().people)


def test_kb_terms_are_ordered_and_qids_well_formed():
    for p in load_kb().people:
        assert p.start is not None
        assert p.end is None or p.start <= p.end, p
        assert p.qid is None or (p.qid[0] == "Q" and p.qid[1:].isdigit()), p
        assert (p.country is None) != (p.organisation is None), p


@pytest.mark.parametrize(
    "code",
    [
        "AR",
        "AU",
        "BR",
        "CA",
        "CN",
        "DE",
        "FR",
        "GB",
        "ID",
        "IN",
        "IT",
        "JP",
        "KR",
        "MX",
        "RU",
        "SA",
        "TR",
        "US",
        "ZA",
    ],
)
def test_kb_covers_every_g20_country(code):
    offices = {p.kind for p in load_kb().people if p.country == code}
    assert "head_of_state" in offices
    assert "foreign_minister" in offices or code == "AR"  # no Argentine ministers yet


@pytest.mark.parametrize(
    "name,kwargs,expected",
    [
        ("Joseph R. Biden", {}, "Q6279"),
        ("Joe Biden", {}, "Q6279"),
        ("joseph biden jr.", {}, "Q6279"),
        ("Biden", {"on": date(2022, 3, 1)}, "Q6279"),
        ("President Biden", {}, "Q6279"),
        ("Lula", {}, "Q37181"),
        ("Luiz Inacio Lula da Silva", {}, "Q37181"),
        ("Recep Tayyip Erdogan", {}, "Q39259"),
        ("ERDOĞAN", {"on": date(2016, 1, 1)}, "Q39259"),
        ("Xi", {"on": date(2020, 1, 1), "country": "CN"}, "Q15031"),
        ("Modi", {"title": "Prime Minister"}, "Q1058"),
        ("Queen Elizabeth II", {}, "Q9682"),
        ("Peña Nieto", {}, "Q296741"),
        ("von der Leyen", {"on": date(2021, 1, 1)}, "Q60772"),
        ("Narendra Modi", {"country": "US", "title": "President"}, "Q1058"),  # a misread country
    ],
)
def test_kb_find_leader_by_name_or_alias(name, kwargs, expected):
    found = find_leader(name, **kwargs)
    assert found is not None and found.qid == expected


@pytest.mark.parametrize(
    "name,kwargs,expected",
    [
        ("Antony John Blinken", {}, "Antony Blinken"),
        ("Michael R. Pompeo", {"on": date(2019, 1, 1)}, "Mike Pompeo"),
        ("Clinton", {"on": date(2010, 5, 1), "title": "Secretary of State"}, "Hillary Clinton"),
        ("Clinton", {"on": date(1999, 5, 1), "title": "President"}, "Bill Clinton"),
        ("Johnson", {"on": date(2017, 6, 1), "country": "GB"}, "Boris Johnson"),
        ("Li", {"on": date(2016, 1, 1), "title": "Premier"}, "Li Keqiang"),
        ("Li", {"on": date(2024, 1, 1), "title": "Premier"}, "Li Qiang"),
    ],
)
def test_kb_find_leader_uses_office_country_and_date(name, kwargs, expected):
    found = find_leader(name, **kwargs)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "name,kwargs",
    [
        ("Biden", {}),  # a bare surname needs context
        ("Clinton", {}),
        ("Johnson", {"on": date(1965, 1, 1)}),  # nobody of that name in office then
        ("Johnson", {"on": date(2021, 1, 1), "country": "US"}),  # the country must agree
        ("King Abdullah II", {}),  # Jordan's king is not Saudi Arabia's
        ("Vice President Biden", {"on": date(2010, 1, 1)}),
        ("George H. W. Bush", {}),  # not his son George W. Bush
        ("George H.W. Bush", {"on": date(1990, 1, 1)}),
        ("Jae-in", {"on": date(2019, 1, 1)}),  # a Korean given name is no surname
        ("", {}),
    ],
)
def test_kb_find_leader_refuses_what_it_cannot_pin_down(name, kwargs):
    assert find_leader(name, **kwargs) is None


@pytest.mark.parametrize(
    "title,country,on,expected",
    [
        ("Prime Minister", "IN", date(2016, 10, 15), "Narendra Modi"),
        ("prime minister", "in", date(2005, 1, 1), "Manmohan Singh"),
        ("Premier", "CN", date(2016, 10, 15), "Li Keqiang"),
        ("President", "US", date(2021, 6, 9), "Joe Biden"),
        ("President", "US", date(2021, 1, 20), "Joe Biden"),  # the handover day: the newcomer
        ("Chancellor", "DE", date(2019, 1, 1), "Angela Merkel"),
        ("Queen", "GB", date(2021, 6, 9), "Elizabeth II"),
        ("King", "GB", date(2023, 6, 9), "Charles III"),
        ("Secretary of State", "US", date(2014, 1, 1), "John Kerry"),
        ("Foreign Minister", "RU", date(2016, 1, 1), "Sergey Lavrov"),
        ("External Affairs Minister", "IN", date(2020, 1, 1), "Subrahmanyam Jaishankar"),
        ("President of the European Commission", "EU", date(2016, 1, 1), "Jean-Claude Juncker"),
    ],
)
def test_kb_office_holder_on_a_date(title, country, on, expected):
    found = office_holder(title, country, on)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    "title,country,on",
    [
        ("Prime Minister", "US", date(2016, 1, 1)),
        ("Spokesman", "IN", date(2016, 1, 1)),
        ("President", "US", date(1950, 1, 1)),
    ],
)
def test_kb_office_holder_none_when_unknown(title, country, on):
    assert office_holder(title, country, on) is None


@pytest.mark.parametrize(
    "raw,folded",
    [
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Joseph R. Biden, Jr.", "joseph r biden"),
        ("Sébastien  Lecornu", "sebastien lecornu"),
    ],
)
def test_kb_fold_name(raw, folded):
    assert fold_name(raw) == folded


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("Prime Minister Boris Johnson", ("Prime Minister", "Boris Johnson")),
        ("Secretary of State Antony Blinken", ("Secretary of State", "Antony Blinken")),
        ("Modi", (None, "Modi")),
    ],
)
def test_kb_split_title(raw, expected):
    assert split_title(raw) == expected
