"""The U.S. Office of the Historian's travel records as a source of events.

Two XML formats, both public domain (history.state.gov):

* ``<trips>`` of ``<trip role="president|secretary" who="...">``: foreign
  trips of U.S. Presidents and Secretaries of State, with destination
  (``<country id="...">``), places (``<locale>``), dates and short
  ``<remarks>`` ("Met with Prime Minister Boris Johnson. Attended the G7
  Summit.");
* ``<visits>`` of ``<visit>``: visits of foreign leaders to the United States,
  with ``<visitor>`` ("Prime Minister Kyriakos Mitsotakis") and ``<from>``.

Each record becomes one :class:`Extraction` whose article is the record
itself (its history.state.gov address, with the record id as fragment) and
which holds one ``visit`` event. A trip's remarks are read by the extraction
pipeline with the traveller written out as the subject of each sentence
("Met with ..." -> "President Joseph R. Biden met with ..."), and the
meetings found are dated and placed by the trip (:func:`.record_remarks.read_remarks`).
XML is parsed with defusedxml: no DTDs, no entity expansion.
"""
from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from ..errors import ArticleReadError
from .kb import find_leader, fold_name
from .linking import link_people
from .model import Article, Event, Extraction, Person
from .record_remarks import read_remarks, remarks_text

__all__ = ["read_records", "is_records_xml", "trip_extraction", "visit_extraction", "parse_visitor",
           "country_code", "person_key", "MAX_RECORDS_BYTES"]

log = logging.getLogger(__name__)

SITE = "https://history.state.gov/departmenthistory"
SOURCE = "Office of the Historian, U.S. Department of State"
#: Largest records file read (the biggest real one is under 1 MB).
MAX_RECORDS_BYTES = 32 * 1024 * 1024
ROLE_TITLES = {"president": "President", "secretary": "Secretary of State"}
_ROOTS = {"trips", "visits", "trip", "visit"}
_SNIFF = re.compile(rb"<(trips|visits|trip|visit)[\s>]")

_NEXT_VISITOR_FORM = r"\s*(?:,|\band\b)\s*(?=(?:{})\b)"
_SUFFIX = re.compile(r",\s*(Jr\.?|Sr\.?|2nd|3rd|4th|II|III|IV)\s*$")

def _data(name: str) -> list[str]:
    """The non-comment lines of a data file of :mod:`diplograph.data.kb`."""
    text = resources.files("diplograph.data.kb").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _country_ids() -> dict[str, str | None]:
    """Records country ids that pycountry does not resolve -> alpha-2 (or None)."""
    rows = [line.split("\t") for line in _data("records_countries.tsv")[1:]]
    return {row[0]: (row[1].strip() if len(row) > 1 and row[1].strip() else None)
            for row in rows}


@lru_cache(maxsize=1)
def _titles() -> tuple[list[str], re.Pattern]:
    """The visitor offices, longest first, and the pattern that splits visitors."""
    titles = sorted(_data("visitor_titles.txt"), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, titles))
    return titles, re.compile(_NEXT_VISITOR_FORM.format(alternatives))


def person_key(name: str) -> str:
    """The article-local key of a person, as the extraction pipeline makes it.

    Examples
    --------
    >>> person_key("Joseph R. Biden")
    'joseph-r-biden'
    """
    return "-".join(re.sub(r"[^\w\s-]", " ", fold_name(name)).replace("-", " ").split())


def is_records_xml(path: str | os.PathLike) -> bool:
    """Whether ``path`` is an XML file of travel records (by its first 4 kB).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> p = Path(tempfile.mkdtemp()) / "t.xml"
    >>> _ = p.write_text('<?xml version="1.0"?>\\n<trips><trip role="president"/></trips>')
    >>> is_records_xml(p), is_records_xml(p.with_name("missing.xml"))
    (True, False)
    """
    path = Path(path)
    if path.suffix.lower() != ".xml":
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->", b"", head.removeprefix(b"\xef\xbb\xbf"),
                  flags=re.DOTALL).lstrip()
    match = _SNIFF.match(head)
    return match is not None


