"""Offices and countries the text leaves out: knowledge base, owners, datelines, guesses."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.loaders.components.offices import same_office
from diplograph.loaders.model import Article
from diplograph.loaders.pipeline import build_nlp, extract_article


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _people(nlp, text, published=dt.date(2024, 3, 1)):
    ex = extract_article(Article(url="urn:test", text=text, published=published), nlp)
    return {p.name: (p.title, p.country, p.organisation) for p in ex.people}


@pytest.mark.parametrize(
    "text, published, name, office",
    [
        (  # honorifics before the name do not hide a leader from the knowledge base
            "Prime Minister Datuk Seri Anwar Ibrahim welcomed the delegation in Putrajaya.",
            dt.date(2024, 9, 1),
            "Anwar Ibrahim",  # the honorific is no part of the name
            ("Prime Minister", "MY", None),
        ),
        (  # a spelling of the press that differs from the knowledge base's by a letter
            "Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received the envoy on Sunday.",
            dt.date(2024, 12, 1),
            "Meshal Al-Ahmad Al-Jaber Al-Sabah",
            ("Emir", "KW", None),
        ),
        (  # a past holder named with the office he held
            "The city was built under Prime Minister Lee Kuan Yew, the archive shows.",
            dt.date(2024, 5, 15),
            "Lee Kuan Yew",
            ("Prime Minister", "SG", None),
        ),
        (
            "In 1998 Prime Minister Atal Behari Vajpayee ordered the tests.",
            dt.date(2019, 6, 1),
            "Atal Behari Vajpayee",
            ("Prime Minister", "IN", None),
        ),
        (  # vice presidents are in the knowledge base too
            "Vice President Mike Pence greeted the guests at the door.",
            dt.date(2019, 7, 1),
            "Mike Pence",
            ("Vice President", "US", None),
        ),
    ],
)
def test_offices_country_from_the_knowledge_base(nlp, text, published, name, office):
    assert _people(nlp, text, published)[name] == office


@pytest.mark.parametrize(
    "text, published, name, office",
    [
        (  # a generic office becomes the one the knowledge base names
            "Secretary Blinken will leave for Manila tonight, officials said.",
            dt.date(2023, 3, 1),
            "Blinken",
            ("Secretary of State", "US", None),
        ),
        (
            "Secretary-General Ban Ki-moon flew to Havana for the talks.",
            dt.date(2014, 1, 28),
            "Ban Ki-moon",
            ("UN Secretary-General", None, "UN"),
        ),
        (
            "Secretary General Jens Stoltenberg said the door stayed open to Kyiv.",
            dt.date(2023, 7, 11),
            "Jens Stoltenberg",
            ("NATO Secretary General", None, "NATO"),
        ),
        (
            "President Charles Michel chaired the meeting in Brussels.",
            dt.date(2022, 3, 24),
            "Charles Michel",
            ("President of the European Council", None, "EU"),
        ),
    ],
)
def test_offices_generic_office_named_by_the_knowledge_base(nlp, text, published, name, office):
    assert _people(nlp, text, published)[name] == office


@pytest.mark.parametrize(
    "text, name, office",
    [
        (  # the organisation named nearest the official, in the sentence
            "At the African Union, Secretary-General Ama Boateng urged restraint from Sudan.",
            "Ama Boateng",
            ("AU Secretary-General", None, "AU"),
        ),
        (  # no organisation named: still no country guessed for an organisation's office
            "Director-General Paolo Ricci told Brazil and Peru to settle the dispute.",
            "Paolo Ricci",
            ("Director-General", None, None),
        ),
    ],
)
def test_offices_officials_of_organisations_get_no_guessed_country(nlp, text, name, office):
    assert _people(nlp, text)[name] == office


@pytest.mark.parametrize(
    "text, name, country",
    [
        (  # whose spokesman: the named leader's country
            "Peru's President Ana Flores met Chile's president. Flores's spokesman Tomas Vega "
            "said the talks in Santiago went well.",
            "Tomas Vega",
            "PE",
        ),
        (  # "his": the office holder of the clause
            "Norwegian Prime Minister Lars Berg flew to Lima with Kari Dahl, his foreign "
            "policy adviser, and met Peru's president.",
            "Kari Dahl",
            "NO",
        ),
        (  # an office serving another office of the article
            "Kenyan President Amara Odinga met Uganda's leader. The President's press "
            "secretary Jane Wanjiru said Uganda agreed.",
            "Jane Wanjiru",
            "KE",
        ),
    ],
)
def test_offices_country_of_whom_the_office_serves(nlp, text, name, country):
    assert _people(nlp, text)[name][1] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "OSLO, June 3 (Agency) - Finance Minister Eva Holm said Sweden and Denmark "
            "would join the fund.",
            "Eva Holm",
            "NO",
        ),
        (
            "LIMA, May 9 (Wire) - Interior Minister Jorge Rojas met envoys from Chile and "
            "Bolivia on Friday.",
            "Jorge Rojas",
            "PE",
        ),
    ],
)
def test_offices_dateline_is_the_home_of_unqualified_officials(nlp, text, name, country):
    assert _people(nlp, text)[name][1] == country


@pytest.mark.parametrize(
    "described, held, same",
    [
        ("foreign minister", "Minister of Foreign Affairs", True),
        ("emir", "Amir", True),
        ("president", "European Council President", True),
        ("prime minister", "Foreign Minister", False),
        ("leader", "Chief Adviser", True),
        ("foreign minister", None, False),
        # "the British minister": a secretary who is a minister, not a secretary-general
        ("minister", "Foreign Secretary", True),
        ("minister", "Secretary of State", True),
        ("minister", "Defence Secretary", True),
        ("minister", "Secretary-General", False),
        ("minister", "Press Secretary", False),
        ("minister", "Under-Secretary of State", False),
    ],
)
def test_offices_same_office_reads_the_office_as_written(described, held, same):
    assert same_office(described, held) is same


@pytest.mark.parametrize(
    "described, held",
    [
        ("prime minister", "Deputy Prime Minister"),
        ("president", "Vice President"),
        ("foreign minister", "Deputy Foreign Minister"),
        ("secretary of state", "Assistant Secretary of State"),
    ],
)
def test_offices_a_deputy_is_not_the_office_he_deputises(described, held):
    assert not same_office(described, held)


@pytest.mark.parametrize(
    "text, name, office",
    [
        (
            "Elena Rusu was sworn in as Moldova's president while her predecessor Ion Lupu "
            "stayed away.",
            "Ion Lupu",
            ("President", "MD", None),
        ),
        (
            "Chilean President Rosa Diaz thanked Pablo Vera, her predecessor, for the deal.",
            "Pablo Vera",
            ("President", "CL", None),
        ),
    ],
)
def test_offices_a_predecessor_held_the_same_office(nlp, text, name, office):
    assert _people(nlp, text)[name] == office


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Taoiseach Sean Kelly flew to Boston and New York.", "Sean Kelly", "IE"),
        ("Chief Adviser Rahim Uddin flew to Bangkok and Delhi.", "Rahim Uddin", "BD"),
        ("Chancellor of the Exchequer Tom Hale flew to Beijing.", "Tom Hale", "GB"),
        ("The Chancellor of the Exchequer, Ann Price, met Li in Beijing.", "Ann Price", "GB"),
    ],
)
def test_offices_an_office_only_one_state_has(nlp, text, name, country):
    assert _people(nlp, text)[name][1] == country


@pytest.mark.parametrize(
    "text, name, office",
    [  # an office only one state has is not shared down a list of other states' people
        (
            "She will host US Secretary of State Mark Dunn, Australia's Ellen Tran and Japan's "
            "Kenji Mori. Australian Foreign Minister Ellen Tran flew in on Friday.",
            "Ellen Tran",
            ("Foreign Minister", "AU", None),
        ),
        (
            "Indian External Affairs Minister Ravi Menon, Nepal's Sita Rai and Bhutan's Karma "
            "Wangdi met. Nepali Foreign Minister Sita Rai spoke first.",
            "Sita Rai",
            ("Foreign Minister", "NP", None),
        ),
        (
            "Taoiseach Sean Kelly, Britain's Tom Hale and France's Anne Roux met in Dublin.",
            "Anne Roux",
            (None, None, None),
        ),
        (  # an office any state has still is
            "South African President Sipho Dube, Zambia's Mwila Banda and Comoros' Said Ali "
            "arrived.",
            "Mwila Banda",
            ("President", "ZM", None),
        ),
    ],
)
def test_offices_one_states_office_is_not_shared_down_a_list(nlp, text, name, office):
    assert _people(nlp, text)[name] == office


@pytest.mark.parametrize(
    "text, published, name, country",
    [
        (  # the last official named without a country, whose country is known
            "Prime Minister Shehbaz Sharif received Chinese Vice Premier Ding Xue. Finance "
            "Minister Ali Raza was also present.",
            dt.date(2024, 6, 1),
            "Ali Raza",
            "PK",
        ),
        (
            "President Cyril Ramaphosa hosted Kenyan President Amos Kiprop on Monday. Trade "
            "Minister Thandi Nkosi said the talks went well.",
            dt.date(2023, 11, 1),
            "Thandi Nkosi",
            "ZA",
        ),
        (  # a country of the sentence that is not another office's qualifier
            "Interior Minister Omar Daoud told the Chinese envoy Li Wei that Jordan would "
            "not take part.",
            dt.date(2024, 6, 1),
            "Omar Daoud",
            "JO",
        ),
    ],
)
def test_offices_unqualified_officials_of_the_story_s_country(nlp, text, published, name, country):
    assert _people(nlp, text, published)[name][1] == country


@pytest.mark.parametrize(
    "text, country",
    [
        ("King Charles III received the President at Windsor Castle near London.", "GB"),
        ("King Charles III opened the session of parliament in Ottawa, Canada.", "CA"),
        ("Australians in Canberra and Sydney greeted King Charles III on his tour.", "AU"),
        # no realm named (a visit to a third country): the most populous realm
        ("King Charles III arrived in Dublin on Tuesday for a state visit.", "GB"),
        ("King Charles III and Queen Camilla flew to Nairobi on Monday.", "GB"),
    ],
)
def test_offices_a_monarch_of_several_realms_serves_the_one_named(nlp, text, country):
    people = _people(nlp, text, dt.date(2023, 10, 1))
    [king] = [office for name, office in people.items() if name.startswith("Charles")]
    assert king[:2] == ("King", country)


@pytest.mark.parametrize(
    "text, name, office",
    [
        (
            "Union Home Minister Ravi Das received the Sri Lankan delegation.",
            "Ravi Das",
            ("Union Home Minister", "IN", None),
        ),
        (  # an organisation's name inside a portfolio's list does not end it
            "The Secretary of State for Foreign, Commonwealth and Development Affairs, Tom "
            "Hale, met his Indian counterpart.",
            "Tom Hale",
            ("Secretary of State for Foreign, Commonwealth and Development Affairs", None, None),
        ),
    ],
)
def test_offices_office_names_with_a_state_or_a_list(nlp, text, name, office):
    got = _people(nlp, text)[name]
    assert got[0] == office[0] and (office[1] is None or got[1] == office[1])


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Tanzanian President Rehema Juma landed in Nairobi, Kenya. In her delegation is "
            "the Minister for Foreign Affairs and East African Cooperation, Ambassador Neema "
            "Mollel.",
            "Neema Mollel",
            "TZ",
        ),
        (
            "Nigerian President Bola Adeyemi arrived in Accra, Ghana, accompanied by Trade "
            "Minister Chidi Okafor.",
            "Chidi Okafor",
            "NG",
        ),
        (  # the delegation is named after its members, in the host's dateline
            "LAGOS, March 1 (NAN) -- Ghanaian President Kofi Mensah arrived here on Monday. "
            "Foreign Minister Ama Boateng and Finance Minister Yaw Osei are among the members "
            "of the delegation.",
            "Yaw Osei",
            "GH",
        ),
        (
            "QUITO - Peruvian President Ana Rojas landed in the capital on Friday. Trade "
            "Minister Luis Vega and Energy Minister Rosa Paz were part of the Peruvian "
            "delegation.",
            "Luis Vega",
            "PE",
        ),
        (
            "MOSCOW, Feb 23 - Prime Minister Imran Khan arrived here for talks with President "
            "Vladimir Putin. Foreign Minister Shah Mahmood Qureshi, who visited Beijing last "
            "month, is part of the delegation.",
            "Shah Mahmood Qureshi",
            "PK",
        ),
        (
            "TOKYO (Kyodo) - Kenyan President Ruth Wanjiku met Prime Minister Taro Sato on "
            "Monday. Foreign Minister Peter Otieno is accompanying the President, officials said.",
            "Peter Otieno",
            "KE",
        ),
        (
            "OTTAWA - Prime Minister Ola Nordmann of Norway arrived on Sunday. Commerce Minister "
            "Kari Berg is travelling with the Prime Minister.",
            "Kari Berg",
            "NO",
        ),
    ],
)
def test_offices_a_delegation_member_serves_its_leader_s_country(nlp, text, name, country):
    assert _people(nlp, text)[name][1] == country


def test_offices_a_full_name_gives_the_country_whatever_the_office(nlp):
    # the knowledge base knows him as prime minister; the article calls him crown prince
    text = "Later, Mohammed bin Salman, Crown Prince, held talks with President Ana Lima of Peru."
    people = _people(nlp, text, dt.date(2023, 6, 1))
    assert people["Mohammed bin Salman"][:2] == ("Crown Prince", "SA")


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Kigali - Interior Minister Jean Mugabo met the visiting envoys.", "Jean Mugabo", "RW"),
        (
            "Pyongyang, September 5 (Agency) -- Foreign Minister Ri Chol greeted the guests.",
            "Ri Chol",
            "KP",
        ),
    ],
)
def test_offices_a_dateline_in_title_case(nlp, text, name, country):
    assert _people(nlp, text)[name][1] == country


def test_offices_a_nation_s_delegation(nlp):
    text = (
        "Lima - The Chilean delegation includes the Minister of Mining, Rosa Vidal, and the "
        "Minister of Energy, Tomas Lagos."
    )
    people = _people(nlp, text)
    assert (people["Rosa Vidal"][1], people["Tomas Lagos"][1]) == ("CL", "CL")


@pytest.mark.parametrize(
    "text",
    [
        "Secretary-General Ama Boateng opened the session.",  # first sentence, no organisation
        "The ASEAN summit opened in Jakarta. Secretary-General Ama Boateng welcomed Laos.",
    ],
)
def test_offices_organisation_of_an_official_from_the_sentence_before(nlp, text):
    office = _people(nlp, text)["Ama Boateng"]
    assert office[1] is None and office[2] in (None, "ASEAN")


def test_offices_receiving_a_delegation_is_not_joining_it(nlp):
    text = "BEIJING - Foreign Minister Liu Wei received the Chilean delegation on Monday."
    assert _people(nlp, text)["Liu Wei"][1] == "CN"


def test_offices_a_relative_named_after_a_leader_is_not_the_leader(nlp):
    text = "President Joko Widodo and First Lady Iriana Joko Widodo arrived in Kyiv."
    people = _people(nlp, text, dt.date(2022, 6, 29))
    assert people["Joko Widodo"][:2] == ("President", "ID")
    assert "Iriana Joko Widodo" not in people or people["Iriana Joko Widodo"][0] is None


def test_offices_a_pope_is_no_minister_of_a_like_name(nlp):
    text = "Milei met Pope Francis on Monday. Interior Minister Guillermo Francos was with him."
    people = _people(nlp, text, dt.date(2024, 2, 12))
    assert people["Francis"][:2] == ("Pope", "VA")
    assert people["Guillermo Francos"][0] == "Interior Minister"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "NAIROBI, Jan 4 (Agency) - Sudan's General Ali Karti met President William Ruto "
            "at State House. Ambassador to Kenya Omar Bashir Ali joined the talks.",
            "Omar Bashir Ali",
            "SD",
        ),
        (
            "ACCRA - Ghanaian President John Mensah received Indian Prime Minister Anil "
            "Mehta on Monday. High Commissioner to Ghana Ravi Kumar was at the airport.",
            "Ravi Kumar",
            "IN",
        ),
    ],
)
def test_offices_an_envoy_does_not_serve_the_state_posted_to(nlp, text, name, country):
    assert _people(nlp, text)[name][1] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        (  # the sentence names Pakistan, and Pakistan's officials go unqualified
            "MOSCOW, Feb 24 (Agency) - Prime Minister Imran Khan held talks with Russian "
            "President Vladimir Putin. Foreign Office Spokesperson Asim Ahmad said Pakistan "
            "wanted balanced ties.",
            "Asim Ahmad",
            "PK",
        ),
        (
            "TOKYO, April 26 (Agency) - Prime Minister Sheikh Hasina met Japanese Prime "
            "Minister Fumio Kishida. Foreign Secretary Masud Momen said Bangladesh would "
            "sign three agreements.",
            "Masud Momen",
            "BD",
        ),
    ],
)
def test_offices_the_sentence_and_the_story_agreeing_outweigh_the_dateline(
    nlp, text, name, country
):
    assert _people(nlp, text)[name][1] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        (  # the unqualified official a traveller meets where he goes is that country's host
            "OSLO, May 3 (Agency) - Prime Minister Eva Holm arrived in Lima on Monday and held "
            "talks with President Jorge Rojas at the palace.",
            "Jorge Rojas",
            "PE",
        ),
        (  # several hosts of one meeting
            "ACCRA, June 2 (Wire) - Foreign Minister Kofi Mensah flew to Zagreb on Friday and "
            "held talks there with President Ivo Maric and Prime Minister Ana Horvat.",
            "Ana Horvat",
            "HR",
        ),
        (
            "ACCRA, June 2 (Wire) - Foreign Minister Kofi Mensah flew to Zagreb on Friday and "
            "held talks there with President Ivo Maric and Prime Minister Ana Horvat.",
            "Ivo Maric",
            "HR",
        ),
        (  # a traveller is no national of where he goes, whatever the dateline says
            "LIMA, May 9 (Wire) - President Tomas Vega arrived in Lima on Monday for talks with "
            "Peruvian President Jorge Rojas, his first trip abroad since Chile's election.",
            "Tomas Vega",
            "CL",
        ),
    ],
)
def test_offices_a_trip_tells_hosts_from_guests(nlp, text, name, country):
    assert _people(nlp, text)[name][1] == country


@pytest.mark.parametrize(
    "text, name, office",
    [
        ("Prime Ministers Ali Toure and Musa Diallo met in Accra.", "Musa Diallo",
         ("Prime Minister", None, None)),
        ("The two foreign ministers, Ana Soto and Kari Dahl, met in Oslo.", "Ana Soto",
         ("Foreign Minister", None, None)),
        ("Presidents Ana Lima, Luis Rojas and Pedro Vidal met in Lima.", "Pedro Vidal",
         ("President", None, None)),
        ("Mali and Niger sent their Prime Ministers, Ali Toure and Musa Diallo.", "Musa Diallo",
         ("Prime Minister", "NE", None)),
        ("Chile and Peru sent their foreign ministers, Ana Soto and Luis Rojas, to Oslo.",
         "Ana Soto", ("Foreign Minister", "CL", None)),
        # a deputy's plural keeps "Deputy"; a plural office is no part of the first name
        ("He dined with Deputy Premiers Marco Ferri and Paolo Gatti.", "Marco Ferri",
         ("Deputy Premier", None, None)),
        ("He met deputy prime ministers Marco Ferri and Paolo Gatti.", "Paolo Gatti",
         ("Deputy Prime Minister", None, None)),
        ("Vice Presidents Ana Soto and Luis Rojas attended.", "Ana Soto",
         ("Vice President", None, None)),
    ],
)  # fmt: skip
def test_offices_a_plural_office_before_a_list_of_names_is_each_ones(nlp, text, name, office):
    """ "Prime Ministers A and B": each holds the office; "Mali and Niger sent their Prime
    Ministers, A and B": in the countries' order."""
    assert _people(nlp, text)[name] == office


