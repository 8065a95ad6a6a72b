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
        (
            "Envoys of the Democratic Republic of Congo and the Republic of Congo met.",
            {
                ("Democratic Republic of Congo", "COUNTRY", "CD"),
                ("Republic of Congo", "COUNTRY", "CG"),
            },
        ),
        ("The talks took place in Kuwait City.", {("Kuwait City", "PLACE", "KW")}),
        (  # a state's formal name with a possessive in it, whole, also after an office
            "The Foreign Minister of the People's Republic of China arrived.",
            {("Foreign Minister", "TITLE", "Foreign Minister"),
             ("People's Republic of China", "COUNTRY", "CN")},
        ),
        (
            "Envoys of the Lao People's Democratic Republic and India's premier met.",
            {("Lao People's Democratic Republic", "COUNTRY", "LA"), ("India", "COUNTRY", "IN"),
             ("premier", "TITLE", "Premier")},
        ),
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
        ("Leaders of the Non-Aligned Movement gathered.", "NAM"),
        ("The NAM summit opened.", "NAM"),
        # house styles that write a pronounceable acronym as a word
        ("Asean leaders gathered.", "ASEAN"),
        ("The Saarc summit was put off.", "SAARC"),
        ("Ecowas envoys flew to Niamey.", "ECOWAS"),
        ("Opec ministers met in Vienna.", "OPEC"),
        ("The Sadc summit opened.", "SADC"),
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


@pytest.mark.parametrize(
    "text, country",
    [
        (
            "The chancellor arrived in Vilnius by train from Poland. Crowds lined the streets "
            "of the capital.",
            "LT",
        ),
        (
            "The president paid a surprise visit to Kyiv, days after Russia's strikes, and "
            "toured the capital on foot.",
            "UA",
        ),
        (
            "Lima's mayor welcomed the guests. The French president later toured the capital.",
            "PE",
        ),
        ("He landed at Paro International Airport and drove to the capital.", "BT"),
        (
            "The Kenyan leader landed in Ankara on Friday, weeks after the fighting in Sudan "
            "flared. Officials met him at a villa outside the capital.",
            "TR",
        ),
        (
            "The tour opened with a trip to Mongolia. He toured the capital by car.",
            "MN",
        ),
    ],
)
def test_the_capital_is_that_of_the_country_the_story_was_last_in(nlp, text, country):
    capitals = [s.kb_id_ for s in _gaz(nlp, text) if s.label_ == "CAPITAL"]
    assert capitals == [country]


def _gaz(nlp, text):
    return list(nlp(make_doc(Article(url="urn:test", text=text), nlp)).spans["dg_gazetteer"])


@pytest.mark.parametrize(
    "name, country", [("Victoria", "CA"), ("Kingston", "JM"), ("Moscow", "RU")]
)
def test_shared_name_alone_is_the_best_known_place(name, country):
    assert lexicon().places[name].country == country


@pytest.mark.parametrize(
    "name, country",
    [
        ("Republic of Niger", "NE"),  # ISO: "Republic of the Niger"
        ("Republic of Nigeria", "NG"),  # ISO: "Federal Republic of Nigeria"
        ("Republic of Tanzania", "TZ"),  # ISO: "United Republic of Tanzania"
        ("Republic of Gambia", "GM"),
        ("Republic of Congo", "CG"),  # not the Democratic Republic's
        ("Republic of China", None),  # Taiwan's style, not the People's Republic
    ],
)
def test_a_states_formal_style_with_its_common_name_names_it(name, country):
    assert lexicon().countries.get(name) == country


@pytest.mark.parametrize("name, country", [("Tromso", "NO"), ("Tromsø", "NO")])
def test_gazetteer_small_city_spelled_without_its_special_letters(name, country):
    place = lexicon().places.get(name)
    assert place is not None and place.country == country


