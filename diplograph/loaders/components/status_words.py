"""Words that the status of a trigger is read without: "the next day" is no plan, "was
then to travel" is "was to travel", "at the invitation of X" is no offer, "urged X in a
phone call to" asks nothing of the call. Pure filters over lower-cased words, applied by
:func:`.status.classify` before it looks for cues.
"""

from __future__ import annotations

from .bystanders import ASKED
from .cue_search import has_cue
from .lexicon import lexicon

__all__ = [
    "ASKING",
    "CALL_NOUNS",
    "DAY_PARTS",
    "DETERMINERS",
    "chained_to_a_plan",
    "occasion_adjunct",
    "without_story_days",
    "without_plan_adverbs",
    "without_inviting_phrase",
]

DAY_PARTS = {"day", "morning", "afternoon", "evening", "night"}  # "the next day", "that evening"


def without_story_days(words: list[str]) -> list[str]:
    """The words without the "next" of "the next day", "the next morning": a day of the
    story's own, no plan."""
    return [
        w
        for i, w in enumerate(words)
        if not (w == "next" and words[i - 1 : i] == ["the"] and words[i + 1 : i + 2]
                and words[i + 1] in DAY_PARTS)
    ]


# adverbs between a form of "be" and the "to" of a plan: "was then to travel", "is also to
# meet", "were later to sign": the plan is told as without them
_PLAN_ADVERBS = {"then", "also", "later", "first", "subsequently", "next", "further"}


# what opens a chain of verbs that all look ahead: "will give a speech ..., tour a plant and
# meet Y", "is to open a fair, unveil a plaque and visit Z"
_PLAN_AUXILIARIES = {"will", "'ll", "shall", "is to", "are to", "due to", "expected to",
                     "scheduled to", "set to", "plans to", "plan to", "going to"}


def chained_to_a_plan(before: list[str], trigger: list[str]) -> bool:
    """Whether a bare trigger verb closes a chain of verbs ("... and attend", ", then
    meet") whose first one looks ahead, however many words its objects and places take:
    "X will address the Diet at noon, lay a wreath at the memorial and hold talks with Y"."""
    k = len(before)
    while k and before[k - 1] in ("then", "also", "later"):
        k -= 1
    return (
        k > 0
        and before[k - 1] in ("and", ",")
        and bool(trigger)
        and trigger[0] in lexicon().bare_triggers
        and has_cue(before[: k - 1], _PLAN_AUXILIARIES)
    )


def without_plan_adverbs(words: list[str]) -> list[str]:
    """The words without an adverb between "was", "were", "is" or "are" and "to"."""
    return [
        w
        for i, w in enumerate(words)
        if not (
            w in _PLAN_ADVERBS
            and words[i - 1 : i] in (["was"], ["were"], ["is"], ["are"])
            and words[i + 1 : i + 2] == ["to"]
        )
    ]


def without_inviting_phrase(words: list[str]) -> list[str]:
    """The words without the noun of an "at the invitation of X" or "on X's invitation"
    phrase, or of thanks "for the invitation": a trip made at someone's request is a trip,
    not an offer of one, and one who thanks for an invitation has had it."""
    return [
        w
        for i, w in enumerate(words)
        if not (w in ASKED and {"at", "on", "upon"}.intersection(words[max(0, i - 4) : i]))
        and not (
            w in ASKED
            and "for" in words[max(0, i - 3) : i]
            and _THANKS.intersection(words[max(0, i - 8) : i])
            and _GOES_ON.intersection(words[i + 1 :])
        )  # "thanked X for the invitation and said he will attend", not "... the
    ]  # invitation to visit Chile"


_THANKS = {"thanked", "thanks", "thank", "thanking", "grateful", "gratitude", "appreciation"}
_GOES_ON = {"and", "said", "says", "announced", "saying", "adding", "confirmed"}


DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "this", "that"}
# nouns of a call, its medium or its exchange ("in a phone call", "attended the conversation",
# "During the call, ..."); with the meeting nouns, the encounters that can be the occasion of
# what the clause tells was said at them
CALL_NOUNS = {"call", "calls", "conversation", "conversations", "exchange", "phone", "telephone",
              "teleconference", "videoconference"}
_MEETING_NOUNS = {"talks", "meeting"}
ASKING = {"urged", "asked"}  # what was asked at the encounter, not the encounter itself


def occasion_adjunct(before: list[str], trigger: list[str]) -> str | None:
    """Whether an encounter is told as the occasion of the clause's act ("asked X in a
    phone call to ...", "urged Y, in talks on Monday, to ...", "asked Z at their meeting
    to ..."): "call", "meeting", or None."""
    if "to" in before[-10:]:
        return None  # "asked to speak with X in a phone call": the call is what was asked
    if trigger[:2] == ["in", "a"]:  # the trigger "in a call"
        return "call"
    noun = trigger[-1] if trigger else ""
    k = len(before) - 1
    while k >= 0 and before[k] in DETERMINERS:
        k -= 1
    if k < 0 or before[k] not in ("in", "on", "at"):
        return None
    if noun in CALL_NOUNS and before[k] in ("in", "on"):
        return "call"
    return "meeting" if noun in _MEETING_NOUNS else None
