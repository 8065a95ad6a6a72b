"""The extraction pipeline's spaCy components, one per module.

Importing this package registers every ``diplograph_*`` factory with spaCy.
Components: :mod:`.sentences`, :mod:`.gazetteer`, :mod:`.dates`, :mod:`.people`,
:mod:`.coref`, :mod:`.events`, :mod:`.merge`. Helpers they share, with no spaCy
registration of their own: :mod:`.tokenizer` (fast news tokenizer and per-Doc
caches), :mod:`.lexicon` (the data tables), :mod:`.status` (tense and modality
cues), :mod:`.arguments` (clauses, dates, places of a trigger), :mod:`.visits`
(who travels where), :mod:`.offices` (offices and countries the text omits),
:mod:`.names` (honorifics, name words, spelling variants) and :mod:`.name_spans` (where
a name starts and ends).
"""

from __future__ import annotations

from . import coref, dates, events, gazetteer, merge, people, sentences, tokenizer

__all__ = ["coref", "dates", "events", "gazetteer", "merge", "people", "sentences", "tokenizer"]