def read_records(
    paths: str | os.PathLike | Iterable[str | os.PathLike], *, remarks: bool = True,
    extract=None,
) -> Iterator[Extraction | ArticleReadError]:
    """Read travel-record files (or folders of them) into extractions.

    Folders are walked in name order; XML files that are not travel records
    (``presidents.xml``, code tables) are passed over there, but a file given
    by name that is not one is reported. Nothing is raised for bad content:
    an unreadable file is yielded as an :class:`ArticleReadError`.

    Parameters
    ----------
    paths : path or iterable of paths
        Files and folders.
    remarks : bool, optional
        Read each trip's remarks with the extraction pipeline (default); with
        False, only the visits are made and :func:`read_remarks` can be run
        on each extraction later (e.g. in worker processes).
    extract : callable, optional
        The extraction pipeline's ``extract_article`` (by default the
        package's). Where it fails on a trip's remarks, the trip is yielded
        with its visit only and the failure is logged.

    Yields
    ------
    Extraction or ArticleReadError
        One extraction per trip or visit.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.xml")
                           if not any(part.startswith(".") for part in p.relative_to(path).parts))
            files = [p for p in files if is_records_xml(p)]
        else:
            files = [path]
        for file in files:
            yield from _read_file(file, remarks=remarks, extract=extract)


def _read_file(path: Path, *, remarks: bool, extract) -> Iterator[Extraction | ArticleReadError]:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield ArticleReadError(str(path), "not a regular file")
            return
        if info.st_size > MAX_RECORDS_BYTES:
            yield ArticleReadError(str(path), f"records file over {MAX_RECORDS_BYTES} bytes")
            return
        root = fromstring(path.read_bytes(), forbid_dtd=True)
    except FileNotFoundError:
        yield ArticleReadError(str(path), "no such file or directory")
        return
    except OSError as err:
        yield ArticleReadError(str(path), f"cannot read file ({err.strerror or err})")
        return
    except (ParseError, DefusedXmlException, ValueError) as err:
        yield ArticleReadError(str(path), f"not well-formed XML records ({err})")
        return
    if root.tag not in _ROOTS:
        yield ArticleReadError(str(path), f"not travel records (root element <{root.tag}>)")
        return
    records = [root] if root.tag in ("trip", "visit") else list(root)
    for element in records:
        if element.tag not in ("trip", "visit"):
            continue
        try:
            if element.tag == "trip":
                ex = trip_extraction(element, path=str(path))
                yield _with_remarks(ex, extract) if remarks else ex
            else:
                yield visit_extraction(element, path=str(path))
        except ValueError as err:
            where = f"{path}#{_text(element, 'id') or '?'}"
            yield ArticleReadError(where, f"bad record: {err}")


def _with_remarks(ex: Extraction, extract) -> Extraction:
    """The trip with its remarks read; without them if the pipeline fails on them."""
    try:
        return read_remarks(ex, extract=extract)
    except Exception:  # noqa: BLE001 - the record's own visit still stands
        log.exception("reading the remarks of %s failed", ex.article.url)
        return link_people(ex)


def _text(element, tag: str) -> str:
    """The whitespace-normalised text of a child element ('' if absent)."""
    child = element.find(tag)
    return " ".join("".join(child.itertext()).split()) if child is not None else ""


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        raise ValueError(f"bad date {text!r}") from None


def country_code(country_id: str | None, name: str | None = None) -> str | None:
    """The alpha-2 code of a records country (``id="korea-south"``), or None.

    Examples
    --------
    >>> country_code("korea-south", "Korea"), country_code("united-kingdom", "United Kingdom")
    ('KR', 'GB')
    >>> country_code("yugoslavia") is None
    True
    """
    import pycountry

    key = (country_id or "").strip().lower()
    if key in _country_ids():
        return _country_ids()[key]
    for query in (name, key.replace("-", " ")):
        if not query:
            continue
        try:
            return pycountry.countries.lookup(query).alpha_2
        except LookupError:
            continue
    return None


def _first_place(locale: str) -> str | None:
    """The first place of a locale list ("London, Cornwall" -> "London")."""
    first = re.split(r",|;|\band\b", re.sub(r"\([^)]*\)", " ", locale), maxsplit=1)[0]
    first = " ".join(first.split()).strip(" .")
    return first or None


def _traveller(trip, start: date | None) -> Person:
    role = (trip.get("role") or _text(trip, "role") or "").strip().lower()
    title = ROLE_TITLES.get(role)
    if title is None:
        raise ValueError(f"unknown role {role!r}")
    raw = _text(trip, "name")
    if not raw:
        raise ValueError("trip without <name>")
    name = _clean_name(raw)
    known = find_leader(name, on=start, country="US", title=title)
    person = Person(key=person_key(name), name=name, title=title, country="US")
    if known is not None:
        alt = [known.name] if known.name != name else []
        # Without a QID the IRI comes from the name: use the form the press uses.
        shown = name if known.qid else known.name
        alt = [n for n in dict.fromkeys([name, *alt]) if n != shown]
        person = replace(person, name=shown, alt_names=alt, qid=known.qid)
    if raw != name:
        person.alt_names.append(raw)
    return person


def _clean_name(name: str) -> str:
    """A traveller's name without parenthesised forms ("Henry A. (Heinz Alfred) Kissinger")."""
    return " ".join(re.sub(r"\([^)]*\)", " ", name).split()) or name


