"""The extraction pipeline's spaCy components, one per module.

Importing this package registers every ``diplograph_*`` factory with spaCy.
"""

from __future__ import annotations

from . import coref, dates, events, gazetteer, merge, people, sentences, tokenizer

__all__ = ["coref", "dates", "events", "gazetteer", "merge", "people", "sentences", "tokenizer"]
