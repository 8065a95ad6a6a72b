"""Whether the event a trigger names happened, is planned, was cancelled or is none.

:func:`.status.classify` reads the cue words around the trigger; :func:`status_of` adds
what the clause around it tells: an aside about someone else, a possibility ("could be
in Moscow"), a tally ("visited twice"), a timetable in the present tense ("travels on
Tuesday"), a noun whose clause calls it off; a postponement's new time is read in
:mod:`.postponements`. Helper of :mod:`.arguments`, which re-exports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import arguments as _args
from .clause_links import relative_ahead
from .plan_cues import (
    UNDERTAKINGS,
    after_a_plan_undone,
    beside_a_plan,
    during_what_lies_ahead,
    inverted_future,
    never_held,
    on_the_programme,
    plan_still_held,
    told_ahead,
    told_plan_only,
    undertaken_on_a_day,
    unsettled,
)
from .postponements import rescheduled
from .present_tense import (
    past_paragraph,
    told_for_today_or_later,
    told_in_the_present,
    under_way_today,
    when_ahead,
)
from .pronouns import POSSESSIVE
from .status import SET_FOR, classify, doubted
from .status_scope import EVENT_NOUNS, accepted_invitation, past_called_off_object
from .status_words import without_story_days
from .tokenizer import texts_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["status_of"]

_AUXILIARIES = set("is was are were will would could might may can should has have had".split())
_COUNTS = {"three", "four", "five", "six", "seven", "several", "many", "multiple", "3", "4", "5"}
def _subject_aside(lo: int, t: int, ctx: Context) -> range:
    """ "Sheinbaum, invited as a guest of the host, still took part": the aside between a
    clause's named subject and its verb, whose words tell of something else."""
    first = next(iter(ctx.persons_in(lo, t)), None)  # the clause's first person, before any
    # other event word ("HAVANA (AFP) - Cuba's ailing leader X, long absent from ..., met Y")
    if first is None or first[0] > lo + 12 or ctx.trigger_tokens.intersection(range(lo, first[0])):
        return range(0)
    if ctx.lower[first[1] : first[1] + 1] != [","]:
        return range(0)
    close = max((i for i in range(first[1] + 1, t) if ctx.lower[i] == ","), default=None)
    if close is None or close - first[1] < 3:
        return range(0)
    return range(first[1], close + 1)


# participles after "'d" that make it "had" ("they'd met"), where a base form makes it
# "would" ("he'd meet")
_PARTICIPLES = {"met", "held", "had", "been", "made", "paid", "left", "gone", "spoken", "flown",
                "seen", "sat", "done", "come", "hosted", "visited", "travelled", "traveled"}


def _unclitic(word: str, following: str = "") -> str:
    """ "he'll" -> "will", "he'd meet" -> "would", "they'd met" -> "had": the auxiliary a
    contraction hides (the tokenizer keeps "he'll" one word)."""
    if word.endswith(("'ll", "’ll")):
        return "will"
    if word.endswith(("'d", "’d")) and following.isalpha():
        return "had" if following in _PARTICIPLES or following.endswith("ed") else "would"
    return word


# an event noun's own verb in the present: "her visit begins on Monday"
_BEGINS = {"begins", "begin", "starts", "start", "ends", "concludes", "continues"}


def _begins_after(words: list[str]) -> bool:
    """ "(her visit,) her first, begins on Monday", not "(a visit,) is due to begin", nor
    the noun of "(held talks) at the start of his first trip"."""
    return any(
        w in _BEGINS and words[k - 1 : k] not in (["to"], ["the"], ["a"])
        for k, w in enumerate(words)
    )



# an itinerary's next step in the present with no time of its own ("She goes on to Kampala",
# "He then returns to Oslo", "sets off for Accra"): ahead, unless the paragraph dates a past
_ONWARD_PRESENT = {"goes", "moves", "returns", "leads", "embarks", "begins", "starts", "sets"}
_ONWARD_PRESENT |= {"travels", "heads", "flies", "proceeds"}


