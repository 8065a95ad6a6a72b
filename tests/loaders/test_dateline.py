"""The dateline: where a story was filed, from its first lines."""

from __future__ import annotations

import pytest

from diplograph.loaders.components.dateline import headline_place, read_dateline
from diplograph.loaders.components.dateline_towns import settle_shared_town
from diplograph.loaders.components.lexicon import lexicon


def _read(text):
    found = read_dateline(text, lexicon())
    return None if found is None else (found.place, found.country, found.ambiguous)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OSLO, March 3 (Nordwire) - The prime minister met ...", ("Oslo", "NO", False)),
        ("NAIROBI - Kenya's president said on Monday ...", ("Nairobi", "KE", False)),
        ("LIMA (Andes Wire) -- Leaders gathered ...", ("Lima", "PE", False)),
        # an Indian agency's style: no dash after the agency's bracket
        ("NEW DELHI, Sep 5 (PTI) Prime Minister Ravi Das said ...", ("New Delhi", "IN", False)),
        ("NEW DELHI, Nov 18 (PTI). Marshal Ivan Petrov arrived ...", ("New Delhi", "IN", False)),
        ("KARACHI, March 3 (APP). The minister said ...", ("Karachi", "PK", False)),
        ("MOSCOW, Sep 5 (BNS) Defence Minister Ravi Das held talks ...", ("Moscow", "RU", False)),
        ("ACCRA. PRESIDENT Odinga yesterday began ...", ("Accra", "GH", False)),
        ("OTTAWA—Prime Minister Lars Berg and ...", ("Ottawa", "CA", False)),
        ("NAIROBI–President Amara Odinga on Monday ...", ("Nairobi", "KE", False)),
        ("Hanoi, October 2 (VNW) -- The two sides agreed ...", ("Hanoi", "VN", False)),
        ("Dakar - The minister arrived ...", ("Dakar", "SN", False)),
        ("PORT OF SPAIN - The president arrived here ...", ("Port of Spain", "TT", False)),
        ("DAR ES SALAAM, May 3 (Agency) - Talks ...", ("Dar es Salaam", "TZ", False)),
        ("RIO DE JANEIRO - Leaders gathered ...", ("Rio de Janeiro", "BR", False)),
        ("BOGOTÁ, 4 May (Agencia) — The foreign minister ...", ("Bogotá", "CO", False)),
        ("NEW DELHI.— The visiting premier said ...", ("New Delhi", "IN", False)),
        ("TASHKENT. June 3. CANEWS - The presidents met ...", ("Tashkent", "UZ", False)),
        ("ABUJA: The president left for Accra on Monday.", ("Abuja", "NG", False)),
        # a town after its state's or province's abbreviation, as wire datelines write it
        ("PLAINS, Ga., Oct. 2 (AP) — The former president ...", ("Plains", "US", False)),
        ("Hyannis Port, Mass., July 4 - Mourners ...", ("Hyannis Port", "US", False)),
        ("SUNNYLANDS, Calif. — The two presidents ...", ("Sunnylands", "US", False)),
        ("Kingston, Ont., May 3 (CP) - The premier ...", ("Kingston", "CA", False)),
        ("Guadalajara, Jal., July 18. — The summit opened ...", ("Guadalajara", "MX", False)),
        ("TOWNSVILLE, Qld — The prime minister ...", ("Townsville", "AU", False)),
        ("Smith, Ga., said the talks ...", None),
        # a town the gazetteer lacks, placed by a province or state only one country has
        ("LORENGAU, Manus Province, Aug 19 (PINS) - The premier ...", ("Lorengau", "PG", False)),
        ("KUNDIAWA, Chimbu Province, June 1 - The minister ...", ("Kundiawa", "PG", False)),
        ("BUKA, Bougainville, May 3 (NBC) - The minister ...", ("Buka", "PG", False)),
        # a town in capitals too small for the gazetteer, in the one country with a place
        # so named (GeoNames' places of 500 people or more)
        ("NUSA DUA, Nov 19 (Agency) - Leaders gathered ...", ("Nusa Dua", "ID", False)),
        ("PALE, May 5 - The assembly met ...", ("Pale", "BA", False)),
        # a Russian agency's style: the agency between slashes, with or without stops
        ("MOSCOW, February 16. /TASS/. The President met ...", ("Moscow", "RU", False)),
        ("BEIJING, November 25 /Xinwire/. The foreign minister ...", ("Beijing", "CN", False)),
        ("ASTANA, June 3. /KazWire/. Leaders gathered ...", ("Astana", "KZ", False)),
        # a full stop after the date closes the dateline, with no agency or dash
        ("NEW DELHI, May 24. Amid the hymns, the body ...", ("New Delhi", "IN", False)),
        ("RIYADH, 28 February. India and Saudi Arabia on Sunday ...", ("Riyadh", "SA", False)),
        ("Kampala, Oct. 3. The two presidents met ...", ("Kampala", "UG", False)),
        ("MANILA, 14 June. Leaders arrived ...", ("Manila", "PH", False)),
        ("Colombo, Jan. 5, 2010. The president said ...", ("Colombo", "LK", False)),
        ("Baku, January 5, AZERWIRE. The presidents met ...", ("Baku", "AZ", False)),
        ("Talks opened in Lima, May 24. Leaders said ...", None),
        ("He met them in Sochi, May 24, Moscow. Then he left.", None),
        # the country in square brackets, as an Indian agency writes it
        ("New Delhi [India], May 24 (NWA): The prime minister ...", ("New Delhi", "IN", False)),
        ("Kathmandu [Nepal], June 3 (NWA): Leaders met ...", ("Kathmandu", "NP", False)),
        # a town whose name towns of several countries share, in the country or region
        # the dateline names after it
        ("WINDSOR, England (AP) — The King welcomed ...", ("Windsor", "GB", False)),
        ("Windsor, Ontario - The premier said ...", ("Windsor", "CA", False)),
        ("VALENCIA, Spain, May 3 - Leaders gathered ...", ("Valencia", "ES", False)),
        ("SAN JOSE, Costa Rica, May 3 - Leaders gathered ...", ("San Jose", "CR", False)),
        ("PERTH, Scotland - The first minister ...", ("Perth", "GB", False)),
        ("Paris, Texas - The senator ...", ("Paris", "US", False)),
        # a town the gazetteer lacks, placed by the region after it, in capitals or not
        ("CRAWFORD, Texas, April 26 (KNA) - The crown prince ...", ("Crawford", "US", False)),
        ("Kennebunkport, Maine, July 1 (AP) - The two presidents ...",
         ("Kennebunkport", "US", False)),
        # a live page's heading in capitals, its fields parted by dashes
        ("AU LAUNCH - DURBAN - AS IT HAPPENED\nAll times SAST.\n\n17:40\nIt is done.", ("Durban", "ZA", False)),
        ("G20 BRISBANE - LIVE COVERAGE, SUNDAY\n\n3.05pm\nPutin has left.", ("Brisbane", "AU", False)),
        # a byline that says where the story was written
        ("By WANJIRU KAMAU in Addis Ababa\nSunday\n\nThe summit opened", ("Addis Ababa", "ET", False)),
        ("By Rodrigo Fuenzalida, special envoy, in MIAMI.-\n\nThe president", ("Miami", "US", False)),
        # a byline's city after a comma or a bar, or "from our correspondent in"; a
        # dateline that follows the byline is where the story was filed
        ("By AMARA OKELLO, Kampala\n\nThe president met ...", ("Kampala", "UG", False)),
        ("By Staff Reporter, Dar es Salaam\n\nThe president ...", ("Dar es Salaam", "TZ", False)),
        ("By Omar Ali | Islamabad\n\nThe premier met ...", ("Islamabad", "PK", False)),
        ("From our correspondent in Lagos\n\nThe president ...", ("Lagos", "NG", False)),
        ("From Ana Ruiz in Cape Coast\n\nPresident Obama stood ...", ("Cape Coast", "GH", False)),
        ("From Paris, the president flew on to Rome.\n\nThe talks ...", None),
        ("By Staff Reporter, Nairobi\n\nKAMPALA - The president ...", ("Kampala", "UG", False)),
        ("By Ana Ruiz, Senior Reporter\n\nThe president met ...", None),
        ("By Ana Ruiz and Li Wei, Newswire\n\nThe president met ...", None),
        # an abbreviated district or state, with no date after it
        ("Washington, D.C. — The president met ...", ("Washington", "US", False)),
        # an abbreviated "Saint" keeps its full stop inside the name
        (
            "ST. PETERSBURG, Russia, June 4 (CPS) -- Leaders met ...",
            ("St. Petersburg", "RU", False),
        ),
        ("ST. PETERSBURG - The forum opened ...", ("St. Petersburg", "RU", False)),
        ("St. Petersburg, 4 June (Agency) - Talks ...", ("St. Petersburg", "RU", False)),
        # a title-case headline before the dateline: its first word is no place
        (
            "Castro, Ex-foe Confer During Goodwill Trip\n\nKINGSTON, Jamaica - Talks ...",
            ("Kingston", "JM", False),
        ),
        # a photo's caption with its credit line before the dateline
        (
            "Harper Meets Obama\n\nCanadian Prime Minister Stephen Harper, left, and U.S. "
            "President Barack Obama chat at the Summit of the Americas in Panama on Saturday, "
            "April 11, 2015, before the session.\nImage Credit: THE CANADIAN PRESS/A. Wyld\n\n"
            "PANAMA CITY - Prime Minister Stephen Harper had talks ...",
            ("Panama City", "PA", False),
        ),
        # an archive's record fields: the DATELINE field, not the first label
        (
            "Daily Courier Copyright (c) 1999 DATE: MONDAY, May 3, 1999 TAG: 9905030012 "
            "SECTION: WORLD SOURCE: Reuters DATELINE: NAIROBI, KENYA LENGTH: Short\n\nThe "
            "president met ...",
            ("Nairobi", "KE", False),
        ),
        (
            "DATE: TUESDAY, June 1, 1993 PAGE: A4 EDITION: METRO\n\nLIMA - Talks ...",
            ("Lima", "PE", False),
        ),
        # a city the gazetteer lacks, placed by the country or region after it
        ("ZAGORA, Morocco, Feb 2 (MWire) -- The king arrived here ...", ("Zagora", "MA", False)),
        # several cities: "here" is ambiguous
        ("CANBERRA/WELLINGTON, May 2 - Both governments said ...", ("Canberra", "AU", True)),
        # a city-state
        ("SINGAPORE - The two leaders met on Sunday ...", ("Singapore", "SG", False)),
    ],
)
def test_dateline_forms_of_the_wires(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By Ana Lima, Chief Correspondent\n\nQUITO - The president said ...", ("Quito", "EC")),
        (
            "LOCAL NEWS | Saturday, June 1, 2013\n\nBy R. Ali, Senior Reporter\n\n"
            "PORT OF SPAIN - Chinese President Xi Jinping arrived here last night.",
            ("Port of Spain", "TT"),
        ),
        ("Share: Facebook | X | Email\nBy A. Writer\nDHAKA, Jan 3 - Talks ...", ("Dhaka", "BD")),
        ("By Mele Tui | Apia | Updated: 3 June 2022, 10:10\n\nThe minister ...", ("Apia", "WS")),
        # a byline's fields with the writer, the paper and the town parted by commas
        (
            "Ati Rahman, The Island Daily, Jakarta | Sat, 11/19/2011 12:41 PM | Headlines\n\n"
            "The leaders met here on Saturday.",
            ("Jakarta", "ID"),
        ),
        ("Ana Lima, Daily Star, Dhaka | Mon, 3 June 2024 | Nation\n\nTalks ...", ("Dhaka", "BD")),
        (
            "LIVE: AU SUMMIT, ADDIS ABABA - Sunday. All times local.\n\n09:10 - ...",
            ("Addis Ababa", "ET"),
        ),
        (
            "Official visits > Kazakhstan\nMarch 3, 2019, 10:00\nAstana\n\nThe president ...",
            ("Astana", "KZ"),
        ),
        # an abbreviated weekday heading a date line is no town ("Mon" is one in India)
        ("Mon, 16 May 2005 Source: GNA\n\nKumasi, May 16, GNA - Talks ...", ("Kumasi", "GH")),
        ("Sun, 3 Mar 2019\n\nACCRA - The president said ...", ("Accra", "GH")),
        ("Wed. June 5, 2024 | 10:20\n\nLIMA - Leaders met ...", ("Lima", "PE")),
        # a record's heading in capitals that ends with its town
        (
            "PM Transcripts\n\nHoward, John\n\nRelease Date:\n17/11/1998\nRelease Type:\n"
            "Interview\nTranscript ID:\n10694\nReleased by:\n- Howard, John Winston\n"
            "TRANSCRIPT OF THE PRIME MINISTER PRESS CONFERENCE REGENT HOTEL,"
            " KUALA LUMPUR\n\nPRIME MINISTER: This morning I had talks.",
            ("Kuala Lumpur", "MY"),
        ),
        (
            "REMARKS BY THE PRESIDENT AT A STATE DINNER, NAIROBI\n\nTHE PRESIDENT: ...",
            ("Nairobi", "KE"),
        ),
    ],
)
def test_dateline_after_bylines_and_headers(text, expected):
    assert _read(text)[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Amara Odinga arrived in Oslo on Monday for talks.",
        "President Amara Odinga (right) welcomes President Ana Soto at the airport.",
        "Oslo has long been a venue for peace talks, and on Monday it hosted another round.",
        "India - Pakistan relations: what the handshake means\n\nThe two ministers met ...",
        "By Clara Ng, Senior Correspondent\n\n" + "The two leaders met in Paris. " * 10,
        # two writers in two cities: none is where the story was filed
        "INDIA - PAKISTAN RELATIONS: WHAT NEXT\n\nThe two ministers met on Monday.",
        "By Ann Lee in Washington and Tom Ng in Beijing\n\nThe two leaders met on Monday.",
        "",
        # an archive record's person, family name first: no town of Howard or Victoria
        "Howard, John\n\nPeriod of Service: 1996 - 2007\n\nPRIME MINISTER: I met him.",
        "Transcripts\n\nVictoria, Anne\n\nThe minister arrived in Oslo on Monday.",
        "PUTIN, XI TALK TRADE\n\nThe two leaders met on Monday.",
        # a heading's word in capitals is no small town
        "UPDATE: The talks resumed on Monday.",
        "BREAKING: The two leaders met on Monday.",
        # a clock and a time zone are no town and region
        "12:58 P.M., EST\n\nMS. LEE: Hi, everyone.",
        # a slash in a sentence is no agency
        "Talks on the Oslo /Paris track ended on Monday.",
    ],
)
def test_dateline_absent(text):
    assert _read(text) is None


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Leaders arrive in Nairobi for the climate summit", ("Nairobi", "KE")),
        ("Live: Ruto hosts Rojas at State House in Nairobi", ("Nairobi", "KE")),
        ("Berg and Warsame sign fisheries pact in Oslo", ("Oslo", "NO")),
        ("Warsame to visit Oslo next week", None),  # a destination: where she goes
        ("Talks in Oslo, then in Nairobi", None),  # two cities: no one place
        ("Ruto meets Rojas", None),
        ("Harper talks with Obama at OAS summit", None),  # a body's initials: not Oas (PH)
        ("Ruto at AU summit in Addis Ababa", ("Addis Ababa", "ET")),
        (None, None),
    ],
)
def test_headline_place(title, expected):
    found = headline_place(title, lexicon())
    assert (None if found is None else (found.place, found.country)) == expected
    assert found is None or found.headline


