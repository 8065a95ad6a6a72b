"""Meetings and calls: the people of an encounter trigger and where and when they met.

"X met Y in Oslo on Monday", "held separate talks with A, B and C", "A and B held talks
with C on Monday and Thursday respectively", "held talks with Putin on Oct 22 and, on Oct
23, with Xi", "exchanged words at a dinner in Bali in 2022 and in Lima in 2023", "received
at the palace on Thursday evening President X". Helpers of :mod:`.events`. The readings of
several encounters told by one trigger (one per pair, one per "with" group) live in
:mod:`.encounter_groups`, which also builds the event (:func:`encounter`, re-exported).
"""

from __future__ import annotations

from ..model import Event
from .arguments import (
    Context,
    called_off_date,
    country_of,
    diplomatic,
    location,
    nearest_date,
    pick_date,
    places,
    promised_again,
)
from .clause_links import contrasted, later_acts
from .companions import kin_named
from .encounter_cues import (
    PASSIVE,
    after_time_with,
    closed_asides,
    delegation_led_by,
    gathering_named,
    joined_a_gathering,
    object_follows,
    pair_before,
    possessor_only,
    time_with,
    timed,
    urged,
    with_unnamed,
)
from .encounter_groups import (
    bilaterals_announced,
    bilaterals_with_states,
    calls_one_each,
    dated_one_by_one,
    encounter,
    followed_by,
    leaders_among,
    met_in_turn,
    separate,
    tallied,
    with_groups,
)
from .encounter_places import (
    _during_stay,
    _located,
    _place_date_pairs,
    meeting_place,
)
from .encounter_subjects import (
    fronted_subject,
    hosts_many,
    hosts_no_one,
    ministers_gathering,
    trip_as_subject,
    trip_purpose,
    unnamed_guests,
)
from .event_clauses import borrowed_subject
from .event_triggers import CALLING_ON
from .joint_acts import (
    discussion,
    in_presence,
    joint_act,
    together_act,
    together_with,
    with_partners_end,
)
from .media import purpose_of_a_call, remotely, told_in_person, within_a_call
from .name_lists import coordinated
from .quote_speakers import quoted_apart
from .repeated_encounters import repeated_days
from .told_encounters import TOLD_PLURALS, around_the_told, attended_the_told, takes_part
from .travellers import GUESTS

__all__ = ["encounter_events", "encounter", "object_follows", "told_attendance"]

_SEPARATE = {"separate", "separately", "respectively", "individually", "each"}
_EACH_OF = {"meetings", "bilaterals", "calls", "one-on-ones"}  # plurals: one with each


