"""The extraction pipeline's spaCy components, one per module.

Importing this package registers every ``diplograph_*`` factory with spaCy.
Components: :mod:`.sentences`, :mod:`.gazetteer`, :mod:`.dates`, :mod:`.people`,
:mod:`.coref`, :mod:`.events`, :mod:`.merge`. Helpers they share, with no spaCy
registration of their own: :mod:`.tokenizer` (fast news tokenizer and per-Doc
caches), :mod:`.lexicon` (the data tables), :mod:`.status` (tense and modality
cues), :mod:`.arguments` (clauses, dates, places of a trigger), :mod:`.visits`
(who travels where), :mod:`.office_phrases` and :mod:`.office_lists` (offices as
written around a name), :mod:`.offices` (offices the text words loosely or omits) and
:mod:`.office_countries` (countries the text omits).
"""

from __future__ import annotations

from . import coref, dates, events, gazetteer, merge, people, sentences, tokenizer

__all__ = ["coref", "dates", "events", "gazetteer", "merge", "people", "sentences", "tokenizer"]
