"""The lines of an article as its sentences run: hard-wrapped copy joined again.

Wire copy, press-office transcripts and archived e-mail bulletins come wrapped at a fixed
width ("Russian President Vladimir Putin on\\nThursday arrived in Rome"). The sentence
reader takes every line end for a sentence end, as it must for headlines, datelines,
captions and lists; so a line end inside a sentence is turned back into a space first.

Lines that are no part of the story are blanked (kept as empty lines, so that paragraphs
stay apart): an archive's record fields and a page's tags or search keywords.
"""

from __future__ import annotations

import re

__all__ = [
    "join_wrapped_lines",
    "archive_fields",
    "drop_archive_fields",
    "keyword_line",
    "drop_keyword_lines",
    "link_line",
    "editor_note_line",
]

_MIN_LINES = 5  # a text this short is no evidence of a fixed width
_MAX_WIDTH = 100  # wider lines are paragraphs written on one line each
_FULL = 0.6  # a line this close to the width ran into it: its sentence goes on
_CLOSED = ('.', '!', '?', ':', '"', '”', "'", '’')
# words no sentence or heading ends with: in a wrapped text, the line goes on
_OPEN_ENDED = {"on", "in", "at", "of", "to", "the", "a", "an", "and", "or", "for", "with", "by",
               "from", "his", "her", "their", "its", "that", "which", "who", "was", "were",
               "is", "are", "has", "have", "had", "will", "would", "as", "into", "than"}
_LIST_MARK = re.compile(r"^\s*(?:[-*•·▪]|\d+[.)])\s")
# "DATE: THURSDAY, January 13, 1994 TAG: 9401130231 SECTION: NATIONAL ...": the record
# fields of a newspaper archive or a press database, each a capitals label and a colon
_FIELD = re.compile(r"(?:(?<=\s)|^)([A-Z][A-Z-]{2,}):\s")
_MIN_FIELDS = 3  # one "NOTE: ..." or "WASHINGTON: ..." is prose or a dateline
# "Tags: CELAC, Cuba, Havana", "Topics: ...": a page's labelled list of its subjects
_KEYWORD_LABEL = re.compile(r"^(?:tags|keywords|topics|related topics|related tags)\s*:\s*", re.I)
_KEYWORD_SEPARATORS = re.compile(r"\s*[,|;]\s*")
_MIN_KEYWORDS = 4  # "Oslo, Norway, June 4" is a dateline; a page's search terms run longer
_MAX_KEYWORD_WORDS = 6  # a longer item is a clause of prose
# "Also Read: ...", "READ MORE: ...", "See also: ...": a link to another story, by its headline
_LINK_LABEL = re.compile(
    r"^\s*(?:also read|read also|read more|see also|also see|related(?: stories| story| news)?"
    r"|recommended|must read|also watch|you may also like)\s*:\s*\S",
    re.I,
)

# "RELATED STORIES", "Read more:" on a line of its own: a heading over a list of headlines
_LINK_HEADING = re.compile(
    r"^\s*(?:\*\*)?(?:also read|read also|read more|see also|more on this(?: story)?|more stories"
    r"|related(?: stories| story| news| articles| coverage)?|recommended|you may also like)"
    r"\s*:?\s*(?:\*\*)?\s*$",
    re.I,
)

# "(ATTN: UPDATES with ...)", "(Adds Kremlin comment in paragraphs 4-6)", "(Recasts with
# talks)": a wire desk's note on a version of the story, in parentheses on its own line
_EDITOR_NOTE = re.compile(
    r"^\s*\((?:ATTN\b|EDITOR(?:['’]?S)? NOTE\b|(?:adds|updates|recasts|corrects|changes|"
    r"refiles|repeats|fixes|inserts|removes|writes through|rewrites|re-?tops|tops|new lead|"
    r"updated)\b)[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)\s*$",
    re.I,
)


def join_wrapped_lines(text: str) -> str:
    """``text`` with each line end inside a sentence made a space: where the next line
    starts in lower case, and, in a text wrapped at a fixed width, where a line as long
    as that width stops with no closing punctuation or on a word no sentence ends with
    ("on", "the", "his"). Blank lines, short lines (headings,
    datelines, bylines) and list items stay as they are.

    Examples
    --------
    >>> join_wrapped_lines("Putin on\\nThursday arrived in Rome for a one-day visit.")
    'Putin on\\nThursday arrived in Rome for a one-day visit.'
    >>> join_wrapped_lines("The talks went on\\nlate into the night.")
    'The talks went on late into the night.'
    >>> wire = ["Russian President Vladimir Putin on",
    ...         "Thursday arrived in Rome for a one-day visit to the Italian",
    ...         "capital. His first engagement was at the Vatican, where he",
    ...         "saw Pope Francis. Later that day he saw the President at",
    ...         "the presidential palace and in the afternoon the Premier."]
    >>> join_wrapped_lines("\\n".join(wire)).count("\\n")
    0
    """
    lines = text.split("\n")
    lengths = [len(line.strip()) for line in lines if line.strip()]
    width = max(lengths, default=0)
    wrapped = (
        len(lengths) >= _MIN_LINES
        and width <= _MAX_WIDTH
        and sum(n >= _FULL * width for n in lengths) >= 0.5 * len(lengths)
    )
    out = [lines[0]] if lines else []
    for line in lines[1:]:
        before, after = out[-1].strip(), line.strip()
        if before and after and _runs_on(before, after, width if wrapped else None):
            out[-1] = out[-1].rstrip() + " " + after
        else:
            out.append(line)
    return "\n".join(out)


