"""The dateline: where a story was filed, read from its first lines.

Wire copy opens with the city it was filed from ("KYIV, Aug 23 (Agency) -",
"NEW DELHI -", "NAIROBI. PRESIDENT ...", "Pyongyang, September 5 (KCD) --",
"AL-ULA, Saudi Arabia, Jan 5 (KPA) --", "MOSCOW / ISLAMABAD:"), sometimes after a
byline or a share line, or names it in a byline ("By A. Writer | Suva | Updated ...").
The guidelines make that city the place of everything the story tells as "here" and
of its unplaced current events. :func:`read_dateline` finds it with the gazetteer's
places (a city the gazetteer does not know is accepted when the dateline also names
its country: "AL-ULA, Saudi Arabia").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..text_layout import archive_fields
from .date_patterns import opens_with_short_weekday
from .lexicon import Lexicon, _rows, fold, subdivision_country

__all__ = ["Dateline", "read_dateline", "headline_place"]


@dataclass(frozen=True)
class Dateline:
    """The filing place of a story: ``place`` (as the story spells it) and ``country``
    (alpha-2). ``others`` holds further (place, country) pairs of a dateline that names
    several cities ("OTTAWA/NEW DELHI"): with more than one, "here" is ambiguous."""

    place: str
    country: str
    others: tuple[tuple[str, str], ...] = ()
    headline: bool = field(default=False, repr=False)  # read from the headline: where
    # events are, not where the story was filed

    @property
    def ambiguous(self) -> bool:
        return bool(self.others)


# The first separator after a dateline's place part: a dash, a colon, ".—", or a
# full stop after an all-capitals place ("NAIROBI. PRESIDENT ...").
_SEPARATOR = re.compile(
    r"\s+[-–—]+\s|\s*[-–—]{2,}\s*|\.\s*[-–—]+\s*|:\s|\s\|\s|\s[-–—]+$|(?<=[A-Z])[—–](?=\S)"
    r"|(?<=\))\.?\s+(?=[A-Z])|\.?\s*/[A-Z][\w-]*/\.?\s|$"
)  # "OTTAWA—Prime Minister ...": a capitals place glued to its dash; "NEW DELHI, Sep 5
# (PTI) Prime Minister ...", "NEW DELHI, Nov 18 (PTI). Marshal ...": the agency's closing
# bracket, with no dash after it (or a full stop); "MOSCOW, February 16. /TASS/. Russian
# President ...": an agency between slashes
# a full stop ends a part, but not after "St" or "Mt" ("ST. PETERSBURG", "St. John's")
_PARTS = re.compile(r"\s*[,|/]\s*|(?<!\bST)(?<!\bSt)(?<!\bMT)(?<!\bMt)\.\s+|\s*:\s+")
_MAX_PREFIX = 90  # characters of a line that a dateline can take
_MAX_LINES = 8  # lines scanned: bylines, share buttons and headlines come first
_MAX_RECORD_LINES = 20  # an archive record's fields ("Release Date:", ...) before its heading
_BODY_LINE = 150  # a line this long is the body: its start is the last place to look


# words a place name keeps in lower case inside it ("Port of Spain", "Dar es Salaam")
_LOWER_WORDS = {"of", "de", "da", "do", "dos", "das", "del", "la", "le", "les", "es", "el",
                "al", "y", "the", "on", "upon", "au", "aux", "des", "di", "du", "and"}


def _title(part: str) -> str:
    """ "NEW DELHI" -> "New Delhi", "PORT OF SPAIN" -> "Port of Spain", "BRASÍLIA" ->
    "Brasília"; other casings as written."""
    if part.isupper():
        words = re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), part.lower()).split(" ")
        return " ".join(
            w.lower() if k and w.lower() in _LOWER_WORDS else w for k, w in enumerate(words)
        )
    return part


def _place(part: str, lex: Lexicon):
    """The gazetteer's place for a part that names a known city or region, or None."""
    part = part.strip(" *#_\"'“”")
    if not part or len(part.split()) > 4 or not part[:1].isupper() or part in lex.orgs:
        return None  # "at OAS summit": the body's initials, not the town of Oas
    for name in (part, _title(part)):
        place = lex.places.get(name)
        if place is not None:
            return place
    return None


def _country(part: str, lex: Lexicon) -> str | None:
    part = part.strip(" *#_")
    for name in (part, _title(part)):
        if name in lex.countries:
            return lex.countries[name]
    return None