def _places(nlp, text):
    """(text, label, country) of the place and seat mentions that are no person's name."""
    doc = nlp(make_doc(Article(url="urn:test", text=text), nlp))
    people = {i for s in doc.spans["dg_people"] for i in range(s.start, s.end)}
    return {
        (s.text, s.label_, s.kb_id_)
        for s in doc.spans["dg_gazetteer"]
        if s.label_ in ("PLACE", "SEAT") and not people.intersection(range(s.start, s.end))
    }


@pytest.mark.parametrize(
    "text, word",
    [
        ("The Republic celebrated its national day with a parade.", "Republic"),
        ("Airport staff went on strike over pay.", "Airport"),
        ("Most delegates had left by the evening session.", "Most"),
        ("Central bankers from the region gathered for the forum.", "Central"),
        ("University students marched against the treaty.", "University"),
        ("The Liberal leader said the vote was close.", "Liberal"),
    ],
)
def test_common_word_that_names_a_small_town_is_no_place_alone(nlp, text, word):
    assert word not in {t for t, _, _ in _places(nlp, text)}


@pytest.mark.parametrize(
    "text, place, country",
    [
        ("The envoy stopped in Enterprise, Alabama, on his way south.", "Enterprise", "US"),
        ("She grew up in the town of Normal before entering politics.", "Normal", "US"),
    ],
)
def test_common_word_town_is_a_place_where_the_text_places_it(nlp, text, place, country):
    assert (place, "PLACE", country) in _places(nlp, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Troops from the Democratic Republic of Congo joined the mission.", "Republic"),
        ("He was greeted by Mr Kim on the tarmac.", "Kim"),
        ("The guests toured Kim Il Sung Square after the ceremony.", "Kim"),
        ("She laid a wreath at the Lincoln Memorial before the talks.", "Lincoln"),
        ("His plane touched down at Paya Lebar Air Base after midnight.", "Paya Lebar"),
        ("The banquet was held at the Bunga Raya Complex of the airport.", "Raya"),
        ("The leaders signed the accord at the Palacio de Lopez.", "Lopez"),
        ("The leaders signed the accord at the Palacio de Lopez.", "Palacio"),
        ("The minister met him at the Akasaka State Guest House.", "Akasaka"),
    ],
)
def test_word_inside_a_longer_name_or_a_venue_is_no_place(nlp, text, word):
    assert word not in {t for t, _, _ in _places(nlp, text)}


@pytest.mark.parametrize(
    "text, place, country",
    [
        ("They signed the pipeline deal at State House Entebbe.", "Entebbe", "UG"),
        ("The summit opened at the Kigali Convention Centre.", "Kigali", "RW"),
    ],
)
def test_town_named_with_its_venue_stays_a_place(nlp, text, place, country):
    assert (place, "PLACE", country) in _places(nlp, text)


@pytest.mark.parametrize(
    "text, airport, country, city",
    [
        (
            "The president landed at Jomo Kenyatta International Airport on Monday.",
            "Jomo Kenyatta International Airport",
            "KE",
            "Nairobi",
        ),
        (
            "The delegation was received at OR Tambo International Airport.",
            "OR Tambo International Airport",
            "ZA",
            "Johannesburg",
        ),
        ("He arrived at Changi Airport in the afternoon.", "Changi Airport", "SG", "Singapore"),
        (
            "She was welcomed at Kotoka International Airport.",
            "Kotoka International Airport",
            "GH",
            "Accra",
        ),
        (
            "The prime minister landed at Vnukovo airport late at night.",
            "Vnukovo airport",
            "RU",
            "Moscow",
        ),
        ("They flew out of JFK airport on Friday.", "JFK airport", "US", "New York"),
    ],
)
def test_airport_gives_its_city_from_the_airport_data(nlp, text, airport, country, city):
    assert (airport, "SEAT", country) in _places(nlp, text)
    assert lexicon().seats[airport] == (country, city)


def test_airport_the_data_does_not_know_gives_no_place_inside_its_name(nlp):
    text = "The guest arrived at Kofi Mensah-Boateng International Airport on Sunday."
    assert _places(nlp, text) == set()


