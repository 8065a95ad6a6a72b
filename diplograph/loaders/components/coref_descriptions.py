"""Coreference by description: "the Indian premier", "the two leaders".

Reads a definite description after "the" (a title, with an optional country or
demonym: "the visiting president", "the Chinese premier") as the person it fits
best, and a group ("the two leaders", "the three presidents") as the people the
story named last or names right after. A description may fill in the person's
missing country or title. Relations ("his Russian counterpart", "her host") and an
organisation's head ("the UN chief") are read in :mod:`.coref_relations`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .bystanders import SPEAKING
from .coref_couples import couple_mentions
from .coref_groups import holders, leader_and_partner, leads, recent_leaders
from .coref_relations import organisation_head
from .coref_state import (
    Mention,
    _best_of,
    _in_venue_name,
    _pronoun,
    holder_named_next,
    named_starts,
    only_holder,
)
from .lexicon import fold, lexicon
from .offices import office_title, same_office
from .sentences import OPENING_WORDS
from .tokenizer import OPENING_QUOTES, lowers_of, tokens_of

_GROUP_NOUNS = {
    "leaders",
    "men",
    "presidents",
    "ministers",
    "premiers",
    "women",
    "pair",
    "counterparts",
    "monarchs",  # "The monarchs, who arrived on Sunday night, ...": the king and queen named
    "royals",
    "allies",  # "a meeting between the two allies": their leaders
    "principals",  # "the two principals" of a power-sharing government
}
# groups that stand for states, whose members are the states' leaders
_STATE_GROUPS = {"leaders", "allies"}
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "pair": 2}
# the verbs after "The two", "the pair", "They" that make them the pair named last
_GROUP_VERBS = {"had", "have", "met", "last", "held", "will", "are", "were", "also"}
_GROUP_VERBS |= {"spoke", "shook", "signed", "agreed", "discussed", "later", "then", "sat", "first"}
_GROUP_VERBS |= {"talked", "flew", "travelled", "traveled", "arrived", "moved", "went"}
_GROUP_VERBS |= {"landed", "headed", "visited", "toured", "paid", "drove"}


def _describe(doc: Doc, i: int, labels) -> tuple[int, str | None, str | None]:
    """After "the": (end, country, office) of "[former] [Indian] premier"-like words."""
    country, k = None, i
    while k < len(doc) and tokens_of(doc)[k].lower_ in (
        "former",
        "visiting",
        "then",
        "-",
        "new",
        "outgoing",
    ):
        k += 1
    if k < len(doc) and labels.get(k, ("", ""))[0] in ("DEMONYM", "COUNTRY"):
        country = labels[k][1]
        k = labels[k][2]
    if k < len(doc) and labels.get(k, ("", ""))[0] == "TITLE":
        return labels[k][2], country, labels[k][1]
    words = [t.lower_ for t in tokens_of(doc)[k : k + 3]]
    if words == ["head", "of", "state"]:  # "the (Mexican) head of state": its
        return k + 3, country, "head of state"  # president or monarch, not a minister
    if words == ["head", "of", "government"]:
        return k + 3, country, "head of government"  # "the Mexican head of government"
    return i, None, None


_OFFICE_LABELS = ("TITLE", "DEMONYM", "COUNTRY")


def _story_host(doc, i: int, k: int, state) -> list[Mention]:
    """ "The host later held talks with X": in a story filed from a country, the office
    holder of that country it names most."""
    line = doc._.dg_dateline
    if line is None or line.headline or not line.country:
        return []
    key = state.salient(lambda p: p.country == line.country and bool(p.title), i)
    return [Mention(i, k + 1, key, "DESC")] if key else []
_AGE = re.compile(r"\d{2,3}-year-old")
_AGE_NOUNS = {"leader", "president", "premier", "minister", "monarch", "veteran", "politician"}
# nouns for a reigning monarch whatever the title ("the monarch", "the Sovereign")
_MONARCH_NOUNS = {"monarch", "sovereign", "ruler"}
# a royal's rank said alone ("the prince arrived"): the last word of their title
_ROYAL_NOUNS = {"prince": "Prince", "princess": "Princess"}
MONARCHS = {"King", "Queen", "Sultan", "Emir", "Amir", "Emperor", "Empress", "Grand Duke"}


def _aged(doc, i, state) -> list[Mention]:
    """ "The 57-year-old (leader) later held talks": whom the story has been telling of."""
    k = i + 1
    if k >= len(doc) or not _AGE.fullmatch(tokens_of(doc)[k].lower_):
        return []
    key = state.salient(lambda p: True, i)
    end = k + 2 if k + 1 < len(doc) and tokens_of(doc)[k + 1].lower_ in _AGE_NOUNS else k + 1
    return [Mention(i, end, key, "DESC")] if key else []


def _by_role(doc, i, labels, state) -> list[Mention]:
    """ "The monarch", "the Sovereign", "the Omani ruler": the story's monarch (of the
    country named), the one it names most; "the host": the story's host."""
    k = i + 1
    while k < len(doc) and tokens_of(doc)[k].lower_ in ("visiting", "late", "former"):
        k += 1
    country = None
    if labels.get(k, ("",))[0] in ("DEMONYM", "COUNTRY"):
        country, k = labels[k][1], labels[k][2]
    if k < len(doc) and tokens_of(doc)[k].lower_ == "host" and country is None:
        return _story_host(doc, i, k, state)
    noun = tokens_of(doc)[k].lower_ if k < len(doc) else ""
    if noun in _ROYAL_NOUNS:  # "the prince": the story's Crown Prince or Prince
        key = state.salient(
            lambda p: (p.title or "").split()[-1:] == [_ROYAL_NOUNS[noun]]
            and (country is None or p.country == country),
            i,
        )
        return [Mention(i, k + 1, key, "DESC")] if key else []
    if noun not in _MONARCH_NOUNS:
        return []
    key = state.salient(
        lambda p: (p.title or "") in MONARCHS and (country is None or p.country == country), i
    )
    return [Mention(i, k + 1, key, "DESC")] if key else []


