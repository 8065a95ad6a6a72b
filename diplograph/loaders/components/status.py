"""Whether a reported event happened, is planned, was cancelled, or is no event.

Pure functions over the lower-cased words around a trigger. The guidelines:
"occurred" (reported as having happened), "planned" (announced, scheduled,
due, expected, will), "cancelled" (called off, or postponed with no new date).
Denied, doubted or speculative events ("may meet", "did not meet", "no plans
to meet") are no events: :func:`classify` returns None for them. The cue sets are
searched by :func:`.cue_search.has_cue`.
"""

from __future__ import annotations

from .cue_search import has_cue as _has
from .status_words import (
    ASKING,
    DETERMINERS,
    chained_to_a_plan,
    occasion_adjunct,
    without_inviting_phrase,
    without_plan_adverbs,
    without_story_days,
)

__all__ = [
    "classify",
    "NEGATIONS",
    "SPECULATION",
    "CANCELLATION",
    "FUTURE",
    "UNFULFILLED",
    "TOLD_PLANS",
    "UNFULFILLED_OWN",
    "ITINERARY",
    "DOUBTED",
    "doubted",
]

NEGATIONS = {
    "not",
    "neither",
    "n't",
    "never",
    "no",
    "without",
    "declined",
    "refused",
    "skip",
    "skipped",
    "skipping",
    "skips",
    "absent",
    "nor",
    "denied",
    "ruled",
    "cannot",
    "stayed away",
    "stay away",
    "boycott",
    "boycotted",
    "boycotting",
    "snubbed",
    "missed",
    "will miss",
    "turned down",
    "rejected",
    "rebuffed",
}
SPECULATION = {
    "should",
    "requested",
    "request",
    "may",
    "might",
    "could",
    "possibly",
    "perhaps",
    "hoped",
    "hopes",
    "hoping",
    "hope",  # "expressed hope to meet in person at an early date"
    "hopeful",
    "wish",
    "wishes",
    "wished",
    "keen to",
    "eager to",
    "unclear",
    "whether",
    "if",
    "considering",
    "mulling",
    "invited",
    "invitation",
    "invitations",
    "invite",
    "invites",
    "offered",
    "offer to",
    "offers to",
    "ready to",
    "willing to",
    "prepared to",
    "proposed",
    "wants",
    "wanted",
    "would like",
    "looking forward to",  # "had been looking forward to visiting Islamabad": a wish
    "look forward to",
    "looks forward to",
    "looked forward to",  # "added that the Secretary looked forward to visiting Kuwait"
    "speculation",
    "rumoured",
    "rumored",
    "possible",
    "potential",
    "likely",
    "unlikely",
    "sought",
    "seeking",
    "seek",
    "urged",
    "asked",
    "calls for",
    "call for",
    "called for",  # "Xi called for peace talks as soon as possible"
    "calling for",
    "try",
    "suggestion",
    "suggested",
    "premature",
}
CANCELLATION = {
    "postponed",
    "postpone",
    "postpones",
    "cancelled",
    "canceled",
    "cancel",
    "cancels",
    "called off",
    "call off",
    "scrapped",
    "scrap",
    "shelved",
    "axed",
    "abandoned",
    "aborted",  # "the summit has aborted twice"
    "abandon",
    "abandons",
    "abandoning",
    "scraps",
    "shelve",
    "shelves",
    "shelving",
    "cancelling",
    "canceling",
    "postponing",
    "pulled out",
    "backed out",  # "North Korea backed out of a planned meeting"
    "put off",
    "calling off",
    "cancellation",
    "postponement",
    "scrapping",
    "lost a planned",
    "lost his planned",
    "lost her planned",
    "lost their planned",
    "deferred",
    "defer",
    "no longer",  # "will no longer travel to X", "is no longer expected": a plan called off
    "defers",
    "deferring",
    "has been delayed",  # "my visits to X and Y have been delayed": put off; not "was
    "have been delayed",  # delayed by an hour", a late start of what took place
    "had been delayed",
    "delayed indefinitely",
    "put on hold",  # with no new date: called off (GUIDELINES)
    "fallen through",  # "a meeting pencilled in for tomorrow has also fallen through"
    "fell through",
    "falls through",
    "on hold",
    "was dropped",
    "were dropped",
    "been dropped",
}
# A plan told in the past perfect or the conditional perfect did not happen.
UNFULFILLED = {
    "had been due",
    "had been scheduled",
    "had been expected",
    "had been planned",
    "had been arranged",  # "the encounter had been arranged for Feb. 10"
    "was to have",
    "were to have",
    "would have",
    "had planned",
    "was supposed to",
    "were supposed to",
    "had hoped",
    "was meant to",
    "were meant to",
}
# "was to hold talks": a plan told from a time before the story's, one that fell through
# where the story calls something off (:func:`.plan_cues.plan_still_held`); not "the trip
# was to the NATO summit"
TOLD_PLANS = {
    f"{aux} to {verb}"
    for aux in ("was", "were")
    for verb in (
        "hold",
        "fly",
        "travel",
        "visit",
        "meet",
        "attend",
        "arrive",
        "stop",
        "sign",
        "host",
        "receive",
        "go",
        "make",
        "address",
        "tour",
        "open",
        "join",
        "welcome",
        "greet",
        "take",
        "lead",
        "speak",
        "give",  # "the Queen was to give a dinner for the President"
        "see",
        "dine",
        "chair",
        "sit",  # "where Pence was to sit down with Kim"
        "have",  # "the two were to have lunch": also "was to have met" above
        "land",  # "Clinton was to land here this Saturday"
        "pay",  # "was to pay a state visit"
        "come",
        "head",
        "spend",
        "call",  # "was to call on the Emir"
    )
}
# "was to be received by the Pope", "the talks were to be held on Monday": the passive of the same
TOLD_PLANS |= {
    f"{aux} to be {done}"
    for aux in ("was", "were")
    for done in ("received", "welcomed", "greeted", "hosted", "met", "held", "joined")
}
UNFULFILLED_OWN = set(UNFULFILLED)  # "was to have met", "had been due to"
UNFULFILLED |= TOLD_PLANS
FUTURE = {
    "will",
    "'ll",
    "shall",
    "due",
    "expected",
    "expect",
    "expects",
    "expecting",  # "he is expecting to exchange views with X"
    "scheduled",
    "set to",
    "plans",
    "planned",
    "planning",
    "plan to",  # "A and B plan to meet", "also plan a three-way meeting"
    "plan a",
    "plan an",
    "would",
    "is to",
    "are to",
    "poised",
    "tipped to",  # "is tipped to attend the summit"
    "is headed",  # "is headed to Chile": on the way, not there
    "are headed",
    "going to",
    "upcoming",
    "next",
    "tomorrow",
    "is travelling",
    "is traveling",
    "are travelling",
    "intends",
    "aims",
    "preparing",
    "will be",
}


