"""The clauses of a sentence, and the asides and orders that shape a trigger's reading.

Splits a sentence into clauses at ";", dashes and ", where"-like openers, and at
", and" before a clause with a subject or an event of its own, so that "Modi
arrived in Ukraine from Warsaw, where on Thursday he held talks with Tusk" gives
the talks Warsaw and Thursday; a pair of dashes around names alone ("The leaders
of Chile and Peru — A and B — arrived") is an apposition, not a cut. Also finds
a ", who ... ," aside around a trigger and an arrival told by its order ("the
first to arrive"). Helpers of :mod:`.arguments`, which re-exports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .clause_acts import (
    PAST_VERBS,
    TENSED,
    as_clause,
    elided_subject,
    gapped_leg,
    gerund_clause,
    named_subject,
    next_act,
    own_event,
    second_act,
    second_pairing,
    sequel_verb,
    timed_act,
    timed_pronoun_act,
)
from .earlier_occasions import ORDINALS, counted_occasions_at, earlier_occasions_at
from .name_lists import PREDECESSOR_WORDS, apposition_end
from .office_phrases import PAST_STYLES

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "CLAUSE_OPENERS",
    "FRINGES",
    "FRONTED",
    "ORDINALS",
    "clauses",
    "counted_occasions_at",
    "earlier_occasions_at",
    "borrowed_subject",
    "gerund_clause",
    "subject_span",
    "told_earlier",
    "ordered_arrival",
    "relative_aside",
    "in_origin_aside",
]

CLAUSE_OPENERS = {
    "where",
    "when",
    "while",
    "but",
    "although",
    "though",
    "whereas",
    "after",
    "before",
    "since",
    "until",
}
FRONTED = {"after", "before", "following", "during", "ahead"}
# clauses of another subject's ("A held meetings, while B gave a speech")
CONTRASTS = {"while", "whereas", "although", "though"}
# a sentence's opening clause of its own, closed by its comma ("While A spoke, B met C")
_FRONTED_CLAUSES = CONTRASTS | {"as", "when", "because"}
_BESIDES = (["besides"], ["in", "addition", "to"], ["apart", "from"], ["aside", "from"])
# "on the margins of the summit": the gathering that is the occasion of other talks
FRINGES = {"margins", "margin", "sidelines", "sideline", "fringes", "fringe"}


def told_earlier(i: int, ctx: Context) -> bool:
    """Whether token ``i`` lies in a clause of earlier occasions ("their third meeting,
    after talks in Bali in 2022 and in Lima")."""
    lo, hi = ctx.sentence_of(i)
    sent = ctx.doc[lo:hi]
    rng = next((r for r in clauses(sent, ctx) if r[0] <= i < r[1]), None)
    return rng is not None and earlier_occasions_at(rng[0], sent, ctx)


def ordered_arrival(t: int, ctx: Context) -> bool:
    """ "the first to arrive", "the last leader to land": an arrival told by its order."""
    return (
        t > 2
        and ctx.lower[t - 1] == "to"
        and ("first" in ctx.lower[t - 3 : t - 1] or "last" in ctx.lower[t - 3 : t - 1])
    )


def relative_aside(t: int, rng: tuple[int, int], ctx: Context) -> tuple[int, int] | None:
    """The tokens of ", who ... ," (or ", which ...") around ``t`` in ``rng``, to the next
    comma or the end of ``rng``: what it tells is about the person before it, in its own
    tense and time ("X met Y on Wednesday, who is visiting Qatar")."""
    k = t - 1
    while k > rng[0] and ctx.lower[k] != ",":
        if ctx.lower[k] in ("who", "which") and ctx.lower[k - 1] == ",":
            end = next((j for j in range(t, rng[1]) if ctx.lower[j] == ","), rng[1])
            return (k, end)
        k -= 1
    return None


def clauses(sent: Span, ctx: Context) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence, split at ";" and ", where"-like openers.
    Shared: read it, do not change it."""
    # kept per Context: the readers of events, dates and places ask again for the same
    # sentences, and what this reads of the Context (words, labels, people, dates,
    # triggers) is fixed when it is made
    cache = ctx.__dict__.setdefault("_clauses", {})
    found = cache.get((sent.start, sent.end))
    if found is None:
        found = cache[sent.start, sent.end] = _clauses(sent, ctx)
    return found


# the only words _clauses cuts at (each of its tests asks for one of them first, gerund_clause
# and earlier_occasions_at for "after", "before" or "since")
_CUT_WORDS = frozenset(
    {"—", "–", ";", ":", ",", "and", "that", "after", "before", "since", "when", '"', "”"}
)


def _colon_clause(lo: int, i: int, sent: Span, ctx: Context) -> bool:
    """Whether the colon at ``i`` ends a clause and opens another with a subject and verb
    of its own ("He will be the third pope to visit: John Paul II went in 1998"), not a
    list of people ("met three leaders: A, B and C") nor what a heading announces
    ("Coming up tomorrow: X takes his seat at ...")."""
    if not ctx.trigger_tokens.intersection(range(lo, i)) and TENSED.isdisjoint(ctx.lower[lo:i]):
        return False
    person = ctx.person_after_offices(i + 1, sent.end)
    if person is None or person[1] >= sent.end:
        return False
    after = person[1]
    return after in ctx.trigger_tokens or ctx.lower[after] in TENSED | PAST_VERBS


def _finite_time_clause(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the "before" or "after" at ``i`` opens a clause with a named subject and a
    verb in the past ("two months before President X and Mr Y announced ...")."""
    person = ctx.person_after_offices(i + 1, sent.end)
    if person is None or person[0] > i + 4:
        return False
    named = ctx.persons_in(person[0], sent.end)
    k = named[0][1]
    for _s, e, _k in named[1:]:  # "X and Mr Y announced": past the subject's names
        if ctx.lower[k] not in ("and", ",") or e - k > 4:
            break
        k = e
    return k < sent.end and ctx.lower[k].endswith("ed") and k not in ctx.trigger_tokens


def _agent_event_phrase(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the "before" or "after" at ``i`` opens an event noun with its own agent
    ("two days after a surprise visit here by President X", "a week before a visit to
    Oslo by Y"): the event of those it names, not the main clause's."""
    noun = next((k for k in range(i + 1, min(i + 5, sent.end)) if k in ctx.trigger_tokens), None)
    if noun is None or ctx.persons_in(i + 1, noun):
        return False
    by = next((k for k in range(noun + 1, min(noun + 6, sent.end)) if ctx.lower[k] == "by"), None)
    return by is not None and bool(ctx.persons_in(by + 1, min(by + 8, sent.end)))  # "by
    # President X", "by the Peruvian president, X"


def attributed_after(i: int, ctx: Context) -> bool:
    """Whether the closing quotation mark at ``i`` is followed by its speaker and a verb of
    saying ('," he said', '," Prime Minister X told reporters')."""
    named = ctx.persons_in(i + 1, i + 8)[:1]  # after any office: '," Kenyan President X said'
    if not named or not all(ctx.label[k] for k in range(i + 1, named[0][0])):
        return False
    return ctx.lower[named[0][1] : named[0][1] + 1] in (
        ["said"], ["says"], ["told"], ["added"], ["recalled"], ["stressed"],
    )


def _clauses(sent: Span, ctx: Context) -> list[tuple[int, int]]:
    cuts = [sent.start]
    unsaid = False  # in a "where" aside, the sentence's subject still to come
    # "After his visit to Russia, Modi will ...", "While A spoke, B held talks with C"
    parenthetical = ctx.lower[sent.start] in FRONTED | _FRONTED_CLAUSES or any(
        ctx.lower[sent.start : sent.start + len(w)] == w for w in _BESIDES
    )  # "In addition to meeting X, Y held talks with Z": X was met apart
    for i in range(sent.start + 1, sent.end - 1):
        word = ctx.lower[i]
        if word not in _CUT_WORDS:
            continue  # no test below cuts at any other word: most tokens, passed at once
        if word in ("—", "–") and _dashed_names(i, sent, ctx):
            continue  # "The leaders of Chile and Peru — A and B — arrived": an apposition
        if word == ";" and _semicolon_list(i, sent, ctx):
            continue  # "meetings with the Foreign Secretary, A; the Mayor of London, B"
        if word in ('"', "”") and attributed_after(i, ctx):
            cuts.append(i + 1)  # '"We discussed it with X," he said at a meeting with Y':
            # what the quote tells and what its speaker did are two acts
        elif word == ":":
            if _colon_clause(cuts[-1], i, sent, ctx):
                cuts.append(i + 1)  # "the third pontiff to visit the island: John Paul II
                # went in January 1998": a clause of its own, with its own tense and day
        elif word in (";", "—", "–") or (word == "," and ctx.lower[i + 1] in CLAUSE_OPENERS) or (
            word == "," and ctx.lower[i + 1] == "as" and as_clause(i + 1, sent.end, ctx)
        ):
            cuts.append(i + 1)
            # "On arrival in Riyadh from Israel, where he met A, B was received by C": a
            # "where" aside of an opening phrase that names no one ends at the main subject
            unsaid = ctx.lower[i + 1] == "where" and all(  # "Upon his arrival in X, where"
                ctx.lower[a] in ("his", "her") for a, _, _ in ctx.persons_in(sent.start, i)
            )
        elif word == "," and unsaid and named_subject(i + 1, sent.end, ctx):
            cuts.append(i + 1)
            unsaid = False
        elif (
            word == ","
            and ctx.lower[i + 1] == "and"
            and named_subject(
                i + 3 if i + 2 < sent.end and ctx.lower[i + 2] == "that" else i + 2, sent.end, ctx
            )
            and not _closes_apposition(i, sent, ctx)
        ):
            cuts.append(i + 1)  # "X is skipping the summit, and Premier Li will lead ...": a
            # clause with its own subject keeps its own negation and tense
        elif word == "," and ctx.lower[i + 1] == "and" and (
            "".join(ctx.lower[i + 2 : i + 3]) in FRONTED
            and ctx.lower[i + 3 : i + 4] != ["that"]  # "..., and before that in Vilnius"
            and ctx.trigger_tokens.intersection(range(sent.start, i))
            and ctx.trigger_tokens.intersection(range(i + 3, sent.end))
            # "spoke to A on Monday, and before boarding his plane he briefed B": a new act
            or own_event(i + 2, sent.end, ctx)
            or timed_act(i + 2, sent.start, sent.end, ctx, sequel=True, any_verb=True)
            or second_act(i + 1, sent.start, sent.end, ctx)
            or second_pairing(i + 1, sent.end, ctx)
            or gapped_leg(i + 2, sent.start, sent.end, ctx)
        ):
            cuts.append(i + 1)  # "flew to Kiribati to meet A, and on Saturday he was in Apia
            # for talks with B": the second event's people, place and day are its own
        elif word == "and" and (
            next_act(i, sent, ctx)
            or sequel_verb(i, sent, ctx)
            or timed_pronoun_act(i, sent, ctx)
            or gapped_leg(i + 1, sent.start, sent.end, ctx)
        ):
            cuts.append(i)  # "met A on Wednesday and will meet B on Thursday": the second
            # act keeps its own people, tense and day
        elif word == "," and ctx.lower[i + 1] == "whose" and "," not in ctx.lower[i + 2 : sent.end]:
            cuts.append(i + 1)  # "a visit to Peru, whose president attended the summit": a
            # clause of its own to the end (not the aside of "B, whose term ends in May, in Lima")
        elif (
            word == "that"
            and ctx.lower[i + 1 : i + 2] in (["he"], ["she"], ["they"])
            and gerund_clause(cuts[-1], ctx)
        ):
            cuts.append(i)  # "said after meeting B that he had postponed a visit to C":
            # the gerund's talks end where what was said begins
        elif word in ("before", "after") and cuts[-1] != i and (
            _finite_time_clause(i, sent, ctx) or _agent_event_phrase(i, sent, ctx)
        ):
            cuts.append(i)  # "held talks last October, two months before A and B announced
            # the deal": those the time clause names did not hold the talks
        elif gerund_clause(i, ctx) and cuts[-1] != i:
            cuts.append(i)  # "called B on Tuesday before meeting C", "met B, hours after
            # holding talks with C": the act told by the gerund has its own partner
        elif earlier_occasions_at(i, sent, ctx):
            cuts.append(i)  # "their third meeting, after Bali in 2022 and Woodside": the
            # earlier meetings' places and dates are theirs
        elif word in ("since", "after", "before", "when") and ctx.person_after_offices(
            _past_styles(i + 1, sent.end, ctx), sent.end
        ):
            cuts.append(i)  # "... since Theresa May visited Beijing", "since then President
            # X came in 1995": a clause of its own
            parenthetical = True
        elif (
            word == "," and parenthetical
        ):  # "Blinken, the first ... since Pompeo in 2018, arrived"
            cuts.append(i + 1)
            parenthetical = False
    cuts.append(sent.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _past_styles(i: int, end: int, ctx: Context) -> int:
    """The first token at or after ``i`` that is no word of a past office's style."""
    while i < end and ctx.lower[i] in PAST_STYLES:
        i += 1
    return i


def subject_span(i: int, sent: Span, ctx: Context) -> tuple[int, int]:
    """Where the subject of a clause at ``i`` with none of its own is named: before the
    sentence's first trigger (or the verb after its first name); inside a ", who ..."
    aside still open at ``i``, the name just before "who" ("received X, who arrived after
    meeting Y": X met Y); after a contrasting clause with a subject of its own, that
    subject."""
    for k in range(i - 1, sent.start, -1):
        if ctx.lower[k] == ",":
            break
        if ctx.lower[k] == "who" and ctx.lower[k - 1] == ",":
            named = [p for p in ctx.persons_in(sent.start, k) if p[1] == k - 1]
            return (named[-1][0], k) if named else (k, k)
    before = next((r for r in clauses(sent, ctx) if r[1] == i and r[0] < i), None)
    if before is not None and ctx.lower[before[0]] in CONTRASTS:  # "A came to X, while B
        first = min(ctx.trigger_tokens.intersection(range(before[0], i)), default=i)  # flew
        if ctx.persons_in(before[0] + 1, first):  # to Y, and held talks with C": B met C
            return before[0] + 1, first
    first = min(ctx.trigger_tokens.intersection(range(sent.start, i)), default=i)
    named = ctx.persons_in(sent.start, first)
    if len(named) > 1:  # "X named Y as prime minister, a day after flying to Berlin": X
        verb = next((k for k in range(named[0][1], named[1][0]) if ctx.lower[k] in TENSED
                     or ctx.lower[k] in PAST_VERBS or ctx.lower[k].endswith("ed")), None)
        first = first if verb is None else verb
    return sent.start, first


def borrowed_subject(rng: tuple[int, int], sent: Span, ctx: Context) -> tuple[int, int] | None:
    """Where the subject of the clause ``rng`` is named when it has none of its own ("met A
    and will meet B", "called A before meeting B"): :func:`subject_span`; None for a clause
    with a subject of its own."""
    if elided_subject(rng[0], rng[1], ctx) or gerund_clause(rng[0], ctx):
        return subject_span(rng[0], sent, ctx)
    return None


def _dashed_names(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the dash at ``i`` opens or closes a pair of dashes around names alone."""
    dashes = [k for k in range(sent.start, sent.end) if ctx.lower[k] in ("—", "–")]
    pair = next(
        (dashes[n : n + 2] for n in range(0, len(dashes) - 1, 2) if i in dashes[n : n + 2]), None
    )
    if not pair:
        return False
    inside = range(pair[0] + 1, pair[1])
    return bool(inside) and all(
        k in ctx.name_tokens or ctx.lower[k] in (",", "and") or ctx.leads_a_name(k) for k in inside
    )


def _semicolon_list(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the ";" at ``i`` parts items of a list of office holders ("will meet the
    Foreign Secretary, A; the leader of the Opposition, B; and the Mayor of London, C"): a
    name ends before it, and after it an office and a comma lead to the next name, or an
    office and a name end at the next ";" ("were President A; Prime Minister B; and C")."""
    if not any(e == i for _s, e, _k in ctx.persons_in(max(sent.start, i - 8), i)):
        return False
    j = i + 1 + (ctx.lower[i + 1 : i + 2] == ["and"])
    while j < sent.end and ctx.lower[j] in PREDECESSOR_WORDS:
        j += 1
    named = ctx.person_after_offices(j, sent.end) if ctx.leads_a_name(j) else None
    if named is not None and ctx.lower[named[1] : named[1] + 1] in ([";"], ["."], ["("]):
        return True  # "were President A; Prime Minister B; and the former President C."
    for k in range(i + 1, min(sent.end, i + 16)):
        if ctx.lower[k] in (";", ".") or k in ctx.trigger_tokens:
            return False
        if ctx.lower[k] == "," and ctx.person_after_offices(k + 1, sent.end) is not None:
            return any(ctx.label[j] == "TITLE" for j in range(i + 1, k))  # an office, not
    return False  # "; later, Peruvian President X arrived"


def _closes_apposition(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the comma at ``i`` closes a short apposition after a name ("Kenyan President
    A, the AU chairman, and B flew to Oslo"): a list of names goes on, no new clause."""
    for k in range(i - 1, max(sent.start, i - 12), -1):
        if ctx.lower[k] == ",":  # the aside's opening comma, right after a name
            return any(p[1] == k for p in ctx.persons_in(max(sent.start, k - 8), k)) and (
                apposition_end(range(k, i + 1), ctx) == i
            )
    return False


_SITES = ("PLACE", "COUNTRY", "CAPITAL", "SEAT")


def in_origin_aside(i: int, lo: int, ctx: Context) -> bool:
    """Whether token ``i`` lies in a ", where" aside of a place one came from ("arrived
    last night from Japan, where he attended the G7 summit in Hiroshima"), within ten
    words of the "where" and after ``lo``: a stay left behind, not the story's scene."""
    for k in range(max(lo + 2, i - 10), i):
        if ctx.lower[k] == "where" and ctx.lower[k - 1] == ",":
            j = k - 2
            while j > lo and ctx.label[j] in _SITES:
                j -= 1
            return j < k - 2 and ctx.lower[j] == "from"
    return False
