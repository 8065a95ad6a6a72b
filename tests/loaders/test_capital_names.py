"""Surnames written in capitals by official texts, read in the case of the rest of the name."""

from __future__ import annotations

import pytest

from diplograph.loaders.capital_names import title_case_capital_names

ACRONYMS = {"NATO", "ASEAN", "UAE", "UN"}
OFFICES = frozenset({"ceo", "chief", "executive", "secretary", "president", "minister"})


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ministry's style: the family name first, in capitals, after a form of address
        ("Mr. KISHIDA Fumio, Prime Minister of Japan", "Mr. Kishida Fumio, Prime Minister of Japan"),
        ("H.E. Mr. Mateusz MORAWIECKI said", "H.E. Mr. Mateusz Morawiecki said"),
        ("President Emmanuel MACRON received Chancellor Olaf SCHOLZ",
         "President Emmanuel Macron received Chancellor Olaf Scholz"),
        ("Foreign Minister Sameh SHOUKRY and Mr. Ayman AL-SAFADI",
         "Foreign Minister Sameh Shoukry and Mr. Ayman Al-Safadi"),
        ("Ambassador Mary O'NEILL met Ms. TRAN Thi Ha",
         "Ambassador Mary O'Neill met Ms. Tran Thi Ha"),
        ("POPE Francis arrived", "Pope Francis arrived"),
        # acronyms, short forms, numerals: left alone
        ("NATO Secretary General Mark RUTTE", "NATO Secretary General Mark Rutte"),
        ("the ASEAN Regional Forum and the UAE Minister", "the ASEAN Regional Forum and the UAE Minister"),
        ("the BJP Government and PM Modi", "the BJP Government and PM Modi"),
        ("King Arun III and Pope Pius XII", "King Arun III and Pope Pius XII"),
        # bylines, headlines and datelines in capitals touch no capitalised word
        ("By OTIENO MUGA", "By OTIENO MUGA"),
        ("PM MODI MEETS PUTIN IN MOSCOW", "PM MODI MEETS PUTIN IN MOSCOW"),
        ("NAIROBI - Kenyan President William Ruto", "NAIROBI - Kenyan President William Ruto"),
        ("talks on Monday. WASHINGTON - The", "talks on Monday. WASHINGTON - The"),
    ],
)
def test_capital_surnames_take_the_names_case(text, expected):
    assert title_case_capital_names(text, ACRONYMS) == expected


def test_every_character_stays_in_place():
    text = "İSTANBUL Mayor Ekrem İMAMOĞLU met Mr. ZELENSKYY."
    out = title_case_capital_names(text, ACRONYMS)
    assert len(out) == len(text)
    assert "Zelenskyy" in out


@pytest.mark.parametrize(
    "text",
    [
        "RDIF CEO Ivan Petrov attended",  # an office in capitals is no surname
        "RDIF Chief Executive Kirill Dmitriev",  # capitals before an office: a body's name
        "SADC Executive Secretary Elias Magosi",
    ],
)
def test_capitals_before_an_office_are_a_body(text):
    assert title_case_capital_names(text, ACRONYMS, OFFICES) == text
