"""Visits: who travels where and when.

"X arrived in Kyiv", "X's visit to Greece", "the first visit to Peru by a Danish prime
minister since Karen Holm in 1999", "He had come to Ethiopia from Egypt", "Among those
attending are A, B and C": the visitors, the destination (the first city named for a
country; a visit at home is no visit) and the date of each.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import (
    Context,
    again_dates,
    clauses,
    country_of,
    dateline_site,
    here,
    location,
    make_event,
    nearest_date,
    occasion,
    pick_date,
    places,
    status_of,
    where_place,
)

__all__ = ["visit_events", "coordinated", "GUESTS", "names_a_group", "presence_asides"]

_GLUE = {",", "and", "'s", "’s", "former", "&"}
_POSSESSED_GAP = {
    "first",
    "last",
    "second",
    "third",
    "state",
    "official",
    "two-day",
    "three-day",
    "planned",
    "surprise",
    "recent",
    "own",
    "latest",
    "previous",
    "next",
    "maiden",
    "upcoming",
    "foreign",
    "overseas",
    "trip",
    "visit",
    "bilateral",
    "whirlwind",
}


def coordinated(persons: list[tuple[int, int, str]], ctx: Context) -> list[str]:
    """The last person and those joined to them by "," / "and" (and their offices)."""
    if not persons:
        return []
    group = [persons[-1]]
    for p in reversed(persons[:-1]):
        if _glued(range(p[1], group[-1][0]), ctx):
            group.append(p)
        else:
            break
    return [k for _, _, k in reversed(group)]


def _glued(gap: range, ctx: Context) -> bool:
    """Whether the words between two names join them in a list: commas, "and", offices,
    nationalities, and a relative aside of the first ("A, who arrived on Sunday, B and C")."""
    words = ctx.lower[gap.start : gap.stop]
    if words[:2] in ([",", "who"], [",", "whose"]):
        close = next((k for k in range(2, len(words)) if words[k] == ","), None)
        if close is None or close > 14:
            return False
        gap = range(gap.start + close, gap.stop)
    return all(
        ctx.lower[i] in _GLUE or ctx.label[i] in ("TITLE", "DEMONYM", "COUNTRY") for i in gap
    )


def _apposition(gap: range, ctx: Context) -> int | None:
    """Where a short aside (", the current chairman of the African Union,") that opens the
    gap between two names ends, if the gap has one."""
    words = ctx.lower[gap.start : gap.stop]
    if len(words) < 4 or len(words) > 14 or words[:2] not in ([",", "the"], [",", "a"]):
        return None
    close = next((k for k in range(2, len(words)) if words[k] == ","), None)
    if close is None or _CLAUSE_WORDS.intersection(words[2:close]):
        return None
    return gap.start + close


_CLAUSE_WORDS = {"who", "which", "that", "said", "says", "is", "was", "were", "are", "will"}


def _coordinated_forward(persons: list[tuple[int, int, str]], ctx: Context) -> list[str]:
    """The first person and those joined after them by "," / "and"."""
    if not persons:
        return []
    group = [persons[0]]
    for p in persons[1:]:
        gap = range(group[-1][1], p[0])
        aside = _apposition(gap, ctx)
        if aside:
            gap = range(aside, p[0])  # "A, the chairman of the AU, and B": past the aside
        if all(
            ctx.lower[i] in _GLUE or ctx.label[i] in ("TITLE", "DEMONYM", "COUNTRY") for i in gap
        ):
            group.append(p)
        else:
            break
    return list(dict.fromkeys(k for _, _, k in group))


_PRONOUNS = {"he", "she", "his", "her", "him", "they", "their", "them", "it", "its"}
_LIST_VERBS = {"are", "include", "included", "were", "including", "is", "was"}
_GROUP_SUBJECTS = {"delegation", "leaders", "delegations", "visitors", "mission", "group"}
GUESTS = {"visiting", "delegation", "visitors", "guests", "delegations"}


def classify_ahead(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether a clause tells of something still ahead ("is due to", "will")."""
    words = ctx.lower[rng[0] : rng[1]]
    return bool({"will", "due", "expected", "scheduled"}.intersection(words))