def _partners_of_subject(doc, i: int, state):
    """For a group after "with" ("X held talks with the two men"), a test that leaves out
    those the sentence named before it (its subject is no partner of its own); else None."""
    if i == 0 or tokens_of(doc)[i - 1].lower_ != "with":
        return None
    sent = state.sent_of[i]
    named = {k for j, k in state.order if sent <= j < i}
    return (lambda key: key not in named) if named else None


def _definite(doc, i, labels, state) -> list[Mention]:
    couple = couple_mentions(doc, i, labels, state)  # "the royal couple"
    if couple:
        return couple
    nxt = tokens_of(doc)[i + 1].lower_ if i + 1 < len(doc) else ""
    if nxt in _GROUP_NOUNS and i > 0 and tokens_of(doc)[i - 1].lower_ in ("among", "amongst"):
        return []  # "A, B and C are among the leaders attending": a wider set, no one named
    if nxt in _NUMBERS or nxt in _GROUP_NOUNS:
        k = i + 1
        n = _NUMBERS.get(nxt, 2)
        while k < len(doc) and (
            tokens_of(doc)[k].lower_ in _NUMBERS
            or tokens_of(doc)[k].lower_ in ("visiting", "european", "african")
            or labels.get(k, ("",))[0] == "DEMONYM"
        ):
            k += 1
        office = _two_word_office(doc, k)  # "the two prime ministers", "vice presidents"
        heads = [t.lower_ for t in tokens_of(doc)[k : k + 3]]
        if k > i + 1 and heads[:2] == ["heads", "of"] and heads[2:] in (["state"], ["government"]):
            keys = _named_later(doc, k + 3, state, n) or state.last_distinct(
                n, i, lambda key: leads(key, state)
            )  # "the two heads of state": the leaders the story named last
            if len(keys) == n:
                return [Mention(i, k + 3, key, "GROUP") for key in keys]
        elif office is not None:
            keys = _named_later(doc, k + 2, state, n) or holders(office, n, i, state)
            if len(keys) == n:
                return [Mention(i, k + 2, key, "GROUP") for key in keys]
        elif k < len(doc) and tokens_of(doc)[k].lower_ in _GROUP_NOUNS:
            noun = tokens_of(doc)[k].lower_
            named = _named_later(doc, k + 1, state, n)
            if not named and k == i + 1 and noun in _OFFICE_GROUPS and _many_named(state, i):
                return []  # "the leaders met in Abuja" of a summit's story: the whole
                # gathering, not the last two named
            partners = _partners_of_subject(doc, i, state)  # "X held talks with the two
            keys = (  # men": two others than X
                named
                or holders(_OFFICE_PLURALS.get(noun), n, i, state)
                or noun in _STATE_GROUPS and state.last_distinct(n, i, lambda k: leads(k, state))
                or noun == "leaders" and n == 2 and leader_and_partner(i, state)
                or noun == "allies" and recent_leaders(n, i, state)
                or state.last_distinct(n, i, partners)
            )  # "a call between the leaders": the heads, not a minister named since
            if len(keys) == n or (n > 2 and keys):
                return [Mention(i, k + 1, key, "GROUP") for key in keys]
        elif nxt in ("two", "pair") and k < len(doc) and tokens_of(doc)[k].lower_ in _GROUP_VERBS:
            keys = state.last_distinct(2, i)  # "The two had a brief encounter"
            said = [key for j, key in state.order if state.sent_of[i] <= j < i]
            if len(set(said)) == 1 and said[0] not in keys:  # "Biden said the two had
                keys = state.pair_with(said[0], i) or keys  # agreed": Biden and his pair
            if len(keys) == 2:
                return [Mention(i, i + 2, key, "GROUP") for key in keys]
        elif k == i + 2 and k < len(doc) and tokens_of(doc)[k].lower_ in _GROUP_VERBS:
            return counted_group(i, k, n, state)  # "The three had flown in"
        return []
    head = organisation_head(doc, i, labels, state)
    if head:
        return head  # "the UN chief", "the NATO secretary-general"
    end, country, office = _describe(doc, i + 1, labels)
    if end == i + 1 or office is None:
        return _aged(doc, i, state) or _by_role(doc, i, labels, state)
    if lowers_of(doc)[end : end + 4] == ["at", "the", "time", ","]:
        end += 3  # "The U.S. ambassador at the time, Carlos Pascual": the name apposed
    if (
        end < len(doc)
        and tokens_of(doc)[end].text[:1].isupper()
        and tokens_of(doc)[end].text not in (",", ".")
    ):
        return []  # "the President Joe Biden": a name follows; the people reader has it
    if end + 1 < len(doc) and tokens_of(doc)[end].text == "," and (
        end + 1 in named_starts(doc)
        or labels.get(end + 1, ("",))[0] == "TITLE"
        or tokens_of(doc)[end + 1].text[:1].isupper() and end + 1 not in labels
    ):
        return []  # "the Emir, Sheikh Meshal", "the Defence Minister of Iran, Brigadier
        # General Amir Hatami": the apposition names the person
    # "The President ... held talks with Xi": not Xi; but "the Russian president ... met
    # Putin" may well be Putin, the one Russian president
    others = _named_after_in_sentence(i, end, state) if country is None else frozenset()
    key = _by_description(state, i, country, office, _guest_of(doc, i), others)
    key = key or only_holder(state, country, office)  # "received the Brazilian president"
    if key in others:
        return []
    if key is None:
        return []
    person = state.people[key]
    if country and person.country is None and person.organisation is None:
        person.country = country
    if (
        person.title is None
        and tokens_of(doc)[i + 1].lower_ not in ("former", "visiting")
        and office.casefold() not in ("leader", "head of state")
    ):
        person.title = office_title(office)
    return [Mention(i, end, key, "DESC")]


