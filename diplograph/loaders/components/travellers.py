"""Who travels: the travellers a visit trigger names.

"X's visit", "a visit by X", the subjects before the trigger (with their list: "A, who
arrived on Sunday, B and C"), "Among those attending are A, B and C", "The delegation
included A and B", "X, who ... visited", "attending, alongside A and B", "since Theresa
May visited". Travellers the sentence names elsewhere ("the last minister to visit was
X", "two of Kyiv's backers ... " and the next sentence's names) are read in
:mod:`.named_travellers`; who a list of names joins, in :mod:`.name_lists`. Helpers of
:mod:`.visits`.
"""

from __future__ import annotations

from .apposed_travellers import (
    before_apposition,
    by_after_office,
    by_group_including,
    of_after_date,
    who_after_apposition,
)
from .arguments import Context, ordered_arrival
from .clause_acts import named_subject
from .companion_phrases import fronted_companions, opens_companion_phrase
from .companions import without_spouses
from .earlier_occasions import the_trip_told
from .gathering_presence import sentence_opening
from .gazetteer_titles import region_words
from .inverted_lists import inverted_list_verb, participle_opening
from .name_lists import (
    GLUE,
    PREDECESSOR_WORDS,
    coordinated,
    coordinated_forward,
    country_of_office,
    joins_an_office,
    office_then_name,
)
from .pronouns import NEUTER, PERSONAL
from .sentences import OPENING_WORDS, RELATIVE_OPENERS
from .tokenizer import texts_of, tokens_of
from .trip_cues import attributive_visiting, hosted_guests, paid_by, visiting_guest

__all__ = ["travellers", "GUESTS"]


_POSSESSED_GAP = {
    "first", "last", "second", "third", "state", "official", "two-day", "three-day", "planned",
    "surprise", "recent", "own", "latest", "previous", "next", "maiden", "upcoming", "foreign",
    "overseas", "trip", "visit", "bilateral", "whirlwind",
}


_SPAN_SUFFIXES = ("-day", "-nation", "-country", "-state", "-city", "-leg", "-week")


def _possessed_gap(k: int, ctx: Context) -> bool:
    """Whether word ``k`` may stand between "X's" and a trip's noun: "X's first state
    visit", "X's five-nation European tour", "X's Latin American swing"."""
    w = ctx.lower[k]
    return (
        w in _POSSESSED_GAP
        or w.endswith(_SPAN_SUFFIXES)
        or ctx.label[k] == "DEMONYM"
        or tokens_of(ctx.doc)[k].text in region_words()
    )


_PRONOUNS = PERSONAL | NEUTER
_GROUP_SUBJECTS = {"delegation", "leaders", "delegations", "visitors", "mission", "group", "heads",
                   "presidents", "premiers", "dignitaries", "guests", "monarchs"}
_LISTING = {"included", "includes", "including", "comprised", "were"}
GUESTS = {"visiting", "delegation", "visitors", "guests", "delegations", "guest", "visitor"}


def _object(p: tuple[int, int, str], ctx: Context, listed: bool = False) -> bool:
    """Whether a person mention is the object of a verb or preposition ("meet President X");
    ``listed``, also as the last of a list of objects ("met A and B before flying to C")."""
    k = p[0] - 1
    while k > 0 and (ctx.leads_a_name(k) or joins_an_office(k, ctx)):
        k -= 1  # "meet President X", "call Mr. Abe", "talks with West Bengal Chief Minister
        # X"; "Prime Minister of Sri Lanka X had reached India": the subject
    if listed and k > 0 and ctx.lower[k] in ("and", ","):
        first = next((q for q in ctx.persons_in(max(0, k - 12), k) if q[1] == k), None)
        return first is not None and _object(first, ctx, listed)
    return k >= 0 and (
        ctx.lower[k] in ("with", "to", "by", "of", "from", "for") or k in ctx.trigger_tokens
    )


# a welcome in the passive before an arrival noun: its "by" names the host
_WELCOMED = {"greeted", "received", "welcomed", "met", "hailed", "welcome"}