def _for_summit(sent: Span, ctx: Context) -> bool:
    """ "to Japan for the G7", "for the summit": travel to the story's summit."""
    if occasion(sent, ctx) is not None:
        return True
    return any(
        ctx.lower[g.start - 2 : g.start] in (["for", "the"], ["at", "the"])
        for g in ctx.gaz_in(sent.start, sent.end, ("ORG",))
    )


def _object(p: tuple[int, int, str], ctx: Context) -> bool:
    """Whether a person mention is the object of a verb or preposition ("meet President X")."""
    k = p[0] - 1
    while k > 0 and ctx.label[k] in ("TITLE", "DEMONYM", "COUNTRY"):
        k -= 1
    return k >= 0 and (
        ctx.lower[k] in ("with", "to", "by", "of", "from", "for") or k in ctx.trigger_tokens
    )


def _visitors(t: int, rng: tuple[int, int], ctx: Context, speakers: set[str]) -> list[str]:
    """Who travels: "X's visit", "visit by X", or the subjects before the trigger."""
    before = [p for p in ctx.persons_in(rng[0], t) if p[0] not in speakers]
    if before:  # "Modi's first visit": the possessor only
        s, e, key = before[-1]
        if (
            e < t
            and ctx.lower[e] in ("'s", "’s")
            and all(w in _POSSESSED_GAP for w in ctx.lower[e + 1 : t])
        ):
            return [key]
        if ctx.lower[s] in ("his", "her") and all(w in _POSSESSED_GAP for w in ctx.lower[e:t]):
            named = [
                p for p in before[:-1] if ctx.lower[p[0]] not in _PRONOUNS and not _object(p, ctx)
            ]
            if named:  # "Scholz also made Paris his first foreign trip": the subject's
                return [named[-1][2]]
    for s, _e, _key in ctx.persons_in(t, min(rng[1], t + 8)):
        k = s - 1
        while k > t and (ctx.label[k] or ctx.lower[k] in ("'s", "’s")):
            k -= 1  # "attended by Chinese Premier Li Qiang": offices between
        if k > 0 and ctx.lower[k] == "by":
            after = [p for p in ctx.persons_in(s, rng[1]) if p[0] not in speakers]
            return _coordinated_forward(after, ctx)  # "attended by Li Qiang and Mikhail Mishustin"
    verb = next((i for i in range(t + 1, min(rng[1], t + 7)) if ctx.lower[i] in _LIST_VERBS), None)
    if not before and ctx.lower[t].endswith("ing") and verb is not None:  # "Also arriving were"
        end = ctx.sentence_of(t)[1]  # "Among those attending (the summit) are A, B and C"
        return list(dict.fromkeys(k for _, _, k in ctx.persons_in(verb + 1, end)))
    if ctx.lower[rng[0]] == "since" and ctx.person_at(rng[0] + 1):
        return [
            k for s, _, k in ctx.persons_in(rng[0] + 1, rng[0] + 2)
        ]  # "since Theresa May visited Beijing"
    if not before and _GROUP_SUBJECTS.intersection(ctx.lower[rng[0] : t]):
        for i in range(t, rng[1]):  # "The delegation, which arrived in X, included A, B and C"
            if ctx.lower[i] in ("included", "includes", "including", "comprised", "were"):
                return _coordinated_forward(ctx.persons_in(i + 1, rng[1]), ctx)
    subjects = [
        p for p in before if _governing_word(p, ctx) not in _NOT_SUBJECT and not _object(p, ctx)
    ]  # "X met Y ..., completing a tour": X travels, not the one met
    if subjects and "that" in ctx.lower[subjects[-1][1] : t]:
        subjects = []  # "the leaders agreed that an Indian team would visit": not the leaders
    found = _before_aside(subjects, t, ctx) or coordinated(subjects, ctx)
    if not found and ctx.lower[rng[0]] == "who" and ctx.persons_in(rng[0] - 3, rng[0]):
        return [ctx.persons_in(rng[0] - 3, rng[0])[-1][2]]  # "Gough Whitlam, who ... visited"
    if not found and not ctx.persons_in(rng[0], t) and rng[0] > ctx.sentence_of(t)[0]:
        # "Blinken, the first ... since Pompeo in 2018, arrived on Sunday": the sentence subject
        first = [p for p in ctx.persons_in(ctx.sentence_of(t)[0], rng[0]) if p[0] not in speakers]
        found = [first[0][2]] if first else []
    for i in range(
        t, rng[1] - 2
    ):  # "..., along with Sri Lanka's President Ranil Wickremesinghe and ..."
        if ctx.lower[i] == "along" and ctx.lower[i + 1] == "with":
            found += [k for _, _, k in ctx.persons_in(i + 2, rng[1]) if k not in found]
            break
        if ctx.lower[i] == "alongside" and ctx.lower[t].startswith("attend"):
            # "one of four leaders attending, alongside A, B and C": they attend too
            found += [
                k
                for k in _coordinated_forward(ctx.persons_in(i + 1, rng[1]), ctx)
                if k not in found
            ]
            break
    return found


