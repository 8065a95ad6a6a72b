"""Gazetteer mentions: countries, demonyms, organisations, offices, places."""

from __future__ import annotations

import pytest

from diplograph.loaders.components.lexicon import lexicon
from diplograph.loaders.model import Article
from diplograph.loaders.pipeline import build_nlp, make_doc


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _mentions(nlp, text):
    doc = nlp(make_doc(Article(url="urn:test", text=text), nlp))
    return {(s.text, s.label_, s.kb_id_) for s in doc.spans["dg_gazetteer"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Officials in Russia and the UK disagreed.",
            {("Russia", "COUNTRY", "RU"), ("UK", "COUNTRY", "GB")},
        ),
        (
            "A Turkish envoy and an Uzbek delegation came.",
            {("Turkish", "DEMONYM", "TR"), ("Uzbek", "DEMONYM", "UZ")},
        ),
        ("The talks took place in Kuwait City.", {("Kuwait City", "PLACE", "KW")}),
        ("Delegates gathered in Benaulim, a beach town.", {("Benaulim", "PLACE", "IN")}),
    ],
)
def test_gazetteer_countries_and_places(nlp, text, expected):
    assert expected <= _mentions(nlp, text)


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("The Group of 20 finance track met.", "G20"),
        ("A G-7 communique was issued.", "G7"),
        ("The UN Security Council voted.", "UN"),
        ("Members of the Shanghai Cooperation Organization agreed.", "SCO"),
        ("The AU suspended Niger.", "AU"),
        ("ASEAN leaders gathered.", "ASEAN"),
        ("The European Commission proposed tariffs.", "EU"),
    ],
)
def test_gazetteer_organisations_by_acronym_and_name(nlp, text, acronym):
    assert acronym in {v for _, label, v in _mentions(nlp, text) if label == "ORG"}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Agriculture Minister Ana Silva spoke.", "Agriculture Minister"),
        ("the foreign minister said", "Foreign Minister"),
        ("White House Press Secretary Jo Bloggs said", "White House Press Secretary"),
    ],
)
def test_gazetteer_offices(nlp, text, title):
    assert title in {v for _, label, v in _mentions(nlp, text) if label == "TITLE"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("They dined at the Bayan Palace hotel.", "Bayan"),
        ("They met President Ana Lima there.", "Lima"),
    ],
)
def test_gazetteer_venues_and_names_are_not_places(nlp, text, place):
    doc = nlp(make_doc(Article(url="urn:test", text=text), nlp))
    people = {i for s in doc.spans["dg_people"] for i in range(s.start, s.end)}
    places = [s for s in doc.spans["dg_gazetteer"] if s.label_ == "PLACE" and s.text == place]
    assert all(s.start in people for s in places)


@pytest.mark.parametrize("text, capital", [("He arrived in the Kenyan capital.", "KE")])
def test_gazetteer_capital_descriptions(nlp, text, capital):
    assert ("the Kenyan capital", "CAPITAL", capital) in _mentions(nlp, text) or (
        "Kenyan capital",
        "CAPITAL",
        capital,
    ) in _mentions(nlp, text)


@pytest.mark.parametrize("name, country", [("Tromso", "NO"), ("Tromsø", "NO")])
def test_gazetteer_small_city_spelled_without_its_special_letters(name, country):
    place = lexicon().places.get(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    "text, office",
    [
        ("the Minister of External Relations Rui Sousa", "Minister of External Relations"),
        ("Permanent Secretary for Information, Publicity and Broadcasting Services, Mr Ed Moyo,",
         "Permanent Secretary for Information, Publicity and Broadcasting Services"),
        ("Minister of Trade and Industry Lee Tan", "Minister of Trade and Industry"),
        ("the Chief of Army Staff, Gen. Ali Khan", "Chief of Army Staff"),
        ("Ambassador to the United States Ana Silva", "Ambassador to the United States"),
        ("State Department spokesperson Jo Reed", "State Department spokesperson"),
    ],
)
def test_gazetteer_office_with_its_portfolio(nlp, text, office):
    assert office in {t for t, label, _ in _mentions(nlp, text) if label == "TITLE"}


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Prime Minister of India Ravi Rao", ("India", "COUNTRY")),
        ("the President of the European Commission, Eva Lind", ("European Commission", "ORG")),
        ("the Amir of the State of Qatar, Tamim Saleh", ("State of Qatar", "COUNTRY")),
    ],
)
def test_gazetteer_office_tail_stops_at_a_country_or_organisation(nlp, text, kept):
    assert kept in {(t, label) for t, label, _ in _mentions(nlp, text)}


def test_gazetteer_office_head_then_style_is_two_mentions(nlp):
    mentions = _mentions(nlp, "President Chief Olu Adeyemi")
    titles = {t for t, label, _ in mentions if label == "TITLE"}
    assert "President Chief" not in titles


@pytest.mark.parametrize(
    "text, office",
    [
        ("the Minister for Foreign Affairs and East African Cooperation, Ambassador Ana",
         "Minister for Foreign Affairs and East African Cooperation"),
        (
            "the Minister of State for European Affairs Jean Roux",
            "Minister of State for European Affairs",
        ),
    ],
)
def test_gazetteer_region_inside_a_portfolio(nlp, text, office):
    assert office in {t for t, label, _ in _mentions(nlp, text) if label == "TITLE"}


def test_gazetteer_region_before_an_office_stays_a_nationality(nlp):
    mentions = _mentions(nlp, "South African Foreign Minister Ana Lee")
    assert ("South African", "DEMONYM", "ZA") in mentions


@pytest.mark.parametrize(
    "text, office",
    [
        (
            "the Minister of State at the Ministry of Foreign Affairs Dr. Ali Saad",
            "Minister of State at the Ministry of Foreign Affairs",
        ),
        ("The President at the White House met Ana.", "President"),
    ],
)
def test_gazetteer_office_at_a_ministry_but_not_at_a_place(nlp, text, office):
    assert office in {t for t, label, _ in _mentions(nlp, text) if label == "TITLE"}
