"""The extraction pipeline: an Article in, an Extraction out.

``build_nlp()`` assembles a blank English spaCy pipeline (no downloaded model)
from diplograph's components, in this order:

1. ``diplograph_sentences``  sentence boundaries for news copy
2. ``diplograph_gazetteer``  countries, demonyms, organisations, offices, places
3. ``diplograph_dates``      date expressions with past and future readings
4. ``diplograph_people``     names next to offices, appositions, untitled names
5. ``diplograph_coref``      later mentions: surnames, descriptions, groups, pronouns
6. ``diplograph_events``     triggers and their arguments, one clause at a time
7. ``diplograph_event_merge`` one event per real-world occurrence

``extract_article`` runs it on one article and converts the annotations into
the plain dataclasses of :mod:`diplograph.loaders.model`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from .capital_names import title_case_capital_names
from .components.dateline import headline_place, read_dateline
from .components.dateline_towns import settle_shared_town
from .components.lexicon import lexicon
from .components.outlets import outlet_names
from .components.tokenizer import NEWS_TOKENIZER, gazetteer_spans, people_spans
from .extensions import register_extensions
from .model import Article, Event, Extraction, Person
from .text_layout import drop_archive_fields, drop_keyword_lines, join_wrapped_lines

__all__ = ["build_nlp", "extract_article", "extract", "doc_to_extraction", "PIPE_NAMES"]

log = logging.getLogger(__name__)

PIPE_NAMES = (
    "diplograph_sentences",
    "diplograph_gazetteer",
    "diplograph_dates",
    "diplograph_people",
    "diplograph_coref",
    "diplograph_events",
    "diplograph_event_merge",
)
_NLP: Language | None = None


def build_nlp() -> Language:
    """A blank English pipeline with diplograph's components (tables load once)."""
    register_extensions()
    # the news tokenizer named in the config: spacy.blank("en") would first build
    # spaCy's English tokenizer (its affix patterns and exceptions, ~0.2 s a process)
    # only for it to be replaced
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": NEWS_TOKENIZER}}})
    nlp.max_length = 5_000_000
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    lexicon()  # load the tables now rather than inside the first article
    return nlp


def _default_nlp() -> Language:
    global _NLP
    if _NLP is None:
        _NLP = build_nlp()
    return _NLP


@lru_cache(maxsize=1)
def _capitals() -> tuple[frozenset[str], frozenset[str]]:
    """Words in capitals the lexicon knows as such, organisations' and countries' acronyms
    ("NATO", "ASEAN", "UAE"), which are no surnames; and the words of offices."""
    lex = lexicon()
    acronyms = frozenset(w for w in [*lex.orgs, *lex.countries] if w.isupper())
    return acronyms, frozenset(lex.title_words | {w.lower() for w in lex.office_words})


def make_doc(article: Article, nlp: Language) -> Doc:
    """The article's text as a Doc carrying the article and its publication date."""
    text = join_wrapped_lines(article.text)  # wire copy wrapped at a fixed width
    story = drop_keyword_lines(drop_archive_fields(text))
    doc = nlp.make_doc(title_case_capital_names(story, *_capitals()))  # "Emmanuel MACRON"
    doc._.dg_article = article
    doc._.dg_published = article.published
    dateline = settle_shared_town(read_dateline(text, lexicon()), text, lexicon())
    if dateline is not None and dateline.place in outlet_names(article.source, text):
        dateline = None  # "Xinhua, February 15, 2015": the agency, though a town bears it
    doc._.dg_dateline = dateline or headline_place(article.title, lexicon())
    return doc


def extract_article(article: Article, nlp: Language | None = None) -> Extraction:
    """Read the people, countries, organisations, places and events of one article."""
    nlp = nlp or _default_nlp()
    doc = nlp(make_doc(article, nlp))
    return doc_to_extraction(doc, article)


def extract(articles: Iterable[Article], nlp: Language | None = None) -> Iterator[Extraction]:
    """``extract_article`` over many articles, sharing one pipeline."""
    nlp = nlp or _default_nlp()
    for article in articles:
        yield extract_article(article, nlp)


def doc_to_extraction(doc: Doc, article: Article) -> Extraction:
    """Convert a processed Doc's annotations into an :class:`Extraction`."""
    events: list[Event] = doc._.dg_events or []
    people: dict[str, Person] = doc._.dg_people or {}
    in_events = {k for e in events for k in [*e.participants, e.visitor] if k}
    for ev in events:
        if ev.kind == "visit":
            ev.participants = []
        # reading aids, not facts
        for mark in ("trigger", "earlier", "borrowed", "departure", "homeward"):
            if hasattr(ev, mark):
                delattr(ev, mark)
    guessed = doc.user_data.get("dg_guessed_country", set())
    kept = [
        replace(p, country_guessed=p.key in guessed and p.country is not None)
        for p in people.values()
        if p.title or p.key in in_events
    ]
    gaz = gazetteer_spans(doc)  # one list: each walk of the SpanGroup makes new Spans
    countries = [s.kb_id_ for s in gaz if s.label_ in ("COUNTRY", "DEMONYM")]
    countries += [p.country for p in kept if p.country] + [e.country for e in events if e.country]
    named = {i for s in people_spans(doc) for i in range(s.start, s.end)}
    places = {s.text: s.kb_id_ for s in gaz if s.label_ == "PLACE" and s.start not in named}
    places.update({e.place: e.country for e in events if e.place})
    return Extraction(
        article=article,
        people=kept,
        countries=list(dict.fromkeys(countries)),
        organisations=list(dict.fromkeys(s.kb_id_ for s in gaz if s.label_ == "ORG")),
        places=places,
        events=events,
    )