def _before_aside(subjects: list[tuple[int, int, str]], t: int, ctx: Context) -> list[str]:
    """ "Sheinbaum, invited as a guest of the host, Prime Minister Carney, still took part":
    the subject before an aside set off by commas, not the people named inside it."""
    if len(subjects) < 2:
        return []
    s0, e0, key = subjects[0]
    if ctx.lower[e0 : e0 + 1] != [","] or not ctx.lower[e0 + 1 : e0 + 2]:
        return []
    if ctx.lower[e0 + 1] in _GLUE or not ctx.lower[e0 + 1].isalpha():
        return []  # "A, B and C visited": a list
    if ctx.label[e0 + 1] or ctx.person_at(e0 + 1):
        return []
    close = max((i for i in range(e0 + 1, t) if ctx.lower[i] == ","), default=None)
    if close is None or any(s >= close for s, _, _ in subjects):
        return []
    return [key]


_NOT_SUBJECT = {"with", "to", "by", "from", "of", "for", "since", "than"}


def _governing_word(p: tuple[int, int, str], ctx: Context) -> str:
    """The word before a person's name and the office words that lead it ("talks with
    Norwegian Prime Minister Lars Berg": "with")."""
    k = p[0] - 1
    while k > 0 and ctx.label[k] in ("TITLE", "DEMONYM", "COUNTRY"):
        k -= 1
    return ctx.lower[k] if k >= 0 else ""


def _since_visitors(sent: Span, ctx: Context, speakers: set[int]) -> list[tuple[str, int]]:
    """ "the first visit to X by ... since Indira Gandhi in 1983": (person, token) pairs."""
    out = []
    for s, e, key in ctx.persons_in(sent.start, sent.end):
        if s > sent.start and ctx.lower[s - 1] == "since":
            out.append((key, e))
    return out


# verbs of arriving: with no destination, one arrives where the story is
_ARRIVALS = {
    "arrived",
    "arrives",
    "arrive",
    "came",
    "come",
    "comes",
    "flew",
    "travelled",
    "traveled",
}
# verbs of arriving: with no destination told, one arrives where the story is
ARRIVALS = {"arrived", "arrives", "arriving", "arrival", "landed", "lands", "landing"}
ARRIVALS |= {"touched", "flew", "came", "reached"}


def _origin_visits(t, t_end, visitors, sent, ctx, status) -> list[Event]:
    """ "He had come to Ethiopia from Egypt, where he held talks": he was in Egypt before."""
    if status != "occurred" or ctx.lower[t] not in _ARRIVALS:
        return []
    out = []
    for g in ctx.gaz_in(t_end, min(sent.end, t_end + 8), ("PLACE", "COUNTRY", "CAPITAL")):
        if ctx.lower[g.start - 1] == "from" or ctx.lower[g.start - 2 : g.start] == ["from", "the"]:
            place, country = location([g], ctx.lex)
            where = next(
                (r for r in clauses(sent, ctx) if r[0] == g.end + 1 and ctx.lower[r[0]] == "where"),
                None,
            )
            if where and place is None:  # "from the UAE, where he spoke in Dubai": Dubai
                city = [p for p in ctx.gaz_in(*where, ("PLACE",)) if p.kb_id_ == country]
                place = city[0].text if city else None
            date = pick_date(where[0], where, sent, ctx, False) if where else None
            for key in visitors:
                if country_of(key, ctx) not in (None, country):
                    out.append(past_visit(key, t, t_end, sent, ctx, date, (place, country)))
            break
    return out