@pytest.mark.parametrize(
    "text, place, country",
    [
        ("The two men met in Moscow on Tuesday.", "Moscow", "RU"),
        ("The senator spoke at a rally in Moscow, Idaho, on Tuesday.", "Moscow", "US"),
        (
            "Xi flew to St. Petersburg for the G20 summit and met the US president.",
            "St. Petersburg",
            "RU",
        ),
        ("The governor met reporters in St. Petersburg, Florida.", "St. Petersburg", "US"),
        ("After lunch at Downing Street the guests drove to Windsor.", "Windsor", "GB"),
        ("The ferry left Victoria, British Columbia, at dawn.", "Victoria", "CA"),
        ("The king of Spain opened the fair in Cordoba, in southern Spain.", "Cordoba", "ES"),
        ("Argentina's president flew to Cordoba on Monday.", "Cordoba", "AR"),
        (
            "The two foreign ministers met in Geneva, where the US delegation stayed.",
            "Geneva",
            "CH",
        ),
    ],
)
def test_name_shared_by_towns_in_several_countries_takes_the_country_of_its_context(
    nlp, text, place, country
):
    assert (place, "PLACE", country) in _places(nlp, text)


@pytest.mark.parametrize(
    "name, country",
    [
        ("St. Petersburg", "RU"),
        ("Saint Petersburg", "RU"),
        ("Nur-Sultan", "KZ"),
        ("Al-Ula", "SA"),
        ("AlUla", "SA"),
        ("Brasilia", "BR"),
        ("Brasília", "BR"),
        ("Asuncion", "PY"),
        ("Lome", "TG"),
        ("Kiev", "UA"),
        ("Bombay", "IN"),
        ("Cologne", "DE"),
        ("Rangoon", "MM"),
        # the short forms the region's own press uses, over a smaller town of that name
        ("Dar", "TZ"),
        ("Addis", "ET"),
        ("Joburg", "ZA"),
        ("Rio", "BR"),
        ("N'Djamena", "TD"),
        ("Ndjamena", "TD"),
        # a long name's transliteration a letter apart, from GeoNames' alternate names
        ("Addis Abeba", "ET"),
        ("Abu Dabi", "AE"),
        ("Fujaira", "AE"),
        # the Arabic article written with a capital or not, with a hyphen or a space
        ("Sharm El-Sheikh", "EG"),
        ("Sharm El Sheikh", "EG"),
        ("Sharm el-Sheikh", "EG"),
        ("Ras Al-Khaimah", "AE"),
        ("Ras al Khaimah", "AE"),
        ("Dar Es Salaam", "TZ"),
    ],
)
def test_city_found_by_its_spellings_and_other_names(name, country):
    place = lexicon().places.get(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize("word", ["Soul", "Rim", "No", "Stalin", "Amano", "Google", "Lime"])
def test_foreign_names_of_cities_that_are_english_words_are_no_place(word):
    assert word not in lexicon().places


@pytest.mark.parametrize(
    "text", ["He flew from St. Petersburg to Minsk.", "The talks in Saint Petersburg ended."]
)
def test_st_petersburg_read_as_one_place(nlp, text):
    found = _places(nlp, text)
    assert any(t.endswith("Petersburg") and t != "Petersburg" and c == "RU" for t, _, c in found)


@pytest.mark.parametrize(
    "region, country", [("British Columbia", "CA"), ("South Carolina", "US"), ("Ontario", "CA")]
)
def test_states_and_provinces_are_regions(region, country):
    place = lexicon().places[region]
    assert place.country == country and place.kind == "region"


def test_every_alias_names_a_city_of_the_table():
    from diplograph.loaders.components.lexicon import _rows

    missing = [
        alias for alias, _, cc, *_ in _rows("place_aliases.tsv") if lexicon().places.get(alias) is None
    ]
    assert missing == []


@pytest.mark.parametrize(
    "short, full",
    [("Rio", "Rio de Janeiro"), ("Addis", "Addis Ababa"), ("Dar", "Dar es Salaam"),
     ("Joburg", "Johannesburg"), ("Hague", "The Hague")],
)
def test_a_towns_short_form_names_it_in_full(short, full):
    assert lexicon().town_names[short] == full


@pytest.mark.parametrize("name", ["Frankfurt", "Cologne", "Bombay", "Peking", "Mecca"])
def test_an_exonym_or_former_name_is_kept_as_written(name):
    assert name not in lexicon().town_names


@pytest.mark.parametrize(
    "text, place, country",
    [
        ("The ministers met in Tadoussac, Quebec, on Friday.", "Tadoussac", "CA"),
        ("The two families stayed at Kiawah, South Carolina, for a week.", "Kiawah", "US"),
        ("The treaty was signed in the Peruvian town of Paracas last spring.", "Paracas", "PE"),
        ("Talks resumed in the Indian resort town of Kovalam.", "Kovalam", "IN"),
        (
            "Greek President Eleni Pappas hosted him at her villa in Porto Heli, a seaside resort.",
            "Porto Heli",
            "GR",
        ),
        (
            "The delegation toured Senegal and stopped in the fishing village of Kayar.",
            "Kayar",
            "SN",
        ),
    ],
)
def test_town_no_table_knows_is_read_where_the_text_calls_it_a_town(nlp, text, place, country):
    assert (place, "PLACE", country) in _places(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The guests were received at State House, Nairobi, on Monday.", "State House"),
        ("He spoke in Parliament, London, to a full chamber.", "Parliament"),
        ("The city of Light welcomed visitors.", "Light"),
    ],
)
def test_venue_or_common_word_is_not_taken_for_an_unknown_town(nlp, text, name):
    assert name not in {t for t, _, _ in _places(nlp, text)}