def _from_prefix(prefix: str, lex: Lexicon) -> Dateline | None:
    prefix = re.sub(r"\([^)]*\)|\[[^\]]*\]", ",", prefix)  # "(Agency)", "New Delhi [India]"
    parts = [p.strip(" *#_") for p in _PARTS.split(prefix) if p.strip(" *#_")]
    if not parts or any(len(p.split()) > 6 for p in parts):
        return None  # a sentence, not a dateline
    abbreviated = _abbreviated_state(parts)
    if abbreviated is not None:  # before the names: "Washington, D.C." is no "Howard, John"
        return Dateline(_title(parts[0]), abbreviated)
    if _surname_first(prefix, parts, lex):
        return None  # "Howard, John" heading a record: a person, not the town of Howard
    places = [(p, _place(p, lex)) for p in parts]
    if any(
        len(p.split()) >= 3 and hit is None and _country(p, lex) is None and not re.search(r"\d", p)
        for p, hit in places[1:]
    ):
        return None  # "Castro, Ex-foe Confer During Goodwill Trip": a headline's words
    cities = [(p, hit) for p, hit in places if hit is not None and hit.kind == "city"]
    head = parts[0]
    if not cities and _town_like(head, places, lex):
        # "AL-ULA, Saudi Arabia, Jan 5", "KANANASKIS, Alberta", "Crawford, Texas": a city
        # the gazetteer lacks, placed by the country or region that follows it
        for part, hit in places[1:3]:
            country = _country(part, lex) or (hit.country if hit is not None else None)
            if country is None and _regional(head, part):
                country = subdivision_country(part)  # "LORENGAU, Manus Province": PG
            if country:
                return Dateline(_title(head), country)
    found = cities or [(p, hit) for p, hit in places if hit is not None]
    if not found and len(parts) <= 3:
        return _city_state(head, lex) or _small_town(head, places, lex)
    if not found:
        return None
    named = list(dict.fromkeys((_spelling(p, hit, lex), hit.country) for p, hit in found))
    told = _told_country(places[1:3], lex)
    if told and named[0][1] != told and _has_town(named[0][0], told, lex):
        return Dateline(named[0][0], told)  # "WINDSOR, England": England's, not Ontario's
    return Dateline(named[0][0], named[0][1], tuple(named[1:]))


def _told_country(places: list, lex: Lexicon) -> str | None:
    """The country a dateline names after its town, by name or by a region of it
    ("England", "Texas"), or None."""
    for part, hit in places:
        region = hit.country if hit is not None and hit.kind == "region" else None
        country = _country(part, lex) or region
        if country:
            return country
    return None


def _has_town(name: str, country: str, lex: Lexicon) -> bool:
    """Whether ``country`` has a town of the gazetteer called ``name``."""
    options = lex.place_options.get(name) or lex.place_options.get(name.title()) or []
    return any(p.country == country for p in options)


def _regional(head: str, part: str) -> bool:
    """Whether ``part`` may name the region of a town ``head`` ("LORENGAU, Manus
    Province"): words of four letters or more, none a number, after a town's name with
    no number in it (not "12:58 P.M., EST")."""
    return (
        len(part) >= 4
        and part[:1].isupper()
        and not re.search(r"[\d.]", part + head)
    )


def _town_like(head: str, places: list, lex: Lexicon) -> bool:
    """Whether a dateline's first part may be a town the gazetteer lacks: in capitals
    ("KANANASKIS"), or in title case right before a region ("Crawford, Texas"); not a
    country."""
    if len(head.split()) > 3 or _country(head, lex) is not None:
        return False
    if head.isupper():
        return True
    second = places[1][1] if len(places) > 1 else None
    return head.istitle() and second is not None and second.kind == "region"


def _abbreviated_state(parts: list[str]) -> str | None:
    """The country of a town whose dateline abbreviates its state or province ("PLAINS,
    Ga., Oct. 2", "SUNNYLANDS, Calif. -", "Kingston, Ont.": CA, not Jamaica's Kingston),
    where only a date follows."""
    head = parts[0]
    if len(parts) < 2 or len(head.split()) > 3 or not (head.isupper() or head.istitle()):
        return None
    table = region_abbreviations()
    code = table.get(parts[1]) or table.get(parts[1] + ".")  # the dash's dot: "Calif. -"
    dated = all(re.search(r"\d", p) or p.lower().rstrip(".") in _CALENDAR_WORDS for p in parts[2:])
    return code if dated else None


@lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, str]:
    """The abbreviated states and provinces of datelines ("Ga.", "Calif.", "Jal.", "Ont.")
    -> their country's alpha-2 code (region_abbreviations.tsv)."""
    return {abbreviation: code for abbreviation, code in _rows("region_abbreviations.tsv")}


# words of a date that follow a dateline's town ("Kyiv, Monday", "Dhaka, April")
_CALENDAR_WORDS = {
    w.lower()
    for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr)
    if w
}