_REMOTE = {"video", "videolink", "virtually", "remotely", "online", "videoconference"}
_STARTING = {"begin", "begins", "beginning", "start", "starts", "starting", "began", "started"}


_GROUP_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
_PEOPLE_NOUNS = {
    "leaders",
    "backers",
    "allies",
    "ministers",
    "presidents",
    "premiers",
    "officials",
    "heads",
    "envoys",
    "counterparts",
    "statesmen",
}


def names_a_group(sent: Span, ctx: Context) -> bool:
    """Whether a sentence speaks of a number of unnamed people ("two of Kyiv's backers")."""
    words = set(ctx.lower[sent.start : sent.end])
    return bool(words & _GROUP_NUMBERS.keys() and words & _PEOPLE_NOUNS)


def _named_next(t: int, rng: tuple[int, int], sent: Span, ctx: Context) -> list[str]:
    """ "two of Kyiv's most important backers had gone to Washington": the people the next
    sentence opens with, when it names as many as the number given."""
    words = ctx.lower[rng[0] : t]
    n = next((_GROUP_NUMBERS[w] for w in words if w in _GROUP_NUMBERS), None)
    if n is None or not _PEOPLE_NOUNS.intersection(words) or ctx.persons_in(rng[0], t):
        return []
    nxt = sent.end
    if nxt >= len(ctx.doc):
        return []
    lo, hi = ctx.sentence_of(nxt)
    opening = [p for p in ctx.persons_in(lo, hi) if p[0] < lo + 12]
    group = _coordinated_forward(opening, ctx)
    return group if len(group) == n and opening and opening[0][0] <= lo + 4 else []


def _arrived_at_dateline(t: int, rng: tuple[int, int], sent: Span, ctx: Context) -> list:
    """ "Sunak, who landed this morning, said ...": a current arrival with no destination,
    in a story filed from a city, is an arrival in that city (not where an earlier
    sentence of the paragraph sent someone)."""
    m = nearest_date(t, rng[0], rng[1], ctx)
    if m is not None:
        if not ctx.is_current(m.value(False), days=3):
            return []
    elif ctx.last_destination(sent):
        return []
    return dateline_site(ctx, t)


def past_visit(key, t, t_end, sent, ctx, date, where) -> Event:
    """A visit by ``key`` that happened, to ``where`` (place, country), read from ``sent``."""
    place, country = where
    return make_event(
        "visit",
        t,
        t_end,
        sent,
        ctx,
        "occurred",
        date,
        place,
        country,
        None,
        visitor=key,
        participants=[key],
    )


def _first_leg(t, t_end, visitors, sent, ctx) -> list[Event]:
    """ "held talks in Berlin on Wednesday, on the first leg of a European tour": the
    city the sentence told before is where the tour began, that day."""
    words = ctx.lower[max(sent.start, t - 7) : t]
    if "leg" not in words or "first" not in words:
        return []
    cut = t - len(words) + words.index("leg")
    spans = [
        g
        for g in places((sent.start, cut), t, ctx, after_only=False)
        if g.label_ == "PLACE" and ctx.lower[g.start - 1] in ("in", "at")
    ][:1]
    m = nearest_date(spans[0].start, spans[0].end, cut, ctx) if spans else None
    if not spans or m is None:
        return []
    place, country = location(spans, ctx.lex)
    return [
        past_visit(key, t, t_end, sent, ctx, m.value(False), (place, country))
        for key in visitors
        if country_of(key, ctx) not in (None, country)
    ]


def _named_after_was(t: int, rng: tuple[int, int], ctx: Context) -> list[str]:
    """ "The last Pakistani foreign minister to visit India was Hina Rabbani Khar": the
    person the sentence names as the one who made the visit."""
    if ctx.lower[t - 1 : t] != ["to"] or not {"last", "first"} & set(ctx.lower[rng[0] : t]):
        return []
    for i in range(t + 1, min(rng[1], t + 8)):
        if ctx.lower[i] == "was" and ctx.person_at(i + 1):
            return [k for s, _, k in ctx.persons_in(i + 1, i + 2)]
    return []


