"""The extraction pipeline's spaCy components, one per module.

Importing this package registers every ``diplograph_*`` factory with spaCy.
Components: :mod:`.sentences`, :mod:`.gazetteer`, :mod:`.dates`, :mod:`.people`,
:mod:`.coref`, :mod:`.events`, :mod:`.merge`. Helpers they share, with no spaCy
registration of their own: :mod:`.tokenizer` (fast news tokenizer and per-Doc
caches), :mod:`.lexicon` (the data tables), :mod:`.status` (tense and modality
cues), :mod:`.arguments` (clauses of a trigger; :mod:`.trigger_phrases` trigger phrases
writers break up; :mod:`.event_dates`,
:mod:`.event_places`, :mod:`.event_status` its date, place and status), :mod:`.visits`
(where travellers go; :mod:`.travellers` who they are; :mod:`.trip_cues` what the words
around a trip tell), :mod:`.encounters` (who met or spoke, where and when;
:mod:`.encounter_cues` what the words around a meeting or call tell),
:mod:`.pronoun_gender` (pronoun agreement), :mod:`.office_phrases` and
:mod:`.office_lists` (offices as written around a name), :mod:`.offices` (offices the
text words loosely or omits), :mod:`.office_countries` (countries the text omits),
:mod:`.names` (honorifics, name words, spelling variants), :mod:`.name_spans` (where
a name starts and ends), :mod:`.dateline` (where a story was filed), :mod:`.frames`
(what the story lends an event's open attributes), :mod:`.headings` (trips under dated
headings) and :mod:`.date_patterns`, :mod:`.date_readings`, :mod:`.date_values` (what
the date component reads and how it resolves it).
"""

from __future__ import annotations

from . import coref, dates, events, gazetteer, merge, people, sentences, tokenizer

__all__ = ["coref", "dates", "events", "gazetteer", "merge", "people", "sentences", "tokenizer"]