# after an event noun: "talks with X are set for Tuesday", "a visit scheduled for May"
SET_FOR = {"set for", "scheduled for", "slated for", "planned for", "due on", "due in"}

# "a tour that takes him to Paris on Thursday": an itinerary in the present tense lies ahead
ITINERARY = {
    f"{verb} {who}"
    for verb in ("takes", "take", "brings", "bring")
    for who in ("him", "her", "them", "the")
}

# what follows an event noun that makes it a possibility or denies it, not a report ("a
# meeting with X is possible", "talks are not ruled out", "a meeting is not on the agenda")
DOUBTED = {
    "ruled out",
    "not on the agenda",
    "not planned",
    "not scheduled",
    "not expected",
    "will not take place",
    "would not take place",
    "did not take place",
    "never took place",
    "has not taken place",
    "off the table",
    "not a goal",
    "not a priority",
    "is possible",
    "was possible",
    "are possible",
    "remains possible",
    "not ruled out",
    "is likely",
    "is unlikely",
    "are likely",
    "are unlikely",
    "is unclear",
    "remains unclear",
    "is uncertain",
    "in doubt",
    "not been confirmed",
    "not confirmed",
    "under consideration",
    "being considered",
    "being discussed",
}

def doubted(after: list[str]) -> bool:
    """Whether the words after an event noun make it a possibility ("... is possible")."""
    return _has(after, DOUBTED)


_ADJUNCTS = {"during", "throughout"}
# "was called off after a call", "because he met X": the call and the meeting took place
_CAUSES = {"after", "following", "because"}


def _given(before: list[str]) -> list[str]:
    """The words before a trigger that can tell its status: after "during" when the trigger
    ends that phrase ("urged leaders to act during a surprise visit", "did not raise it
    during his visit"): a trip in such a phrase is taken as given, and the wishes, doubts
    and denials of the clause around it are about something else; so is the cause of a
    cancellation ("the plan was shelved after a testy telephone call")."""
    for k in range(len(before) - 1, max(-1, len(before) - 9), -1):
        if before[k] in _CAUSES and _has(before[max(0, k - 6) : k], CANCELLATION):
            # "shelved after a testy call", "shelved after he and Trump talked by phone"
            return before[k:] if k + 1 < len(before) else before
        if before[k] in _ADJUNCTS and k >= len(before) - 4:
            if k + 1 < len(before) and before[k + 1] in DETERMINERS:
                return before[k:]
            return before
    return before


def classify(before: list[str], after: list[str], trigger: list[str]) -> str | None:
    """Status of an event from the words before and after its trigger (lower case).

    ``before`` runs from the clause start to the trigger, ``after`` a few words on.
    Returns "occurred", "planned", "cancelled", or None for no event.
    """
    before = without_plan_adverbs(without_inviting_phrase(before))
    occasion = occasion_adjunct(before, trigger)
    if occasion == "call":
        before = before[-2:]  # "urged X in a phone call on Monday to act": held
    elif occasion:  # "asked X at their meeting to ...", but "will urge X in talks to ...":
        before = [w for w in before if w not in ASKING]  # the meeting is held, in the
        # tense of the request
    near = _given(before)[-7:]
    if _has(near + trigger + after[:3], CANCELLATION) or _has(after, CANCELLATION):
        return "cancelled"
    if _has(before[-16:] + trigger[:1], UNFULFILLED) or _has(after[:6], UNFULFILLED):
        return "cancelled"
    if _has(near, NEGATIONS) or (after[:2] and after[0] in ("not", "n't")):
        return None
    if before[-1:] == ["against"]:
        return None  # "advised citizens against travelling to Turkey": a warning
    if _has(near, SPECULATION):
        return None
    before, after = without_story_days(before), without_story_days(after)
    if _has(before[-16:] + trigger, FUTURE) or _has(after[:4], ITINERARY):
        return "planned"  # also "is expected in", "due in": a trigger that looks ahead
    if _has(after[:8], SET_FOR):
        return "planned"
    if chained_to_a_plan(before, trigger):
        return "planned"
    return "occurred"
