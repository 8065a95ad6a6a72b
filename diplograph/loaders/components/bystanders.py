"""Who is named in a sentence without taking part in its event.

People who only report ("..., Kwatra said"), are named in passing ("the father of the
ousted Bashar al-Assad"), are honoured ("laid a wreath at the memorial to X"), only sent
someone or something ("X's envoy", "a letter from President X", "a delegation sent by X")
or are what was talked about ("averted Trump's tariffs"). A helper of :mod:`.arguments`,
which re-exports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .name_lists import past_styles
from .pronouns import OBJECT, SUBJECT
from .tokenizer import texts_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["ASKED", "SPEAKING", "bystanders", "denied", "honoured"]

SPEAKING = {
    "said",
    "says",
    "added",
    "stressed",
    "noted",
    "announced",
    "wrote",
    "posted",
    "according",
    "told",
    "tells",
    "recalled",
    "confirmed",
    "explained",
    "warned",
    "insisted",
    "argued",
}


# an occasion that ends a fronted phrase: a name right after it opens the clause
_OCCASIONS = {"summit", "meeting", "conference", "forum", "session", "talks", "visit", "trip"}
_MEMORIALS = {"memorial", "monument", "mausoleum", "tomb", "grave", "statue", "bust"}
_MEALS = {"banquet", "dinner", "lunch", "luncheon", "breakfast", "reception", "gala"}
_MEMORIALS |= {"shrine", "cenotaph", "museum", "wreath", "portrait", "honour", "honor"}


def honoured(lowers: list[str], s: int, start: int) -> bool:
    """Whether the name at ``s`` is one a memorial honours ("laid a wreath at the monument to
    the independence hero X"): not met; but "a banquet in honour of X": X was the guest.
    ``start``: where the sentence starts. Not past a comma: "After touring the museum,
    X met Y" names X as the one who toured it."""
    before = lowers[max(start, s - 6) : s]
    before = before[len(before) - before[::-1].index(",") :] if "," in before else before
    return bool(_MEMORIALS.intersection(before)) and not (
        _MEALS.intersection(lowers[max(start, s - 8) : s])
    )


def _according_to(s: int, start: int, ctx: Context) -> bool:
    """Whether "according to" stands before the name at ``s`` and the office words that
    lead it ("According to State House Spokesperson Manoah Esipisu, ...")."""
    k = s - 1
    while k > start and (ctx.label[k] or texts_of(ctx.doc)[k][:1].isupper()):
        k -= 1
    return ctx.lower[k - 1 : k + 1] == ["according", "to"]


def _trip_of(s: int, start: int, ctx: Context) -> bool:
    """Whether the name at ``s`` follows "<trip word> of", past "the late", offices and
    forms of address ("the visit of the late Shri X")."""
    k = past_styles(s - 1, start + 1, ctx, step=-1)
    return ctx.lower[k] == "of" and ctx.lower[k - 1] in ctx.lex.trip_words


def bystanders(start: int, end: int, ctx: Context) -> set[int]:
    """Mentions (by start token) of people who only report ("..., Kwatra said") or are
    named in passing ("the father of the ousted Bashar al-Assad")."""
    out = set()
    for s, e, _key in ctx.persons_in(start, end):
        if s > start and ctx.lower[s - 1] == "since":
            out.add(s)  # "the first visit since Mike Pompeo": a predecessor, not a participant
        window = texts_of(ctx.doc)[max(start, s - 3) : s]
        if (
            "of" in window
            and all(w.islower() for w in window[window.index("of") :])
            and not {"state", "government"}.intersection(window)  # "head of state X"
            and ctx.lower[s - 1] not in _OCCASIONS  # "On the margins of the summit X held
            # talks": no comma closes the fronted phrase; X begins the clause
            and ctx.lower[e : e + 1] not in (["'s"], ["’s"])  # "the main day of Xi's visit"
            and ctx.lower[s] not in ("his", "her", "their")  # "the first day of his visit"
            and ctx.lower[s] not in SUBJECT  # "On April 21 of that year he and X
            # travelled": no "of" governs a subject pronoun
            and not _trip_of(s, start, ctx)  # "the visit of the President to Italy", "the
            # visit of the late X in 1988": the visitor
        ):
            out.add(s)
        if honoured(ctx.lower, s, start) or _denied(s, start, ctx) or _passed_by(s, start, ctx):
            out.add(s)
        if _sent_by(s, start, ctx) or _proxy_of(e, ctx) or _kin_of(s, start, ctx):
            out.add(s)  # "delivered a message from President X", "met X's envoy": X was not there
        after = ctx.lower[e : e + 2]
        before = ctx.lower[max(start, s - 2) : s]
        if _after_own_talks(e, ctx):
            continue  # "X said after meeting Y that ...": X speaks of talks X held
        if (
            (after and after[0] in SPEAKING and after[0] != "told")
            or _speaks_after_adverbial(e, ctx)  # "Zelensky at the time said", "X later said"
            or after[:1] == ["told"] and ctx.lower[e + 1 : e + 2] in ([w] for w in _AUDIENCES)
            or "according" in before
            or _according_to(s, start, ctx)  # "According to State House Spokesperson X,"
            or (  # "Briefing reporters, the Secretary (East), Amar Sinha, said ...": an
                ctx.lower[s - 1] == ","  # apposed speaker, set off by commas
                and after[:1] == [","]
                and ctx.lower[e + 1 : e + 2] in (["said"], ["says"], ["told"], ["added"])
            )
            or _what_they_called(s, e, start, ctx)  # "in what the spokesman, X,
            # described as a private conversation"
            or _apposed_office_speaks(e, end, ctx)  # "Raveesh Kumar, Spokesperson of the
            # Ministry of External Affairs, said that X had reached India"
            or (
                before
                and before[-1] in ("said", "says", "told")
                and ctx.lower[e : e + 1] in ([], [","], ["."], ["on"], ["in"], ["at"], [";"])
                and not (before[-1] == "told" and ctx.lower[s] in OBJECT)
            )  # "..., said Kwatra on Friday"; not "Leavitt says Trump and Sharaa met", nor
            # "told her in a phone call" (the one told)
        ):
            out.add(s)
    return out


_NAMING_VERBS = {"described", "called", "termed", "dubbed", "characterised", "characterized"}


def _what_they_called(s: int, e: int, start: int, ctx: Context) -> bool:
    """Whether the name [s, e) names what an event is called ("in what the Vatican
    spokesman, X, described as a private conversation", "what X called a frank exchange"):
    one who speaks of it."""
    after = ctx.lower[e + (ctx.lower[e : e + 1] == [","]) : e + 2]
    return bool(after) and after[0] in _NAMING_VERBS and "what" in ctx.lower[max(start, s - 8) : s]


_ADVERBIAL = {"at", "the", "time", "later", "earlier", "also", "then", "on", "in", "a",
              "statement", "recently", "had", "has", "previously", "once"}


def _speaks_after_adverbial(e: int, ctx: Context) -> bool:
    """Whether a verb of saying follows the name ending at ``e`` after a few words of time
    ("Zelensky at the time said", "X later said", "Y on Monday said"): a speaker."""
    for k in range(e, min(e + 5, len(ctx.lower))):
        if ctx.lower[k] in SPEAKING and ctx.lower[k] != "told":
            return k > e
        if ctx.lower[k] not in _ADVERBIAL and not ctx.dates_in(k, k + 1):
            return False
    return False


_DENIALS = (["not"], ["not", "by"], ["not", "with"], ["rather", "than"], ["instead", "of"])


def _denied(s: int, start: int, ctx: Context) -> bool:
    """Whether the name at ``s`` (after any office words) is denied a part ("Foreign
    Minister X, not President Y, was on the tarmac", "received by X rather than Y")."""
    k = s
    while k > start and ctx.label[k - 1] in ("TITLE", "DEMONYM"):
        k -= 1
    return denied(ctx.lower, k, start)


def _passed_by(s: int, start: int, ctx: Context) -> bool:
    """Whether the name at ``s`` is the object of an act done "without" ("left without
    greeting North Korea's Kim Yong Nam", "without shaking hands with X"): not met."""
    for k in range(s - 1, max(start, s - 8) - 1, -1):
        if ctx.lower[k] in (",", ";", "and", "but", "."):
            return False
        if ctx.lower[k] == "without":
            return k + 1 < s and ctx.lower[k + 1].endswith("ing")
    return False


def denied(lowers: list[str], k: int, start: int) -> bool:
    """Whether the words ending before token ``k`` (from ``start``) deny what follows a
    part: "not", "not by", "rather than", "instead of"."""
    return any(lowers[max(start, k - len(w)) : k] == w for w in _DENIALS)


def _after_own_talks(e: int, ctx: Context) -> bool:
    """Whether the name ending at ``e`` says or tells reporters something "after meeting
    Y" / "after talks with Y": the talks are the speaker's own (not "said after the
    meeting between A and B", where the speaker only reports)."""
    k = e + 1 if ctx.lower[e : e + 1] and ctx.lower[e] in SPEAKING else None
    if k is not None and ctx.lower[k : k + 1] in (["reporters"], ["journalists"]):
        k += 1
    for _ in range(2):  # "said in Ankara after meeting Y", "said on Monday after talks"
        if k is None or k >= len(ctx.lower):
            break
        if ctx.lower[k] in ("later", "earlier"):
            k += 1  # "he said later at a meeting with Y"
        told = ctx.dates_in(k, k + 4)
        if told and told[0].start in (k, k + 1):
            k = told[0].end
        elif ctx.lower[k] in ("in", "at"):
            where = ctx.gaz_in(k + 1, k + 5, ("PLACE", "CAPITAL", "COUNTRY"))
            k = where[0].end if where and where[0].start == k + 1 else k
    if k is not None and ctx.lower[k : k + 1] in (["at"], ["during"]):
        k += 2 if ctx.lower[k + 1 : k + 2] in (["a"], ["the"]) else 1
        return ctx.lower[k : k + 2] in (["meeting", "with"], ["talks", "with"])  # "said
        # at a meeting with Y": the speaker was there
    return (
        k is not None
        and ctx.lower[k : k + 1] in (["after"], ["following"])
        and ctx.lower[k + 1 : k + 2] in (["meeting"], ["talks"], ["meetings"])
        and ctx.lower[k + 2 : k + 3] != ["between"]  # "after talks between A and B"
    )


_AUDIENCES = {"reporters", "journalists", "parliament", "lawmakers"}


def _apposed_office_speaks(e: int, end: int, ctx: Context) -> bool:
    """Whether the name ending at ``e`` is followed by its office between commas and a verb
    of saying ("X, Spokesperson of the Ministry, said ..."), with no event word between."""
    if ctx.lower[e : e + 1] != [","]:
        return False
    for j in range(e + 2, min(end - 1, e + 14)):
        if j in ctx.trigger_tokens or ctx.person_at(j):
            return False
        if ctx.lower[j] == ",":
            said = ctx.lower[j + 1]  # "told reporters", not "told Y that ..."
            return said in SPEAKING and (said != "told" or ctx.lower[j + 2] in _AUDIENCES)
    return False


#: nouns of asking: one "at the invitation of X" or "at X's request" only asked
ASKED = {"invitation", "invite", "request", "behest", "initiative"}
_MESSAGES = {"message", "letter", "greetings", "invitation", "note", "regards", "wishes"}


# who or what stands in for the person whose possessive precedes it ("X's special envoy")
_PROXIES = {"envoy", "emissary", "delegation", "representative", "representatives", "adviser",
            "advisor", "aide", "aides", "spokesman", "spokeswoman", "spokesperson", "son",
            "daughter", "wife", "husband", "brother", "government", "administration", "team",
            "minister", "ambassador", "deputy", "chief", "cabinet", "office", "predecessor",
            "successor", "widow", "mother", "father", "sister", "family", "children"}
_PROXIES |= _MESSAGES
# what the person did or stands for, talked about in their absence ("averted Trump's tariffs")
_PROXIES |= {"tariffs", "tariff", "policy", "policies", "remarks", "comments", "decision",
             "sanctions", "threats", "threat", "war", "invasion", "election", "campaign", "speech",
             "plan", "proposal", "party", "regime", "rule", "legacy", "death", "reforms", "agenda",
             "claims", "demands", "stance", "re-election", "ouster", "impeachment"}


def _proxy_of(end: int, ctx: Context) -> bool:
    """Whether the mention ending at ``end`` owns who or what was there instead ("X's envoy",
    "X's special envoy", "X's foreign minister")."""
    after = ctx.lower[end : end + 4]
    return bool(after) and after[0] in ("'s", "’s") and bool(_PROXIES.intersection(after[1:]))


_KIN = {"widow", "widower", "mother", "father", "sister", "family", "grandson", "granddaughter",
        "nephew", "niece", "children", "relatives", "son-in-law", "daughter-in-law"}
_BEFORE_OFFICE = {"the", "late", "former", "ousted", "deposed", "slain", "assassinated"}


def _kin_of(s: int, start: int, ctx: Context) -> bool:
    """Whether the person at ``s`` is named only through another ("the widow of the late
    President X", "the son of former Prime Minister X", "an envoy of President X"); not
    the holder of an office of a country ("the Prime Minister of Japan Fumio Kishida")."""
    k = s - 1
    while k > start and (ctx.leads_a_name(k) or ctx.lower[k] in _BEFORE_OFFICE):
        k -= 1
    if any(ctx.label[j] == "COUNTRY" and ctx.lower[j + 1] not in ("'s", "’s") for j in range(k, s)):
        return False  # "Prime Minister of Japan Fumio Kishida": the office is his own
    return k > start and ctx.lower[k] == "of" and ctx.lower[k - 1] in _KIN | _PROXIES


def _sent_by(s: int, start: int, ctx: Context) -> bool:
    """Whether the person at ``s`` only sent something ("a letter from President X"), is
    spoken for ("on behalf of X") or only asked ("at the invitation of X")."""
    k = s - 1
    while k > start and ctx.leads_a_name(k):
        k -= 1
    if ctx.lower[k] == "by" and ctx.lower[k - 1] in ("sent", "dispatched", "despatched"):
        return True  # "a delegation sent by X"
    if ctx.lower[k] in ("from", "for", "to"):  # "a letter for X", "a message to X"
        return bool(_MESSAGES.intersection(ctx.lower[max(start, k - 3) : k]))
    if ctx.lower[max(start, k - 2) : k + 1] == ["on", "behalf", "of"]:
        return True
    if ctx.lower[k] == "of" and ctx.lower[k - 1] in ASKED:
        return True  # "At the invitation of PM X, Y arrived": X only asked Y to come
    texts = texts_of(ctx.doc)  # "on behalf of the Custodian of the Two Holy Mosques King X"
    j = s - 1
    while j > start and s - j < 10 and (texts[j][:1].isupper() or ctx.lower[j] in ("of", "the")):
        if ctx.lower[j - 3 : j] == ["on", "behalf", "of"]:
            return True  # "... of His Majesty King X"
        if ctx.lower[j - 1] in ("from", "for", "to") and _MESSAGES.intersection(
            ctx.lower[max(start, j - 4) : j - 1]
        ):
            return True  # "conveyed his greetings to the Custodian of ... King X"
        j -= 1
    return False
