"""Where events happen: the place and country that the gazetteer's reading gives them."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.loaders.components.tokenizer import gazetteer_spans
from diplograph.loaders.model import Article
from diplograph.loaders.pipeline import build_nlp, extract_article, make_doc

PUBLISHED = dt.date(2024, 7, 5)


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _where(nlp, text, kind):
    ex = extract_article(Article(url="urn:test", text=text, published=PUBLISHED), nlp)
    return {(e.place, e.country) for e in ex.events if e.kind == kind}


@pytest.mark.parametrize(
    "text, place, country",
    [
        (
            "Ghanaian President Kwame Mensah arrived at Jomo Kenyatta International Airport "
            "on Monday for a state visit to Kenya.",
            "Nairobi",
            "KE",
        ),
        (
            "Chilean President Ana Rojas landed at OR Tambo International Airport on "
            "Tuesday for a visit to South Africa.",
            "Johannesburg",
            "ZA",
        ),
        (
            "Peruvian President Rosa Quispe arrived at Kotoka International Airport on "
            "Wednesday at the start of a three-day visit to Ghana.",
            "Accra",
            "GH",
        ),
    ],
)
def test_visit_through_an_airport_takes_the_airports_city(nlp, text, place, country):
    assert (place, country) in _where(nlp, text, "visit")


@pytest.mark.parametrize(
    "text, country",
    [
        (
            "Nigerian President Musa Bello arrived at Harare Airport on Monday for a state "
            "visit to Zimbabwe.",
            "ZW",
        ),
        (
            "Mongolian President Bat Erdene landed at the Airport on Friday for a state visit "
            "to Bhutan.",
            "BT",
        ),
        (
            "The President of the Republic, Maria Santos, welcomed Turkish President Ali Demir "
            "on Monday at the start of his state visit to Angola.",
            "AO",
        ),
    ],
)
def test_venue_words_never_move_an_event_to_another_country(nlp, text, country):
    assert {c for _, c in _where(nlp, text, "visit")} == {country}


@pytest.mark.parametrize(
    "text, kind, place, country",
    [
        (
            "Thai Prime Minister Somchai Wong held talks with Russian President Ivan Petrov "
            "in St. Petersburg on Friday.",
            "meeting",
            "St. Petersburg",
            "RU",
        ),
        (
            "French President Marc Dubois met Mexican President Luis Ortega in Cordoba, "
            "Spain, on Thursday.",
            "meeting",
            "Cordoba",
            "ES",
        ),
        (
            "Zambian President Joseph Mwale held talks with Russian President Ivan Petrov in "
            "Moscow on Tuesday, after talks with US officials.",
            "meeting",
            "Moscow",
            "RU",
        ),
        (
            "Canadian Prime Minister Anne Leblanc met Chinese Premier Wei Lin in Victoria, "
            "British Columbia, on Monday.",
            "meeting",
            "Victoria",
            "CA",
        ),
        # a dateline with a shared name is no evidence for its own reading: the story's
        # states decide ("VICTORIA -" of a Seychelles story, "GEORGETOWN -" of Guyana's)
        (
            "VICTORIA - Chinese President Li Wei arrived in Victoria from Mozambique on Monday "
            "and held talks with President James Michel. Seychelles signed six accords.",
            "meeting",
            "Victoria",
            "SC",
        ),
        (
            "GEORGETOWN - Cuban President Ana Diaz arrived in Georgetown on Monday and held "
            "talks with President Irfaan Ali. Guyana and Cuba signed three accords.",
            "meeting",
            "Georgetown",
            "GY",
        ),
    ],
)
def test_event_in_a_town_whose_name_several_countries_share(nlp, text, kind, place, country):
    assert (place, country) in _where(nlp, text, kind)


@pytest.mark.parametrize(
    "text, place, country",
    [
        (
            "Brazilian President Ana Costa held talks with Paraguayan President Luis Benitez "
            "at the Palacio de Lopez in Asuncion on Monday.",
            "Asuncion",
            "PY",
        ),
        (
            "Egyptian President Omar Farouk landed at Bole International Airport on Monday "
            "for an African Union summit in Addis Ababa.",
            "Addis Ababa",
            "ET",
        ),
    ],
)
def test_event_at_a_venue_takes_the_city_named_with_it(nlp, text, place, country):
    found = _where(nlp, text, "meeting") | _where(nlp, text, "visit")
    assert (place, country) in found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's President Kofi Badu met Togolese President Faure Gnassingbe, the agency "
        "reported on Mon, 1 Jul 2024.",
        "Updated Mon, July 1, 2024: Ghana's President Kofi Badu met Togolese President "
        "Faure Gnassingbe.",
    ],
)
def test_an_abbreviated_weekday_of_a_date_is_no_town(nlp, text):
    """ "Mon" is a town in India, and the abbreviation of Monday before a date."""
    doc = nlp(make_doc(Article(url="urn:test", text=text, published=PUBLISHED), nlp))
    assert "Mon" not in {s.text for s in gazetteer_spans(doc) if s.label_ == "PLACE"}
    assert ("Mon", "IN") not in _where(nlp, text, "meeting")


def test_the_town_of_mon_stays_a_town(nlp):
    text = "Indian Prime Minister Arjun Rao visited Mon in Nagaland on Tuesday."
    doc = nlp(make_doc(Article(url="urn:test", text=text, published=PUBLISHED), nlp))
    assert "Mon" in {s.text for s in gazetteer_spans(doc) if s.label_ == "PLACE"}