def travellers(t: int, rng: tuple[int, int], ctx: Context, speakers: set[str]) -> list[str]:
    """Who travels: "X's visit", "visit by X", or the subjects before the trigger."""
    if opens_companion_phrase(t, rng[0], ctx):
        return []  # "Joined by X, Y landed in Z": companions, and Y's trip its own verb's
    guest = visiting_guest(t, rng, ctx)
    if guest is not None:  # "held talks with visiting Chilean President X (and Peruvian
        named = ctx.persons_in(t, rng[1])  # President Y)": the guests "visiting" leads
        first = next((i for i, p in enumerate(named) if p[2] == guest), None)
        return coordinated_forward(named[first:], ctx) if first is not None else [guest]
    if attributive_visiting(t, ctx):
        return []  # "met the visiting envoys": unnamed guests, not the subject
    guests = hosted_guests(t, rng, ctx)
    if guests:
        return guests  # "X will host Y for a state visit"
    if the_trip_told(t, ctx):
        return []  # "hoped to meet A and/or B during the trip": the trip the story told,
        # not A's or B's, and no new one
    before = [p for p in ctx.persons_in(rng[0], t) if p[0] not in speakers]
    if before:  # "Modi's first visit": the possessor only
        s, e, key = before[-1]
        if ctx.lower[e : e + 2] in ([",", "who"], [",", "whose"]):
            return coordinated(before, ctx)  # "received X, who is on a visit to": X
        if (
            e < t
            and ctx.lower[e] in ("'s", "’s")
            and all(_possessed_gap(k, ctx) for k in range(e + 1, t))
        ):
            return [key]
        if ctx.lower[s] in ("his", "her") and all(w in _POSSESSED_GAP for w in ctx.lower[e:t]):
            if ctx.lower[s - 1] in ("on", "upon") and any(_object(p, ctx) for p in before[:-1]):
                return [key]  # "X greeted Y on her arrival": Y's, as coref reads "her"
            named = [
                p for p in before[:-1] if ctx.lower[p[0]] not in _PRONOUNS and not _object(p, ctx)
            ]
            if any(p[2] == key for p in named):  # "B thanked A and said her visit to
                return [key]  # Chile": B's, the one coreference reads, if named here
            if named:  # "Scholz also made Paris his first foreign trip": the subject's
                return [named[-1][2]]
    agent = paid_by(t, rng, ctx) or of_after_date(t, rng, ctx)
    if agent is not None:  # "the previous state visit by a Chinese president was paid by
        return [agent]  # X", "the visit to Moscow in July of the Vice-President, Y"
    reach = 12 if "delegation" in ctx.lower[t : t + 5] else 8  # "by a delegation led by"
    by = next((k for k in range(t + 1, min(rng[1], t + 10)) if ctx.lower[k] == "by"), None)
    if by is not None and ctx.label[by - 1] in _DESTINATIONS:  # "a trip to the White
        reach = max(reach, by - t + 7)  # House by Mexican President X": the long way
    for s, _e, _key in ctx.persons_in(t, min(rng[1], t + reach)):
        k = s - 1
        while k > t and (ctx.label[k] or ctx.lower[k] in _BEFORE_OFFICE or ctx.leads_a_name(k)):
            k -= 1  # "attended by Chinese Premier Li Qiang", "a visit by the late
            # President X", "of Shri X": offices, forms of address, "the late", "former"
        if ctx.lower[k] == "by" and _WELCOMED.intersection(ctx.lower[rng[0] : t + 6]):
            break  # "X was greeted on arrival by Y", "was given a warm welcome by Y": Y
            # is the one who greets
        if ctx.lower[k] == "by" and _ACCOMPANIED.intersection(ctx.lower[rng[0] : k]):
            break  # "was accompanied on the Doha trip by Y": a companion (the guidelines)
        if k > 0 and (ctx.lower[k] == "by" or ctx.lower[k] == "of" and k == t + 1):  # "visit of X"
            after = [p for p in ctx.persons_in(s, rng[1]) if p[0] not in speakers]
            found = coordinated_forward(after, ctx)  # "attended by Li Qiang and Mikhail Mishustin"
            if ctx.lower[k - 1] == "followed" and before:  # "X was the first to arrive,
                found = [before[0][2]] + [f for f in found if f != before[0][2]]  # followed by Y"
            if found:  # not "the first stop of his presidency": the subject's, read below
                return found
    agents = by_after_office(t, by, rng, ctx, speakers) or by_group_including(t, by, rng, ctx)
    if agents:
        return agents  # "Samoa was represented by its Minister of Commerce, X", "attended
        # by dozens of foreign leaders, including A and B"
    verb = inverted_list_verb(t, rng, ctx)
    inverted = (
        participle_opening(t, ctx)
        or ctx.lower[t : t + 2] in (["in", "attendance"], ["present", "at"])
        or ordered_arrival(t, ctx)  # "Among the first to arrive were A and B"
        or ctx.lower[t] == "among"  # "Among the leaders in Seattle were", also after a
        and t <= max(rng[0], sentence_opening(ctx.doc[rng[0] : rng[1]], ctx)) + 1  # dateline
    )
    if not before and inverted and verb is not None:  # "Also arriving were", "in attendance"
        end = ctx.sentence_of(t)[1]  # "Among those attending (the summit) are A, B and C"
        return list(dict.fromkeys(k for _, _, k in ctx.persons_in(verb + 1, end)))
    since = ctx.person_after_offices(rng[0] + 1, t) if ctx.lower[rng[0]] == "since" else None
    if since is not None:
        return [since[2]]  # "since (British Prime Minister) Theresa May visited Beijing"
    if not before and _GROUP_SUBJECTS.intersection(ctx.lower[rng[0] : t]):
        for i in range(t, rng[1]):  # "The delegation, which arrived in X, included A, B and C"
            if ctx.lower[i] in _LISTING or ctx.lower[i : i + 2] == ["among", "them"]:
                return coordinated_forward(ctx.persons_in(i + 1, rng[1]), ctx)  # "Leaders
                # began arriving in Riyadh, among them A, B and C"
    group = _all_of_whom(t, ctx)
    if group:
        return group  # "talks with A and B, both of whom arrived on Sunday": each
    apposed = who_after_apposition(rng, t, ctx)
    if apposed is not None:
        return [apposed]  # "met X, President of Y, who arrived on Sunday": X, not the subject
    then = t > 0 and ctx.lower[t - 1] in ("before", "after")  # "met A and B before flying"
    along = fronted_companions(rng[0], t, ctx)  # "Accompanied by A and B, X flew to Y"
    subjects = [
        p
        for p in before
        if p[0] not in along
        and (
            _leads_the_subject(p, rng, ctx)
            or _governing_word(p, ctx) not in _NOT_SUBJECT
            and not _object(p, ctx, listed=then)
            and not _led_party_member(p, rng, ctx)
        )
    ]  # "X met Y ..., completing a tour": X travels, not the one met
    if subjects and _complement_between(subjects[-1][1], t, ctx):
        subjects = []  # "the leaders agreed that an Indian team would visit": not the leaders
    subjects = _outside_closed_asides(subjects, t, ctx)
    found = _before_aside(subjects, t, ctx) or coordinated(subjects, ctx)
    found = without_spouses(found, subjects, ctx)
    if not found and ctx.lower[rng[0]] == "who":
        named = [p for p in ctx.persons_in(max(0, rng[0] - 9), rng[0]) if p[1] >= rng[0] - 2]
        if named:  # "Gough Whitlam, who ... visited", "Inder Kumar Gujral, who went there"
            return [named[-1][2]]
        apposed = before_apposition(rng[0], ctx)  # "President X of Burkina Faso, the OAU's
        if apposed is not None:  # chairman, who was also visiting Libya"
            return [apposed]
    if not found and not ctx.persons_in(rng[0], t) and rng[0] > ctx.sentence_of(t)[0]:
        # "Blinken, the first ... since Pompeo in 2018, arrived on Sunday": the sentence subject
        first = [p for p in ctx.persons_in(ctx.sentence_of(t)[0], rng[0]) if p[0] not in speakers]
        found = [first[0][2]] if first else []
    if not found and not before:  # "Upon landing in Lima, Chile's President X was met by ..."
        found = _after_opening_phrase(t, ctx, speakers)
    for i in range(
        t, rng[1] - 2
    ):  # "..., along with Sri Lanka's President Ranil Wickremesinghe and ..."
        if ctx.lower[i] == "along" and ctx.lower[i + 1] == "with":
            found += [k for _, _, k in ctx.persons_in(i + 2, rng[1]) if k not in found]
            break
        if (
            ctx.lower[i - 1 : i + 2] == [",", "followed", "by"]
            and ctx.person_after_offices(i + 2, rng[1]) is not None
        ):  # "X arrived in the morning, followed by A and B": they arrived after X
            found += [
                k for k in coordinated_forward(ctx.persons_in(i + 2, rng[1]), ctx) if k not in found
            ]
            break
        if ctx.lower[i] == "alongside" and ctx.lower[t].startswith("attend"):
            # "one of four leaders attending, alongside A, B and C": they attend too
            found += [
                k for k in coordinated_forward(ctx.persons_in(i + 1, rng[1]), ctx) if k not in found
            ]
            break
    return found + _as_did(t, found, ctx)


