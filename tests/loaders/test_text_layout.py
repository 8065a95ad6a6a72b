"""Hard-wrapped copy is read as its sentences run (text_layout.join_wrapped_lines)."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.loaders.model import Article
from diplograph.loaders.pipeline import build_nlp, extract_article
from diplograph.loaders.text_layout import (
    drop_archive_fields,
    drop_keyword_lines,
    editor_note_line,
    join_wrapped_lines,
    keyword_line,
)

WRAPPED = """Kenyan President Amara Odinga on Tuesday arrived in
Oslo for a two-day state visit to the Norwegian capital,
his first trip to Europe since taking office in March.
He was met at the airport by Prime Minister Lars
Berg, who later hosted a dinner in his honour at the
official residence on the edge of the city centre.
Odinga is due to fly on to Lisbon on Thursday morning."""

SHORT_ENDS = """Japanese Foreign Minister Kenji Sato on
Monday flew to Lima for a three-day visit to the Peruvian
capital, his first to South America since taking office.
He was met at the airport by the
Lima mayor and later held talks with his
Peruvian counterpart, Foreign Minister Ana Torres."""


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a text wrapped at a fixed width: full lines without a stop run on
            WRAPPED,
            WRAPPED.replace("in\nOslo", "in Oslo")
            .replace("capital,\nhis", "capital, his")
            .replace("Lars\nBerg", "Lars Berg")
            .replace("the\nofficial", "the official"),
        ),
        (  # a line that starts in lower case goes on the sentence before it
            "The talks in Lima went on\nlate into the night, officials said.",
            "The talks in Lima went on late into the night, officials said.",
        ),
        (  # a headline and a dateline stay lines of their own
            "Odinga lands in Oslo\n\nOSLO, July 2 (Wire) - Kenyan President Amara Odinga "
            "arrived on Tuesday.",
            "Odinga lands in Oslo\n\nOSLO, July 2 (Wire) - Kenyan President Amara Odinga "
            "arrived on Tuesday.",
        ),
        (  # lines written one paragraph each are no wrapped text
            "Odinga arrived in Oslo\nThe visit is his first.\nBerg met him",
            "Odinga arrived in Oslo\nThe visit is his first.\nBerg met him",
        ),
        (  # in a wrapped text a short line that stops on "on", "the", "his" runs on
            SHORT_ENDS,
            SHORT_ENDS.replace("Sato on\nMonday", "Sato on Monday")
            .replace("Peruvian\ncapital", "Peruvian capital")
            .replace("the\nLima", "the Lima")
            .replace("his\nPeruvian", "his Peruvian"),
        ),
        (  # list items stay items
            "Stops on the tour:\n- Oslo\n- lisbon\n- Rome",
            "Stops on the tour:\n- Oslo\n- lisbon\n- Rome",
        ),
        ("", ""),
    ],
)
def test_text_layout_joins_lines_inside_a_sentence(text, expected):
    assert join_wrapped_lines(text) == expected


def test_text_layout_a_wrapped_article_is_read_whole():
    nlp = build_nlp()
    ex = extract_article(Article(url="urn:t", text=WRAPPED, published=dt.date(2024, 7, 3)), nlp)
    names = {p.key: p.name for p in ex.people}
    got = {
        (e.kind, tuple(sorted(names[k] for k in [e.visitor] + e.participants if k)), e.place)
        for e in ex.events
    }
    assert ("visit", ("Amara Odinga",), "Oslo") in got
    assert ("meeting", ("Amara Odinga", "Lars Berg"), "Oslo") in got
    assert ("visit", ("Amara Odinga",), "Lisbon") in got


ARCHIVE = (
    "Daily Courier Copyright (c) 1994 DATE: THURSDAY, January 13, 1994 TAG: 9401130231 "
    "SECTION: WORLD PAGE: A1 SOURCE: Associated Press DATELINE: OSLO, NORWAY LENGTH: Medium"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (ARCHIVE + "\n\nOdinga met Berg.", "\n\nOdinga met Berg."),  # an archive's record
        ("NOTE: the talks went on.\nOSLO: Odinga met Berg.",  # a label or two is prose
         "NOTE: the talks went on.\nOSLO: Odinga met Berg."),
    ],
)
def test_text_layout_drops_archive_record_fields(text, expected):
    assert drop_archive_fields(text) == expected


def test_text_layout_an_archive_record_is_no_place_and_gives_the_dateline():
    text = ARCHIVE + "\n\nKenyan President Amara Odinga held talks here with Prime Minister Lars Berg on Wednesday."
    ex = extract_article(Article(url="urn:t", text=text, published=dt.date(1994, 1, 13)), build_nlp())
    assert [(e.kind, e.place, e.country, e.date) for e in ex.events] == [
        ("meeting", "Oslo", "NO", "1994-01-12")
    ]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Tags: CELAC, Cuba, Raul Castro, Dilma Rousseff, Havana", True),
        ("Topics: Ghana | Togo | Nana Akufo-Addo", True),
        ("KEYWORDS: Ruto; Kenya; state visit; Seoul", True),
        ("William Ruto, kenya korea ties, Yoon Suk Yeol, ruto seoul visit, trade deals", True),
        ("Lula visit, brazil china trade, xi jinping, BRICS summit", True),
        # a sentence with a list, a dateline, a date line and a byline are no keywords
        ("Ruto, Yoon, Kishida, Albanese and Luxon met in Seoul.", False),
        ("Ruto, Yoon, Kishida and Luxon attended the dinner", False),
        ("SEOUL, Korea, June 4, 2023", False),
        ("Monday, June 4, 2023, 10:30 am", False),
        ("By Amara Mensah, Kofi Boateng and Lars Berg", False),
        ("Tags", False),
        ("Topics: Kenya", False),
    ],
)
def test_text_layout_tells_a_keyword_line(line, expected):
    assert keyword_line(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("(ATTN: UPDATES with Lee's calls, Suga's Hanoi trip in paras 5-8)", True),
        ("(Adds Ruto's trip to Oslo in paragraphs 4-6)", True),
        ("(Recasts with talks, adds quotes from Kremlin)", True),
        ("(Updates with arrival of Lula in Luanda)", True),
        ("(Corrects spelling of minister's name in paragraph 3)", True),
        ("(EDITOR'S NOTE: corrects date of the summit (June 4) in para 2)", True),
        # a credit line, a caption in brackets, a sentence in brackets are the story's
        ("(Additional reporting by Ana Silva; Editing by Lars Berg)", False),
        ("(Photo: Ruto and Støre in Oslo on Monday)", False),
        ("(Ruto updates the press on his talks in Oslo.)", False),
    ],
)
def test_text_layout_tells_an_editor_note(line, expected):
    assert editor_note_line(line) == expected


def test_text_layout_drops_keyword_lines():
    text = "Ruto met Yoon.\n\nruto, kenya korea ties, yoon suk yeol, seoul visit\nTags: Kenya, Korea"
    assert drop_keyword_lines(text) == "Ruto met Yoon.\n\n\n"


@pytest.mark.parametrize(
    "keywords",
    [
        "William Ruto, korea kenya trade , Han Duck-soo, s jaishankar, PM Ruto Kenyaa president",
        "Tags: William Ruto, Han Duck-soo, Choi Sang-mok, state visit",
    ],
)
def test_text_layout_a_keyword_line_names_no_one_the_story_tells(keywords):
    """A page's search terms glue names to words ("PM Ruto Kenyaa president") that would
    make a person of their own, whom the story's "President Ruto" resolves to, and set
    names side by side that the story keeps apart."""
    text = (
        "SEOUL, June 4 -\n\n" + keywords + "\n\n"
        "Kenyan President William Ruto met South Korean President Yoon Suk Yeol in Seoul on "
        "Monday and held fruitful talks with him.\n\n"
        "President Ruto also called on Prime Minister Han Duck-soo during his visit."
    )
    ex = extract_article(Article(url="urn:t", text=text, published=dt.date(2024, 6, 4)), build_nlp())
    names = {p.key: p.name for p in ex.people}
    got = sorted(
        (e.kind, tuple(sorted(names[k] for k in [e.visitor] + e.participants if k)))
        for e in ex.events
    )
    assert got == [
        ("meeting", ("Han Duck-soo", "William Ruto")),
        ("meeting", ("William Ruto", "Yoon Suk Yeol")),
        ("visit", ("William Ruto",)),
    ]
    assert {p.name: p.country for p in ex.people}["Han Duck-soo"] == "KR"
