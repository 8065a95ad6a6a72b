"""Whether the words after an "and" open a second act of their own: a subject or a time
and a verb, a past verb with the subject left out ("..., and held talks with B"), a tense
of its own ("and will meet B"), or the next leg of a trip with its verb left out ("and in
Quito on Tuesday for talks with B"). :mod:`.event_clauses` cuts a sentence's clauses
where they do, so that each act keeps its own people, tense, place and day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_triggers import triggers
from .honorifics import skip_honorifics
from .pronouns import PERSONAL, SUBJECT
from .tokenizer import texts_of, tokens_of
from .verb_forms import verb_at

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .arguments import Context

__all__ = [
    "PAST_VERBS", "TENSED", "as_clause", "elided_subject", "gapped_leg", "gerund_clause",
    "leg_start", "named_subject", "next_act", "own_event", "second_act", "second_pairing",
    "timed_act", "timed_pronoun_act",
]


_GAPPED = {"by", "with", "to", "and", "of", "in", ",", "."}
_SUBJECT_PRONOUNS = SUBJECT


def own_event(i: int, end: int, ctx: Context) -> bool:
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


def timed_act(i: int, lo: int, end: int, ctx: Context, sequel=False, any_verb=False) -> bool:
    """Whether the words at ``i`` (after ", and") are a time of their own and an act of the
    same subject ("the next day travelled on to Ramallah to meet B", "on Tuesday will fly
    to Nairobi"), after a first act with a trigger of its own; with ``sequel``, also "then"
    or "later" after ", and" ("was received by A, and then held talks with B"). Not a bare
    "and then flew to B" inside a clause, which goes on in that clause's time ("in 2019,
    when he was received by A and then flew to B"). With ``any_verb``, also an act that is
    no event ("..., and on Monday watched the parade"): the time is still its own."""
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
    verb = k
    while k < end and (words[k] in (",", "also") or words[k] in TENSED):
        k += 1
    acts = k in ctx.trigger_tokens or (
        any_verb and k < end and verb_at(texts_of(ctx.doc)[k], k > verb, ctx.lex)
    )
    return acts and bool(ctx.trigger_tokens.intersection(range(lo, i)))


# auxiliaries that open a second verb phrase of the same subject in a tense of its own
TENSED = {"will", "would", "is", "are", "was", "were", "has", "have", "had", "plans", "hopes"}


_MANNER = _SEQUELS | {"also", "separately", "subsequently"}  # before a second act's verb
PAST_VERBS = {"met", "held", "had", "paid", "made", "gave", "took", "flew", "went", "spoke", "sat"}
_LIGHT_VERBS = {"held", "had", "paid", "made", "gave", "took", "holds", "has", "pays", "makes"}


def second_act(i: int, lo: int, end: int, ctx: Context) -> bool:
    """Whether the "and" at ``i`` (after a comma) opens, with no subject of its own, a past
    verb of an event ("..., and held separate talks with B", "..., and also met C"), after
    a first act with a trigger of its own: the second act has its own people. Not "...,
    and meet B there", which goes on in the first act's tense."""
    verb = i + 1
    while verb < end and ctx.lower[verb] in _MANNER:
        verb += 1
    if verb >= end or not (ctx.lower[verb].endswith("ed") or ctx.lower[verb] in PAST_VERBS):
        return False
    k = verb
    if ctx.lower[verb] in _LIGHT_VERBS and verb not in ctx.trigger_tokens:  # "held separate
        # talks", "paid a call"; "held talks" is one trigger that opens at the verb
        k = next((j for j in range(verb + 1, min(end, verb + 4)) if j in ctx.trigger_tokens), end)
    return k in ctx.trigger_tokens and bool(ctx.trigger_tokens.intersection(range(lo, i)))


def _apart(i: int, end: int, ctx: Context) -> bool:
    """Whether the verb phrase after the "and" at ``i`` says its act was apart from the
    first ("and separately met B", "and held separate talks with B"), or names a person of
    its own as its object ("met A and visited former president B at his home", "and later
    received C"): an encounter with someone else."""
    if {"separate", "separately"}.intersection(ctx.lower[i + 1 : min(end, i + 4)]):
        return True
    verb = i + 1
    while verb < end and ctx.lower[verb] in _MANNER:
        verb += 1
    named = ctx.persons_in(verb + 1, min(end, verb + 6))
    if not named or ctx.lower[named[0][0]] in _NOT_NAMED:
        return False  # "and held talks with him"
    lead = range(verb + 1, named[0][0])
    return all(ctx.lower[k] in _OBJECT_LEAD or ctx.label[k] == "TITLE" for k in lead)


# words a verb's person object may open with: "called on former president X"
_OBJECT_LEAD = {"on", "former", "the", "ex-", "his", "her", "opposition", "leader"}
_NOT_NAMED = PERSONAL | {"the"}


def leg_start(i: int, ctx: Context) -> int:
    """The "in" or "to" of a gapped leg at ``i``, after a sequel adverb ("then in Doha")."""
    return i + 1 if ctx.lower[i : i + 1] and ctx.lower[i] in _SEQUELS else i


def gapped_leg(i: int, lo: int, end: int, ctx: Context) -> bool:
    """Whether the words at ``i`` (after ", and") are the next leg of a trip with its verb
    left out ("will be in Lima on Monday to meet A, and in Quito on Tuesday for talks with
    B", ", and then in Doha to see B"): "in" or "to" and a town, then an act of its own,
    after a first act."""
    i = leg_start(i, ctx)
    if ctx.lower[i : i + 1] not in (["in"], ["to"]):
        return False
    town = ctx.gaz_in(i + 1, i + 4, ("PLACE", "CAPITAL", "COUNTRY"))
    if not town or town[0].start != i + 1:
        return False
    bare = ctx.lower[i] == "to" and ctx.lower[town[0].end : town[0].end + 1] in (
        [], ["."], [","], [";"]
    )  # "travels to Dushanbe for talks with A and to Ashgabat.": a leg with no act told
    acts = bare or bool(ctx.trigger_tokens.intersection(range(town[0].end, end)))
    return acts and bool(ctx.trigger_tokens.intersection(range(lo, i)))


def elided_subject(i: int, end: int, ctx: Context) -> bool:
    """Whether the words at ``i`` are "and" and a tensed verb with no subject of their own
    ("and will meet B", "and is also due to ..."), or a time of its own and a verb ("and
    the next day flew on to Kampala to meet B")."""
    if ctx.lower[i] == "and" and i + 1 < end:
        sequel = i > 0 and ctx.lower[i - 1] == ","  # ", and then held talks with B"
        timed = ctx.lower[i + 1] == "the" or (sequel and ctx.lower[i + 1] in _SEQUELS)
        if (timed or ctx.dates_in(i + 1, i + 3)) and timed_act(
            i + 1, ctx.sentence_of(i)[0], end, ctx, sequel
        ):
            return True
    if ctx.lower[i] == "and" and i > 0 and (ctx.lower[i - 1] == "," or _apart(i, end, ctx)):
        if second_act(i, ctx.sentence_of(i)[0], end, ctx):
            return True  # ", and held separate talks with B"; "was received by A and
            # held separate talks with B": an act told apart, with or without a comma
    if ctx.lower[i] == "and" and gapped_leg(i + 1, ctx.sentence_of(i)[0], end, ctx):
        return True  # "(,) and in Quito on Tuesday for talks with B"
    k = i + 1
    if k < end and ctx.lower[k] in ("also", "later", "then"):
        k += 1
    then = ctx.lower[i + 1 : i + 2] == ["then"] and k in ctx.trigger_tokens
    done = ctx.lower[k].endswith("ed") or ctx.lower[k] in PAST_VERBS
    if ctx.lower[i] == "and" and then and done:
        return True  # "held a call with B on Wednesday and then called C": a second act
    if ctx.lower[i] == "and" and ctx.lower[k : k + 1] == ["to"] and _next_encounter(i, k, end, ctx):
        return True  # "was to hold talks with A and to be received by B": the plan's second
        # encounter, with its own partner (not "to fly to Tokyo and to meet B there": its trip's)
    if ctx.lower[k : k + 1] == ["have"] and k + 1 < end and not _participle(ctx.lower[k + 1]):
        return False  # "is to arrive on Monday and have dinner with B": one plan's infinitive
    return ctx.lower[i] == "and" and k < end and ctx.lower[k] in TENSED


def _next_encounter(i: int, k: int, end: int, ctx: Context) -> bool:
    """Whether "and to" at ``i`` / ``k`` goes on from an encounter to another ("talks with A
    and to be received by B"), with no journey told before it in the sentence."""
    lo = ctx.sentence_of(i)[0]
    before = {kind for _, _, kind, _ in triggers(lo, i, ctx)}
    after = {kind for _, _, kind, _ in triggers(k + 1, min(end, k + 5), ctx)}
    return before == {"meeting"} and after == {"meeting"}


_PARTICIPLES = {"met", "held", "had", "paid", "made", "given", "taken", "flown", "gone",
                "spoken", "been", "seen", "begun", "come", "agreed", "also", "already", "not"}


def _participle(word: str) -> bool:
    """Whether ``word`` after "have" makes a perfect ("have met", "have agreed"), not the
    bare verb of "have dinner", "have talks"."""
    return word in _PARTICIPLES or word.endswith("ed")


def second_pairing(i: int, end: int, ctx: Context) -> bool:
    """Whether the "and" at ``i`` opens a second event noun with its own pair ("a call
    between A and B last Wednesday, and a call between C and D on Saturday"), after a
    first "between" of its own: two events, each with its people and its day."""
    k = i + 1
    while k < end and k not in ctx.trigger_tokens and ctx.lower[k] in _ARTICLES_AND_KINDS:
        k += 1  # "a video call": the trigger opens at "video"
    return (
        k in ctx.trigger_tokens
        and "between" in ctx.lower[k + 1 : k + 3]
        and "between" in ctx.lower[max(0, i - 30) : i]
    )


_ARTICLES_AND_KINDS = {"a", "an", "the", "another", "second", "separate", "telephone", "phone"}
_ARTICLES_AND_KINDS |= {"video", "later", "brief", "further", "first"}


def next_act(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the "and" at ``i`` joins a second act of the same subject, told in its own
    tense ("met A and is due to meet B"), to a first act with a trigger of its own; not
    the "and" of a subject of two ("where she and X will hold talks with Y")."""
    if ctx.lower[i - 1] in _SUBJECT_PRONOUNS:
        return False
    return (
        (
            elided_subject(i, sent.end, ctx)
            or _subject_with_auxiliary(i, sent, ctx)
            or _pair_with_auxiliary(i, sent.end, ctx)
        )
        and bool(ctx.trigger_tokens.intersection(range(sent.start, i)))
        and bool(ctx.trigger_tokens.intersection(range(i + 1, sent.end)))
    )


_NOT_VERBS = {"the", "his", "her", "their", "its", "with", "in", "on", "at", "to", "by", "also"}


def sequel_verb(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the "and" at ``i`` opens a later act of the same subject with a verb that
    tells no event ("met A and later praised B", "and then told reporters"), after an
    event's trigger: B was not met (not "met A and later B", nor "and then with B")."""
    words = ctx.lower
    k = i + 1 + (words[i + 1 : i + 2] == [","])
    if k + 1 >= sent.end or words[k] not in _MANNER:
        return False
    verb = tokens_of(ctx.doc)[k + 1 + (words[k + 1] == ",")]
    return (
        verb.is_alpha
        and verb.text.islower()
        and verb.lower_ not in _NOT_VERBS
        and not ctx.label[verb.i]
        # not an event's own verb or light verb ("and then pay a state visit", "and then
        # hold a press conference"): read as acts of their own
        and not ctx.trigger_tokens.intersection(range(verb.i, verb.i + 5))
        and bool(ctx.trigger_tokens.intersection(range(sent.start, i)))
    )


_TIME_LEADS = {"in", "on", "at", "later", "then", "afterwards", "that", "this"}


def timed_pronoun_act(i: int, sent: Span, ctx: Context) -> bool:
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
        and named_subject(i + 1, sent.end, ctx)
        and ctx.lower[person[1]] in TENSED
        and "between" not in ctx.lower[sent.start : i]
        and not _listed_or_subject(i, sent, ctx)
    )


def _pair_with_auxiliary(i: int, end: int, ctx: Context) -> bool:
    """ "met A on Monday and the two will meet again in Lima", "and they are due to sign":
    after "and", a subject that names no one new (a pronoun, "the two (leaders)", "both")
    and a verb of its own tense opens a clause of its own tense and day."""
    words = ctx.lower
    k = i + 1
    if words[k : k + 2] == ["the", "two"] or words[k] == "both":
        k += 2 if words[k] == "the" else 1
        if k < end and words[k] not in TENSED and words[k].isalpha():
            k += 1  # "the two leaders", "both men"
    elif words[k] in _SUBJECT_PRONOUNS | {"we"}:  # "and we will sign", in a readout
        k += 1
    else:
        return False
    return k < end and k > i + 1 and words[k] in TENSED


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


def named_subject(i: int, end: int, ctx: Context) -> bool:
    """Whether a person's name (after any office words or honorifics: "Mr Rao") opens the
    words at ``i``."""
    person = ctx.person_after_offices(i, end) or ctx.person_after_offices(
        skip_honorifics(tokens_of(ctx.doc), i)[0], end
    )
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
    return ctx.lower[verb] in TENSED | PAST_VERBS or verb in ctx.trigger_tokens


def as_clause(i: int, end: int, ctx: Context) -> bool:
    """Whether the "as" at ``i`` opens a clause with a named subject and a verb of its own
    ("warned Pyongyang on Friday, as Clinton wrapped up the third leg of her trip"): what
    it tells has its own tense and places; not "as President X" in a role, nor "as X said"
    before a quote's words."""
    if not named_subject(i + 1, end, ctx):
        return False
    person = ctx.person_after_offices(i + 1, end) or ctx.person_after_offices(
        skip_honorifics(tokens_of(ctx.doc), i + 1)[0], end
    )
    verb = ctx.lower[person[1]] if person and person[1] < end else ""
    return verb in TENSED or verb in PAST_VERBS or verb.endswith("ed") and verb not in _SAYING


_SAYING = {"stated", "added", "noted", "remarked", "reported", "announced"}


def gerund_clause(i: int, ctx: Context) -> bool:
    """Whether the clause at ``i`` is "after" or "before" and an act told by a gerund, whose
    subject is the sentence's ("met B on Monday after holding talks with C")."""
    apart = i > 0 and ctx.lower[i - 1] in _SPANS and "," in ctx.lower[max(0, i - 4) : i - 1]
    return ctx.lower[i] in ("after", "before") and _gerund_act(i + 1, ctx, apart)


def _gerund_act(i: int, ctx: Context, apart: bool = False) -> bool:
    """Whether an act told by a gerund starts at ``i`` ("meeting", "holding talks"; not
    "ending the tour", whose act is the tour's); a journey too, ``apart`` after a comma
    and a span ("met B on Monday, a day after flying to Kigali for talks with C")."""
    if not ctx.lower[i].endswith("ing") or i in ctx.travel_tokens and not apart:
        return False  # "after flying to C": a journey's legs are read together
    return i in ctx.trigger_tokens or (
        ctx.lower[i] in _LIGHT_GERUNDS and bool(ctx.trigger_tokens & {i + 1, i + 2})
    )


_LIGHT_GERUNDS = {"holding", "having", "paying", "making"}  # "holding talks with B"
_SPANS = {"day", "days", "hours", "weeks", "week"}  # "a day after", "two weeks before"