def _as_did(t: int, found: list[str], ctx: Context) -> list[str]:
    """ "X flew in on Thursday, as did Y", "A and B were among the leaders who flew in, as
    was C": Y and C did the same."""
    lo, hi = ctx.sentence_of(t)
    for i in range(t + 1, hi - 2):
        echo = ctx.lower[i + 1] in ("did", "was", "were", "has", "had", "have")
        if ctx.lower[i] in ("as", "so") and echo and ctx.lower[i - 1] == ",":
            named = coordinated_forward(ctx.persons_in(i + 2, hi), ctx)
            return [k for k in named if k not in found]
    return []


def _after_opening_phrase(t: int, ctx: Context, speakers: set[str]) -> list[str]:
    """The traveller of a trigger inside a sentence's opening phrase that names no one
    ("On arrival at the airport, President X was greeted by ...", "Arriving in Oslo late on
    Sunday, the Indian Prime Minister, Y, ..."): the subject after the phrase's comma."""
    lo, hi = ctx.sentence_of(t)
    lo = sentence_opening(ctx.doc[lo:hi], ctx)  # "NAIROBI - On arrival in Nairobi, X was"
    opener = ctx.lower[lo]
    participle = ctx.lower[t].endswith("ing") and ctx.lower[t - 1] in ("after", "upon", "on")
    if not (opener in OPENING_WORDS or (opener.endswith("ing") and lo == t) or participle):
        return []  # "Hours after landing in Jakarta, X met ..."
    if any(ctx.lower[j] == "," and ctx.lower[j + 1] not in RELATIVE_OPENERS for j in range(lo, t)):
        return []  # the trigger is in the main clause, not the opening phrase
    comma = next((j for j in range(t, min(hi, t + 15)) if ctx.lower[j] == ","), None)
    if comma is not None and ctx.lower[comma + 1] == "where":  # "Arriving in Riyadh from
        # Jerusalem, where he met A, B was received by C": the subject after the aside
        commas = (j for j in range(comma + 2, hi) if ctx.lower[j] == ",")
        comma = next((j for j in commas if named_subject(j + 1, hi, ctx)), None)
    if comma is None:
        return []
    k = comma + 1
    while k < hi and (ctx.label[k] in ("TITLE", "DEMONYM", "COUNTRY") or ctx.lower[k] == "the"):
        k += 1
    if ctx.lower[k] == "," and k > comma + 1:
        k += 1  # "the Chilean Foreign Minister, Rosa Vidal, held talks"
    after = [p for p in ctx.persons_in(k, hi) if p[2] not in speakers]
    return coordinated_forward(after, ctx) if after and after[0][0] == k else []


