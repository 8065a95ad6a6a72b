"""What the words around a trigger of meeting or call tell about it.

Small predicates that :mod:`.encounters` consults before it reads an encounter's people,
place and day: a second verb of meeting with its own object ("met A and then held talks
with B"), a person named right after a verb (offices and forms of address between),
gatherings joined from afar, urging ("called on X to act"), a pair of subjects that
"spoke", time spent with someone, partners named only by a group noun, calls told by
their length.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import TIME_NOUNS, Context
from .event_clauses import FRINGES
from .honorifics import skip_honorifics
from .hosted_gatherings import state_hosts, summit_hosted_by
from .name_lists import coordinated, named_after_comma, office_of
from .office_lists import state_style
from .tokenizer import tokens_of

__all__ = [
    "gathering_as_purpose",
    "gathering_as_topic",
    "gathering_named",
    "delegation_led_by",
    "during_a_trip",
    "object_follows",
    "second_encounter_verb",
    "second_holding",
    "joined_a_gathering",
    "urged",
    "with_unnamed",
    "time_with",
    "after_time_with",
    "discussed_with",
    "named_pair",
    "pair_before",
    "timed",
    "possessor_only",
    "PASSIVE",
]

_MEETING_VERBS = {"met", "meet", "meets", "meeting", "received", "receive", "receives"}
_MEETING_VERBS |= {"greeted", "greet", "greets", "hosted", "host", "hosts"}
_CALLS = {"call", "calls", "called", "calling"}


# words between "and" and a second verb ("and then met", "and later also met")
_LINKING_ADVERBS = {"then", "later", "also", "afterwards", "subsequently", "separately", ","}
_HOLDING_VERBS = {"held", "hold", "holds", "holding", "had", "have", "has", "having"}
_HELD_NOUNS = {"talks", "meeting", "meetings", "discussions", "consultations", "a", "separate"}
_HELD_NOUNS |= {"bilateral", "brief", "private", "further", "one-on-one"}


def _after_link(i: int, ctx: Context) -> bool:
    """Whether token ``i`` starts a second verb phrase: "and met", "and then met", "before
    meeting"."""
    k = i - 1
    while k > 0 and ctx.lower[k] in _LINKING_ADVERBS:
        k -= 1
    return ctx.lower[k] in ("and", "before") and k < i - 1 or ctx.lower[i - 1] in ("and", "before")


def second_encounter_verb(i: int, kind: str, ctx: Context) -> bool:
    """ "will hold talks with A and meet B", "held talks with A, and later met B": a second
    verb of meeting, with its own object, is an encounter of its own."""
    calls_on = ctx.lower[i] in _CALLS and ctx.lower[i + 1 : i + 2] == ["on"]  # "and call on B"
    return (
        kind == "meeting"
        and (ctx.lower[i] in _MEETING_VERBS or calls_on)
        and _after_link(i, ctx)
        and object_follows(i + 1 + calls_on, ctx)
    )


def second_holding(w: int, ctx: Context) -> bool:
    """ "met A and then held talks with B": the "with" at ``w`` follows a second verb."""
    k = w - 1
    while k > 0 and ctx.lower[k] in _HELD_NOUNS:
        k -= 1
    return k < w - 1 and ctx.lower[k] in _HOLDING_VERBS and _after_link(k, ctx)


