"""The words around an office that say whose it is: "Kenya's", "former", "NATO",
"Florida", "of the Russian Federation", "of the United Nations".

The people reader finds an office (a TITLE mention of the gazetteer) and the name next to
it; these helpers read what qualifies the office, from the gazetteer labels alone:

- before it: a country or demonym ("Indian", "Kenya's"), an organisation ("NATO
  Secretary General", "European Commission President"), a seat of government ("Blue House
  spokesperson"), a region or city for an office below the state ("Florida Governor"),
  and words that make it a past one ("former", "then", "the late", "ex-");
- after it: "of [the] <country>", "of [the] <organisation>", "of <region or city>".

An office of an international organisation keeps the organisation in its title and has
no country (GUIDELINES: "UN Secretary-General", "European Commission President").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .airports import AIRPORT_WORDS
from .lexicon import Lexicon, _rows, _words, fold, lexicon
from .tokenizer import span_text, tokens_of

__all__ = [
    "PAST_STYLES",
    "Qualifier",
    "qualifier_before",
    "qualifier_after",
    "written_title",
    "office_info",
    "without_seat",
    "national_office_country",
    "foreign_to",
]

# Words that make the office that follows a past one.
FORMER_WORDS = {"former", "ex", "ex-", "then-former", "erstwhile", "late", "then", "previous"}
# and as tokens before an office: "since then-President X" reads "then", "-", "President"
PAST_STYLES = frozenset(FORMER_WORDS | {"-"})
# Words that may stand between those qualifiers and the office.
_TIMES = re.compile(r"\w+-(?:time|term)")  # "a three-time former prime minister"
_ACTING = {"acting", "interim", "caretaker"}
_POSS = ("'s", "’s")
_SKIPPED = {
    "the", "a", "an", "acting", "new", "outgoing", "incoming", "current", "interim",
    "caretaker", "chief", "top", "senior", "principal", "close", "longtime", "key",
    "first", "female", "woman", "youngest", "oldest", "long-serving", "veteran", "newly",
    "elected", "appointed", "re-elected", "transitional",
}  # fmt: skip  "Ghana's first female vice president", "newly elected president"
_ENVOYS = {"Ambassador", "Commissioner", "Envoy", "Representative"}
_REGION_WORDS = {"province", "region", "state", "emirate", "prefecture", "county", "oblast"}
# rank (titles.tsv) from which an office names itself without a seat before it
_SPECIFIC_RANK = 30
_HYPHEN_LOWER = {"in", "of", "elect", "designate", "at"}
_LOWER = {"of", "and", "the", "to", "for", "on", "in", "at", "&"}


@dataclass
class Qualifier:
    """What the words around an office say about it."""

    country: str | None = None
    organisation: str | None = None
    institution: str | None = None  # the words to keep in the title ("NATO", "Florida")
    former: bool = False
    first: int = 0  # first token of the qualifier (the office's own start if none)
    end: int = 0  # end of an after-qualifier (the office's end if none)
    owner: int | None = None  # token of whoever the office serves ("Putin's", "his")
    acting: str | None = None  # "acting", "interim": part of the office as written


def office_info(title: str, lex: Lexicon | None = None):
    """The titles-table entry an office names: the whole title if listed, else the
    longest run of its words that is ("Minister of Foreign Affairs and International Trade"
    -> Foreign Minister, "Commerce and Industry Minister" -> Minister)."""
    lex = lex or lexicon()
    words = title.casefold().replace("secretary general", "secretary-general").split()
    for n in range(len(words), 0, -1):
        for k in range(len(words) - n + 1):
            info = lex.titles.get(" ".join(words[k : k + n]))
            if info is not None:
                return info
    return None


def _cap(word: str) -> str:
    """ "secretary-general" -> "Secretary-General"; "Commander-in-Chief", "President-elect"."""
    parts = word.split("-")
    return "-".join(
        p if k > 0 and p in _HYPHEN_LOWER else p[:1].upper() + p[1:] for k, p in enumerate(parts)
    )


def written_title(text: str) -> str:
    """An office as the article writes it, in title case ("minister of external
    relations" -> "Minister of External Relations", "PRESIDENT" -> "President"; "NATO"
    and "Amir" kept; an abbreviation alone spelt out: "PM" -> "Prime Minister", "MP")."""
    lex = lexicon()
    known, abbreviations, surface = lex.title_words, lex.capital_only_titles, text.strip()
    named = lex.titles.get(surface.casefold())
    if surface in abbreviations:
        return named.title
    if named is not None and " " in surface and "-" not in named.title and not (
        set(surface.casefold().split()) & set(named.title.casefold().split())
    ):
        return named.title  # a description the table names: "top diplomat" -> Foreign Minister
    words = [  # "MP" stays an abbreviation
        w.casefold() if w.isupper() and w.casefold() in known and w not in abbreviations else w
        for w in text.split()
    ]
    return " ".join(
        w if w in _LOWER and k > 0 else _cap(w) for k, w in enumerate(words)
    ).replace(" 's", "'s").replace(" ’s", "’s").replace(" ,", ",")


def without_seat(title: str) -> str:
    """An office without the seat of government that opens it when the rest is a senior
    office of its own ("White House National Security Adviser" -> "National Security
    Adviser"); a seat stays before any other ("White House Press Secretary", "Kremlin
    Spokesman", "White House Senior Adviser", "White House Deputy Chief of Staff")."""
    lex = lexicon()
    for seat in lex.seats_opening(title):
        if title.startswith(seat + " "):
            rest = title[len(seat) + 1 :]
            info = lex.title(rest)
            return rest if info and info.rank >= _SPECIFIC_RANK else title
    return title


def _org_name(surface: str, acronym: str, lex: Lexicon) -> str:
    """How an office names its organisation: the acronym for the organisation's own name
    or a respelling of it ("United Nations", "U.N.", "Nato" -> "UN", "NATO"), an organ's
    name as written ("European Commission", "Security Council")."""
    plain = fold(surface).replace(".", "").replace(" ", "")
    if plain == fold(acronym).replace(" ", "") or fold(surface) == _org_names().get(acronym):
        return acronym
    return surface


def _is_local(title: str | None, lex: Lexicon) -> bool:
    info = office_info(title, lex) if title else None
    return info is not None and info.title.casefold() in _local_offices()


@lru_cache(maxsize=1)
def _national_offices() -> dict[str, str]:
    """office (lower case) -> the one state whose office it is (national_offices.tsv)."""
    return {office: code for office, code in _rows("national_offices.tsv")}


def national_office_country(title: str) -> str | None:
    """The country an office's very name gives ("Taoiseach": IE; "Union Home Minister":
    IN, by the entry "union *"; "Assistant Secretary of State for African Affairs": US,
    by "assistant secretary of state for *"), or None."""
    words = title.casefold().split()
    if not words:
        return None
    table = _national_offices()
    portfolio = words.index("for") if "for" in words[1:] else None  # the office before
    # its portfolio ("... for African Affairs"), where the table says any portfolio will do
    head = " ".join(words[:portfolio]) + " for *" if portfolio else None
    return table.get(" ".join(words)) or table.get(f"{words[0]} *") or table.get(head)


@lru_cache(maxsize=1)
def _absent_words() -> dict[str, frozenset[str]]:
    """country -> words its own offices never use (absent_offices.tsv)."""
    found: dict[str, set[str]] = {}
    for code, word in _rows("absent_offices.tsv"):
        found.setdefault(code, set()).add(word)
    return {code: frozenset(words) for code, words in found.items()}


def foreign_to(title: str | None, country: str) -> bool:
    """Whether the office ``title`` is one ``country`` never styles its own officials with
    ("Foreign Minister" in the United States, whose cabinet are secretaries)."""
    words = _absent_words().get(country)
    return bool(words and title) and bool(words.intersection(title.casefold().split()))


@lru_cache(maxsize=1)
def _org_names() -> dict[str, str]:
    """acronym -> the organisation's own name, folded (organisations.tsv)."""
    return {acronym: fold(name) for acronym, name, *_ in _rows("organisations.tsv")}


@lru_cache(maxsize=1)
def _local_offices() -> set[str]:
    """Offices held in a region or city as well as a state (local_offices.txt)."""
    return {w.casefold() for w in _words("local_offices.txt")}


def qualifier_before(doc: Doc, i: int, labels, title: str | None = None) -> Qualifier:
    """What qualifies the office starting at token ``i``, read backwards over at most
    four tokens ("former Kenyan", "Kenya's", "NATO", "the late", "Florida")."""
    lex = lexicon()
    toks = tokens_of(doc)
    q = Qualifier(first=i)
    k = i - 1
    while k >= 0 and k >= i - 4:
        lab = labels[k]
        text = toks[k].text.casefold()
        if lab and lab[0] in ("DEMONYM", "COUNTRY") and q.country is None:
            q.country, q.first = lab[1], _start_of(labels, k)
            k = q.first
        elif text in ("'s", "’s") and k > 0 and labels[k - 1] and labels[k - 1][0] == "ORG":
            q.first = k  # "the EU's ambassador"
        elif (
            lab
            and lab[0] in ("ORG", "SEAT")
            and k == q.first - 1
            and q.institution is None
            and toks[k].text not in AIRPORT_WORDS  # "at the Kumasi Airport President X": a place
        ):
            start = _start_of(labels, k)
            surface = span_text(doc, start, k + 1)
            if lab[0] == "ORG":
                q.organisation, q.institution = lab[1], _org_name(surface, lab[1], lex)
            else:
                q.country, q.institution = lab[1], surface
            q.first = k = start
        elif lab and lab[0] == "PLACE" and k == i - 1 and _is_local(title, lex):
            q.first = k = _start_of(labels, k)  # "Florida Governor", "Dubai Crown Prince"
            q.country, q.institution = lab[1], span_text(doc, q.first, i)
        elif text in ("'s", "’s") and k > 0 and labels[k - 1] and labels[k - 1][0] == "COUNTRY":
            pass
        elif text in _POSS and k == q.first - 1 and q.country is None and _seat(doc, labels, k - 1):
            q.country = labels[k - 1][1]  # "Beijing's ambassador", "the Kremlin's spokesman"
            q.first = k = _start_of(labels, k - 1)
            if k > 0 and toks[k - 1].lower_ == "the":
                q.first = k = k - 1
        elif text in _POSS and k > 0 and k == q.first - 1 and _owner_word(toks, labels, k - 1):
            q.owner, q.first = k - 1, _owner_start(toks, labels, k - 1)
            break  # "Putin's spokesman", "the Chief Adviser's press secretary"
        elif text in ("his", "her") and k == q.first - 1:
            q.owner, q.first = k, k  # "Yuri Ushakov, his foreign policy adviser"
            break
        elif text in FORMER_WORDS or text.startswith(("then-", "ex-")):
            q.former = q.former or text != "late" or _dead(toks, k)
            q.first = k
        elif text in _SKIPPED or _TIMES.fullmatch(text):
            q.first = k
            if text in _ACTING and k == i - 1:
                q.acting = text
        else:
            break
        k -= 1
    if q.country and q.organisation and q.institution and labels[q.first][0] != "ORG":
        q.organisation = None  # "the US NATO ambassador": a state's envoy to the alliance
    return q


def _posting_in(doc: Doc, end: int, labels, q: Qualifier) -> Qualifier:
    """ "High Commissioner in New Delhi", "ambassador in Tbilisi", "envoy to Kyiv": an
    envoy's posting, as the office names it ("High Commissioner to India"); the envoy
    serves another state."""
    lab = labels[end + 1] if end + 1 < len(doc) else None
    if not lab or lab[0] not in ("PLACE", "CAPITAL", "COUNTRY", "SEAT"):
        return q
    stop = end + 1
    while stop < len(doc) and labels[stop] == lab:
        stop += 1
    name = lexicon().country_names.get(lab[1])
    if name:
        q.end, q.institution = stop, f"to {name}"
    return q


def _body_after(doc: Doc, k: int) -> int:
    """End of a body's name in office words after a country ("[of the U.S.] Central
    Command", "[secretary of Iran's] Supreme National Security Council")."""
    toks = tokens_of(doc)
    if k < len(doc) and toks[k].text in ("'s", "’s"):
        k += 1
    words = lexicon().office_words
    end = k
    while end < len(doc) and toks[end].text in words and toks[end].text[:1].isupper():
        end += 1
    return end if end - k >= 2 else k


def _seat(doc: Doc, labels, k: int) -> bool:
    """Whether token ``k`` ends a seat of government or a capital, which stands for its
    state ("Moscow's envoy", "the Kremlin's spokesman")."""
    lab = labels[k]
    if k < 0 or lab is None or lab[0] not in ("SEAT", "PLACE", "CAPITAL"):
        return False
    if lab[0] != "PLACE":
        return True
    name = span_text(doc, _start_of(labels, k), k + 1)
    return lexicon().capitals.get(lab[1]) == name


def _owner_word(toks, labels, k: int) -> bool:
    """Whether token ``k`` can end the name or office of someone another office serves."""
    lab = labels[k]
    if lab is not None and lab[0] == "TITLE":
        return True
    return (lab is None or lab[0] == "PLACE") and toks[k].text[:1].isupper()


def _owner_start(toks, labels, k: int) -> int:
    """First token of the name or office ending at token ``k`` ("[the] Chief Adviser",
    "Lula", "Vladimir Putin"), so that an apposition before it is found."""
    lab = labels[k]
    while k > 0 and (
        labels[k - 1] == lab
        if lab is not None and lab[0] == "TITLE"
        else labels[k - 1] is None and toks[k - 1].text[:1].isupper()
    ):
        k -= 1
    return k - 1 if k > 0 and toks[k - 1].lower_ == "the" else k


def _dead(toks, k: int) -> bool:
    """ "the late King": late means dead only after "the" (not "late President's visit")."""
    return k > 0 and toks[k - 1].lower_ == "the"


def _start_of(labels, k: int) -> int:
    """First token of the gazetteer mention covering token ``k``."""
    while k > 0 and labels[k - 1] == labels[k]:
        k -= 1
    return k


_STATE_STYLES = {"Republic", "Kingdom", "State", "Sultanate", "Principality"}


def qualifier_after(doc: Doc, end: int, labels, title: str | None = None) -> Qualifier:
    """ "of [the] <country>", "of [the] <organisation>", "of <place>" after an office
    ending at token ``end`` ("President of the Russian Federation", "Secretary-General of
    the United Nations", "Crown Prince of Abu Dhabi")."""
    toks = tokens_of(doc)
    q = Qualifier(end=end)
    k = end
    if k < len(doc) and toks[k].text in ("in", "to") and title and title.split()[-1] in _ENVOYS:
        return _posting_in(doc, end, labels, q)
    if k >= len(doc) or toks[k].text != "of":
        return q
    k += 1
    if k < len(doc) and toks[k].lower_ == "the":
        k += 1
    if k + 2 < len(doc) and toks[k].text in _STATE_STYLES and toks[k + 1].text == "of":
        k += 2  # a state's formal style: "President of the Republic of Rwanda"
        if toks[k].lower_ == "the" and labels[k] is None:
            k += 1
    lab = labels[k] if k < len(doc) else None
    if not lab or lab[0] not in ("COUNTRY", "ORG", "PLACE"):
        return q
    if lab[0] == "PLACE" and not _is_local(title, lexicon()):
        return q
    stop = k
    while stop < len(doc) and labels[stop] == lab:
        stop += 1
    if lab[0] == "PLACE" and stop < len(doc) and toks[stop].lower_ in _REGION_WORDS:
        stop += 1  # "Governor of Buenos Aires Province"
    q.end = stop
    if lab[0] == "COUNTRY":
        q.country = lab[1]
        body = _body_after(doc, stop)
        if body > stop:  # "Commander-in-Chief of the U.S. Central Command"
            first = stop + 1 if tokens_of(doc)[stop].text in ("'s", "’s") else stop
            q.end, q.institution = body, "of " + span_text(doc, first, body)
    elif lab[0] == "ORG":
        q.organisation = lab[1]
        q.institution = _org_name(span_text(doc, k, stop), lab[1], lexicon())
    else:
        q.country, q.institution = lab[1], span_text(doc, end, stop)
    return q