def _surname_first(prefix: str, parts: list[str], lex: Lexicon) -> bool:
    """Whether a line is a name written family name first ("Howard, John", "Keating,
    Paul"), as archives head their records: two single words in title case, the second
    no place, country or date."""
    return (
        prefix.strip() == ", ".join(parts)
        and len(parts) == 2
        and all(len(p.split()) == 1 and p.istitle() for p in parts)
        and _place(parts[1], lex) is None
        and _country(parts[1], lex) is None
        and parts[1].lower().rstrip(".") not in _CALENDAR_WORDS
    )


def _spelling(part: str, place, lex: Lexicon) -> str:
    """The dateline's own spelling, in the case the body uses ("Rio de Janeiro", "St.
    Petersburg" for "ST. PETERSBURG")."""
    if not part.isupper():
        return part
    titled = _title(part)
    return titled if lex.places.get(titled) is place else place.name


def _small_town(head: str, places: list, lex: Lexicon) -> Dateline | None:
    """ "NUSA DUA, Nov 19 -", "PALE, May 5 (Agency) -": a town in capitals the gazetteer
    lacks, in the one country that has a place so named (:mod:`..small_towns`); not a
    common word ("UPDATE:") nor a capitals heading of several words."""
    if not head.isupper() or len(head.split()) > 2 or not _town_like(head, places, lex):
        return None
    name = _title(head)
    if name.casefold() in lex.common_words or not re.fullmatch(r"[^\W\d_][\w' -]*", name):
        return None
    from ..small_towns import small_town_country  # a large table: read only when needed

    country = small_town_country(name)
    return Dateline(name, country) if country else None


def _city_state(part: str, lex: Lexicon) -> Dateline | None:
    """ "SINGAPORE -": a country whose capital bears its name."""
    code = _country(part, lex)
    name = lex.capitals.get(code) if code else None
    if name is not None and fold(name) == fold(part.strip()):
        return Dateline(name, code)
    return None


def _byline_place(line: str, lex: Lexicon) -> Dateline | None:
    """ "By A. Writer | Suva | Updated: 30 May 2022", "A. Writer, The Daily, Nusa Dua, Bali
    | Sat, 11/19/2011 | Headlines": a field of a byline, or a comma's part of one, that is
    a city."""
    for piece in line.split("|"):
        for part in [piece, *piece.split(",")[1:]]:
            hit = _place(part, lex)
            if hit is not None and hit.kind == "city":
                return Dateline(_spelling(part.strip(), hit, lex), hit.country)
    return None


# "By A. Writer in Addis Ababa", "By A. Writer, special envoy, in MIAMI.-": where it was written
_WRITTEN_IN = re.compile(r"\bin ([A-Z][^,.|]*?)[\s.,:;–—-]*$")


def _written_in(line: str, lex: Lexicon) -> Dateline | None:
    """The city a byline says the story was written in ("By A. Writer in Addis Ababa")."""
    found = _WRITTEN_IN.search(line)
    hit = _place(found.group(1), lex) if found else None
    if hit is None or hit.kind != "city":
        return None
    return Dateline(_spelling(found.group(1).strip(), hit, lex), hit.country)


def read_dateline(text: str, lex: Lexicon) -> Dateline | None:
    """The dateline of a story's text, or None.

    >>> from diplograph.loaders.components.lexicon import lexicon
    >>> read_dateline("KYIV, Aug 23 (Agency) - Modi arrived.", lexicon())
    Dateline(place='Kyiv', country='UA', others=())
    >>> read_dateline("Modi arrived in Kyiv on Friday.", lexicon()) is None
    True
    """
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:_MAX_RECORD_LINES]
    byline = None  # the city a byline names: the dateline's unless one follows it
    for k, line in enumerate(lines):
        found = _line_dateline(line, lex) if k < _MAX_LINES else _heading_place(line, lex)
        if found is not None and line.startswith(_BYLINES):
            byline = byline or found
        elif found is not None:  # past the first lines, only a record's heading
            return found
        credited = k + 1 < len(lines) and _CREDIT.match(lines[k + 1])
        if len(line) >= _BODY_LINE and not credited:  # a photo's caption is no body yet
            return byline
    return byline


_FROM_BYLINE = 70  # characters of a byline opening "From": longer, a sentence
_BYLINES = ("By ", "From ")  # "From our correspondent in Lagos", "From A. Writer in Kano"


# "Image Credit: THE CANADIAN PRESS/...", "Photo: Reuters": the line under a caption
_CREDIT = re.compile(r"(?i)(?:image |photo |picture )?(?:credit|courtesy)\b|(?:photo|image):")