def _chained(last: Span, later: list[Span], ctx: Context) -> list[Span]:
    """Places joined to ``last`` by "and" within a few words, with no event word between."""
    out = []
    for g in later:
        gap = range(last.end, g.start)
        if len(gap) > 8 or "and" not in ctx.lower[gap.start : gap.stop]:
            break
        if ctx.trigger_tokens.intersection(gap) or any(ctx.person_at(i) for i in gap):
            break
        out.append(g)
        last = g
    return out


_EXPECTED = {"expected", "due", "scheduled", "set"}


def _cities_where(dests: list, rng: tuple[int, int], sent: Span, ctx: Context) -> list[Span]:
    """ "for Uganda, where Museveni will receive him in Kampala": a city of a destination
    country named in the where-clause that follows it."""
    countries = {g.kb_id_ for g in dests if g.label_ == "COUNTRY"}
    if not countries or any(g.label_ != "COUNTRY" for g in dests):
        return []
    where = next((r for r in clauses(sent, ctx) if r[0] == rng[1]), None)
    if where is None or ctx.lower[where[0]] != "where":
        return []
    return [
        g
        for g in ctx.gaz_in(where[0], where[1], ("PLACE",))
        if g.kb_id_ in countries and ctx.lower[g.start - 1] in ("in", "at")
    ][:1]


def _bound_for(t_end: int, rng: tuple[int, int], ctx: Context) -> list[Span]:
    """ "leaves Accra this morning for Uganda", "left Riyadh for Doha": the place a
    departure is for (and places chained to it by "and")."""
    after = ctx.gaz_in(t_end, rng[1], ("PLACE", "COUNTRY", "CAPITAL"))
    for n, g in enumerate(after):
        k = g.start - 1
        if ctx.lower[k] == "the":
            k -= 1
        if ctx.lower[k] == "for":
            return [g] + _chained(g, after[n + 1 :], ctx)
    return []


def _represented_by(t: int, t_end: int, ctx: Context) -> bool:
    """ "Russia is represented by its foreign minister" in a story about a summit."""
    return ctx.lower[t] == "represented" and ctx.lower[t_end : t_end + 1] == ["by"]


