"""The pages, their .json twins and the linked-data view, over HTTP from the running server."""
from __future__ import annotations

import re

import pytest
import requests
from rdflib import Graph, Literal, URIRef

from .conftest import (
    FORMULA,
    HOSTILE_NAME,
    HOSTILE_OTHER,
    HOSTILE_PERSON,
    HOSTILE_TITLE,
    HOSTILE_URL,
    MODI,
)

ID = "https://w3id.org/diplograph/id/"
RAW_PAYLOADS = ["<script>alert", "<img src=x", "</script><b>", "<b>Paris</b>", "<i>Evil</i>"]


def get(server: str, path: str, **kwargs):
    return requests.get(server + path, timeout=60, **kwargs)


def path_of(iri: str) -> str:
    return "/id/" + iri[len(ID):]


def first_link(html: str, prefix: str) -> str:
    return re.search(rf'href="({re.escape(prefix)}[^"]+)"', html).group(1)


@pytest.fixture(scope="module")
def paths(server) -> dict[str, str]:
    """One page of each kind, found by following links from the search page."""
    search = get(server, "/search", params={"q": "PM Modi"}).text
    person = first_link(search, "/id/person/")
    page = get(server, person).text
    event = first_link(page, "/id/event/")
    article = first_link(get(server, event).text, "/id/article/")
    return {"home": "/", "search": "/search?q=modi", "person": person, "event": event,
            "article": article, "country": "/id/country/RU", "organisation": "/id/organisation/sco",
            "place": first_link(get(server, article).text, "/id/place/"),
            "sparql form": "/sparql"}


@pytest.mark.parametrize("kind", ["home", "search", "person", "event", "article", "country",
                                  "organisation", "place", "sparql form"])
def test_pages_render_offline_and_escaped(server, paths, kind):
    resp = get(server, paths[kind])
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("text/html")
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    html = resp.text
    outside = r"<(?:script|img|iframe|link)\b[^>]*\b(?:src|href)\s*=\s*\"https?:"
    assert re.findall(outside, html) == []
    assert "<script" not in html
    for payload in RAW_PAYLOADS:
        assert payload not in html


@pytest.mark.parametrize("kind", ["home", "search", "person", "event", "article", "country",
                                  "organisation", "place"])
def test_pages_json_twin(server, paths, kind):
    path = paths[kind]
    twin = "/index.json" if path == "/" else path.replace("/search?", "/search.json?") \
        if path.startswith("/search") else path + ".json"
    resp = get(server, twin)
    assert resp.status_code == 200 and resp.headers["Content-Type"] == "application/json"
    data = resp.json()
    assert data["title"]
    assert f'href="{twin}"' in get(server, path).text.replace("&amp;", "&")


@pytest.mark.parametrize("name", ["Narendra Modi"])
def test_pages_person(server, name):
    data = get(server, path_of(MODI) + ".json").json()
    assert data["names"][0] == name and data["offices"][0]["title"] == "Prime Minister"
    meeting = next(e for e in data["timeline"] if e["kind"] == "meeting")
    assert [w["label"] for w in meeting["with"]] == ["Vladimir Putin"]
    assert meeting["reports"] == 2 and meeting["disputed"] is True
    assert {s["url"] for s in meeting["sources"]} == {"https://example.org/a/1",
                                                     "https://example.org/a/2"}
    assert meeting["evidence"] in ("Narendra Modi met Vladimir Putin in Moscow on Tuesday.",
                                   "Indian Prime Minister Narendra Modi will meet Russian "
                                   "President Vladimir Putin in Moscow on Monday.")
    call = next(e for e in data["timeline"] if e["kind"] == "call")
    assert call["date"] == "2023" and call["with"][0]["label"] == "Volodymyr Zelenskyy"


@pytest.mark.parametrize("dates", [["2024-07-08", "2024-07-09"]])
def test_pages_event_reports_and_dispute(server, dates):
    person = get(server, path_of(MODI) + ".json").json()
    meeting = next(e for e in person["timeline"] if e["kind"] == "meeting")
    data = get(server, meeting["path"] + ".json").json()
    assert data["dates"] == dates and data["disputed"] is True
    assert len(data["reports_list"]) == 2 and len(data["members"]) == 2
    assert {r["start"] for r in data["reports_list"]} == {"0"}
    html = get(server, meeting["path"]).text
    assert "reports disagree: 2024-07-08 / 2024-07-09" in html


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"),
                                        ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld")])
def test_pages_linked_data(server, accept, fmt):
    resp = get(server, path_of(MODI), headers={"Accept": accept})
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith(accept)
    g = Graph().parse(data=resp.content, format=fmt)
    assert (URIRef(MODI), URIRef("https://schema.org/name"), Literal("Narendra Modi")) in g
    assert get(server, path_of(MODI) + ".ttl").headers["Content-Type"].startswith("text/turtle")