def test_offices_nations_right_before_a_plural_office_go_in_order(nlp):
    people = _people(nlp, "The Kenyan and Ghanaian presidents, Amos Kiprop and Kofi Mensah, met.")
    assert people["Amos Kiprop"][:2] == ("President", "KE")
    assert people["Kofi Mensah"][:2] == ("President", "GH")


@pytest.mark.parametrize(
    "text, name, country",
    [
        (  # France has no chancellor: the next reading, not the dateline's
            "PARIS, March 1 (Agency) - Germany will be watching. Chancellor Jonas Weber "
            "visited China last month.",
            "Jonas Weber",
            "DE",
        ),
        (  # Thailand has no president
            "BANGKOK, March 1 (Wire) - The United States sent its vice president. President "
            "Tom Baxter flew home from Bali.",
            "Tom Baxter",
            "US",
        ),
        (  # the United States has no prime minister
            "WASHINGTON, March 1 (Wire) - Prime Minister Aiko Mori said Japan would buy "
            "more gas.",
            "Aiko Mori",
            "JP",
        ),
    ],
)
def test_offices_a_state_never_had_that_leader_s_office(nlp, text, name, country):
    assert _people(nlp, text)[name][1] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "MADRID, March 1 (Agency) - Ruiz travels to Paris today, and President Luc "
            "Mercier will receive him at the Elysee on Friday.",
            "Luc Mercier",
            "FR",
        ),
        (
            "NAIROBI, March 1 (Wire) - Otieno flew on to Accra, where President Kofi Mensah "
            "welcomed him at the airport.",
            "Kofi Mensah",
            "GH",
        ),
        (
            "Prime Minister Tran Van Long hosted the visiting delegation from Chile in Hanoi "
            "on Tuesday.",
            "Tran Van Long",
            "VN",
        ),
        (  # a passive host
            "OSLO, March 1 (Agency) - In 1995 Ana Ruiz came to Ottawa and was hosted by Prime "
            "Minister Tom Hale, who spoke of Norway.",
            "Tom Hale",
            "CA",
        ),
    ],
)
def test_offices_a_host_serves_the_state_of_the_city_they_host_in(nlp, text, name, country):
    assert _people(nlp, text)[name][1] == country