def test_headline_place_stands_for_a_missing_dateline():
    import datetime as dt

    from diplograph.loaders.model import Article
    from diplograph.loaders.pipeline import extract_article

    text = (
        "Chilean President Marta Rojas arrived on Friday for the summit. "
        "She held talks with Kenyan President William Ruto on the sidelines."
    )
    article = Article(
        url="urn:test:headline",
        text=text,
        title="Leaders gather in Nairobi for summit",
        published=dt.date(2024, 7, 5),
    )
    places = {(e.kind, e.place, e.country) for e in extract_article(article).events}
    assert places == {("visit", "Nairobi", "KE"), ("meeting", "Nairobi", "KE")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KANT, Oct 23 (Wire) - Kyrgyz President Asel Omurova opened an air base here today.", ("Kant", "KG")),
        ("VICTORIA, May 2 - Seychelles President Joel Morel received the Indian envoy.", ("Victoria", "SC")),
        ("SAN JOSE, May 2 - Costa Rican President Ana Solis met the envoy at the palace.", ("San Jose", "CR")),
        ("VALENCIA, May 2 - The Spanish prime minister opened the regional summit here.", ("Valencia", "ES")),
        # a capital of a country the opening names beats the best-known town of its name
        ("SAN JOSE, May 2 - US President Mark Dalton met Costa Rican President Ana Solis.", ("San Jose", "CR")),
        ("KINGSTON, May 2 - Jamaica's Prime Minister Paul Reid received Canadian Foreign Minister Ann Roy.", ("Kingston", "JM")),
        ("SAN JOSE, May 9 - Luis Mora was sworn in as President of Costa Rica before US Vice President Tom Hale.", ("San Jose", "CR")),
        # but not where the dateline names the town's region or country
        ("SAN JOSE, Calif., May 2 - Costa Rican President Ana Solis met US President Mark Dalton.", ("San Jose", "US")),
        # the best-known town stays where the opening names its country, or no other
        ("SAN JOSE, May 2 - US President Mark Dalton opened a plant with Governor Ann Roy.", ("San Jose", "US")),
        ("VICTORIA, May 2 - The premier opened the new bridge on Tuesday.", ("Victoria", "CA")),
        ("TRIPOLI, May 2 - The prime minister met the envoy.", ("Tripoli", "LY")),
        # a capital is never another country's town of its name
        ("PARIS, May 2 - US President Mark Dalton arrived for talks.", ("Paris", "FR")),
        ("WASHINGTON, May 2 - British Prime Minister Tom Hale held talks here.", ("Washington", "US")),
        ("TRIPOLI, May 2 - Lebanese Prime Minister Sami Haddad met the envoy.", ("Tripoli", "LY")),
        # a town too small for the gazetteer, in the one country the opening names
        ("QUEENSTOWN - The leaders' annual meeting ended here today, the first official "
         "visit to New Zealand by the Australian prime minister.", ("Queenstown", "NZ")),
        ("SALAMANCA, May 2 - The president of Chile opened a copper plant here.", ("Salamanca", "CL")),
        # of several, the most populous town's (New Zealand's, not Tasmania's)
        ("QUEENSTOWN - Australia's prime minister ended his visit to New Zealand here.",
         ("Queenstown", "NZ")),
    ],
)
def test_dateline_shared_town_is_the_one_whose_country_the_opening_names(text, expected):
    line = settle_shared_town(read_dateline(text, lexicon()), text, lexicon())
    assert (line.place, line.country) == expected
