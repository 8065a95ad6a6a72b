"""Several encounters told by one trigger: one per pair and one per "with" group.

"A and B held talks with C on Monday and Thursday respectively", "held separate talks
with A, B and C": one encounter per pair, dates handed out in order; "held talks with
Putin on Oct 22 and, on Oct 23, with Xi": one per "with", each with its own day and
place. Helpers of :mod:`.encounters`, which re-exports :func:`encounter`, the event
every reader of an encounter builds; it lives here so that neither module imports the
other.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import (
    Context,
    clauses,
    country_of,
    diplomatic,
    location,
    make_event,
    nearest_date,
    occasion,
    pick_date,
    places,
    usable_date,
    where_place,
)
from .clause_links import later_acts
from .date_asides import in_who_aside
from .encounter_cues import PASSIVE, object_follows, second_encounter_verb, second_holding
from .encounter_places import _located, meeting_place
from .event_clauses import borrowed_subject
from .name_lists import coordinated, coordinated_forward
from .tokenizer import tokens_of
from .usable_dates import after_the_story

__all__ = [
    "bilaterals_announced",
    "bilaterals_with_states",
    "calls_one_each",
    "dated_one_by_one",
    "encounter",
    "followed_by",
    "leaders_among",
    "met_in_turn",
    "separate",
    "with_groups",
]


def encounter(kind, t, t_end, sent, ctx, status, date, where, people, at=None) -> Event:
    """A meeting or call with ``people`` at ``where`` (place, country), read from ``sent``
    (see :func:`.arguments.make_event`), at the summit ``at`` or the sentence names."""
    place, country = where
    return make_event(
        kind,
        t,
        t_end,
        sent,
        ctx,
        status,
        date,
        place,
        country,
        at or occasion(sent, ctx),
        participants=list(people),
    )


def followed_by(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "met A first, followed by B and C": who is named right after "followed by" (not "a
    train ride to Kyiv and talks with D")."""
    for k in range(t_end, rng[1] - 2):
        if ctx.lower[k] == "followed" and ctx.lower[k + 1] == "by":
            first = ctx.persons_in(k + 2, min(rng[1], k + 7))
            return bool(first) and not ctx.trigger_tokens.intersection(range(k + 2, first[0][0]))
    return False


_IN_TURN = {"later", "then", "afterwards", "subsequently", "next"}


