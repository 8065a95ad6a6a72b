"""Custom attributes the extraction pipeline stores on spaCy objects.

Everything is plain data (dataclasses, dicts, strings) so that Docs stay cheap
to pickle. :func:`register_extensions` is idempotent and is called by
:func:`diplograph.loaders.pipeline.build_nlp`, never at import time.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["register_extensions", "DOC_EXTENSIONS"]

# name -> default factory; list/dict defaults are created per Doc via getters so
# that no two Docs share one mutable object.
DOC_EXTENSIONS = {
    "dg_article": None,  # the Article the Doc was made from
    "dg_published": None,  # datetime.date against which relative dates resolve
    "dg_dateline": None,  # the Dateline (place, country) the story was filed from, if any
    "dg_dates": None,  # list[DateMention], filled by diplograph_dates
    "dg_people": None,  # dict[key, Person], filled by diplograph_people
    "dg_events": None,  # list[Event], filled by diplograph_events and merged
}


def register_extensions() -> None:
    """Register the Doc attributes above once; later calls change nothing."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