# right before a trigger: what was not done ("has yet to visit", "failed to meet", "avoided
# meeting") or is done by habit ("rarely travels to", "often visits"): no one event
_NOT_DONE = {("yet", "to"), ("failed", "to"), ("fails", "to"), ("fail", "to"), ("avoided",),
             ("avoid",), ("avoids",), ("avoiding",)}
_HABITUAL = {"rarely", "seldom", "often", "frequently", "regularly", "routinely", "usually"}


def _not_done(t: int, ctx: Context) -> bool:
    last = ctx.lower[max(0, t - 2) : t]
    return (
        tuple(last) in _NOT_DONE
        or tuple(last[-1:]) in _NOT_DONE
        or bool(last) and last[-1] in _HABITUAL
    )


_SET_WORDS = {w.split()[0] for w in SET_FOR}  # "set", "scheduled", "due", ...


def _unnamed(start: int, end: int, ctx: Context) -> list[str]:
    """The words from ``start`` to ``end`` that are no part of a name."""
    return [w for i, w in enumerate(ctx.lower[start:end], start) if i not in ctx.name_tokens]


_DENYING = {"dismissed", "denied", "rejected", "dismisses", "denies", "rejects"}
_REPORTS = {"report", "reports", "claim", "claims", "speculation", "rumours", "rumors"}


def _reports_denied(t_end: int, ctx: Context) -> bool:
    """Whether the rest of the sentence denies the reports that tell the event ("...; a
    Saudi official dismissed the reports as baseless")."""
    end = ctx.sentence_of(t_end)[1]
    words = ctx.lower[t_end:end]
    for k, w in enumerate(words):
        if w not in _DENYING:
            continue
        noun = next((j for j in range(k + 1, min(len(words), k + 4)) if words[j] in _REPORTS), None)
        if noun is not None and words[noun + 1 : noun + 2] not in (["of"], ["that"], ["about"]):
            return True  # "dismissed the reports as baseless"; not "denied reports of a rift"
    return False


_STATES = ("COUNTRY", "CAPITAL", "PLACE")  # "Kyiv's talks": the capital for its state