def visit_events(t, t_end, rng, sent, ctx, status, speakers, needs="") -> list[Event]:
    attending = ctx.lower[t].startswith("attend") or needs == "attend"  # "took part in"
    representing = attending or ctx.lower[t].startswith("represent") or needs == "delegation"
    if needs == "delegation" and "delegation" not in ctx.lower[t_end : t_end + 5]:
        return []  # "lead the Chinese delegation", not "lead the talks"
    if (
        representing
        and "summit" not in ctx.lower[sent.start : sent.end]
        and not attending
        and not (
            (_represented_by(t, t_end, ctx) or needs == "delegation")
            and "summit" in ctx.lower[: sent.start]
        )  # "Russia is represented by Lavrov", "Lavrov leads the delegation": the story's
    ):
        return []  # "represent Moscow at the summit"; not "represents a shift"
    if attending and _REMOTE.intersection(ctx.lower[t_end : min(rng[1], t_end + 10)]):
        return []  # "would take part in the summit by video link": no travel
    visitors = _visitors(t, rng, ctx, speakers) or _named_after_was(t, rng, ctx)
    undated = False
    if not visitors:  # "two of Kyiv's backers had gone to Washington. Macron and Starmer ..."
        visitors = _named_next(t, rng, sent, ctx)
        undated = bool(visitors)  # their days are those of what the next sentence tells
    if not visitors and not _since_visitors(sent, ctx, speakers):
        return []
    if needs == "place_next" and _bound_for(t_end, rng, ctx):  # "left Riyadh for Doha"
        onward = visit_events(t, t_end, rng, sent, ctx, status, speakers, "departure")
        return onward + visit_events(
            t,
            t_end,
            (rng[0], _bound_for(t_end, rng, ctx)[0].start - 1),
            sent,
            ctx,
            status,
            speakers,
            "origin",
        )
    reach = 2 if needs in ("place_next", "origin") else 10  # "left Riyadh", not "left office
    after = places(rng, t, ctx, after_only=True)  # to ... in Riyadh"
    dests = [g for g in after if g.start - t_end <= reach]
    if needs == "departure":  # "leaves Accra this morning for Uganda": where it goes
        dests = _bound_for(t_end, rng, ctx)
        if not dests:
            return []
    if needs == "origin":
        needs = "place_next"
    if needs == "presence":  # "were among the leaders in Havana": where they were
        dests = [g for g in dests if ctx.lower[g.start - 1] in ("in", "at")]
        if _EXPECTED.intersection(ctx.lower[t : t_end + 4]) and status == "occurred":
            status = "planned"  # "are among those expected to attend", "are due in Oslo"
    if dests and needs != "place_next":  # "to the summit in Lima, Peru, and the G20 in Rio"
        dests += _chained(dests[-1], [g for g in after if g.start > dests[-1].end], ctx)
    if needs == "place_next":  # "left Riyadh", "left the White House": he had been there
        dests = (
            dests
            or [
                g
                for g in ctx.gaz_in(
                    t_end, min(rng[1], t_end + 2), ("PLACE", "COUNTRY", "CAPITAL", "SEAT")
                )
                if g.start == t_end or ctx.lower[t_end] == "the"
            ][:1]
        )
        if not dests:
            return []
    if not dests and needs != "place_next":  # "Budapest, where Xi will arrive on Wednesday"
        dests = where_place(rng, ctx)
    if not dests:  # "his Kyiv visit", "made Paris his first foreign trip"
        dests = [g for g in places(rng, t, ctx, after_only=False) if g.start < t][-1:]
    summit_date = None
    if needs == "delegation" or ctx.lower[t].startswith("represent"):
        # "represent Moscow": an actor; "at the summit in Delhi": the place
        dests = [g for g in dests if g.label_ == "PLACE" and ctx.lower[g.start - 1] in ("in", "at")]
    if not dests and ctx.lower[t] in ARRIVALS and _for_summit(sent, ctx):
        representing = True  # "Also arriving for the summit were ...": the summit's city
    if not dests and representing:  # "expected to attend": the summit's city
        dests = ctx.summit_place(sent)
        if dests:
            m = nearest_date(dests[0].start, *ctx.sentence_of(dests[0].start), ctx)
            if dests[0].start >= sent.end:
                m = None  # a city named only later: its sentence's date is another event's
            own = nearest_date(t, sent.start, sent.end, ctx)
            if own is not None and len(own.value(status != "occurred") or "") == 10:
                m = own  # "Wednesday's session was attended by A": the day of its own sentence
            day = ctx.summit_date()  # a day named for the summit elsewhere is more precise
            ahead = status != "occurred"
            if day is not None and own is None and not sent.start <= dests[0].start < sent.end:
                m = day  # the city's sentence tells another event's day; the summit's wins
            if m is None or (
                day is not None and (day.value(ahead) or "").startswith(m.value(ahead) or "-")
            ):
                m = day or m
            summit_date = m.value(ahead) if m else None
            if summit_date is None and dests[0].start >= sent.end:
                summit_date = ctx.lead_date(ahead)  # "Lula is attending the summit": today's
    if not dests:  # "arrived here Tuesday": the dateline's city
        dests = here(rng, ctx)
    if not dests and status == "occurred" and ctx.lower[t] in ARRIVALS:
        dests = _arrived_at_dateline(t, rng, sent, ctx)
    if not dests:  # "the last was Indira Gandhi, who visited in 1981": the visit just reported
        # "Sanchez, who arrived on Thursday, ...": an arrival goes where the story is
        dests = ctx.last_destination(
            sent, anywhere=ctx.lower[t] in _ARRIVALS and status == "occurred"
        )
    dests = dests + _cities_where(dests, rng, sent, ctx)
    ctx.destinations.extend(dests[:1])
    by_country: dict[str, list[Span]] = {}
    for g in dests:
        by_country.setdefault(g.kb_id_, []).append(g)
    date = summit_date or pick_date(
        t, rng, sent, ctx, status != "occurred", lead=status == "occurred" and not undated
    )
    if (
        not summit_date
        and "first" in ctx.lower[rng[0] : t]
        and "since" in ctx.lower[t_end : rng[1]]
        and nearest_date(t, rng[0], rng[1], ctx) is None
        and ctx.lead_date(status != "occurred")
    ):  # "It was his first visit to the US since 2015": the visit the story reports
        date = ctx.lead_date(status != "occurred")
    if not summit_date and nearest_date(t, rng[0], rng[1], ctx) is None:
        where = next((r for r in clauses(sent, ctx) if r[0] == rng[1]), None)
        if (
            where
            and ctx.lower[where[0]] == "where"
            and ctx.lower[where[0] - 1] == ","
            and any(g.end == where[0] - 1 for g in dests)  # the destination, not an origin
        ):
            m = nearest_date(where[0], where[0], where[1], ctx)
            if m is not None:  # "flew on to London, where Starmer will receive him on
                date = m.value(classify_ahead(where, ctx))  # Saturday": there by then
    if (
        not summit_date
        and not ctx.dates_in(sent.start, sent.end)
        and _for_summit(sent, ctx)
        and ctx.summit_date() is not None
    ):  # "Biden still intends to travel to Japan for the G7": the summit's day
        date = ctx.summit_date().value(status != "occurred")
    if date is None or ctx.is_current(date):
        ctx.current_destinations.extend(dests[:1])
    out = []
    starts = _STARTING.intersection(ctx.lower[t_end : rng[1]])
    repeats = again_dates(t_end, rng[1], ctx, status != "occurred")  # "and again in 2024"
    for n, spans in enumerate(list(by_country.values())[:4]):
        place, country = location(spans, ctx.lex)
        if n == 1 and starts:
            date = None  # "a trip to Germany and Angola due to begin on Thursday": the first leg's
        between = ctx.lower[t_end : min(spans[0].start, sent.end)]  # a later sentence's tense
        if status == "occurred" and any(w in ("will", "then", "later", "next") for w in between):
            status, date = "planned", None  # "a tour that will also take him to Serbia"
        for key in visitors:
            if country_of(key, ctx) == country:
                continue  # travel at home is no visit
            out.extend(
                make_event(
                    "visit",
                    t,
                    t_end,
                    sent,
                    ctx,
                    status,
                    day,
                    place,
                    country,
                    occasion(sent, ctx),
                    visitor=key,
                    participants=[key],
                )
                for day in repeats or [date]
            )
    if "last" in ctx.lower[t:t_end] or "previous" in ctx.lower[max(rng[0], t - 2) : t]:
        for ev in out:
            ev.earlier = True  # "was last in Kyiv": a trip before the one the story tells
    out += _origin_visits(t, t_end, visitors, sent, ctx, status)
    out += _first_leg(t, t_end, visitors, sent, ctx)
    if by_country:
        place, country = location(next(iter(by_country.values())), ctx.lex)
        for key, end in _since_visitors(sent, ctx, speakers):
            m = nearest_date(end, end, end + 6, ctx)
            if key not in visitors and m is not None and country_of(key, ctx) != country:
                out.append(past_visit(key, t, t_end, sent, ctx, m.value(False), (None, country)))
    return out