# unnumbered plurals of office: "the leaders", "the presidents"
_OFFICE_GROUPS = {"leaders", "presidents", "ministers", "premiers"}
_OFFICE_PLURALS = {"presidents": "president", "premiers": "premier", "ministers": "minister"}


def _many_named(state, before: int) -> bool:
    """Whether the story has named more than three people before token ``before``."""
    return len({key for i, key in state.order if i < before}) > 3


def counted_group(i: int, end: int, n: int, state) -> list[Mention]:
    """ "All five had flown into Athens", "The three had flown in": the ``n`` people the
    story named last, as the words ``i:end`` count them; none unless it named that many."""
    keys = state.last_distinct(n, i)
    return [Mention(i, end, key, "GROUP") for key in keys] if len(keys) == n else []


def quantified_group(doc, i: int, state) -> list[Mention]:
    """ "All five had flown in": "all" and a number for the people just named, as a verb's
    subject; not "all the leaders". (A bare "Both had ..." found wrong pairs: left unread.)"""
    lowers = lowers_of(doc)
    if lowers[i + 1 : i + 2] and lowers[i + 1] in _NUMBERS and lowers[i + 1] != "both":
        if lowers[i + 2 : i + 3] and lowers[i + 2] in _GROUP_VERBS:
            return counted_group(i, i + 2, _NUMBERS[lowers[i + 1]], state)
    return []


def group_after_both(doc, i: int) -> bool:
    """Whether "Both" at ``i`` opens a group ("Both leaders", "Both men"), not "both A and B"."""
    return lowers_of(doc)[i + 1 : i + 2] in [[noun] for noun in _GROUP_NOUNS]


def _two_word_office(doc, k: int) -> str | None:
    """The office of a two-word plural at token ``k`` ("prime ministers", "foreign
    ministers", "vice presidents"), lower case; None if there is none."""
    if k + 1 >= len(doc) or tokens_of(doc)[k + 1].lower_ not in _OFFICE_PLURALS:
        return None
    words = f"{lowers_of(doc)[k]} {lowers_of(doc)[k + 1][:-1]}"
    info = lexicon().title(words)
    return words if info is not None and not info.org else None