def _status_after_names(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """What an event noun's clause goes on to say of it, past the offices and names of its
    people: "is set for", "are scheduled for", "will take place" (planned; "talks between
    A and B are set for Monday"), "has been called off" (cancelled; "a planned summit in
    Budapest between A and B has been called off")."""
    window = ctx.lower[t_end : min(rng[1], t_end + 24)]
    noun = EVENT_NOUNS.intersection(ctx.lower[t:t_end])  # "talks", "summit between"
    if not noun or not _AFTER_NAMES_CUES.intersection(window):
        return None  # the common case, read without a list
    rest, named, verb = [], False, None
    for i, w in enumerate(window, t_end):
        if i in ctx.name_tokens:
            named = named or verb is None
        elif ctx.label[i] not in ("TITLE", "DEMONYM"):
            rest.append(w)
            if w in _AUXILIARIES and verb is None:
                verb = len(rest) - 1
    if named and never_held(rest):
        return "none"  # "A proposed encounter between X and Y ... did not take place"
    owned = bool(_OWNERS.intersection(ctx.lower[max(0, t - 3) : t]))  # "His first meeting"
    if verb is None or not (named or owned and rest[verb] == "will"):
        return None  # the people named before the clause's verb, or it is not about them
    if rest[verb - 3 : verb] in ([",", "however", ","], [",", "though", ","]):
        del rest[verb - 3 : verb]  # "His first meeting, however, will be with X"
        verb -= 3
    commas = [k for k in range(verb) if rest[k] == ","]
    if len(commas) >= 2:  # "The visit by X as head of state, to Russia, will take place",
        del rest[commas[0] : commas[-1] + 1]  # "The talks, originally planned as ..., were
        verb -= commas[-1] + 1 - commas[0]  # held": the clause's verb, not the aside's words
    if {"that", "which", "who", "where", ","} & set(rest[:verb]):
        return None  # "a tour on Thursday that will take her to Japan": another verb's
    copula = rest[verb] in ("is", "are", "was", "were")
    if copula and " ".join(rest[verb + 1 : verb + 3]) in SET_FOR:
        return "planned"
    told = classify(rest[: verb + 2], rest[verb + 2 : verb + 6], [])  # "were expected to"
    return told if told in ("cancelled", "planned") else None


_OWNERS = POSSESSIVE | {"first", "next", "'s", "’s"}  # before an event noun subject
# words that can tell, after an event noun's people, what became of it
_AFTER_NAMES_CUES = _SET_WORDS | {"will", "postponed", "cancelled", "canceled", "called", "off",
                                  "scrapped", "shelved", "hold", "dropped", "expected",
                                  "did", "never", "failed", "not"}


def _done_instead(t: int, t_end: int, ctx: Context) -> bool:
    """Whether a past verb at ``t`` tells what was done in place of a plan called off:
    "instead" follows its place ("visited Dhaka instead of Kathmandu", "flew to Oslo
    instead")."""
    word = ctx.lower[t]
    done = word.endswith("ed") or word in _PARTICIPLES
    return done and "instead" in ctx.lower[t_end : min(len(ctx.lower), t_end + 8)]


def _after_main_verb(k: int, ctx: Context) -> bool:
    """Whether the phrase at ``k`` ("after meeting B") follows its sentence's main verb
    ("X said after meeting B that ..."): not fronted, so the clause after it is no main
    clause that lends it a tense."""
    near = ctx.lower[max(ctx.sentence_of(k)[0], k - 4) : k]  # "said (in Ankara) after"
    return bool({"said", "says", "told", "tells", "announced", "added"}.intersection(near))


# past verbs whose object a what-phrase names ("held what was billed as a summit")
_NAMING_VERBS = {"held", "had", "made", "paid", "attended", "began", "ended"}


def status_of(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """The status of the event a trigger names (see :func:`.status.classify`)."""
    # words of names are not cues: "since Theresa May visited" is no "may visit"
    aside = _subject_aside(rng[0], t, ctx)
    texts = texts_of(ctx.doc)  # "on May 7, flying to Seoul": the month is no "may"
    lo = past_called_off_object(rng[0], t, ctx)
    # (_unclitic only for a word with an apostrophe: every contraction it reads has one)
    before = [
        _unclitic(w, ctx.lower[i + 1]) if "'" in w or "’" in w else w
        for i, w in enumerate(ctx.lower[lo:t], lo)
        if i not in ctx.name_tokens and i not in aside and texts[i] != "May"
    ]
    after = [  # eight words that are no part of a name: "talks with (X) are set for"
        _unclitic(w, ctx.lower[i + 1] if i + 1 < len(ctx.lower) else "")
        if "'" in w or "’" in w
        else w
        for i, w in enumerate(ctx.lower[t_end : min(rng[1], t_end + 16)], t_end)
        if i not in ctx.name_tokens and texts[i] != "May"
    ][:8]
    what = len(before) - 1 - before[::-1].index("what") if "what" in before[-8:] else 0
    if what and before[what - 1] in _NAMING_VERBS and {"was", "is"} & set(before[what:]):
        before = before[:what]  # "held what was expected to be his last meeting with X":
        # the verb's act, which the what-phrase only names
    followed = [k for k in range(max(0, len(before) - 4), len(before)) if before[k] == "followed"]
    if followed:  # "will open with X on Wednesday, followed by talks with Y": its clause's tense
        before = before[: followed[-1]][:16]  # its auxiliary stands near its start
    status = classify(before, after, ctx.lower[t:t_end])
    if status == "cancelled" and told_plan_only(before, after, ctx.lower[t:t_end]):
        status = "planned" if plan_still_held(t, ctx) else status  # "X was to meet Y today"
    if status == "occurred" and (when_ahead(t, rng, ctx) or on_the_programme(t, ctx)):
        status = "planned"  # "will meet again next month, when both attend the summit in X",
        # "his programme in Dublin today includes talks with X"
    if status == "occurred" and (during_what_lies_ahead(t, ctx) or beside_a_plan(t, ctx)):
        status = "planned"  # "During a short visit to New Delhi later this week, X will",
        # "X will start a visit tomorrow, besides taking part in the summit in Y"
    if status is not None and _not_done(t, ctx):
        return None  # "has yet to visit", "failed to meet", "rarely travels to": no event
    later = _status_after_names(t, t_end, rng, ctx) if status in ("occurred", "planned") else None
    if later == "none" or any(
        ctx.lower[k] in EVENT_NOUNS and _status_after_names(k, k + 1, rng, ctx) == "none"
        for k in range(max(rng[0], t - 20), t)
    ):  # "a proposed encounter between X and Y (at a lunch) did not take place": no event,
        return None  # nor one of the occasion its clause names
    if later is not None and not (status == "planned" and later == "planned"):
        status = later  # "talks between Indian Prime Minister X and Chinese President Y are
        # set for Wednesday", "... have been called off": the cue after their offices and names
    if status is not None and _reports_denied(t_end, ctx):
        return None  # "had hoped to meet X during the trip; an official dismissed the
        # reports as baseless": only reported, and denied
    if status == "cancelled" and _done_instead(t, t_end, ctx):
        return "occurred"  # "the visit was cancelled and X visited Dhaka instead"
    if status in ("cancelled", "occurred") and rescheduled(t, rng, ctx):
        return "planned"  # "postponed his visit until September": a plan with a new date
    if _args.ordered_arrival(t, ctx) and {"was", "were"} & set(ctx.lower[rng[0] : rng[1]]):
        return "occurred"  # "was the first to arrive", "Among the first to land were A and B"
    if inverted_future(t, rng, ctx):
        return "planned"  # "Also attending the summit on Saturday will be A and B"
    if status is None and accepted_invitation(t, rng, ctx):
        return "planned"  # "accepted an invitation to visit Berlin in June": a plan
    if (
        status == "occurred"
        and ctx.lower[t_end - 1] in EVENT_NOUNS
        and (
            {"next", "tomorrow", "upcoming"} & set(without_story_days(after)[:5])
            or relative_ahead(t_end, rng, ctx)
        )  # not "held talks with X the next day": a day of the story's own
    ):  # "X's trip to Peru next week will be his first", "the visit of X to Y, which will
        return "planned"  # take place on Monday": a time ahead
    if (
        status == "occurred"
        and ctx.lower[t_end - 1] in EVENT_NOUNS
        and _begins_after(_unnamed(t_end, rng[1], ctx)[:8])
        and told_for_today_or_later((rng[0], ctx.sentence_of(t)[1]), ctx)
    ):  # "her Kenya visit, her first, begins on Monday", "her tour ends in Lusaka, where
        return "planned"  # she arrives on Friday": a timetable
    pair = ctx.lower[max(rng[0], t - 3) : t][-2:]
    if pair[-1:] == ["to"] and (pair[0] in UNDERTAKINGS or undertaken_on_a_day(t, ctx)):
        # "agreed to meet again in December": arranged for a time, as an accepted
        # invitation with a time is; "agreed to meet at an early date", "pledged to visit
        # the Philippines later in his term": an intention
        return "planned" if ctx.dates_in(t, rng[1]) else None
    words = texts_of(ctx.doc)
    verb = next(  # lower-case only: "in May 2022" is no "may"
        (words[i] for i in range(t_end, min(rng[1], t_end + 8)) if words[i] in _AUXILIARIES),
        None,
    )
    if verb in ("could", "might", "may") and ctx.lower[t_end - 1] in EVENT_NOUNS:
        return None  # "their next meeting (with Trump) could be in Moscow": a possibility
    rest = _unnamed(t_end, rng[1], ctx)
    if ctx.lower[t_end - 1] in EVENT_NOUNS and doubted(rest[:12]):
        return None  # "a meeting with Kuleba is possible", "talks are not ruled out"
    if status == "occurred" and ctx.lower[t_end - 1] in EVENT_NOUNS and unsettled(before, rest):
        return "planned"  # "the dates of X's visit have yet to be finalised"
    tally = {"twice", "often", "repeatedly"}.intersection(after[:3]) or any(
        after[i] == "times" and after[i - 1] in _COUNTS for i in range(1, min(6, len(after)))
    )  # "has met Norwegian Prime Minister X three times": past the other's office
    if (
        tally
        and "including" not in ctx.lower[t_end : ctx.sentence_of(t)[1]]
        and not [  # "three times this year": a span, no occasion's own date
            m for m in ctx.dates_in(t_end, min(ctx.sentence_of(t)[1], t_end + 14))
            if m.kind != "rel"
        ]
    ):  # but "visited China twice, in 2004 and 2009": two dated visits
        return None  # "the only country Modi visited twice": a tally, not one event
    own = _args.relative_aside(t, rng, ctx) or rng  # "X met Y on Wednesday, who is
    # visiting": not its day
    present = None  # told_in_the_present(t, ctx), read once for the two tests below
    if (
        status == "occurred"
        and (present := told_in_the_present(t, ctx))
        and (
            {"later", "tomorrow", "next", "tonight", "today"}.intersection(after)
            or told_for_today_or_later(own, ctx)
        )
        and not under_way_today(t, own, ctx)  # "is visiting Belgrade today"
    ):  # "Biden travels on to Poland later on Monday", "leaves Accra this morning for
        return "planned"  # Uganda": a timetable
    if (
        status == "occurred"
        and ctx.lower[t] in _ONWARD_PRESENT
        and not ctx.dates_in(*own)
        and not past_paragraph(t, ctx)
    ):
        return "planned"
    if (
        status == "occurred"
        and (present if present is not None else told_in_the_present(t, ctx))
        and any(m.kind == "wd" and m.past != m.future for m in ctx.dates_in(*own))
    ):  # "the summit the prime minister is hosting on Sunday"
        return "planned"  # "From Paris, Xi travels to Belgrade on Tuesday"
    if (
        t > 0
        and ctx.lower[t - 1] in ("those", "these")
        and ctx.lower[t] in ("talks", "meetings", "visits", "trips", "calls", "negotiations")
    ):
        return None  # "the collapse of those talks": an event told before
    if t > 1 and ctx.lower[t - 1] in ("'s", "’s") and ctx.label[t - 2] in _STATES:
        return None  # "the prospects of Kyiv's talks on EU membership": a state's
        # negotiations, no encounter of the people the sentence names
    if (
        status == "occurred"
        and t > 0
        and ctx.lower[t - 1] in ("their", "his", "her", "its")
        and after[:1] in (["is"], ["are"])
        and t_end - t == 1
    ):
        return None  # "Their meeting is significant because ...": the event told before
    if status in ("occurred", "planned"):
        # "the meeting, planned for Tuesday on the sidelines of the summit, was called off":
        # the main verb of the noun's clause, however far
        tail = ctx.lower[t_end : rng[1]]
        for i, w in enumerate(tail[:-1]):
            if w in ctx.lex.trip_words or w in EVENT_NOUNS:
                break  # "telephoned X and asked for the visit to be put off": the visit's
            if w in ("was", "were", "been", "be") and classify([], tail[i + 1 : i + 4], []) == (
                "cancelled"
            ):
                if not ctx.persons_in(t_end + i - 3, t_end + i):
                    return "cancelled"
                break
    if (
        status == "occurred"
        and ctx.lower[rng[0]] in _args.FRONTED
        and not _after_main_verb(rng[0], ctx)
    ):
        main = ctx.lower[rng[1] : ctx.sentence_of(t)[1]]  # the fronted phrase takes its tense
        if classify(main[:3], [], []) == "planned":  # from the main clause ("Modi will travel")
            return "planned"
    if (
        status == "occurred"
        and after[:1] in (["will"], ["would"])
        and (not ctx.persons_in(rng[0], t) or ctx.lower[t - 1] in ("'s", "’s"))
    ):
        return "planned"  # "The meeting will provide an opportunity ...", "X's journey
        # will continue as an official visit"
    if status == "occurred" and ctx.lower[t_end - 1] in EVENT_NOUNS and told_ahead(t_end, ctx):
        return "planned"  # "said his visit to Denmark would take place in August"
    if status == "occurred" and after_a_plan_undone(rng, ctx):
        return "cancelled"  # "would have brought him to Jakarta before he flew on to Perth"
    return status
