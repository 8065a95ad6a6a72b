"""Offices written in title case, for the gazetteer: where an office's words end.

An office missing from the titles table is still read when written in title case
up to a head word ("Commerce and Industry Minister", "Chief Cabinet Secretary"); an
office then grows by its posting ("Ambassador to the United States"), the office
it serves ("Aide to the President") and its portfolio or body ("Minister of
Foreign Affairs and International Trade", "Chief of Army Staff"), but not by a
country, a name or an organisation's own name. A past prefix ("then-president",
"ex-Prime") reads as the office word. Helpers of :mod:`.gazetteer`, which
re-exports ``TITLE_HEADS`` and ``PAST_PREFIXES``.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Lexicon, _words, fold

__all__ = ["TITLE_HEADS", "PAST_PREFIXES", "region_words", "lower_title_run", "titled"]

# Words that end an office written in title case ("Commerce and Industry Minister",
# "Foreign Office Spokesperson"), so offices missing from the table are still read.
TITLE_HEADS = {
    "Minister",
    "Secretary",
    "Adviser",
    "Advisor",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Ambassador",
    "Envoy",
    "Commissioner",
    "Chancellor",
    "President",
    "Premier",
    "Governor",
    "Chief",
    "Secretary-General",
    "Director-General",
    "Chairman",
    "Chairperson",
    "Chair",
    "Speaker",
    "Director",
    "Aide",
    "Representative",
}
_TITLE_LINKS = {"and", "of", "for", "the", "&"}
_TAIL_LINKS = {"and", "of", "the", "&", ",", "for"}
_POSSESSIVE = {"'s", "’s"}
_AIDES = {"aide", "adviser", "advisor", "assistant", "counsellor", "counselor"}
_POSTED = {"ambassador", "commissioner", "envoy", "representative"}


def _title_run(words: list[str], i: int, lex: Lexicon) -> int:
    """End (exclusive) of a title-case office starting at ``i``, or ``i`` if none.

    The run ends at its first head word ("External Affairs Minister"), so that in
    "President Donald Trump and Vice President JD Vance" no office swallows a name.
    """
    end = i
    j = i
    while j < len(words) and j - i <= 5:
        w = words[j]
        if w in lex.countries or w in lex.demonyms:
            break
        if j > i and w.islower() and w not in _TITLE_LINKS:  # "White House senior adviser"
            w = w[:1].upper() + w[1:]
        if w in TITLE_HEADS:
            end = j + 1
            if j + 1 < len(words) and lex.title(f"{w} {words[j + 1]}") is not None:
                end = j + 2  # "Chief Minister", but not "President Chief Obasanjo"
            else:
                end = _second_head(words, j + 1, lex) or end  # "Chief Cabinet Secretary"
            break
        if not (w in lex.office_words or (w in _TITLE_LINKS and j > i)):
            break
        j += 1
    return end


# words after which an office may be written in lower case: "the deputy national security
# adviser", "Mexico's trade representative", "his deputy trade minister"
_BEFORE_LOWER_OFFICE = {"the", "'s", "’s", "his", "her", "its", "their"}


# words that describe an office holder rather than name the office
_DESCRIBING = {"first", "second", "third", "last", "new", "former", "outgoing", "incoming",
               "current", "top", "senior", "chief", "principal", "acting", "interim"}


def lower_title_run(words: list[str], i: int, lex: Lexicon) -> int:
    """End (exclusive) of an office written in lower case from ``i`` and missing from the
    titles table, or ``i`` if none: two words or more of portfolios ending with a head word
    ("the deputy national security adviser", "the US trade representative"), after an
    article, a possessive or a state ("Kenya's", "US")."""
    before = words[i - 1] if i > 0 else ""
    if before not in _BEFORE_LOWER_OFFICE and before not in lex.demonyms and (
        before not in lex.countries
    ):
        return i
    head = words[i][:1].upper() + words[i][1:]
    if head not in lex.office_words or words[i] in _DESCRIBING:
        return i  # "the first foreign minister to visit": one described, not the office
    end = _title_run([*words[:i], head, *words[i + 1 :]], i, lex)
    return end if end - i >= 2 and words[end - 1].islower() else i


def titled(words: list[str]) -> str:
    """An office written in lower case, in the case of its title: "deputy national
    security adviser" -> "Deputy National Security Adviser"."""
    return " ".join(w if w in _TITLE_LINKS else w[:1].upper() + w[1:] for w in words)


PAST_PREFIXES = ("then-", "ex-", "former-")


def _past_office(word: str, lex: Lexicon) -> str:
    """ "Then-president", "ex-Prime": the office word, read as an office (the people reader
    sees the prefix in the mention's text and makes the office a past one)."""
    low = word.casefold()
    for prefix in PAST_PREFIXES:
        if low.startswith(prefix) and low[len(prefix) :] in lex.title_words:
            return word[len(prefix) :]
    return word


def _second_head(words: list[str], j: int, lex: Lexicon) -> int | None:
    """End of "<office words> <head>" after a first head ("Chief [Cabinet Secretary]",
    "Deputy... "), or None: at least one office word must come between the two heads."""
    k = j
    while k < len(words) and k - j < 3 and words[k] in lex.office_words:
        k += 1
    return k + 1 if k > j and k < len(words) and words[k] in TITLE_HEADS else None