_ASIDES = {"which", "who", "whose"}  # an aside about what the clause before named


def _named_later(doc, i: int, state, n: int) -> list[str]:
    """ "The two men last met in September, when Kim travelled to Russia ... with Putin": a
    group opening its sentence that the sentence itself names, in full or by surname."""
    sent = state.sent_of[i - 1]
    if any(state.sent_of[j] == sent for j, _ in state.order):
        return []  # only a group that opens its sentence, before anyone is named in it
    toks = tokens_of(doc)
    keys: list[str] = []
    j = i
    first = sent + (toks[sent].text in OPENING_QUOTES)  # past an opening quote
    fronted = toks[first].lower_ in OPENING_WORDS  # "After a call between the two leaders,
    while j < len(doc) and state.sent_of[j] == sent:  # X decided to send Y": not X and Y
        if fronted and toks[j].text == ",":
            break
        if toks[j].text in (",", ";") and j + 1 < len(doc) and toks[j + 1].lower_ in _ASIDES:
            break  # "..., when A hosted B for lunch, which also took him to the shrine of C"
        found = state.index.get(fold(toks[j].text)) if toks[j].text[:1].isupper() else None
        if found and not _in_venue_name(doc, j) and not _speaks_after(toks, j, sent, state):
            key = found[0] if len(found) == 1 else _best_of(found, j, state)
            if key not in keys:
                keys.append(key)
        j += 1
    return keys if len(keys) == n else []


def _speaks_after(toks, j: int, sent: int, state) -> bool:
    """Whether the name at ``j`` only reports what its sentence tells: a verb of saying
    follows it, past an apposed office set off by commas ("..., Wi Sung-lac, director of
    the National Security Office, told reporters")."""
    k = j + 1
    while k < len(toks) and toks[k].text[:1].isupper():
        k += 1  # the rest of the name
    if k < len(toks) and toks[k].text == ",":
        close = next(
            (i for i in range(k + 1, min(len(toks), k + 14)) if toks[i].text == ","), None
        )
        if close is None or state.sent_of[close] != sent:
            return False
        k = close + 1
    return k < len(toks) and toks[k].lower_ in SPEAKING


def _guest_of(doc, i: int) -> str | None:
    """For "the visiting president" in a story filed from a country: that country, which
    the one described is not of (the guest, not the host)."""
    return _dateline_host(doc) if tokens_of(doc)[i + 1].lower_ == "visiting" else None


def _dateline_host(doc) -> str | None:
    """The country a story is filed from (not a headline's), whose people host guests."""
    line = doc._.dg_dateline
    return None if line is None or line.headline else line.country


def _named_after_in_sentence(i: int, end: int, state) -> frozenset[str]:
    """The people named by name after the description at ``i:end``, in its sentence: the
    description is someone else ("The President paid a visit to China, where he held talks
    with Xi")."""
    sent, found = state.sent_of[i], set()
    j = end
    while j < len(state.sent_of) and state.sent_of[j] == sent:
        if j in state.named_at:
            found.add(state.named_at[j])
        j += 1
    return frozenset(found)


def _by_description(state, i, country, office, host=None, others=frozenset()) -> str | None:
    """The person a description fits best: same country and office, then looser fits;
    never of the ``host`` country ("the visiting leader"), nor one of ``others``."""

    def pick(test) -> str | None:
        return state.salient(lambda p: p.key not in others and test(p), i)

    if host is not None:  # a titled foreigner of the office, then of any office
        for fits in (lambda p: same_office(office, p.title), lambda p: bool(p.title)):
            key = pick(
                lambda p: p.country not in (host, None)
                and (country is None or p.country == country)
                and fits(p)  # noqa: B023 (called here, in this iteration)
            )
            if key is not None:
                return key
        found = _by_description(state, i, country, office, None, others)
        return found if found is None or state.people[found].country != host else None
    if country:
        tests = [
            lambda p: p.country == country and same_office(office, p.title),
            lambda p: p.country == country and p.title is None,
            lambda p: p.country is None and same_office(office, p.title),
            lambda p: p.country is None and p.title is None and p.organisation is None,
        ]
    else:
        tests = [lambda p: same_office(office, p.title)]
    for test in tests:
        key = pick(test)
        if key is not None:
            return key
    if not country:
        sole = only_holder(state, None, office)
        if sole is not None and sole not in others:
            return sole  # "the Pope" of a live blog, newest first: the one Pope it names
        # "The Prime Minister, who ...": the last sentence's subject, if untitled
        subject = _pronoun(i, state.sent_of[i], state)
        if subject and subject not in others and state.people[subject].title is None:
            return subject
        return holder_named_next(state, i, office, others)
    return None