def _runs_on(before: str, after: str, width: int | None) -> bool:
    """Whether the sentence of line ``before`` goes on in line ``after``."""
    if before.endswith(_CLOSED) or _LIST_MARK.match(after) or _LIST_MARK.match(before):
        return False
    if after[0].islower():
        return True  # "went on\nlate into the night"
    if width is not None and before.split()[-1].lower() in _OPEN_ENDED:
        return True  # "Putin on\nThursday arrived": no sentence or heading ends so
    return width is not None and len(before) >= _FULL * width


def archive_fields(line: str) -> dict[str, str]:
    """The record fields of an archive's header line, by label; empty for any other line.

    >>> archive_fields("DATE: MONDAY, May 3, 1999 SECTION: WORLD DATELINE: LIMA, PERU")
    {'DATE': 'MONDAY, May 3, 1999', 'SECTION': 'WORLD', 'DATELINE': 'LIMA, PERU'}
    >>> archive_fields("WASHINGTON: The president met the envoy.")
    {}
    """
    if line.count(":") < _MIN_FIELDS:
        return {}  # each field has its colon: most lines have none (the search below
        # opens with a lookbehind, tried at every character)
    found = list(_FIELD.finditer(line))
    if len(found) < _MIN_FIELDS:
        return {}
    ends = [m.start() for m in found[1:]] + [len(line)]
    return {m.group(1): line[m.end():end].strip() for m, end in zip(found, ends, strict=True)}


def drop_archive_fields(text: str) -> str:
    """``text`` with each archive header line blanked: its labels and values ("DATE:
    THURSDAY", "SOURCE: Associated Press") are no part of the story, and a label read as
    a word names towns ("Date", Japan)."""
    return "\n".join("" if archive_fields(line) else line for line in text.split("\n"))


def keyword_line(line: str) -> bool:
    """Whether ``line`` is a page's list of its subjects or search terms, not prose: a
    labelled list ("Tags: CELAC, Cuba, Raul Castro"), or an unlabelled one that runs to
    several short items, some in lower case and none with a figure, and closes with no
    full stop ("Narendra Modi, india aid to Maldives, s jaishankar, PM Modi Maldive
    president"). A dateline, a byline or a sentence with a list is none.

    >>> keyword_line("Tags: Office of the Spokesperson | Sweden | Russia | OSCE")
    True
    >>> keyword_line("Narendra Modi, india aid to Maldives, s jaishankar, Sushma Swaraj")
    True
    >>> keyword_line("Modi, Xi, Putin, Lula and Ramaphosa met in Kazan.")
    False
    >>> keyword_line("Monday, June 4, 2023, 10:30 am")
    False
    """
    text = line.strip()
    if not text or text.endswith(_CLOSED):
        return False
    labelled = _KEYWORD_LABEL.match(text)
    items = [i for i in _KEYWORD_SEPARATORS.split(text[labelled.end() if labelled else 0 :]) if i]
    if len(items) < (2 if labelled else _MIN_KEYWORDS):
        return False
    if any(len(item.split()) > _MAX_KEYWORD_WORDS for item in items):
        return False
    return bool(labelled) or (
        not any(ch.isdigit() for ch in text) and any(item[0].islower() for item in items)
    )


def link_line(line: str) -> bool:
    """Whether ``line`` links to another story by its headline ("Also Read: Rwanda, China
    sign 15 deals as Xi pays first visit"): the page's, not the story's.

    >>> link_line("Also Read: Unified Korean hockey team ends Olympic run")
    True
    >>> link_line("READ MORE: Christians of Qaraqosh prepare their church")
    True
    >>> link_line("Also read more about the talks in our live blog.")
    False
    """
    return bool(_LINK_LABEL.match(line))


def editor_note_line(line: str) -> bool:
    """Whether ``line`` is a wire desk's note on this version of the story ("(Adds
    comment in paragraphs 4-6)"): it names what the story tells, not when or that it
    happened.

    >>> editor_note_line("(ATTN: UPDATES with Bush calls, Roh's China trip in paras 6-9)")
    True
    >>> editor_note_line("(Adds Modi's trip to Moscow in paragraphs 4-6)")
    True
    >>> editor_note_line("(Additional reporting by Ana Silva)")
    False
    """
    return bool(_EDITOR_NOTE.match(line))


def drop_keyword_lines(text: str) -> str:
    """``text`` with each line of :func:`keyword_line`, :func:`link_line` or
    :func:`editor_note_line` blanked: a page's subjects and search terms name people and
    places side by side ("PM Modi Maldive president") that the story never brings
    together; a linked headline tells another story, and so does each item of a list
    under a heading of links ("RELATED STORIES"); a desk's note names what it added.

    >>> drop_keyword_lines("Talks ended.\\n\\nRELATED STORIES\\n- Leaders adopt Male declaration")
    'Talks ended.\\n\\n\\n'
    """
    out, links = [], False
    for line in text.split("\n"):
        if _LINK_HEADING.match(line):
            links = True
        elif not (links and (_LIST_MARK.match(line) or not line.strip())):
            links = False
        dropped = keyword_line(line) or link_line(line) or editor_note_line(line)
        out.append("" if links or dropped else line)
    return "\n".join(out)