def _posting(words: list[str], end: int, lex: Lexicon) -> int:
    """End of "to [the] <country>" after an envoy's office ("Ambassador to the United
    States", "High Commissioner to Canada", "Special Envoy for Syria"): the posting is part
    of the office."""
    if end == 0 or words[end - 1].casefold() not in _POSTED or end + 1 >= len(words):
        return end
    if words[end] not in ("to", "for"):
        return end
    k = end + 2 if words[end + 1] == "the" else end + 1
    for n in (3, 2, 1):
        if " ".join(words[k : k + n]) in lex.countries:
            return k + n
    return end


@lru_cache(maxsize=1)
def _tail_words() -> set[str]:
    return _words("office_tail_words.txt")


@lru_cache(maxsize=1)
def _region_ends() -> set[str]:
    return _words("portfolio_regions.txt")


def region_words() -> set[str]:
    """Capitalised words of world regions and their adjectives ("African", "Middle",
    "East", "Pacific", "Europe"), from office_tail_words.txt and portfolio_regions.txt."""
    return _tail_words() | _region_ends()


def _region_portfolio(words: list[str], j: int) -> int | None:
    """End of a region that is the whole portfolio at ``j`` (after "for": "Africa", "the
    Middle East", "Asia and the Pacific"), or None."""
    best, k = None, j
    while k < len(words) and k - j < 6:
        w = words[k]
        if w in _region_ends():
            best = k + 1
        elif not (w in _tail_words() or w == "the" or w == "and" and k > j):
            break  # "Asia and the Pacific": "and" only inside the region
        k += 1
    return best


def _served_office(words: list[str], end: int, lex: Lexicon) -> int | None:
    """End of "to the <office>" at ``end`` ("[Aide] to the President"), or None."""
    if end + 2 >= len(words) or words[end] != "to" or words[end + 1] != "the":
        return None
    for n in (3, 2, 1):
        if lex.title(" ".join(words[end + 2 : end + 2 + n])) is not None:
            return end + 2 + n
    return None


def _org_at(words: list[str], j: int, lex: Lexicon) -> bool:
    """Whether an organisation's name or acronym, or a state's formal name ("the People's
    Republic of China": not the "People" of a portfolio), starts at word ``j``."""
    for n in range(min(6, len(words) - j), 0, -1):
        gram = " ".join(words[j : j + n])
        if gram in lex.orgs or n > 1 and fold(gram) in lex.orgs:
            return True
        if n > 2 and gram.replace(" 's", "'s").replace(" ’s", "’s") in lex.countries:
            return True
    return False


def _title_tail(words: list[str], spaced: list[bool], start: int, end: int, lex: Lexicon) -> int:
    """End of the portfolio or body that completes an office after its head: "Minister
    of National Defence", "Minister of Foreign Affairs and International Trade", "Chief of
    Army Staff", "Chairman of the Standing Committee of the National People's Congress".
    Only office words count (capitalised, or in lower case after an office written in
    lower case: "minister for foreign affairs"), so a country ("of India") or a name ends it."""
    lower = words[start][:1].islower()
    if end >= len(words) or not spaced[end - 1]:
        return end
    served = _served_office(words, end, lex)
    if words[end - 1].casefold() in _AIDES and served:
        end = served  # "Aide to the President", "Adviser to the Prime Minister on Security"
        if end >= len(words) or words[end] != "on":
            return end
    if words[end] == "at" and not {"Ministry", "Department"} & set(words[end + 1 : end + 3]):
        return end  # "Minister of State at the Ministry of Foreign Affairs", not "at the Palace"
    if words[end] not in ("of", "for", "on", "at") and not (
        words[end] == "and" and {"of", "for"} & set(words[start:end])
    ):
        return end  # "and" continues only a portfolio ("Minister of Trade and Industry")
    if words[end] == "for" and end + 1 < len(words):
        region = _region_portfolio(words, end + 1)  # "Minister for Africa": a region only
        if region is not None:
            return region
    best = end
    j = end + 1
    while j < len(words) and (spaced[j - 1] or words[j] in _POSSESSIVE or words[j] == ","):
        w = words[j]
        if words[j - 1] in ("of", "the") and _org_at(words, j, lex):
            break  # "President of the European Commission": the body stays an organisation
        if w in lex.office_words or lower and w.islower() and w.capitalize() in lex.office_words:
            j += 1
            best = j
        elif w in _tail_words() and j + 1 < len(words) and (
            words[j + 1] in lex.office_words or words[j + 1] in _tail_words()
        ):
            j += 1  # "East African Cooperation": a region inside a portfolio
        elif (
            w in _TAIL_LINKS
            and j > end + 1
            or w == "the"
            and words[j - 1] in ("of", "for", "at")
            or w in _POSSESSIVE
            and not spaced[j - 1]
        ):
            j += 1
        else:
            break
    if words[best - 1] == "State" and best < len(words) and words[best] == "of":
        return end  # "Amir of the State of Qatar": the state's formal name, not a portfolio
    return best