def met_in_turn(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "met A and, later, B", "met A on Monday and then Foreign Minister B": the people met
    one after the other, an encounter each (not "met A and B", nor "met A and then flew to
    Kyiv", an act of its own)."""
    met = ctx.persons_in(t_end, rng[1])
    if len(met) < 2:
        return False
    for k in range(met[0][1], met[-1][0]):
        if ctx.lower[k] != "and":
            continue
        j = k + 1 + (ctx.lower[k + 1] == ",")
        if ctx.lower[j] not in _IN_TURN:
            continue
        j += 1 + (ctx.lower[j + 1] == ",")
        after = [p for p in met if p[0] >= j]
        between = tokens_of(ctx.doc)[j : after[0][0]] if after else []
        return (
            bool(after)
            and len(between) <= 4
            and all(  # office words only: not "and later told B", "and then with B"
                tok.text[:1].isupper() or tok.lower_ in ("the", "his", "her", "'s", "’s")
                for tok in between
            )
        )
    return False


_LEADERS = {"leaders", "counterparts", "dignitaries", "presidents", "premiers", "ministers"}
_NAMING = (["among", "them"], ["including"], ["such", "as"], ["notably"])


def leaders_among(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "to meet other world leaders, among them A, B and C", "met several counterparts,
    including A and B": people met one by one, named as examples of a plural."""
    for k in range(t_end, min(rng[1] - 2, t_end + 6)):
        if ctx.lower[k] in _LEADERS:  # the examples right after it, or after its adverbials
            for j in range(k + 1, min(rng[1] - 1, k + 9)):  # ("in Rome on Monday, including")
                if any(ctx.lower[j : j + len(w)] == w for w in _NAMING):
                    return bool(ctx.persons_in(j, min(rng[1], j + 8))) and not (
                        ctx.persons_in(k, j) or ctx.trigger_tokens.intersection(range(k, j))
                    )
            return False
    return False


_SPANS_SO_FAR = {"since", "far", "already"}  # "so far", "since taking office"


def tallied(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "Trump has received A and B since taking office", "Among the leaders he has received
    so far are A and B": a tally in the perfect over a span, of encounters one each."""
    lo, hi = ctx.sentence_of(t)
    if not {"has", "have"}.intersection(ctx.lower[max(lo, t - 3) : t]):
        return False
    if not _SPANS_SO_FAR.intersection(ctx.lower[lo:hi]):
        return False
    return len({k for _, _, k in ctx.persons_in(t + 1, rng[1] if rng[1] > t else hi)}) >= 2


_DAY_KINDS = ("mdy", "dmy", "iso", "wd")


def dated_one_by_one(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "will meet A on Monday and B on Tuesday", "met A of Chile on May 3 and B of Peru on
    May 5": each person met is followed by a day of his own, a different one each: one
    encounter each (not "met A and B on Monday", nor "met A, who came on Monday, and B")."""
    subjects = {k for _, _, k in ctx.persons_in(rng[0], t)}  # not "her" (counterpart)
    found = reversed(ctx.persons_in(t_end, rng[1]))
    met = list({k: (s_, e) for s_, e, k in found if k not in subjects}.items())
    met.sort(key=lambda item: item[1][0])
    between = tokens_of(ctx.doc)[t_end : met[0][1][0]] if met else []
    if len(met) < 2 or not (
        object_follows(t_end, ctx)
        or "with" in ctx.lower[t_end : met[0][1][0]]
        or all(tok.text[:1].isupper() for tok in between)  # "meet Presidents A and B"
    ):  # who is met, not "after the Bogor meeting -- A on Wednesday and B on Thursday"
        return False
    if ctx.trigger_tokens.intersection(range(met[0][1][1], met[-1][1][0])):
        return False  # "met A on Thursday, then talks with B on Friday": a "with" each
    days = []
    for n, (_, (_, end)) in enumerate(met):
        stop = met[n + 1][1][0] if n + 1 < len(met) else rng[1]
        own = [m for m in ctx.dates_in(end, min(stop, end + 6)) if m.kind in _DAY_KINDS]
        if len(own) != 1 or "who" in ctx.lower[end:stop]:
            return False
        days.append(own[0].past)
    return len(set(days)) == len(days)


# what makes one call of several parties: "a joint call", "a conference call"
_ONE_LINE = {"joint", "conference", "three-way", "trilateral", "together", "group", "video"}


def calls_one_each(kind: str, t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "X spoke by phone on Tuesday with A and B": one caller and two or more people called,
    named together: a call each, as leaders' calls are (not "a joint call with A and B",
    nor "A and B spoke with X", a group on one line)."""
    if kind != "call" or _ONE_LINE.intersection(ctx.lower[rng[0] : rng[1]]):
        return False
    caller = coordinated(ctx.persons_in(rng[0], t), ctx)
    if ctx.lower[t] == "by" and not ctx.persons_in(t_end, rng[1]):
        before = ctx.persons_in(rng[0], t)  # "X briefed A, B and C by telephone": those
        k = before[0][1] + (ctx.lower[before[0][1]] in ("also", "then")) if before else t
        return (  # before the means, after their caller's verb, are called
            len(caller) >= 2 and before[0][2] not in caller and ctx.lower[k].endswith("ed")
        )
    if len(caller) != 1:
        return False
    called = [p for p in ctx.persons_in(t_end, rng[1]) if p[2] not in caller]  # not "his"
    if not called or not (object_follows(t_end, ctx) or "with" in ctx.lower[t_end : called[0][0]]):
        return False  # "called for talks between A and B": no one called
    return len(coordinated_forward(called, ctx)) >= 2 or _and_then_to(called, ctx)


def _and_then_to(called: list, ctx: Context) -> bool:
    """ "had spoken to A and then to B", "spoke with A and with B": the preposition told
    again before the second one called."""
    if len(called) < 2:
        return False
    k = called[0][1]
    k += ctx.lower[k : k + 2] == [",", "and"]  # "spoke with A, and with B"
    if ctx.lower[k : k + 1] != ["and"]:
        return False
    k += 1
    while ctx.lower[k] in ("then", "later", "also", "afterwards"):
        k += 1
    if ctx.lower[k] not in ("to", "with"):
        return False
    second = ctx.person_after_offices(k + 1, k + 8)
    return second is not None and second[2] == called[1][2]


def bilaterals_with_states(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "held bilateral talks with British Prime Minister A and Japanese Prime Minister B":
    talks called bilateral with people of two or more other states are one pair each (not
    "bilateral talks with President X and his foreign minister": one state's delegation)."""
    if "bilateral" not in ctx.lower[max(rng[0], t - 2) : t]:
        return False
    met = [k for s_, _, k in ctx.persons_in(t_end, rng[1])]
    states = [country_of(k, ctx) for k in dict.fromkeys(met)]
    return len(states) >= 2 and None not in states and len(set(states)) == len(states)


# a series of one-to-one meetings: "a marathon of bilaterals", "bilateral meetings"
_ONE_TO_ONE = {"bilaterals", "one-on-ones", "one-to-ones"}
_ONE_TO_ONE_NOUNS = {"meetings", "talks"}
_ONE_TO_ONE_ADJECTIVES = {"bilateral", "separate", "one-on-one", "one-to-one"}


def bilaterals_announced(sent: Span, ctx: Context) -> bool:
    """Whether the sentence before, in the same paragraph, announced a series of one-to-one
    meetings ("X will hold back-to-back bilaterals today."), so that the people this one
    lists ("Among those scheduled to see him are A and B") are met one by one."""
    if sent.start == 0 or "\n\n" in ctx.doc[sent.start - 1].whitespace_:
        return False
    lo, hi = ctx.sentence_of(sent.start - 1)
    words = ctx.lower[lo:hi]
    return bool(_ONE_TO_ONE.intersection(words)) or any(
        w in _ONE_TO_ONE_ADJECTIVES and _ONE_TO_ONE_NOUNS.intersection(words[k + 1 : k + 3])
        for k, w in enumerate(words)
    )


def separate(kind, t, t_end, rng, sent, ctx, status, speakers) -> list[Event] | None:
    """ "A and B held talks with C on Monday and Thursday respectively", "held separate
    talks with A, B and C": one encounter per pair, dates handed out in order."""
    subjects = coordinated([p for p in ctx.persons_in(rng[0], t) if p[0] not in speakers], ctx)
    objects = list(  # not the subjects again: "held talks with C at his office"
        dict.fromkeys(
            k
            for s_, _, k in ctx.persons_in(t_end, rng[1])
            if s_ not in speakers and k not in subjects
        )
    )
    if not objects and {"them", "both"}.intersection(ctx.lower[t_end : rng[1]]):
        # "held separate talks with each of them": the group of the sentence before
        prev = ctx.sentence_of(sent.start - 1) if sent.start > 0 else (0, 0)
        objects = [
            k for k in dict.fromkeys(k for _, _, k in ctx.persons_in(*prev)) if k not in subjects
        ]
    before = [p for p in ctx.persons_in(rng[0], t) if p[0] not in speakers]
    if not objects and len(subjects) >= 2 and before and before[0][2] not in subjects:
        # "A briefed B and C in separate phone calls": B and C are the ones A spoke to
        subjects, objects = [before[0][2]], subjects
    if not subjects and not ctx.persons_in(sent.start, t) and ctx.protagonist:
        subjects = [ctx.protagonist]  # "A one-day visit, with separate talks with A and B"
        objects = [k for k in objects if k != ctx.protagonist]
    if len(subjects) == 1 and len(objects) >= 2:
        pairs = [[subjects[0], o] for o in objects]
    elif len(subjects) >= 2 and len(objects) == 1:
        pairs = [[s_, objects[0]] for s_ in subjects]
    else:
        return None
    dates = [
        m
        for m in ctx.dates
        if rng[0] <= m.start < rng[1] and usable_date(m, ctx) and not in_who_aside(m.start, ctx)
        and not (status == "occurred" and after_the_story(m, ctx))  # "..., dominated by
    ]  # the budget due next month"; not "X, who landed on Friday, held separate meetings on
    # Sunday with A and B"
    if len(dates) > len(pairs):  # "On Sunday, he said he would meet A Monday and B Tuesday"
        dates = [m for m in dates if m.start >= t_end]
    ahead = status != "occurred"
    located = [g for g in places(rng, t, ctx, after_only=False) if _located(g, ctx)]
    place, country = (  # "in Beijing", not "after the Christchurch attacks"
        location(located, ctx.lex) if kind == "meeting" else (None, None)
    )
    towns = [g for g in located if g.start > t_end]  # "met A in Lima on Monday and B in
    own_towns = kind == "meeting" and len(pairs) > 1 and len(towns) == len(pairs)  # Quito on
    out = []  # Tuesday": a town each, handed out in order as the days are
    for n, pair in enumerate(pairs):
        date = (
            dates[n].value(ahead)
            if len(dates) == len(pairs)
            else pick_date(t, rng, sent, ctx, ahead)
        )
        where = location([towns[n]], ctx.lex) if own_towns else (place, country)
        if kind == "meeting" and where == (None, None):  # "On the sidelines, X held separate
            where = meeting_place(t, t_end, rng, sent, ctx, status, date, pair)  # talks with
            # A and B": where one meeting of the clause would be (the summit's town)
        if diplomatic(pair, ctx):
            ev = encounter(kind, t, t_end, sent, ctx, status, date, where, pair)
            # told apart from the others: never one with a meeting of them all
            ev.apart_from = [k for other in pairs for k in other if k not in pair]
            out.append(ev)
    return out


_ENCOUNTER_NOUNS_AFTER = {"talks", "meeting", "meetings", "dinner", "lunch", "breakfast"}


def _own_days(lo: int, mid: int, hi: int, ctx: Context) -> bool:
    """Whether [lo, mid) and [mid, hi) each name a different day of their own."""
    first = [m.past for m in ctx.dates_in(lo, mid) if m.kind in ("mdy", "dmy", "iso", "wd")]
    second = [m.past for m in ctx.dates_in(mid, hi) if m.kind in ("mdy", "dmy", "iso", "wd")]
    return bool(first and second and first[0] != second[0])


_LATER = {"afternoon", "evening", "morning", "night", "later", "then", "next"}


def _timed_by(i: int, ctx: Context) -> bool:
    """Whether the "by" at ``i`` follows a time of its own after "and" ("..., and in the
    afternoon by King X"): a second reception, not the second host of the first one."""
    words = ctx.lower[max(0, i - 5) : i]
    return "and" in words and bool(_LATER.intersection(words[words.index("and") :]))


def _set_apart(i: int, ctx: Context) -> bool:
    """Whether the "with" at ``i`` follows "; " or ", and": a group of its own."""
    return ctx.lower[i - 1] == ";" or ctx.lower[i - 2 : i] in ([",", "and"], [";", "and"])


def with_groups(kind, t, t_end, sent, ctx, status, speakers) -> list[Event]:
    """ "held talks with Putin on Oct 22 and, on Oct 23, with Xi": one encounter per "with"
    (or per "by" after a passive: "was received by A, and in the afternoon by B")."""
    home = next((r for r in clauses(sent, ctx) if r[0] <= t < r[1]), (sent.start, sent.end))
    # "... and is due to hold talks with B": a next act in a tense of its own is read alone
    end = home[1] if ctx.lower[home[1] : home[1] + 1] == ["and"] else sent.end
    bys = [i for i in range(t_end, end - 1) if ctx.lower[i] == "by"]
    passive = bool(PASSIVE.intersection(ctx.lower[max(sent.start, t - 3) : t]))
    timed = passive and any(_timed_by(i, ctx) for i in bys)
    # "was received by A in the morning, and in the afternoon by B": one each too; not the
    # "with" of a later clause's own act ("attend the summit; Germany, where he will meet X")
    later = later_acts(home, sent, ctx)
    withs = [
        i
        for i in range(t_end, end - 1)
        if (ctx.lower[i] == "with" or timed and i in bys)
        and ctx.persons_in(i + 1, min(end, i + 7))
        and i not in later
        or second_encounter_verb(i, kind, ctx)
    ]
    if (
        len(withs) == 1
        and object_follows(t_end, ctx)
        and _ENCOUNTER_NOUNS_AFTER.intersection(ctx.lower[t_end : withs[0]])
        and (
            _own_days(t_end, withs[0], sent.end, ctx)
            or (second_holding(withs[0], ctx) and withs[0] < home[1])
        )
    ):  # "met Tusk on Aug 22, followed by ... talks with Zelensky on Aug 23": two days;
        # "met Tusk and then held talks with Zelensky": two verbs
        withs.insert(0, t_end - 1)
    elif withs and ctx.lower[t_end - 1] == "with" and all(_set_apart(i, ctx) for i in withs):
        withs.insert(0, t_end - 1)  # "sat down with A; with B", "spoke with A, ..., and with B"
    # "met X, who leads the talks, before holding talks with A and with B": the sentence's
    # subject, not X
    lo, hi = borrowed_subject(home, sent, ctx) or (sent.start, t)
    named = [p for p in ctx.persons_in(lo, hi) if p[0] not in speakers]
    subjects = coordinated(named, ctx)
    if len(withs) < 2 or len(subjects) != 1:
        return []
    out = []
    for n, w in enumerate(withs):
        stop = withs[n + 1] if n + 1 < len(withs) else sent.end
        lo = withs[n - 1] + 1 if n else t_end
        keys = subjects + [k for s_, _, k in ctx.persons_in(w + 1, stop) if s_ not in speakers]
        keys = list(dict.fromkeys(keys))
        m = (n and nearest_date(w, w, stop, ctx)) or nearest_date(w, lo, stop, ctx)  # a later
        # group's own day after its "with" ("... on Wednesday and with B on Thursday"), else
        # the nearest before it ("and, on Oct 23, with Xi")
        date = (
            m.value(status != "occurred")
            if m
            else pick_date(t, (sent.start, sent.end), sent, ctx, status != "occurred")
        )
        if diplomatic(keys, ctx):
            near = places((lo, m.end if m and n == 0 else stop), w, ctx, after_only=False)
            near = [g for g in near if _located(g, ctx)]
            fronted = [  # "In Tokyo he will hold talks with A and meet B"
                g for g in places((home[0], t), t, ctx, after_only=False) if _located(g, ctx)
            ]
            place, country = location(near or where_place(home, ctx) or fronted, ctx.lex, w)
            out.append(encounter(kind, t, t_end, sent, ctx, status, date, (place, country), keys))
    return out