def _line_dateline(line: str, lex: Lexicon) -> Dateline | None:
    fields = archive_fields(line)
    if fields:  # an archive's record: "... SOURCE: AP DATELINE: KIEV, UKRAINE LENGTH: ..."
        value = fields.get("DATELINE")
        return _from_prefix(value, lex) if value else None
    if line.count(" | ") >= 2:
        return _byline_place(line, lex)
    if line.startswith(_BYLINES) and (line.startswith("By ") or len(line) < _FROM_BYLINE):
        # "By A. Writer in Addis Ababa", "From our correspondent in Lagos", "By A. Writer,
        # Kampala", "By A. Writer | Suva": there; "By R. Ali, Senior Reporter": no place
        return _written_in(line, lex) or _byline_place(line, lex)
    if opens_with_short_weekday(line):
        return None  # "Mon, 16 May 2005 Source: GNA": a day, not the town of Mon
    head = line[: _MAX_PREFIX + 10]
    for match in _SEPARATOR.finditer(head):  # the shortest prefix that reads as a dateline
        prefix = head[: match.start()]
        if len(prefix) > _MAX_PREFIX:
            break
        found = _from_prefix(prefix, lex) if prefix else None
        if found is not None:
            return found
    dated = _DATED_FULL_STOP.match(head)  # "NEW DELHI, May 24. Amid ...", "RIYADH, 28
    found = _from_prefix(dated.group(1), lex) if dated else None  # February. India ..."
    if found is not None:
        return found
    first = head.split(".", 1)[0]  # "NAIROBI. PRESIDENT Samia ..."
    if first.isupper() and len(first) < 30:
        return _from_prefix(first, lex)
    return _heading_place(line, lex) or _live_heading_place(line, lex)


# a place, a comma and a day of a month (its year, an agency) closed by a full stop, as
# Indian, Russian and Caucasian papers end their datelines
_DATED_FULL_STOP = re.compile(
    r"((?:[^\s.,]+ ?){1,4},\s*(?:\d{1,2}\s+[A-Za-z]{3,9}|[A-Za-z]{3,9}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?:,\s*[A-Z][A-Za-z]{1,12})?)\.\s+(?=\S)"
)


def _live_heading_place(line: str, lex: Lexicon) -> Dateline | None:
    """ "AU LAUNCH - DURBAN - AS IT HAPPENED", "G20 BRISBANE - LIVE COVERAGE, SUNDAY": a
    live page's heading in capitals whose dash-parted fields name a city, alone or after
    the gathering's name."""
    if not line.isupper() or " - " not in line or len(line) > 2 * _MAX_PREFIX:
        return None
    for part in line.split(" - "):
        words = part.strip(" *#_").split()
        for k in range(min(len(words), 2)):  # "BRISBANE", "G20 BRISBANE"
            hit = _place(" ".join(words[k:]), lex)
            if hit is not None and hit.kind == "city":
                name = " ".join(words[k:])
                return Dateline(_spelling(name, hit, lex), hit.country)
    return None


def _heading_place(line: str, lex: Lexicon) -> Dateline | None:
    """ "TRANSCRIPT OF THE PRIME MINISTER ... PRESS CONFERENCE, REGENT HOTEL, KUALA
    LUMPUR": a record's heading in capitals that ends with its city after a comma."""
    if not line.isupper() or "," not in line or len(line) > 2 * _MAX_PREFIX:
        return None
    last = line.rsplit(",", 1)[1].strip(" *#_")
    hit = _place(last, lex)
    if hit is None or hit.kind != "city":
        return None
    return Dateline(_spelling(last, hit, lex), hit.country)


def dateline_key(name: str) -> str:
    """The folded form under which a dateline place is compared with mentions."""
    return fold(name)


_IN_PLACE = re.compile(
    r"\b(?:in|at)\s+((?:[A-Z][\w'’.-]*)(?:\s+(?:de|da|do|of|[A-Z][\w'’.-]*)){0,3})"
)


def headline_place(title: str | None, lex: Lexicon) -> Dateline | None:
    """The one city a headline places its story in ("Leaders arrive in Rio", "Apec wraps
    up in Bangkok"), for a story with no dateline: where its unplaced current events are.

    >>> from diplograph.loaders.components.lexicon import lexicon
    >>> headline_place("G20 summit live: leaders arrive in Rio de Janeiro", lexicon())
    Dateline(place='Rio de Janeiro', country='BR', others=())
    >>> headline_place("Modi to visit Moscow next week", lexicon()) is None
    True
    """
    if not title:
        return None
    found = []
    for m in _IN_PLACE.finditer(title):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # the longest run that names a city
            hit = _place(" ".join(words[:n]), lex)
            if hit is not None and hit.kind == "city":
                found.append((" ".join(words[:n]), hit.country))
                break
    named = list(dict.fromkeys(found))
    return Dateline(named[0][0], named[0][1], headline=True) if len(named) == 1 else None