def _in_separate(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether "in separate ..." ("in separate audiences", "in separate meetings") follows."""
    words = ctx.lower[t_end : rng[1]]
    return any(words[k : k + 2] == ["in", "separate"] for k in range(len(words) - 1))


def told_attendance(t, t_end, rng, sent, ctx: Context, speakers) -> list[Event]:
    """ "The meeting was attended by X", "Present at the meeting were X": at the one just told."""
    told = ctx.last_meeting
    lo = rng[0] if ctx.lower[t] == "joined" else t_end  # "A and B joined X in receiving Y"
    named = [k for s_, _, k in ctx.persons_in(lo, sent.end) if s_ not in speakers]  # a list
    subjects = [p for p in ctx.persons_in(sent.start, t) if p[0] not in speakers]
    if takes_part(t_end, ctx) and subjects:  # "A and B, who took part in the talks, ...":
        named = coordinated(subjects, ctx)  # the subjects, not who is named after
    # may run on past semicolons ("were A, Chief of Staff; B, Foreign Minister; and C")
    if told is None or not named:
        return []
    each = ctx.last_meetings if ctx.lower[t] in TOLD_PLURALS else [told]  # "The meetings
    return [  # were attended by X": X was at each of those just told
        encounter(
            "meeting", t, t_end, sent, ctx, m.status, m.date, (m.place, m.country),
            list(dict.fromkeys(m.participants + named)),
        )
        for m in each
    ]


_HOSTING_VERBS = {"received", "receives", "welcomed", "welcomes", "hosted", "hosts"}


def _delayed_object(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "received at the palace on Thursday evening His Excellency President X": the guest
    named after the adverbials (not after "from", "of", "by", "for", "with")."""
    if ctx.lower[t] not in _HOSTING_VERBS:
        return False
    for s, _, _ in ctx.persons_in(t_end, rng[1]):
        k = s - 1
        while k > t_end and ctx.label[k] in ("TITLE", "DEMONYM", "COUNTRY"):
            k -= 1
        if ctx.lower[k] == ",":  # "the Prime Minister of Pakistan, Shehbaz Sharif"
            k = _office_before(k, t_end, ctx)
        return ctx.lower[k] not in ("from", "of", "by", "for", "with", "to", "and", ",")
    return False


def _office_before(comma: int, lo: int, ctx: Context) -> int:
    """The word before an office set before a name by a comma ("received on Monday the
    Emir of Qatar, X": "Monday"), or the comma itself where no office stands there."""
    k = comma - 1
    titled = False
    while k > lo and (ctx.label[k] in ("TITLE", "DEMONYM", "COUNTRY") or ctx.lower[k] == "of"):
        titled = titled or ctx.label[k] == "TITLE"
        k -= 1
    while k > lo and ctx.lower[k] in _OFFICE_MODIFIERS:
        k -= 1  # "the visiting Chilean President, X"
    if titled and ctx.lower[k] == "the":
        return k - 1
    return comma


# words after "called X" that make it naming X, not phoning X
_NAMING_NEXT = {"a", "an", "the", "his", "her", "their", "our", "my", "one", '"', "“", "'", "‘"}
# words after "called X the/a" that tell when, not what X is called
_TIME_NEXT = {
    "same",
    "next",
    "following",
    "previous",
    "day",
    "week",
    "night",
    "morning",
    "evening",
    "afternoon",
    "few",
    "couple",
}
_OFFICE_MODIFIERS = {"visiting", "new", "outgoing", "incoming", "former", "then"}


_DRAWING = {"brought", "brings", "drew", "draws", "attracted", "attracts", "gathered", "gathers"}


def encounter_events(kind, t, t_end, rng, sent, ctx, status, speakers, needs) -> list[Event]:
    if needs == "person_after" and kind == "call" and timed(t, ctx):
        needs = ""  # "During the 40-minute call, A and B agreed ...": no object needed
    if needs == "person_after" and kind == "meeting" and ctx.lower[t] == "talked" and (
        pair_before(t, rng, ctx) and (told_in_person(sent, ctx) or ctx.lower[rng[0]] == "where")
        and ctx.lower[t_end : t_end + 1] not in (["about"], ["of"], ["to"])  # a topic
    ):
        needs = ""  # "where A and B talked for an hour", "A and B talked in Oslo": in person
    if kind == "meeting" and gathering_named(t, rng, ctx):
        return []  # "flew to Accra for the summit", "they discussed the meeting Britain hosts"
    if kind == "meeting" and ctx.last_meeting is not None and attended_the_told(t, t_end, ctx):
        joined = told_attendance(t, t_end, rng, sent, ctx, speakers)
        if joined:
            return joined
    if needs == "unplaced" and (
        not object_follows(t_end, ctx) or told_in_person(sent, ctx) or ctx.current_destinations
    ):  # "spoke with Putin on Tuesday, the Kremlin said": by phone, unless the story
        return []  # has put someone on a trip now
    if needs == "pair_unplaced" and (
        not pair_before(t, rng, ctx)
        or ctx.lower[t_end : t_end + 1] in (["to"], ["with"], ["at"], ["about"])
        or ctx.lower[t_end : t_end + 1] == ["in"] and not ctx.dates_in(t_end, t_end + 3)
        or told_in_person(sent, ctx)
        or ctx.current_destinations
    ):  # "A and B spoke on Tuesday, the Kremlin said": by phone; not "spoke to reporters"
        return []
    if kind == "meeting" and with_unnamed(t_end, rng, ctx):
        return []  # "are due in Oslo for talks with alliance leaders": not with each other
    if needs == "trip_purpose" and not trip_purpose(t, t_end, sent, ctx):
        return []  # "to brief X" only as a trip's purpose
    if needs == "with_person" and not discussion(t, t_end, rng, sent, ctx):
        return []  # not "discussed trade", "They also exchanged views" after a call
    if needs == "joint_act" and not joint_act(t, rng, sent, ctx):
        return []  # "A and B pledged on Monday to ...": together; not "A agreed with B's view"
    if needs == "presence_of" and not in_presence(t, t_end, rng, sent, ctx):
        return []  # "was inaugurated in the presence of A and B"; not "of officials"
    if needs == "together_act" and not together_act(t, rng, sent, ctx):
        return []  # "the two walked together in the old city"; not "A, together with B,"
    if needs == "together_act":
        rng = (rng[0], with_partners_end(t, rng, ctx))  # not the talks "and" tells after
    if needs == "time_with" and not time_with(t_end, rng, ctx):
        return []  # "spent four hours with X": together; not "spent $2bn with X's firms"
    if needs == "after_time_with" and not after_time_with(t, t_end, rng, ctx):
        return []  # "After an hour with X, ...": together; not "for an hour with X by phone"
    if needs == "not_urging" and urged(t_end, rng, ctx):
        return []  # "called on Putin to withdraw": urging, not a visit to him
    far = "jointly" in ctx.lower[rng[0] : rng[1]] or joined_a_gathering(t, rng, ctx)
    if needs == "apart" and far:  # "jointly inaugurated the port by video link": the port
        return []  # far; "joined the summit by video link": attended from afar, met no one
    if kind == "meeting" and remotely(t_end, rng[1], ctx):
        return []  # "joined the talks by phone", "held talks with X by video link": a call
    if kind == "meeting" and purpose_of_a_call(t, rng, ctx):
        return []  # "telephoned Modi to greet the people of India": the call's purpose
    if kind == "meeting" and within_a_call(t, ctx) and not ctx.dates_in(t, rng[1]):
        return []  # "During the call, X briefed Y on the summit he hosted": said on the
        # call; not "In their call, X recalled he had met Y in Nairobi in May": told on it
    if hosts_no_one(t, rng, ctx):
        return []  # "Tokyo hosts the group's summit in May, and the two leaders agreed ..."
    if hosts_many(t_end, rng, ctx):
        return []  # "gave a luncheon for 27 visiting heads of state": a gathering
    if ministers_gathering(t, t_end, ctx):
        return []  # "addressed the joint meeting of defence ministers of the SCO"
    if _DRAWING.intersection(ctx.lower[t_end : t_end + 2]) and not ctx.persons_in(rng[0], t):
        return []  # "The meeting also brought A and B to Goa": who came, not who met
    if ctx.lower[rng[0]] == "since":
        speakers = speakers - {rng[0] + 1}
    near = ctx.lower[max(rng[0], t - 3) : t_end + 1] + ctx.lower[t_end : rng[1]]
    if (
        _SEPARATE.intersection(near)
        and (
            _SEPARATE.intersection(ctx.lower[max(rng[0], t - 3) : t_end + 1])
            or {"respectively", "separately"}.intersection(ctx.lower[t_end : rng[1]])
            or _in_separate(t_end, rng, ctx)  # "will meet A, B and C in separate audiences"
        )
        or ctx.lower[t_end - 1] in _EACH_OF  # "held bilateral meetings with A, B and C"
        or bilaterals_with_states(t, t_end, rng, ctx)  # "held bilateral talks with A and B"
        or followed_by(t_end, rng, ctx)  # "met A first, followed by B and C"
        or met_in_turn(t_end, rng, ctx)  # "met A and, later, B"
        or leaders_among(t_end, rng, ctx)  # "to meet other leaders, among them A and B"
        or ctx.lower[t] in CALLING_ON  # "to visit President X, Pope Francis and Y"
        or calls_one_each(kind, t, t_end, rng, ctx)  # "spoke by phone with A and B"
        or dated_one_by_one(t, t_end, rng, ctx)  # "will meet A on Monday and B on Tuesday"
        or kind == "meeting" and tallied(t, rng, ctx)  # "has received A and B so far"
        or kind == "meeting" and bilaterals_announced(sent, ctx)  # "X holds bilaterals
        # today. Among those to see him are A and B"
    ):  # one each
        split = separate(kind, t, t_end, rng, sent, ctx, status, speakers)
        if split is not None:
            return split
    split = with_groups(kind, t, t_end, sent, ctx, status, speakers)
    if split:
        return split  # each group's place is its own ("met A in Warsaw, then B in Kyiv")
    aside = closed_asides(t, rng, ctx)  # "X, who travelled with Y, met Z": not Y
    aside |= kin_named(rng, ctx)  # "met X, the wife of Y": not Y
    aside |= quoted_apart(rng[0], t, ctx)  # '"... with X," he said at a meeting with Y'
    people = [
        k for s_, _, k in ctx.persons_in(rng[0], rng[1]) if s_ not in speakers and s_ not in aside
    ]
    antecedent = (
        [p for p in ctx.persons_in(rng[0] - 8, rng[0]) if p[1] >= rng[0] - 1]
        if ctx.lower[rng[0]] == "who"
        else []
    )  # the name just before ", who", however long ("Javier Perez de Cuellar, who saw him")
    if len(set(people)) < 2 and antecedent:
        people = [antecedent[-1][2]] + people  # "hours after Xi, who was greeted by Boluarte"
    borrowed = borrowed_subject(rng, sent, ctx)  # "met A and will meet B", "called A
    if borrowed is not None:  # before meeting B": the sentence's subject meets B, not A
        people = [k for s_, _, k in ctx.persons_in(*borrowed) if s_ not in speakers] + people
    fronted = fronted_subject(t, t_end, sent, ctx) if len(set(people)) == 1 else None
    people += [fronted] if fronted else []  # "After meeting X, Y held talks with Z": Y met X
    if len(set(people)) < 2:
        aside = closed_asides(t, (sent.start, sent.end), ctx)
        aside |= contrasted(rng, sent, ctx)  # not "A held meetings, while B gave a speech"
        aside |= later_acts(rng, sent, ctx)  # nor those a later clause's own act names
        aside |= together_with(sent.start, rng[0], ctx)  # nor "inaugurated X together
        # with B, and held talks with C": not B
        people = [
            k
            for s_, _, k in ctx.persons_in(sent.start, sent.end)
            if s_ not in speakers and s_ not in aside
        ]
    if unnamed_guests(rng, ctx) and ctx.last_visitors:
        people += ctx.last_visitors  # "The Russian president received the visiting leaders"
    keys = list(dict.fromkeys(people))
    subject = fronted_subject(t, t_end, sent, ctx) if len(keys) == 1 else None
    if subject is not None and subject not in keys:
        keys.append(subject)  # "In a meeting with X on Monday, Y stressed ...": Y was there
    if (
        len(keys) == 1
        and not ctx.persons_in(sent.start, t)
        and ctx.protagonist not in (None, keys[0])
    ):
        keys.insert(0, ctx.protagonist)  # "Talks with Emir Tamim in Doha on Feb 15."
    elif (
        len(keys) == 1
        and not ctx.persons_in(sent.start, t)
        and "with" in ctx.lower[t_end - 1 : t_end + 1]  # "talks with Y", "an hour with Y"
        and ctx.last_visitors[-1:] not in ([], keys)
    ):
        keys.insert(0, ctx.last_visitors[-1])  # "X arrived on Monday. Talks with Y followed
        # on Tuesday": the one whose trip the story is telling
    elif len(keys) == 1 and trip_as_subject(t, sent, ctx) and keys[0] not in ctx.last_visitors:
        keys = ctx.last_visitors[-1:] + keys  # "The programme was to have included talks with
        # X": the traveller of the trip just told
    if (
        kind == "call"
        and needs == "person_after"
        and any(
            ctx.lower[e_ : e_ + 1]
            and ctx.lower[e_] in _NAMING_NEXT
            and not _TIME_NEXT.intersection(ctx.lower[e_ + 1 : e_ + 3])
            for _, e_, _ in ctx.persons_in(t_end, t_end + 4)
        )
    ):
        return []  # "called Lula a corrupt communist", "called him 'a friend'": naming;
        # not "called Najib the same night", "called him a day later"
    if needs == "person_after" and kind == "call" and not object_follows(t_end, ctx):
        return []  # "called off after the US president left": no one was called
    if needs == "person_after" and possessor_only(t_end, ctx):
        return []  # "welcomed Putin's proposal", "welcomed the leaders' position": a thing
    if (
        needs == "person_after"
        and not ctx.persons_in(t_end, t_end + 4)
        and not object_follows(t_end, ctx)
        and not (
            PASSIVE.intersection(ctx.lower[max(rng[0], t - 3) : t])
            and any(
                ctx.lower[i] == "by" and object_follows(i + 1, ctx) for i in range(t_end, rng[1])
            )
        )  # "was welcomed by Kenya's Foreign Minister X"; not "welcomed the deal reached by X"
        and not _delayed_object(t, t_end, rng, ctx)
        and not delegation_led_by(t_end, rng, ctx)
        and not (GUESTS.intersection(ctx.lower[t_end : t_end + 3]) and ctx.last_visitors)
    ):  # but "received the visiting leaders": those who just arrived
        return []  # "received Putin", "was welcomed ... by Anwar"; not "received an award"
    if needs == "named_agent" and all(e_ != t for _, e_, _ in ctx.persons_in(rng[0], t)):
        return []  # "the foreign ministry summoned X": no one named summoned X
    if needs == "small_group" and len(keys) > 4:
        return []
    if not diplomatic(keys, ctx):
        return []
    if ctx.lower[t] == "accompanied" and len({country_of(k, ctx) for k in keys} - {None}) < 2:
        return []  # "The Turkish president is accompanied by Foreign Minister A, B and C":
        # his entourage (unknown ones his countrymen), unless a foreign host is among them
    if kind == "meeting":
        split = _place_date_pairs(t_end, rng, ctx, status)
        if len(split) >= 2:  # "at a dinner in Bali in November 2022 and ... in Lima in 2023"
            return [
                encounter(kind, t, t_end, sent, ctx, status, d, (p, c), list(keys), at=o)
                for p, c, d, o in split
            ]
    days = repeated_days(t, t_end, rng, sent, ctx, status != "occurred")  # "met Kim in
    if days:  # April, and again on May 9": two meetings; "on both occasions held talks"
        located = [g for g in places(rng, t, ctx, after_only=False) if _located(g, ctx)]
        place, country = location(located, ctx.lex, t)
        return [
            encounter(kind, t, t_end, sent, ctx, status, day, (place, country), list(keys))
            for day in days
        ]
    date = pick_date(t, rng, sent, ctx, status != "occurred", lead=status != "planned")
    date = around_the_told(sent, ctx) or date  # "a welcome ceremony ahead of the talks"
    if status == "cancelled":
        date = called_off_date(t, rng, sent, ctx, lead=False)  # "had been due to meet X on March 3"
    if (
        t > 0
        and ctx.lower[t - 1] in ("his", "her", "their")
        and nearest_date(t, sent.start, sent.end, ctx) is None
    ):
        date = None  # "a statement issued after his talks with Xi": the talks told before
    if date and len(date) == 10 and _during_stay(rng, ctx):
        date = date[:7]  # "held talks with Abiy during his stay": some day of the stay
    place, country = (None, None)
    if kind == "meeting":
        place, country = meeting_place(t, t_end, rng, sent, ctx, status, date, keys)
    told = [encounter(kind, t, t_end, sent, ctx, status, date, (place, country), keys)]
    promised = promised_again(t_end, rng[1], ctx) if status == "occurred" else None
    if promised:  # "met on Monday and agreed to meet again in December": a plan besides
        told.append(encounter(kind, t, t_end, sent, ctx, "planned", promised, (None, None), keys))
    return told