@pytest.mark.parametrize("path", ["/id/person/nobody", "/id/event/0000", "/id/country/ZZ",
                                  "/id/article/none", "/id/x/y"])
def test_pages_not_found(server, path):
    assert get(server, path).status_code == 404
    assert get(server, path + ".json").status_code == 404
    assert get(server, path, headers={"Accept": "text/turtle"}).status_code == 404


@pytest.mark.parametrize("query,hit", [
    ("modi", "Narendra Modi"), ("PM Modi", "Narendra Modi"), ("putin", "Vladimir Putin"),
    ("Russia", "Russian Federation"), ("<script>", None), ('" } DROP ALL #', None)])
def test_pages_search_forgiving(server, query, hit):
    hits = get(server, "/search.json", params={"q": query}).json()["hits"]
    assert (hit in [h["label"] for h in hits]) if hit else isinstance(hits, list)


@pytest.mark.parametrize("value", [HOSTILE_NAME, HOSTILE_OTHER, FORMULA, HOSTILE_TITLE])
def test_pages_hostile_values_shown_as_text(server, value):
    data = get(server, path_of(HOSTILE_PERSON) + ".json").json()
    assert HOSTILE_NAME in data["names"] and FORMULA in data["names"]
    html = get(server, path_of(HOSTILE_PERSON)).text
    article = first_link(html, "/id/article/")
    page = get(server, article).text + html
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace('"', "&#34;")
    assert escaped in page and (value == FORMULA or value not in page)


@pytest.mark.parametrize("url", [HOSTILE_URL])
def test_pages_hostile_url_never_a_link(server, url):
    html = get(server, path_of(HOSTILE_PERSON)).text
    article_html = get(server, first_link(html, "/id/article/")).text
    assert 'href="https://example.org/&lt;script' not in article_html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in article_html


@pytest.mark.parametrize("hops", [1])
def test_pages_network_view(server, hops):
    resp = get(server, path_of(MODI) + "/network")
    assert resp.status_code == 200 and 'id="dg-panel"' in resp.text
    assert "Narendra Modi: network" in resp.text
    data = get(server, path_of(MODI) + "/network.json").json()
    assert MODI in {n["id"] for n in data["nodes"]} and data["links"]
    assert get(server, "/id/person/nobody/network").status_code == 404


@pytest.mark.parametrize("per_page", [1, 2])
def test_pages_person_timeline_paged(served_path, per_page):
    from diplograph.graph.store import open_store
    from diplograph.serve.timelines import person_page

    with open_store(served_path, read_only=True) as store:
        first = person_page(store, MODI, per_page=per_page)
        total = sum(first["counts"].values())
        assert first["pages"] == -(-total // per_page) and len(first["timeline"]) <= per_page
        seen = [e["iri"] for p in range(1, first["pages"] + 1)
                for e in person_page(store, MODI, page=p, per_page=per_page)["timeline"]]
        assert len(seen) == len(set(seen))
        last = person_page(store, MODI, page=999, per_page=per_page)
        assert last["page"] == first["pages"]
    dates = [e["date"] for e in first["timeline"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("code,year,visitor", [("RU", "2024", "Narendra Modi")])
def test_pages_country_by_year(server, code, year, visitor):
    data = get(server, f"/id/country/{code}.json").json()
    assert data["year"] == year and data["years"][0] == {"year": year, "in": 1, "out": 0,
                                                        "link": f"?year={year}"}
    assert [v["visitor"] for v in data["visits_in"]] == [visitor]
    india = get(server, "/id/country/IN.json", params={"year": year}).json()
    assert [v["country"] for v in india["visits_out"]] == [code]
    assert get(server, f"/id/country/{code}", params={"year": "<x>"}).status_code == 200


@pytest.mark.parametrize("path", ["/id/person/a%3E%20%7D%20DROP%20ALL%20%23", "/id/person/a%22b",
                                  "/id/person/%3Cscript%3E", "/id/country/%3Cx%3E",
                                  "/id/event/a%20b.json", "/id/", "/id/person/x/network/y"])
def test_pages_hostile_addresses_not_found(server, path):
    assert get(server, path).status_code == 404
    assert get(server, path, headers={"Accept": "text/turtle"}).status_code == 404


@pytest.mark.parametrize("acronym,date", [("sco", "2024-07-08 | 2024-07-09")])
def test_pages_organisation_events(server, acronym, date):
    data = get(server, f"/id/organisation/{acronym}.json").json()
    assert data["total"] == 1 and data["pages"] == 1
    assert data["events"][0]["date"] == date and data["events"][0]["occasion"] == "SCO"
