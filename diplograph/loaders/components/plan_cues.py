"""Cues that an event is a plan though its trigger reads as done: its arrangements are
still being settled ("the dates of X's visit are yet to be fixed"), its own verb looks
ahead ("his visit would take place in August"), an undertaking commits to it ("pledged to
visit"), the main clause after an opening "During ..." phrase does ("During his visit
to Paris on Monday, X will meet Y") or the one a "besides ..." phrase hangs on ("X will
start a visit tomorrow, besides taking part in the summit"), or an inverted list of
attendees follows "will be" ("Also attending the summit will be A and B"). Helpers of
:mod:`.event_status`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .bystanders import SPEAKING
from .cue_search import has_cue
from .inverted_lists import inverted_list_verb, participle_opening
from .status import CANCELLATION, TOLD_PLANS, UNFULFILLED_OWN, classify
from .story_days import PLAN_NOUNS
from .tokenizer import texts_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "UNDERTAKINGS",
    "undertaken_on_a_day",
    "bidden",
    "beside_a_plan",
    "plan_still_held",
    "after_a_plan_undone",
    "told_plan_only",
    "during_what_lies_ahead",
    "inverted_future",
    "told_ahead",
    "unsettled",
    "on_the_programme",
]


# what of an event is still being settled: "the dates of X's visit are yet to be fixed",
# "details of the trip are being worked out", "the date has not been announced"
_ARRANGEMENTS = {"date", "dates", "details", "timing", "schedule", "itinerary", "programme"}
_ARRANGEMENTS |= {"program", "agenda", "modalities"}
_SETTLED = {"finalised", "finalized", "fixed", "set", "announced", "confirmed", "decided"}
_SETTLED |= {"worked", "agreed", "determined", "released", "disclosed"}



# what an event noun's own verb says of its time: "his visit would take place in August"
_TAKES_PLACE = {"take", "come", "follow", "happen", "begin", "start", "go", "occur"}


def told_ahead(t_end: int, ctx: Context) -> bool:
    """Whether the event noun ending at ``t_end`` and its place ("visit to Denmark") are the
    subject of "will" or "would" and a verb of its time ("would take place in August")."""
    texts = texts_of(ctx.doc)
    k = t_end
    while k < min(len(ctx.lower), t_end + 6) and (
        ctx.lower[k] in ("to", "in", "of", "with") or texts[k][:1].isupper()
    ):
        k += 1
    return ctx.lower[k : k + 1] in (["will"], ["would"]) and (
        ctx.lower[k + 1 : k + 2] in ([w] for w in _TAKES_PLACE)
    )


def unsettled(before: list[str], rest: list[str]) -> bool:
    """Whether an event noun is the object of its arrangements ("the dates of", "details
    of the") that the words after it say are not settled yet: a plan."""
    lead = before[-9:]  # past the offices of its possessor
    if not any(w in _ARRANGEMENTS and lead[k + 1 : k + 2] in (["of"], ["for"])
               for k, w in enumerate(lead)):
        return False
    words = rest[:8]
    for k, w in enumerate(words):
        if w == "yet" and words[k + 1 : k + 3] == ["to", "be"]:
            return True  # "are yet to be fixed", "had yet to be worked out"
        if w in ("not", "being", "still") and _SETTLED.intersection(words[k + 1 : k + 4]):
            return True  # "have not been announced", "are being worked out"
    return False


# verbs of undertaking something: what they commit to is a plan only with a time
UNDERTAKINGS = {
    "agreed", "agree", "agrees", "agreeing", "promised", "promising", "promises", "pledged",
    "pledging", "pledges",
    "vowed", "vowing", "vows",
}


# verbs that bid someone act: the day told with them is the bidding's
_BIDDING = {"ordered", "asked", "instructed", "told", "urged", "directed", "tasked",
            "requested", "authorised", "authorized", "invited", "orders", "asks", "instructs"}


def bidden(t: int, ctx: Context) -> bool:
    """Whether the trigger ``t`` is the act a verb of bidding asks for, with the bidding's
    day between them ("ordered Kishida on Thursday to travel to Seoul"): the day is the
    order's, and the act's own is not told."""
    return _asked_on_a_day(t, ctx, _BIDDING, 10)


def undertaken_on_a_day(t: int, ctx: Context) -> bool:
    """Whether the trigger ``t`` is what someone undertook on a day told between them
    ("agreed late on Saturday to attend the summit tomorrow"): the day is the agreeing's,
    not the act's."""
    return _asked_on_a_day(t, ctx, UNDERTAKINGS, 3)


def _asked_on_a_day(t: int, ctx: Context, verbs: set[str], reach: int) -> bool:
    """Whether a day ends right before "to" and the trigger ``t``, with one of ``verbs``
    at most ``reach`` words before the day."""
    m = next((d for d in ctx.dates_in(max(0, t - 6), t) if d.end == t - 1), None)
    if m is None or ctx.lower[t - 1] != "to":
        return False
    return any(w in verbs for w in ctx.lower[max(0, m.start - reach) : m.start])


def during_what_lies_ahead(t: int, ctx: Context) -> bool:
    """Whether ``t`` stands in a sentence's opening "During ..." (or "Before", "After",
    "Ahead of") phrase that dates the trip and whose main clause looks ahead ("During his
    visit to Paris on Monday, X will meet Y", "Before her visit to Mexico on Jan. 27, she
    will visit Indonesia"): the trip is as much a plan as what is done around it, though
    the phrase takes it as given."""
    start, end = ctx.sentence_of(t)
    if ctx.lower[start] not in ("during", "before", "after", "ahead"):
        return False
    comma = next((k for k in range(start, end) if ctx.lower[k] == ","), None)
    if comma is None or comma < t or not ctx.dates_in(t, comma):
        return False  # "During his one-day visit, X is due to ...": the trip told before
    main = ctx.lower[comma + 1 : min(end, comma + 11)]
    said = next((k for k, w in enumerate(main) if w in SPEAKING), len(main))
    return classify(main[:said], [], []) == "planned"  # not "X said aid would rise"


def inverted_future(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether a clause opening with its participle lists its people after "will be"."""
    if not participle_opening(t, ctx) or ctx.persons_in(rng[0], t):
        return False
    verb = inverted_list_verb(t, rng, ctx)
    return verb is not None and ctx.lower[verb - 1 : verb + 1] in (
        ["will", "be"], ["would", "be"], ["to", "be"]
    )


# what sets a gerund beside the clause it hangs on: "besides taking part in the summit"
_BESIDE = (["besides"], ["addition", "to"], ["apart", "from"], ["aside", "from"], ["well", "as"])


def beside_a_plan(t: int, ctx: Context) -> bool:
    """Whether the gerund at ``t`` is set beside a clause of its sentence that looks ahead
    ("X will start a visit to India tomorrow, besides taking part in the summit in Y",
    "X will meet Y, as well as attending a forum in Z"): it is as much a plan."""
    if not ctx.lower[t].endswith("ing"):
        return False
    k = next((t - len(w) for w in _BESIDE if ctx.lower[t - len(w) : t] == w), None)
    if k is None:
        return False
    start = ctx.sentence_of(t)[0]
    main = [w for i, w in enumerate(ctx.lower[start:k], start) if i not in ctx.name_tokens]
    said = next((n for n, w in enumerate(main) if w in SPEAKING), len(main))
    main = main[:said]  # its subject's auxiliary, or one near the gerund
    return "planned" in (classify(main[:16], [], []), classify(main[-16:], [], []))


_HAPPENING = {"take", "happen", "materialise", "materialize", "go"}


def never_held(rest: list[str]) -> bool:
    """Whether the words after an event noun's people say it never happened ("did not take
    place", "never happened", "failed to materialise"), in its own clause."""
    for k, w in enumerate(rest):
        if w in ("that", "which", "who", "where", ";"):
            return False
        cue = rest[k : k + 2] in (["did", "not"], ["failed", "to"]) and rest[k + 2 : k + 3]
        cue = cue or w == "never" and rest[k + 1 : k + 2]
        if cue and cue[0] in _HAPPENING | {"took", "happened", "materialised", "materialized"}:
            return True
        if rest[k + 1 : k + 2] == ["not"] and _not_on(w, rest[k + 2 : k + 5]):
            return True
    return False


# what is not on, after "is not": "is not on the schedule", "is not planned"
_OFF_THE = PLAN_NOUNS | {"cards"}
_NOT_SET = {"planned", "scheduled", "expected", "envisaged", "foreseen"}


def _not_on(verb: str, words: list[str]) -> bool:
    """ "(a meeting between A and B) is not on the schedule", "is not planned", "will not
    take place": no such event is held or set."""
    if verb in ("is", "are", "was", "were"):
        return words[:1] and words[0] in _NOT_SET or (
            words[:2] == ["on", "the"] and words[2:3] and words[2] in _OFF_THE
        )
    return verb == "will" and words[:1] != [] and words[0] in _HAPPENING


def told_plan_only(before: list[str], after: list[str], trigger: list[str]) -> bool:
    """Whether a "cancelled" reading rests on a plan told from a time before the story's
    alone ("Kerry was to hold talks in Beijing later in the day"): no word calls it off,
    and it is no "was to have met" nor "had been due to"."""
    near = before[-16:] + trigger[:1]
    if has_cue(before + trigger + after, CANCELLATION):
        return False
    return (has_cue(near, TOLD_PLANS) or has_cue(after[:6], TOLD_PLANS)) and not (
        has_cue(near, UNFULFILLED_OWN) or has_cue(after[:6], UNFULFILLED_OWN)
    )


def plan_still_held(t: int, ctx: Context) -> bool:
    """Whether a plan told from a time before the story's ("Kerry was to meet Xi later in
    the day") still holds: neither a "but" after it in its sentence ("was to give a dinner
    for X, but he fell ill") nor anything called off in the story, unless its day has not
    come by the story's ("X was to fly on Thursday to Riyadh" in Thursday's paper, after
    another's visit "called off" in December)."""
    if "but" in ctx.lower[t : ctx.sentence_of(t)[1]]:
        return False
    return not story_calls_off(ctx) or _day_not_come(t, ctx)


def _day_not_come(t: int, ctx: Context) -> bool:
    """Whether the sentence of ``t`` dates it to the story's day or later, however read."""
    published = ctx.doc._.dg_published
    lo, hi = ctx.sentence_of(t)
    days = [m for m in ctx.dates_in(lo, hi) if m.past and len(m.past) == 10]
    return bool(published and days) and days[0].past >= published.isoformat()


def story_calls_off(ctx: Context) -> bool:
    """Whether the story (its title or text) tells of something called off, postponed or
    cancelled: there, "X was to hold talks in Y" is a plan that fell through."""
    found = ctx.doc.user_data.get("dg_calls_off")
    if found is None:
        article = ctx.doc._.dg_article
        title = (getattr(article, "title", None) or "").lower().split()
        words = title + ctx.lower
        found = has_cue(words, CANCELLATION) or any(
            w == "off" and words[k - 1] in _BE and words[k + 1 : k + 2] not in _OFF_WHERE
            for k, w in enumerate(words[1:], 1)
        )  # "The trip is off", not "X is off to Paris"
        ctx.doc.user_data["dg_calls_off"] = found
    return found


_BE = {"is", "are", "was", "were", "now"}
_OFF_WHERE = (["to"], ["for"], ["on"], ["from"], ["at"])


def after_a_plan_undone(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause ``rng`` opens with "before" or "after" and hangs on a main clause
    told as a plan that did not happen ("The trip would have brought him to Jakarta before
    he flew on to Australia", "was to have stopped in Lima before he went to Quito"): the
    journey it tells did not happen either."""
    first = ctx.sentence_of(rng[0])[0]
    if rng[0] <= first or ctx.lower[rng[0]] not in ("before", "after"):
        return False
    return has_cue(ctx.lower[first : rng[0]], UNFULFILLED_OWN)


_INCLUDES = {"includes", "include"}  # not "included": a programme that was carried out


def on_the_programme(t: int, ctx: Context) -> bool:
    """ "Mr Clinton's programme in Dublin today includes talks with X": what a programme
    includes, in the present, is planned."""
    lo = ctx.sentence_of(t)[0]
    start = max(lo, t - 4)  # (the verb's index counts from here, the sentence's start or not)
    k = next((i for i in range(start, t) if ctx.lower[i] in _INCLUDES), None)
    if k is None:
        return False
    return bool(PLAN_NOUNS.intersection(ctx.lower[max(lo, k - 8) : k]))