def _outside_closed_asides(
    subjects: list[tuple[int, int, str]], t: int, ctx: Context
) -> list[tuple[int, int, str]]:
    """ "X flies to Lima, where Y will receive him, and will then travel to Santiago": the
    people of a relative clause closed before ``t`` are not its subject."""
    lo = ctx.sentence_of(t)[0]
    inside = set()
    for k in range(lo + 1, t):
        if ctx.lower[k] in ("where", "who", "which") and ctx.lower[k - 1] == ",":
            close = next((j for j in range(k + 1, t) if ctx.lower[j] == ","), None)
            if close is not None:
                inside.update(range(k, close))
    if not subjects or not inside or any(p[0] not in inside for p in subjects):
        return [p for p in subjects if p[0] not in inside] or subjects
    main = [p for p in ctx.persons_in(lo, t) if p[0] not in inside]  # the sentence's subject
    return main[:1] or subjects


def _before_aside(subjects: list[tuple[int, int, str]], t: int, ctx: Context) -> list[str]:
    """ "Sheinbaum, invited as a guest of the host, Prime Minister Carney, still took part":
    the subject before an aside set off by commas, not the people named inside it."""
    if len(subjects) < 2:
        return []
    s0, e0, key = subjects[0]
    if ctx.lower[e0 : e0 + 1] != [","] or not ctx.lower[e0 + 1 : e0 + 2]:
        return []
    if ctx.lower[e0 + 1] in GLUE or not ctx.lower[e0 + 1].isalpha():
        return []  # "A, B and C visited": a list
    if ctx.label[e0 + 1] or ctx.person_at(e0 + 1) or office_then_name(e0 + 1, t, ctx):
        return []  # "A, the foreign minister, B, and ...": a list of office holders
    close = max((i for i in range(e0 + 1, t) if ctx.lower[i] == ","), default=None)
    if close is None or any(s >= close for s, _, _ in subjects):
        return []
    return [key]


