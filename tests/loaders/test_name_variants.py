"""Spellings of one name, and names that only look alike."""
from __future__ import annotations

import pytest

from diplograph.loaders.name_variants import (
    fold_person_name,
    strip_glued_office,
    variant_names,
)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Alexios Tsipras", "Alexis Tsipras"),  # transliteration of the given name
        ("Enrico Pena Nieto", "Enrique Peña Nieto"),  # Italianised, accent lost
        ("Hamad Karzai", "Hamid Karzai"),  # a typo in a record
        ("Benyamin Netanyahu", "Benjamin Netanyahu"),
        ("Dimitry A. Medvedev", "Dmitry Medvedev"),  # initial, and a letter more
        ("Konstandions Simitis", "Konstandinos Simitis"),  # letters swapped
        ("Radosław Sikorski", "Radoslaw Sikorski"),  # a letter NFKD cannot take apart
        ("Kin Dae-Jung", "Kim Dae-jung"),  # a typo in a short given name
        ("Kim Jong-il", "Kim Jong Il"),  # hyphen or not
        ("Salman bin Abdel Aziz al-Saud", "Salman bin Abdulaziz Al Saud"),
        ("Salman bin Abd al Aziz bin Saud", "Salman bin Abdulaziz Al Saud"),
        ("Salman bin Abdulaziz", "Salman bin Abdel Aziz al-Saud"),  # the short form
        ("Mohammad bin Salman al-Saud", "Mohammed bin Salman"),
        ("Luiz Lula da Silva", "Luiz Inácio Lula da Silva"),  # a middle name left out
        ("Anibal Antonio Cavaco e Silva", "Aníbal Cavaco Silva"),
        ("Abdel Fattah El-Sisi", "Abdul Fatah Khalil Al-Sisi"),
        ("F.W. de Klerk", "Frederik Willem de Klerk"),  # initials of the given names
        ("Benigno Aquino 3rd", "Benigno S. Aquino III"),  # "3rd" is "III"
        ("Ferdinand Marcos Jr", "Ferdinand Romualdez Marcos Jr."),
        ("Abiy Ahmed", "Abiy Ahmed Ali"),  # the first words as they are, the last left out
        ("Felix Tshisekedi", "Felix Tshisekedi Tshilombo"),
    ],
)
def test_name_variants_one_person_spelled_two_ways(a, b):
    assert variant_names(a, b)
    assert variant_names(b, a)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Benigno Aquino", "Benigno S. Aquino III"),  # Jr. (no numeral here) and his son
        ("Benigno Aquino Jr.", "Benigno S. Aquino III"),
        ("Ferdinand Marcos", "Ferdinand Marcos Jr."),  # father and son
        ("Abdullah II bin Al-Hussein", "Abdullah bin Abdulaziz Al Saud"),  # two King Abdullahs
        ("George W. Bush", "George H. W. Bush"),  # other middle initials
        ("Kim Il", "Kim Jong Il"),  # a short name is not a shortened one
        ("Helmut Schmidt", "Helle Thorning-Schmidt"),
        ("Kyriakos Mitsotakis", "Konstantinos Mitsotakis"),
        ("Juan Manuel Santos", "José Eduardo dos Santos"),
        ("Hamad bin Khalifa Al Thani", "Hamad bin Jassim bin Jaber Al Thani"),
        ("Mohammed Ali", "Mahmood Ali"),
        ("Paul O'Neill", "Peter O'Neill"),
        ("Karzai", "Hamid Karzai"),  # a bare surname is for the context to settle
        ("Kim Jong-un", "Kim Jong Il"),  # close to the first words, but not them
        ("Kim Jong", "Kim Jong Il"),  # first words too short to tell anyone apart
        ("Karan Singh", "K. Natwar Singh"),  # an initial before the name one goes by
        ("Sunil Kumar", "S. Jagdish Kumar"),
        ("Juana Lopez", "J. Carmen Lopez"),
    ],
)
def test_name_variants_different_people_stay_apart(a, b):
    assert not variant_names(a, b)
    assert not variant_names(b, a)


@pytest.mark.parametrize(
    "name,words,generations",
    [
        ("Benigno S. Aquino 3rd", ("benigno", "s", "aquino"), {"iii"}),
        ("Abdullah II bin Al-Hussein", ("abdullah", "hussein"), {"ii"}),
        ("Park Geun-hye", ("park", "geunhye"), set()),
        ("Rudolphus F. M. (Ruud) Lubbers", ("rudolphus", "f", "m", "lubbers"), set()),
        ("Fiamē Naomi Mata’afa", ("fiame", "naomi", "mataafa"), set()),
        ("Mr. Ban Ki-moon", ("ban", "kimoon"), set()),
    ],
)
def test_name_variants_fold(name, words, generations):
    folded = fold_person_name(name)
    assert folded.words == words
    assert folded.generations == generations


@pytest.mark.parametrize(
    "name,plain",
    [
        ("Quartet Representative Tony Blair", "Tony Blair"),
        ("Interim Prime Minister Ayad Allawi", "Ayad Allawi"),
        ("Heir Apparent Sheikh Tamin al-Thani", "Tamin al-Thani"),
        ("Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
        ("Haji Hassanal Bolkiah", "Hassanal Bolkiah"),
        ("Sheikh Hasina", "Sheikh Hasina"),  # two words stay: the honorific is her name
        ("King Salman", "King Salman"),
        ("Prince Harry", "Prince Harry"),
        ("Tony Blair", "Tony Blair"),
    ],
)
def test_name_variants_strip_glued_office(name, plain):
    assert strip_glued_office(name) == plain