def test_offices_receiving_an_award_hosts_no_one(nlp):
    text = (
        "DELHI, March 1 (Agency) - In Moscow, Prime Minister Anil Rao met Russia's leader "
        "and Prime Minister Rao received the Order of St Andrew in Moscow."
    )
    assert _people(nlp, text)["Anil Rao"][1] == "IN"


def test_offices_a_host_is_not_of_the_city_the_guest_flies_to_next(nlp):
    text = (
        "ISLAMABAD, March 4 - Ruiz met Prime Minister Ali Shah and attended a dinner hosted by "
        "President Tariq Khan in the evening before flying back to Washington."
    )
    assert _people(nlp, text)["Tariq Khan"][1] == "PK"


@pytest.mark.parametrize(
    "text, name, office",
    [
        # "his Chinese counterpart": the counterpart's country, not the owner's
        (
            "Defence Minister Ravi Das held talks with his Chinese counterpart General Li Wen "
            "on Friday.",
            "Li Wen",
            ("Defence Minister", "CN"),
        ),
        (
            "Defence Minister Ravi Das held talks with his Chinese counterpart General Li Wen "
            "on Friday.",
            "Ravi Das",
            ("Defence Minister", None),
        ),
    ],
)
def test_offices_the_other_party_of_a_relation_lends_no_country(nlp, text, name, office):
    assert _people(nlp, text)[name][:2] == office