def object_follows(i: int, ctx: Context) -> bool:
    """Whether a person is named right after token ``i`` (offices and nationalities between)."""
    i = _past_venue(i, ctx)
    if _described_then_named(i, ctx):
        return True  # "received by the Custodian of the Two Holy Mosques, King Abdullah"
    for k in range(i, min(i + 9, len(ctx.lower))):
        if ctx.person_at(k):
            return True
        if ctx.lower[k] in ("the", "visiting", "both") and k <= i + 1:
            continue  # "received the visiting President of Egypt X", "called both A and B"
        if ctx.lower[k] == "the" and office_of(k - 1, ctx):
            continue  # "called the President of the United States X"
        if ctx.lower[k] == "," and k > i and ctx.person_at(_past_honorifics(k + 1, ctx)):
            return True  # "welcomed by the President of Rwanda, Paul Kagame", "to see the
            # Emir, Sheikh Tamim"
        if state_style(k, ctx.lower, ctx.label):
            continue  # "the President of the Republic of Rwanda, Paul Kagame"
        if ctx.label[k] == "ORG" or ctx.lower[k] == "of" and ctx.label[k - 1] == "TITLE" or (
            ctx.lower[k - 1 : k + 1] == ["of", "the"]
        ):
            continue  # "the Secretary-General of the Gulf Cooperation Council, X"
        if not ctx.leads_a_name(k) and ctx.lower[k] not in ("'s", "’s") and not office_of(k, ctx):
            return False  # "telephoned Mr. Moon", "met Norway's Prime Minister X"
    return False


def _past_honorifics(k: int, ctx: Context) -> int:
    """Past the honorifics that open a name at ``k`` ("Sheikh", "Datuk Seri")."""
    return k if ctx.person_at(k) else skip_honorifics(tokens_of(ctx.doc), k)[0]


def _described_then_named(i: int, ctx: Context) -> bool:
    """Whether a description opening with "the" at ``i`` names no one until a comma and a
    name follow ("the Saudi monarch, King X", "the Custodian of the Two Holy Mosques, X")."""
    stop = min(i + 9, len(ctx.lower))
    comma = next((k for k in range(i + 1, stop) if ctx.lower[k] in (",", ".", ";")), None)
    if ctx.lower[i : i + 1] != ["the"] or comma is None or ctx.lower[comma] != ",":
        return False
    if ctx.persons_in(i, comma) or ctx.trigger_tokens.intersection(range(i, comma)):
        return False
    return ctx.person_after_offices(comma + 1, min(comma + 6, len(ctx.lower))) is not None


def _past_venue(i: int, ctx: Context) -> int:
    """Past a time and a venue that a news agency's style puts before the object
    ("received today at Bayan Palace the visiting President ...", "received at Al-Yamamah
    Palace on Thursday President X")."""
    toks, k = tokens_of(ctx.doc), i
    for _ in range(3):
        if k < len(toks) and ctx.lower[k] in ("today", "yesterday", "here", "tonight"):
            k += 1
        elif k + 2 < len(toks) and ctx.lower[k] in ("at", "in"):
            j = k + 2 if ctx.lower[k + 1] == "the" else k + 1  # "at the Amiri Diwan"
            if not toks[j].text[:1].isupper() or ctx.person_at(j):
                break
            start = j
            while j < len(toks) and (toks[j].text[:1].isupper() or ctx.lower[j] in ("-", "al")):
                j += 1
            if j - start > 5 or any(ctx.person_at(x) for x in range(start, j)):
                return i
            k = j
        elif k + 1 < len(toks) and ctx.lower[k] == "on" and ctx.dates_in(k, k + 2):
            k += 2
        else:
            break
    return k


_GATHERINGS = {"meeting", "meetings", "summit", "session", "forum", "conference"}


