"""Outlets: the article's own outlet and the agencies it credits name no person or place."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.loaders.components.outlets import outlet_country, outlet_names
from diplograph.loaders.model import Article
from diplograph.loaders.pipeline import extract_article


@pytest.mark.parametrize(
    "source, text, expected",
    [
        ("Prensa Andina", "Lima, May 2 (Prensa Andina) The president ...", {"Prensa Andina"}),
        ("The Straits Times (Reuters)", "The talks ...", {"The Straits Times", "Reuters"}),
        ("Daily Courier (via Sahel Wire)", "The talks ...", {"Daily Courier", "Sahel Wire"}),
        (None, "ACCRA, Oct 3 (Gold Coast Agency) -- The talks ...", {"Gold Coast Agency"}),
        (None, "ACCRA - The president said (in a speech) ...", set()),
        (None, "ACCRA, May 3 (updated) - The president ...", set()),
        ("IOL", "Pretoria, 3 May (SAPA) - ...", {"IOL", "SAPA"}),
        ("Daily News (Dar es Salaam), via AllAfrica", "...", {"Daily News", "AllAfrica"}),
        ("Capital FM (Nairobi)", "NAIROBI, May 6 (Kenya) - ...", {"Capital FM"}),
    ],
)
def test_outlet_names(source, text, expected):
    assert outlet_names(source, text) == expected


def _read(text, source, published=dt.date(2015, 5, 26)):
    found = extract_article(Article(url="urn:t", text=text, published=published, source=source))
    names = {p.key: p.name for p in found.people}
    events = {
        (e.kind, tuple(sorted(names[k] for k in ([e.visitor] if e.kind == "visit" else e.participants))),
         e.place)
        for e in found.events
    }
    return set(names.values()), events


@pytest.mark.parametrize(
    "source, text",
    [
        (
            "Prensa Andina",
            "Lima, May 26 (Prensa Andina) Chilean President Ana Soto begins a state visit "
            "to Peru today. She will meet here with the mayor of Lima, Jorge Vela, a "
            "deputy minister told Prensa Andina.",
        ),
        (
            "Daily Courier (Sahel Wire)",
            "Niamey, May 26 (Sahel Wire) - Chilean President Ana Soto began a state visit "
            "to Niger today. She held talks with Prime Minister Ali Issa, officials told "
            "Sahel Wire.",
        ),
        (
            "Meridian Post",
            "Chilean President Ana Soto arrived in Quito today. Speaking to Meridian Post, "
            "she said she would meet President Luis Mora.",
        ),
    ],
)
def test_an_outlet_is_no_person(source, text):
    people, events = _read(text, source)
    outlet = outlet_names(source, text)
    assert not outlet & people
    assert all(not outlet & set(who) for _kind, who, _place in events)
    assert any(kind == "visit" and who == ("Ana Soto",) for kind, who, _place in events)


@pytest.mark.parametrize("agency", ["Xinhua", "Tongshan"])  # both are also towns
def test_an_outlet_heading_the_text_is_no_place(agency):
    text = (
        f"{agency}, February 15, 2015\n\nSri Lankan President Kamal Perera left on Sunday "
        "for India on a four-day official visit, his office said here."
    )
    _people, events = _read(text, agency, dt.date(2015, 2, 15))
    assert {place for _k, _w, place in events} <= {None}
    assert events


@pytest.mark.parametrize(
    "url, country",
    [
        ("https://www.dailynews.co.tz/news/2019/talks", "TZ"),
        ("https://english.example.org.eg/News/1.aspx", "EG"),
        ("https://www.example.co.uk/world/2009/07/12/a", "GB"),
        ("http://example.com.au:8080/story", "AU"),
        ("https://example.com/2019/talks", None),
        ("https://example.net/a", None),
        ("https://news.example.co/a", None),  # a code sites take for its letters
        ("https://example.eu/a", None),  # no state
        ("urn:diplograph:seed:talks", None),
        (None, None),
    ],
)
def test_outlet_country_from_its_address(url, country):
    assert outlet_country(url) == country


def _offices(url, text, published=dt.date(2020, 2, 29)):
    ex = extract_article(Article(url=url, text=text, published=published))
    return {p.name: (p.title, p.country) for p in ex.people}


@pytest.mark.parametrize(
    "url, country",
    [
        ("https://example.eg/news/talks", "EG"),
        ("https://example.com.ng/news/talks", "NG"),
        ("https://example.co.ke/news/talks", "KE"),
    ],
)
def test_a_national_papers_own_officials(url, country):
    """A national paper names its own officials with no country: with no dateline, the
    outlet's country is theirs, not that of the foreign official the sentence names."""
    text = "Foreign Minister Lena Ortiz held talks with US Treasury Secretary Amos Reed."
    assert _offices(url, text)["Lena Ortiz"] == ("Foreign Minister", country)


def test_a_dateline_outweighs_the_outlet():
    text = "KAMPALA - Foreign Minister Lena Ortiz held talks with US Treasury Secretary Amos Reed."
    assert _offices("https://example.eg/news/talks", text)["Lena Ortiz"] == ("Foreign Minister", "UG")


def test_the_sentences_own_state_outweighs_the_outlet():
    text = (
        "The president passed over Kenya and Nigeria, whose Foreign Minister, Lena Ortiz, "
        "had complained."
    )
    assert _offices("https://example.co.uk/news/a", text)["Lena Ortiz"] == ("Foreign Minister", "NG")