_DESTINATIONS = ("PLACE", "CAPITAL", "SEAT", "COUNTRY")
_ACCOMPANIED = {"accompanied", "accompanying", "escorted"}
_BEFORE_OFFICE = PREDECESSOR_WORDS | {"'s", "’s"}
_NOT_SUBJECT = {"with", "to", "by", "from", "of", "for", "since", "than"}
# members named in a party's make-up travel in its leader's delegation: no visit of theirs
# ("a delegation led by X and including adviser Y arrived")
_MEMBERS = {"including", "comprising"}


def _led_party_member(p: tuple[int, int, str], rng: tuple[int, int], ctx: Context) -> bool:
    """Whether ``p`` is named as a member of a party that someone leads ("a delegation led
    by Foreign Minister X and including adviser Y"): Y travels in X's delegation."""
    before = ctx.lower[rng[0] : p[0]]
    return bool(_MEMBERS.intersection(before[-4:])) and ("led" in before or "headed" in before)


_OPENS_A_CLAUSE = {"a", "an", "the", "he", "she", "they", "it", "his", "her", "their", "its"}


def _complement_between(i: int, t: int, ctx: Context) -> bool:
    """Whether a "that" opening a clause of its own stands between ``i`` and ``t`` ("agreed
    that an Indian team would visit"; not "to reduce that dependence during a stop")."""
    texts = texts_of(ctx.doc)
    return any(
        w == "that"
        and (
            ctx.lower[k - 1].endswith("ed")
            or k + 1 >= t  # "units that took part": the relative clause's own verb
            or ctx.lower[k + 1] in _OPENS_A_CLAUSE
            or texts[k + 1][:1].isupper()  # "told MPs that India was being added"
            or texts[k + 1][:1].isdigit()  # "told a briefing that 48 countries would"
        )
        for k, w in enumerate(ctx.lower[i:t], start=i)
    )


_PARTIES = {"delegation", "team", "mission", "party", "entourage", "contingent", "envoys"}


def _leads_the_subject(p: tuple[int, int, str], rng: tuple[int, int], ctx: Context) -> bool:
    """ "A delegation led by Foreign Minister X arrived": the one who leads the subject
    party travels with it (not "talks with a delegation led by X")."""
    k = p[0] - 1
    while k > rng[0] and (ctx.leads_a_name(k) or country_of_office(k, ctx)):
        k -= 1  # offices and forms of address: "led by Mr X", "headed by Dr Y"
    if ctx.lower[k - 1 : k + 1] not in (["led", "by"], ["headed", "by"]):
        return False
    head = ctx.lower[rng[0] : k - 1]
    party = max((i for i, w in enumerate(head) if w in _PARTIES), default=None)
    return party is not None and not _NOT_SUBJECT.intersection(head[:party])  # "a team of
    # negotiators, led by X,"; not "talks with a delegation led by X"


def _governing_word(p: tuple[int, int, str], ctx: Context) -> str:
    """The word before a person's name and the office words that lead it ("talks with
    Norwegian Prime Minister Lars Berg": "with")."""
    k = p[0] - 1
    while k > 0 and (ctx.label[k] in ("TITLE", "DEMONYM", "COUNTRY") or joins_an_office(k, ctx)):
        k -= 1  # "Prime Minister of Sri Lanka X had reached India": X is the subject
    return ctx.lower[k] if k >= 0 else ""


_EACH = {"both", "all", "each"}


def _all_of_whom(t: int, ctx: Context) -> list[str]:
    """The people of a list that ", both of whom" (", all of whom", ", each of whom") opens
    an aside about, just before the trigger ``t`` ("A and B, both of whom arrived on
    Sunday")."""
    lo = ctx.sentence_of(t)[0]
    k = next((k for k in range(t - 1, max(lo, t - 6), -1) if ctx.lower[k] == "whom"), None)
    if k is None or k < lo + 3 or ctx.lower[k - 3 : k] not in ([",", w, "of"] for w in _EACH):
        return []
    return coordinated(ctx.persons_in(lo, k - 3), ctx) if ctx.lower[k - 3] == "," else []