def test_town_read_once_is_the_same_town_elsewhere_in_the_article(nlp):
    text = "The summit opened in Tadoussac, Quebec. Leaders left Tadoussac on Sunday."
    assert _spans(nlp, text).count(("Tadoussac", "CA")) == 2


def _spans(nlp, text):
    doc = nlp(make_doc(Article(url="urn:test", text=text), nlp))
    return [(s.text, s.kb_id_) for s in doc.spans["dg_gazetteer"] if s.label_ == "PLACE"]


@pytest.mark.parametrize(
    "text, city",
    [
        ("He met the Governor of Makkah Region at the airport.", "Makkah"),
        ("Shelling hit villages in the Kharkiv region overnight.", "Kharkiv"),
    ],
)
def test_city_naming_its_region_is_no_city(nlp, text, city):
    assert city not in {t for t, _, _ in _places(nlp, text)}


@pytest.mark.parametrize(
    "text, place, country",
    [
        ("The emir welcomed him in Kuwait city on Monday.", "Kuwait city", "KW"),
        ("Protesters gathered in Mexico city overnight.", "Mexico city", "MX"),
        ("The minister landed in Ho Chi Minh city at dawn.", "Ho Chi Minh city", "VN"),
        ("The canal talks were held in Panama city.", "Panama city", "PA"),
    ],
)
def test_country_or_person_named_city_written_with_a_small_c(nlp, text, place, country):
    assert (place, "PLACE", country) in _places(nlp, text)


@pytest.mark.parametrize(
    "text, surname",
    [
        ("Bolivian leader Evo Morales arrived late. Morales told reporters little.", "Morales"),
        ("The talks were led by Ana Castro. Castro later flew home.", "Castro"),
        ("Minister Pedro Santos opened the forum. Santos praised the deal.", "Santos"),
    ],
)
def test_town_name_also_used_in_a_persons_name_is_that_name(nlp, surname, text):
    assert surname not in {t for t, _ in _spans(nlp, text)}


def test_town_name_used_in_a_persons_name_is_still_a_town_where_placed(nlp):
    text = "Minister Pedro Santos opened the forum. The delegates then sailed to Santos."
    assert ("Santos", "BR") in _spans(nlp, text)