_PURPOSE_AFTER = {"for", "to", "on", ","}


def presence_asides(sent: Span, ctx: Context) -> list[Event]:
    """ "Blinken, in Beijing for talks with Xi, said ...": an aside that puts a named
    person in a place abroad for a purpose is a visit there, at the sentence's date."""
    out = []
    for _s, e, key in ctx.persons_in(sent.start, sent.end):
        if e + 3 >= sent.end or ctx.lower[e] != "," or ctx.lower[e + 1] != "in":
            continue
        where = [g for g in ctx.gaz_in(e + 2, e + 3, ("PLACE", "COUNTRY", "CAPITAL"))]
        if not where or where[0].end >= sent.end or ctx.lower[where[0].end] not in _PURPOSE_AFTER:
            continue
        place, country = location(where, ctx.lex)
        if country is None or country_of(key, ctx) in (None, country):
            continue  # at home, or a person whose country the story does not tell
        status = status_of(e + 1, e + 2, (sent.start, sent.end), ctx)
        if status is None:
            continue
        date = pick_date(e + 1, (sent.start, sent.end), sent, ctx, status != "occurred")
        out.append(
            make_event(
                "visit",
                e + 1,
                e + 2,
                sent,
                ctx,
                status,
                date,
                place,
                country,
                None,
                visitor=key,
                participants=[key],
            )
        )
    return out
