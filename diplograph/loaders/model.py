"""Plain data that flows from the readers through the extraction pipeline.

These dataclasses are the contract between the stages: readers produce
:class:`Article`, the extraction pipeline produces :class:`Extraction`, and
:mod:`diplograph.loaders.triples` turns an extraction into RDF quads. They hold
no rdflib or spaCy objects so that they pickle cheaply across processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["Article", "Person", "Event", "Extraction", "EVENT_KINDS", "STATUSES"]

EVENT_KINDS = ("meeting", "visit", "call")
STATUSES = ("occurred", "planned", "cancelled")


@dataclass
class Article:
    """One news article as read from a file.

    ``url`` identifies the article (from front matter, the JSONL record, the
    HTML metadata, or a ``file://`` URL built from the path). ``published`` is
    None where unknown.
    """

    url: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    path: str | None = None


@dataclass
class Person:
    """A named person read from one article.

    ``key`` is the article-local identifier that events refer to (the
    normalised fullest name). ``title`` is the office without the country word
    ("Prime Minister"); ``country`` the ISO 3166-1 alpha-2 code of the state
    served; ``organisation`` the acronym of an international organisation
    served (then ``country`` is None). ``qid`` is a Wikidata QID where known.
    """

    key: str
    name: str
    alt_names: list[str] = field(default_factory=list)
    title: str | None = None
    country: str | None = None
    organisation: str | None = None
    former: bool = False
    qid: str | None = None
    #: the country was guessed (from the dateline, the story's trips), not told
    country_guessed: bool = False


@dataclass
class Event:
    """A meeting, visit or call read from one article.

    People are referred to by :attr:`Person.key`. ``date`` is ISO 8601 at the
    precision the article allows ("2024-07-08", "2024-07" or "2024") or None.
    ``country`` is an alpha-2 code (for a visit, the destination); ``occasion``
    an organisation acronym. ``evidence`` is the sentence(s) the event was read
    from and ``spans`` their (start, end) character offsets in
    :attr:`Article.text`.
    """

    kind: str
    status: str = "occurred"
    participants: list[str] = field(default_factory=list)
    visitor: str | None = None
    host: str | None = None
    date: str | None = None
    place: str | None = None
    country: str | None = None
    occasion: str | None = None
    evidence: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything read from one article.

    ``countries`` are alpha-2 codes and ``organisations`` acronyms of every
    country and organisation the article names; ``places`` maps each named
    place (city or region) to its country code (or None).
    """

    article: Article
    people: list[Person] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    places: dict[str, str | None] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