@pytest.mark.parametrize(
    "text, town",
    [
        ("The minister told the Moscow Times that talks would resume.", "Moscow"),
        ("Foreign ministers of the Lima Group issued a statement.", "Lima"),
        ("The Kyiv Independent reported the strike first.", "Kyiv"),
        ("Nairobi Police closed the road for the motorcade.", "Nairobi"),
    ],
)
def test_town_naming_a_newspaper_police_or_group_is_no_place(nlp, text, town):
    assert town not in {t for t, _, _ in _places(nlp, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The president flew back to Male on Sunday.", {("Male", "PLACE", "MV")}),
        ("Male voters turned out in large numbers.", set()),
        ("Talks continued in Stanley, the islands' capital.", {("Stanley", "PLACE", "FK")}),
        ("Stanley said the vote was fair.", set()),
    ],
)
def test_capital_whose_name_is_a_common_word_needs_the_text_to_place_it(nlp, text, expected):
    assert _places(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("European leaders gathered in Nice for the summit.", {("Nice", "PLACE", "FR")}),
        ("Nice weather greeted the delegates.", set()),
        ("The ferry docked in Split before noon.", {("Split", "PLACE", "HR")}),
        ("Split decisions are rare at such summits.", set()),
    ],
)
def test_town_named_by_a_common_word_is_a_place_where_placed(nlp, text, expected):
    assert _places(nlp, text) == expected


@pytest.mark.parametrize(
    "name, code",
    [
        ("St Lucia", "LC"),
        ("St. Kitts and Nevis", "KN"),
        ("Timor Leste", "TL"),
        ("Republic of Ireland", "IE"),
    ],
)
def test_country_found_by_its_other_spellings(name, code):
    assert lexicon().countries.get(name) == code


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoy flew to Côte d’Ivoire.", ("Côte d’Ivoire", "COUNTRY", "CI")),
        ("The envoy flew to Cote d'Ivoire.", ("Cote d'Ivoire", "COUNTRY", "CI")),
        ("Fighting resumed near Sana’a overnight.", ("Sana’a", "PLACE", "YE")),
        ("The minister landed in N’Djamena.", ("N’Djamena", "PLACE", "TD")),
    ],
)
def test_names_with_elisions_and_typeset_apostrophes(nlp, text, expected):
    assert expected in _mentions(nlp, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Santiago Peña told reporters the bloc would sign.", "Santiago"),
        ("Victoria Nuland arrived for the talks.", "Victoria"),
        ("Florence Parly inspected the troops.", "Florence"),
    ],
)
def test_city_name_that_is_a_persons_first_name_is_no_place(nlp, text, word):
    assert word not in {t for t, _ in _spans(nlp, text)}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Jiang arrived in Tokyo Wednesday afternoon.", "Tokyo"),
        ("The minister was in Cairo Sunday for talks.", "Cairo"),
        ("The summit opened at the Kigali Convention Centre.", "Kigali"),
    ],
)
def test_city_before_a_weekday_or_naming_its_venue_stays_a_place(nlp, text, place):
    assert place in {t for t, _ in _spans(nlp, text)}


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


@pytest.mark.parametrize(
    "surface, code",
    [("Congo", "CD"), ("Congolese", "CD"), ("Congo-Brazzaville", "CG"), ("DRC", "CD")],
)
def test_lexicon_a_name_two_states_share_is_the_more_populous_ones(surface, code):
    lex = lexicon()
    assert lex.countries.get(surface, lex.demonyms.get(surface)) == code


def test_a_resort_named_with_a_capital_article_is_a_place_not_a_person(nlp):
    text = (
        "Clinton left Sharm El-Sheikh in the late afternoon.\n\n(Photo: President Mubarak"
        " greets President Clinton on his arrival at Sharm El-Sheikh airport yesterday.)"
    )
    doc = nlp(make_doc(Article(url="urn:test", text=text), nlp))
    assert ("Sharm El-Sheikh", "PLACE", "EG") in _places(nlp, text)
    assert "sharm-el-sheikh" not in doc._.dg_people