def trip_extraction(trip, *, path: str | None = None) -> Extraction:
    """One ``<trip>`` element as an extraction with one visit (remarks not read).

    Raises
    ------
    ValueError
        If the record lacks a role, name or valid dates.
    """
    start, end = _date(_text(trip, "start-date")), _date(_text(trip, "end-date"))
    if start is None:
        raise ValueError("trip without <start-date>")
    person = _traveller(trip, start)
    role = "president" if person.title == "President" else "secretary"
    who = trip.get("who") or person_key(person.name)
    rid = _text(trip, "id") or f"{who}-{start.isoformat()}"
    country_el = trip.find("country")
    country_name = _text(trip, "country")
    code = country_code(country_el.get("id") if country_el is not None else None, country_name)
    locale = _text(trip, "locale")
    place = _first_place(locale)
    subject = f"{person.title} {_clean_name(_text(trip, 'name'))}"
    where = ", ".join(x for x in (locale, country_name) if x)
    span = start.isoformat() + (f" to {end.isoformat()}" if end and end != start else "")
    header = f"{subject} visited {where} ({span})." if where else f"{subject} travelled ({span})."
    remarks = _text(trip, "remarks")
    text = header + ("\n\n" + remarks_text(subject, remarks) if remarks else "")
    article = Article(
        url=f"{SITE}/travels/{role}/{who}#{rid}",
        text=text,
        title=f"{subject}: {country_name or 'trip'}, {span}",
        published=end or start,
        source=SOURCE,
        path=path,
    )
    visit = Event(kind="visit", status="occurred", visitor=person.key, date=start.isoformat(),
                  place=place, country=code,
                  evidence=f"{header} {remarks}".strip(), spans=[(0, len(text))])
    places = {place: code} if place else {}
    return Extraction(article=article, people=[person], countries=[code] if code else [],
                      places=places, events=[visit])


def parse_visitor(text: str) -> list[tuple[str | None, str]]:
    """The (office, name) of each visitor named in a ``<visitor>`` field.

    Examples
    --------
    >>> parse_visitor("Prime Minister Kyriakos Mitsotakis")
    [('Prime Minister', 'Kyriakos Mitsotakis')]
    >>> parse_visitor("President Andrzej Duda and Prime Minister Donald Tusk")
    [('President', 'Andrzej Duda'), ('Prime Minister', 'Donald Tusk')]
    >>> parse_visitor("President Benigno S. Aquino, 3rd")
    [('President', 'Benigno S. Aquino 3rd')]
    """
    text = " ".join(text.split())
    text = re.sub(r"^Prime Ministere\b", "Prime Minister", text)
    text = re.sub(r"^(Prime Minister)(?=[A-Z])", r"\1 ", text)
    text = re.sub(r"\b(President|Prime Minister)-\s*(elect|designate)\b", r"\1-\2", text,
                  flags=re.IGNORECASE)
    text = _SUFFIX.sub(lambda m: " " + m.group(1).rstrip("."), text)
    out = []
    for part in _titles()[1].split(text):
        title, name = _split_office(part.strip())
        if name:
            out.append((title, name))
    return out


def _split_office(text: str) -> tuple[str | None, str]:
    for title in _titles()[0]:
        if text.lower().startswith(title.lower() + " "):
            return title, text[len(title) + 1:].strip()
    return None, text


def visit_extraction(visit, *, path: str | None = None) -> Extraction:
    """One ``<visit>`` element as an extraction: the visitor's visit to the U.S.

    Raises
    ------
    ValueError
        If the record lacks a visitor or a valid start date.
    """
    start, end = _date(_text(visit, "start-date")), _date(_text(visit, "end-date"))
    if start is None:
        raise ValueError("visit without <start-date>")
    visitors = parse_visitor(_text(visit, "visitor"))
    if not visitors:
        raise ValueError("visit without <visitor>")
    origin = visit.find("from")
    origin_name = _text(visit, "from")
    code = country_code(origin.get("id") if origin is not None else None, origin_name)
    rid = _text(visit, "id") or start.isoformat()
    description = _text(visit, "description")
    span = start.isoformat() + (f" to {end.isoformat()}" if end and end != start else "")
    who = _text(visit, "visitor")
    text = f"{who}" + (f" of {origin_name}" if origin_name else "") + \
        f" visited the United States ({span})." + (f" {description}" if description else "")
    people = [Person(key=person_key(name), name=name, title=title, country=code)
              for title, name in visitors]
    events = [Event(kind="visit", status="occurred", visitor=p.key, date=start.isoformat(),
                    country="US", evidence=text, spans=[(0, len(text))]) for p in people]
    slug = (origin.get("id") if origin is not None else None) or "all"
    article = Article(url=f"{SITE}/visits/{slug}#{rid}", text=text,
                      title=f"{who} ({origin_name or 'unknown'}) to the United States, {span}",
                      published=end or start, source=SOURCE, path=path)
    ex = Extraction(article=article, people=people,
                    countries=sorted({"US", code} - {None}), events=events)
    return link_people(ex)