def gathering_as_purpose(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "in Havana for the two-day meeting", "came to the summit", "on the margins of the
    meeting": a gathering named as where people went or as the occasion of other talks,
    not an encounter of the people the clause names (but "for a meeting with President X"
    is one)."""
    if ctx.lower[t] not in _GATHERINGS:
        return False
    comma = next((k for k in range(t + 2, min(t + 9, rng[1])) if ctx.lower[k] == ","), None)
    met = ctx.persons_in(t + 2, t + 7) or comma is not None and named_after_comma(comma, ctx)
    if ctx.lower[t + 1 : t + 2] in (["with"], ["between"]) and met:
        return False  # "flew to Accra for a meeting with President X" (or "with the leaders
        # of the EU, A and B"): an encounter
    k = t - 1
    while k > rng[0] and (ctx.lower[k] not in ("the", "a", "this", "next") and k > t - 4):
        k -= 1
    if ctx.lower[k] == "the" and ctx.lower[k - 1] == "of" and ctx.lower[k - 2] in FRINGES:
        return True  # "on the margins of the meeting, A held talks with B": the occasion
    return ctx.lower[k] in ("the", "a", "this", "next") and ctx.lower[k - 1] in ("for", "to")


_DISCUSSING = {"discussed", "discuss", "discusses", "discussing", "reviewed", "previewed"}
_DISCUSSING |= {"about", "preparations", "agenda"}  # "talked about", "preparations for"


def gathering_named(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the gathering at ``t`` is named as a purpose or a topic, or is hosted by a
    state, not an encounter of the clause's people."""
    return (
        gathering_as_purpose(t, rng, ctx)
        or gathering_as_topic(t, rng, ctx)
        or state_hosts(t, ctx)
        or summit_hosted_by(t, ctx)
    )


def gathering_as_topic(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "They discussed the NATO summit and the meeting of European leaders on 18 July",
    "talked about the summit": a gathering named as what was talked about, not an encounter
    of the talkers (but "discussed with X at a meeting", "discussed ... with X" are
    theirs)."""
    if ctx.lower[t] not in _GATHERINGS:
        return False
    for k in range(t - 1, max(rng[0], t - 10) - 1, -1):
        if ctx.lower[k] in _DISCUSSING:
            acts = [j for j in ctx.trigger_tokens if k < j < t and ctx.lower[j] not in _GATHERINGS]
            return "with" not in ctx.lower[k + 1 : t] and not acts  # "the summit and the
            # meeting of": topics both
        if ctx.lower[k] in (",", ";") or ctx.person_at(k):
            return False
    return False


_JOINING = {"joined", "join", "joins", "joining", "addressed", "address", "addresses"}
_JOINING |= {"attended", "attend", "attends", "attending", "participated", "part"}


def joined_a_gathering(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "joined the summit by video link", "addressed the forum via video link": the medium
    at ``t`` is how someone took part in a gathering."""
    before = ctx.lower[max(rng[0], t - 7) : t]
    if before[-1:] and before[-1] in _JOINING:
        return True  # "A and B attended, while C joined by video link": the gathering told
    gathering = [k for k, w in enumerate(before) if w in _GATHERINGS]
    return bool(gathering) and bool(_JOINING.intersection(before[: gathering[-1]]))


def urged(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "called on X to release ...": the person named after ``t_end`` is asked to act."""
    named = ctx.persons_in(t_end, min(rng[1], t_end + 5))
    if not named:
        return False
    k = named[0][1]
    said = next((j for j in range(k, min(rng[1], k + 10)) if ctx.lower[j] == "to"), None)
    if said is not None and _FROM_AFAR.intersection(ctx.lower[k:said]):
        k = said  # "called on X in a phone call on Monday to release ...": no visit to X
    return ctx.lower[k : k + 1] == ["to"] and not ctx.gaz_in(
        k + 1, min(rng[1], k + 3), ("PLACE", "COUNTRY", "CAPITAL", "SEAT")
    )


# what a request is made in from afar ("called on X in a phone call to ...")
_FROM_AFAR = {"call", "phone", "telephone", "statement", "letter", "message", "speech", "video"}


_BETWEEN_SUBJECT_AND_VERB = {"will", "would", "are", "were", "have", "had", "also", "later"}
_BETWEEN_SUBJECT_AND_VERB |= {"to", "due", "expected", "last", "briefly", "again", "be"}


_UNNAMED_PARTNERS = {"officials", "leaders", "ministers", "executives", "lawmakers"}
_UNNAMED_PARTNERS |= {"businessmen", "students", "representatives", "members", "envoys"}
_UNNAMED_PARTNERS |= {"diplomats", "counterparts", "investors", "delegates", "community"}
_UNNAMED_PARTNERS |= {"figures", "dissidents", "activists", "journalists", "entrepreneurs"}
_UNNAMED_PARTNERS |= {"families", "troops", "workers", "residents", "clerics", "veterans"}
_TRANSITIVE_MET = {"met", "meet", "meets"}
# words after "met" that show it takes no object of its own ("met as ministers", "met in")
_NO_OBJECT = {"as", "in", "at", "on", "for", "to", "with", "during", "after", "before", "by"}
_NO_OBJECT |= {"over", "from", "again", "twice", "briefly", "privately", "separately", "later"}


def with_unnamed(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "talks with alliance leaders", "A and B met opposition figures", "joined EU officials
    for talks": the ones met are named by a group noun only (and no one after it)."""
    if "with" in ctx.lower[t_end - 1 : t_end + 1]:  # "talks with", "a summit with" (its own)
        start = t_end + (ctx.lower[t_end] == "with")
        stop = next((k for k in range(start, rng[1]) if ctx.lower[k] in (",", ";", ".")), rng[1])
    elif ctx.lower[t_end - 1] in _TRANSITIVE_MET and _object_noun(t_end, ctx):
        start, stop = t_end, rng[1]  # "met business leaders": the verb's own object, named
        # nowhere in the clause ("meet other leaders, among them A and B" names them);
        # not "met as ministers in Geneva"
    elif "for" in ctx.lower[t_end - 3 : t_end - 1]:  # "joined EU officials for talks"
        group = next((k for k in range(rng[0], t_end) if ctx.lower[k] in _UNNAMED_PARTNERS), None)
        named = len(ctx.persons_in(rng[0], group)) if group is not None else 2  # only the subject
        return named < 2 and not ctx.persons_in(group, rng[1])
    else:
        return False
    words = ctx.lower[start : min(stop, start + 4)]
    named = ctx.persons_in(start, stop) or stop < rng[1] and named_after_comma(stop, ctx)
    return bool(_UNNAMED_PARTNERS.intersection(words)) and not named  # not "the EU's leaders, A"


def _object_noun(k: int, ctx: Context) -> bool:
    """Whether a group noun of :data:`_UNNAMED_PARTNERS` opens the words at ``k``, after
    at most two modifiers and no preposition ("business leaders", "opposition figures")."""
    for word in ctx.lower[k : k + 3]:
        if word in _UNNAMED_PARTNERS:
            return True
        if not word.isalpha() or word in _NO_OBJECT:
            return False
    return False


def time_with(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "spent about four hours with President X", "spent the afternoon with X", "spent
    most of Tuesday afternoon in Moscow with X"."""
    words = ctx.lower[t_end : min(rng[1], t_end + 8)]
    if "with" not in words or not TIME_NOUNS.intersection(words):
        return False
    k = t_end + words.index("with") + 1
    group = ctx.lower[k : min(rng[1], k + 5)]  # "with French leaders, including X"
    if "including" in group:
        return object_follows(k + group.index("including") + 1, ctx)
    return object_follows(k, ctx)


def after_time_with(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "After roughly an hour with President X, ...", "following 90 minutes with X": a
    time spent with someone, told as what came before (not "talked for an hour with X by
    phone", which its call tells)."""
    before = ctx.lower[max(rng[0], t - 5) : t]
    return bool({"after", "following"}.intersection(before)) and object_follows(t_end, ctx)


def discussed_with(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "discussed with President X the state of ...", "discussed bilateral matters with
    X": a "with" and a person within a few words of the verb; not "discussed trade", "the
    issues discussed with reporters"."""
    words = ctx.lower[t_end : min(rng[1], t_end + 6)]
    return "with" in words and object_follows(t_end + words.index("with") + 1, ctx)


def named_pair(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the two people before ``t`` are named, not "they" or "the two leaders"."""
    return all(
        tokens_of(ctx.doc)[s_].text[:1].isupper() and ctx.lower[s_] not in ("they", "the")
        or ctx.lower[s_] in ("he", "she")  # "he and President X agreed"
        for s_, _, _ in ctx.persons_in(rng[0], t)[-2:]
    )


def pair_before(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether two people joined by "and", or a pair told before ("The two leaders",
    "They"), are the subject right before ``t``."""
    k = t
    while k > rng[0] and ctx.lower[k - 1] in _BETWEEN_SUBJECT_AND_VERB:
        k -= 1  # "A and B will speak", "A and B have also spoken"
    named = ctx.persons_in(rng[0], t)
    if len(named) == 2 and named[0][:2] == named[1][:2] == (rng[0], k):
        return ctx.lower[rng[0]] in ("the", "they")  # "The two prime ministers last spoke"
    return (
        len(named) >= 2
        and named[-1][1] == k
        and "and" in ctx.lower[named[-2][1] : named[-1][0]]
        and len(coordinated(named, ctx)) >= 2
    )


def timed(t: int, ctx: Context) -> bool:
    """ "a 40-minute call", "their hour-long call": a call told by its length."""
    return t > 0 and (
        ctx.lower[t - 1].endswith(("-minute", "-hour", "-long")) or ctx.lower[t - 1] == "minute"
    )


def closed_asides(t: int, rng: tuple[int, int], ctx: Context) -> set[int]:
    """Tokens of the ", who ... ," asides of ``rng`` that close before the trigger ``t``:
    the people they name took part in the aside's act, not the main clause's ("X, who
    travelled with the president, held talks with Y")."""
    inside: set[int] = set()
    for k in range(rng[0] + 1, t):
        if ctx.lower[k] in ("who", "which") and ctx.lower[k - 1] == ",":
            end = next((j for j in range(k, rng[1]) if ctx.lower[j] == ","), rng[1])
            if end < t:
                inside.update(range(k, end))
    return inside


PASSIVE = {"was", "were", "is", "are", "be", "been", "being", "get", "got"}
_POSSESSIVES = {"'s", "’s", "'", "’"}


def possessor_only(t_end: int, ctx: Context) -> bool:
    """Whether the first person after the verb owns what it takes ("welcomed Putin's
    proposal"): the verb's object is a thing."""
    after = ctx.persons_in(t_end, t_end + 4)
    if not after or after[0][1] >= len(ctx.lower):
        return False
    start, end, _ = after[0]
    owner = ctx.lower[start] in ("his", "their") and end == start + 1
    if owner and ctx.lower[start - 1] in ("by", "with"):
        # "accompanied by his wife": the wife, no one the story names; not "his counterpart"
        # ("her" is as often the object: "telephoned her to ...")
        return not ctx.person_at(end) and not ctx.label[end]
    return ctx.lower[end] in _POSSESSIVES


def delegation_led_by(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "received a Ghanaian delegation led by Foreign Minister X": the one who leads the
    delegation received is the guest named."""
    words = ctx.lower[t_end : min(rng[1], t_end + 8)]
    if "delegation" not in words or {"from", "of", "to"}.intersection(
        words[: words.index("delegation")]
    ):
        return False  # not "received a report from a delegation led by X"
    k = t_end + words.index("delegation") + 1
    return ctx.lower[k : k + 2] in (["led", "by"], ["headed", "by"]) and bool(
        ctx.persons_in(k + 2, min(rng[1], k + 8))
    )


def during_a_trip(sent: Span, ctx: Context) -> bool:
    """Whether the sentence opens "During that trip" / "During the visit": a trip's frame
    places what it tells."""
    words = ctx.lower[sent.start : sent.start + 5]
    return words[:1] == ["during"] and bool(ctx.lex.trip_nouns.intersection(words[1:]))
