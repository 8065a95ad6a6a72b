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

from .earlier_occasions import ORDINALS, counted_occasions_at, earlier_occasions_at
from .name_lists import apposition_end
from .tokenizer import tokens_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "CLAUSE_OPENERS",
    "FRINGES",
    "FRONTED",
    "ORDINALS",
    "TENSED",
    "clauses",
    "counted_occasions_at",
    "earlier_occasions_at",
    "gerund_clause",
    "subject_span",
    "told_earlier",
    "ordered_arrival",
    "relative_aside",
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


def _clauses(sent: Span, ctx: Context) -> list[tuple[int, int]]:
    cuts = [sent.start]
    # "After his visit to Russia, Modi will ...", "While A spoke, B held talks with C"
    parenthetical = ctx.lower[sent.start] in FRONTED | _FRONTED_CLAUSES or any(
        ctx.lower[sent.start : sent.start + len(w)] == w for w in _BESIDES
    )  # "In addition to meeting X, Y held talks with Z": X was met apart
    for i in range(sent.start + 1, sent.end - 1):
        word = ctx.lower[i]
        if word in ("—", "–") and _dashed_names(i, sent, ctx):
            continue  # "The leaders of Chile and Peru — A and B — arrived": an apposition
        if word == ";" and _semicolon_list(i, sent, ctx):
            continue  # "meetings with the Foreign Secretary, A; the Mayor of London, B"
        if word in (";", "—", "–") or (word == "," and ctx.lower[i + 1] in CLAUSE_OPENERS):
            cuts.append(i + 1)
        elif (
            word == ","
            and ctx.lower[i + 1] == "and"
            and _named_subject(
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
            or _own_event(i + 2, sent.end, ctx)
            or _timed_act(i + 2, sent.start, sent.end, ctx, sequel=True)
            or _second_act(i + 1, sent.start, sent.end, ctx)
            or gapped_leg(i + 2, sent.start, sent.end, ctx)
        ):
            cuts.append(i + 1)  # "flew to Kiribati to meet A, and on Saturday he was in Apia
            # for talks with B": the second event's people, place and day are its own
        elif word == "and" and (
            _next_act(i, sent, ctx)
            or _timed_pronoun_act(i, sent, ctx)
            or gapped_leg(i + 1, sent.start, sent.end, ctx)
        ):
            cuts.append(i)  # "met A on Wednesday and will meet B on Thursday": the second
            # act keeps its own people, tense and day
        elif word == "," and ctx.lower[i + 1] == "whose" and "," not in ctx.lower[i + 2 : sent.end]:
            cuts.append(i + 1)  # "a visit to Peru, whose president attended the summit": a
            # clause of its own to the end (not the aside of "B, whose term ends in May, in Lima")
        elif gerund_clause(i, ctx) and cuts[-1] != i:
            cuts.append(i)  # "called B on Tuesday before meeting C", "met B, hours after
            # holding talks with C": the act told by the gerund has its own partner
        elif earlier_occasions_at(i, sent, ctx):
            cuts.append(i)  # "their third meeting, after Bali in 2022 and Woodside": the
            # earlier meetings' places and dates are theirs
        elif word in ("since", "after", "before", "when") and ctx.person_after_offices(
            i + 1, sent.end
        ):
            cuts.append(i)  # "... since Theresa May visited Beijing": a clause of its own
            parenthetical = True
        elif (
            word == "," and parenthetical
        ):  # "Blinken, the first ... since Pompeo in 2018, arrived"
            cuts.append(i + 1)
            parenthetical = False
    cuts.append(sent.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def subject_span(i: int, sent: Span, ctx: Context) -> tuple[int, int]:
    """Where the subject of a clause at ``i`` with none of its own is named: before the
    sentence's first trigger; inside a ", who ..." aside still open at ``i``, the name
    just before "who" ("received X, who arrived after meeting Y": X met Y)."""
    for k in range(i - 1, sent.start, -1):
        if ctx.lower[k] == ",":
            break
        if ctx.lower[k] == "who" and ctx.lower[k - 1] == ",":
            named = [p for p in ctx.persons_in(sent.start, k) if p[1] == k - 1]
            return (named[-1][0], k) if named else (k, k)
    first = min(ctx.trigger_tokens.intersection(range(sent.start, i)), default=i)
    return sent.start, first


def gerund_clause(i: int, ctx: Context) -> bool:
    """Whether the clause at ``i`` is "after" or "before" and an act told by a gerund, whose
    subject is the sentence's ("met B on Monday after holding talks with C")."""
    return ctx.lower[i] in ("after", "before") and _gerund_act(i + 1, ctx)


def _gerund_act(i: int, ctx: Context) -> bool:
    """Whether an act told by a gerund starts at ``i`` ("meeting", "holding talks"; not
    "ending the tour", whose act is the tour's)."""
    if not ctx.lower[i].endswith("ing") or i in ctx.travel_tokens:
        return False  # "after flying to C": a journey's legs are read together
    return i in ctx.trigger_tokens or (
        ctx.lower[i] in _LIGHT_GERUNDS and bool(ctx.trigger_tokens & {i + 1, i + 2})
    )


_LIGHT_GERUNDS = {"holding", "having", "paying", "making"}  # "holding talks with B"


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
    name ends before it, and after it an office and a comma lead to the next name."""
    if not any(e == i for _s, e, _k in ctx.persons_in(max(sent.start, i - 8), i)):
        return False
    for k in range(i + 1, min(sent.end, i + 16)):
        if ctx.lower[k] in (";", ".") or k in ctx.trigger_tokens:
            return False
        if ctx.lower[k] == "," and ctx.person_after_offices(k + 1, sent.end) is not None:
            return any(ctx.label[j] == "TITLE" for j in range(i + 1, k))  # an office, not
    return False  # "; later, Peruvian President X arrived"


_GAPPED = {"by", "with", "to", "and", "of", "in", ",", "."}
_SUBJECT_PRONOUNS = {"he", "she", "they"}


def _own_event(i: int, end: int, ctx: Context) -> bool:
    """Whether the words at ``i`` open a clause with a subject pronoun of its own (after
    any date: "on Saturday he was in Apia", "the two are due to meet again") and a
    trigger of its own."""
    k = next((j for j in range(i, min(end, i + 6)) if _pair_subject(j, ctx)), None)
    return k is not None and bool(ctx.trigger_tokens.intersection(range(k + 1, end)))


def _pair_subject(j: int, ctx: Context) -> bool:
    """Whether a subject that names no one new opens at ``j``: a pronoun, or "the two
    (leaders)", "both (men)" telling an act "again" ("the two are due to meet again"; not
    "the two discussed Gaza" or "the two will witness the signing", the same talks told
    on)."""
    words = ctx.lower
    if words[j] in _SUBJECT_PRONOUNS:
        return True
    if not (words[j] == "both" or words[j : j + 2] == ["the", "two"]):
        return False
    return j > 0 and words[j - 1] in (",", "and") and "again" in words[j : j + 10]


_SEQUELS = {"then", "later", "afterwards"}


def _timed_act(i: int, lo: int, end: int, ctx: Context, sequel: bool = False) -> bool:
    """Whether the words at ``i`` (after ", and") are a time of their own and an act of the
    same subject ("the next day travelled on to Ramallah to meet B", "on Tuesday will fly
    to Nairobi"), after a first act with a trigger of its own; with ``sequel``, also "then"
    or "later" after ", and" ("was received by A, and then held talks with B"). Not a bare
    "and then flew to B" inside a clause, which goes on in that clause's time ("in 2019,
    when he was received by A and then flew to B")."""
    k, words = i, ctx.lower
    if k >= end:
        return False
    if words[k] == "the" and k + 2 < end and words[k + 1] in ("next", "following"):
        k += 3  # "the next day", "the following morning"
    elif sequel and words[k] in _SEQUELS:
        k += 1
    else:
        told = ctx.dates_in(k, k + 2)  # "on Tuesday", "in March"
        if not told:
            return False
        k = told[0].end
    while k < end and (words[k] in (",", "also") or words[k] in TENSED):
        k += 1
    return k in ctx.trigger_tokens and bool(ctx.trigger_tokens.intersection(range(lo, i)))


# auxiliaries that open a second verb phrase of the same subject in a tense of its own
TENSED = {"will", "would", "is", "are", "was", "were", "has", "have", "had", "plans", "hopes"}


_MANNER = _SEQUELS | {"also", "separately", "subsequently"}  # before a second act's verb
_PAST = {"met", "held", "had", "paid", "made", "gave", "took", "flew", "went", "spoke", "sat"}
_LIGHT_VERBS = {"held", "had", "paid", "made", "gave", "took", "holds", "has", "pays", "makes"}


def _second_act(i: int, lo: int, end: int, ctx: Context) -> bool:
    """Whether the "and" at ``i`` (after a comma) opens, with no subject of its own, a past
    verb of an event ("..., and held separate talks with B", "..., and also met C"), after
    a first act with a trigger of its own: the second act has its own people. Not "...,
    and meet B there", which goes on in the first act's tense."""
    verb = i + 1
    while verb < end and ctx.lower[verb] in _MANNER:
        verb += 1
    if verb >= end or not (ctx.lower[verb].endswith("ed") or ctx.lower[verb] in _PAST):
        return False
    k = verb
    if ctx.lower[verb] in _LIGHT_VERBS:  # "held separate talks", "paid a call"
        k = next((j for j in range(verb + 1, min(end, verb + 4)) if j in ctx.trigger_tokens), end)
    return k in ctx.trigger_tokens and bool(ctx.trigger_tokens.intersection(range(lo, i)))


def gapped_leg(i: int, lo: int, end: int, ctx: Context) -> bool:
    """Whether the words at ``i`` (after ", and") are the next leg of a trip with its verb
    left out ("will be in Lima on Monday to meet A, and in Quito on Tuesday for talks with
    B"): "in" or "to" and a town, then an act of its own, after a first act."""
    if ctx.lower[i : i + 1] not in (["in"], ["to"]):
        return False
    town = ctx.gaz_in(i + 1, i + 4, ("PLACE", "CAPITAL", "COUNTRY"))
    if not town or town[0].start != i + 1:
        return False
    return bool(ctx.trigger_tokens.intersection(range(town[0].end, end))) and bool(
        ctx.trigger_tokens.intersection(range(lo, i))
    )


def elided_subject(i: int, end: int, ctx: Context) -> bool:
    """Whether the words at ``i`` are "and" and a tensed verb with no subject of their own
    ("and will meet B", "and is also due to ..."), or a time of its own and a verb ("and
    the next day flew on to Kampala to meet B")."""
    if ctx.lower[i] == "and" and i + 1 < end:
        sequel = i > 0 and ctx.lower[i - 1] == ","  # ", and then held talks with B"
        timed = ctx.lower[i + 1] == "the" or (sequel and ctx.lower[i + 1] in _SEQUELS)
        if (timed or ctx.dates_in(i + 1, i + 3)) and _timed_act(
            i + 1, ctx.sentence_of(i)[0], end, ctx, sequel
        ):
            return True
    if ctx.lower[i] == "and" and i > 0 and ctx.lower[i - 1] == ",":
        if _second_act(i, ctx.sentence_of(i)[0], end, ctx):
            return True  # ", and held separate talks with B"
    if ctx.lower[i] == "and" and gapped_leg(i + 1, ctx.sentence_of(i)[0], end, ctx):
        return True  # "(,) and in Quito on Tuesday for talks with B"
    k = i + 1
    if k < end and ctx.lower[k] in ("also", "later", "then"):
        k += 1
    then = ctx.lower[i + 1 : i + 2] == ["then"] and k in ctx.trigger_tokens
    if ctx.lower[i] == "and" and then and (ctx.lower[k].endswith("ed") or ctx.lower[k] in _PAST):
        return True  # "held a call with B on Wednesday and then called C": a second act
    if ctx.lower[k : k + 1] == ["have"] and k + 1 < end and not _participle(ctx.lower[k + 1]):
        return False  # "is to arrive on Monday and have dinner with B": one plan's infinitive
    return ctx.lower[i] == "and" and k < end and ctx.lower[k] in TENSED


_PARTICIPLES = {"met", "held", "had", "paid", "made", "given", "taken", "flown", "gone",
                "spoken", "been", "seen", "begun", "come", "agreed", "also", "already", "not"}


def _participle(word: str) -> bool:
    """Whether ``word`` after "have" makes a perfect ("have met", "have agreed"), not the
    bare verb of "have dinner", "have talks"."""
    return word in _PARTICIPLES or word.endswith("ed")


def _closes_apposition(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the comma at ``i`` closes a short apposition after a name ("Kenyan President
    A, the AU chairman, and B flew to Oslo"): a list of names goes on, no new clause."""
    for k in range(i - 1, max(sent.start, i - 12), -1):
        if ctx.lower[k] == ",":  # the aside's opening comma, right after a name
            return any(p[1] == k for p in ctx.persons_in(max(sent.start, k - 8), k)) and (
                apposition_end(range(k, i + 1), ctx) == i
            )
    return False


def _next_act(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the "and" at ``i`` joins a second act of the same subject, told in its own
    tense ("met A and is due to meet B"), to a first act with a trigger of its own."""
    return (
        (elided_subject(i, sent.end, ctx) or _subject_with_auxiliary(i, sent, ctx))
        and bool(ctx.trigger_tokens.intersection(range(sent.start, i)))
        and bool(ctx.trigger_tokens.intersection(range(i + 2, sent.end)))
    )


_TIME_LEADS = {"in", "on", "at", "later", "then", "afterwards", "that", "this"}


def _timed_pronoun_act(i: int, sent: Span, ctx: Context) -> bool:
    """ "saw A at the palace and in the late afternoon he saw B", "met A and on Tuesday she
    met B": after "and", a time, then a pronoun subject and its own act."""
    if ctx.lower[i + 1 : i + 2] not in ([w] for w in _TIME_LEADS):
        return False
    if not ctx.trigger_tokens.intersection(range(sent.start, i)):
        return False
    for k in range(i + 2, min(sent.end - 1, i + 7)):
        if ctx.lower[k] in ("he", "she", "they"):
            return bool(ctx.trigger_tokens.intersection(range(k + 1, k + 4)))
        if ctx.lower[k] in (",", "and") or ctx.persons_in(k, k + 1):
            return False
    return False


def _subject_with_auxiliary(i: int, sent: Span, ctx: Context) -> bool:
    """ "was welcomed by A and Prime Minister B will host him on Friday": a name after "and"
    with a verb of its own opens a clause with its own subject, tense and day (not "talks
    between A and B will")."""
    person = ctx.person_after_offices(i + 1, sent.end)
    return (
        person is not None
        and _named_subject(i + 1, sent.end, ctx)
        and ctx.lower[person[1]] in TENSED
        and "between" not in ctx.lower[sent.start : i]
        and not _listed_or_subject(i, sent, ctx)
    )


def _listed_or_subject(i: int, sent: Span, ctx: Context) -> bool:
    """Whether a name ends at the "and" at ``i`` that opens its clause or a list ("After
    the talks, A and B were due to fly", "A, B and C were among"): the names after "and"
    share its verb."""
    before = [p for p in ctx.persons_in(sent.start, i) if p[1] == i]
    if not before:
        return False  # "met A on Thursday and B will host him"
    k = before[-1][0] - 1
    while k > sent.start and (ctx.label[k] or ctx.leads_a_name(k)):
        k -= 1  # the office words before the name
    return k <= sent.start or ctx.lower[k] in (",", "and") or not ctx.lower[k].isalpha()


def _named_subject(i: int, end: int, ctx: Context) -> bool:
    """Whether a person's name (after any office words) opens the words at ``i``."""
    person = ctx.person_after_offices(i, end)
    first = person[0] + (ctx.lower[person[0]] == "the") if person else 0  # "the Queen"
    if person is None or not tokens_of(ctx.doc)[first].text[:1].isupper():
        return False  # "the two leaders", "he": told before, no new subject
    after = person[1]
    if after < end and ctx.lower[after] == "," and _aside_then_verb(after, end, ctx):
        return True  # "..., and Minister A, in Islamabad last week for a conference, called
        # on B": an aside between the subject and its verb
    return after < end and ctx.lower[after] not in _GAPPED  # "and Putin by Lavrov":
    # a gapped verb


def _aside_then_verb(comma: int, end: int, ctx: Context) -> bool:
    """Whether an aside that names no one runs from ``comma`` to a second comma within a
    few words, and a verb (tensed, or a trigger's) follows it."""
    close = next((k for k in range(comma + 1, min(end, comma + 16)) if ctx.lower[k] == ","), None)
    if close is None or close + 1 >= end or ctx.persons_in(comma + 1, close):
        return False
    verb = close + 1
    return ctx.lower[verb] in TENSED | _PAST or verb in ctx.trigger_tokens
