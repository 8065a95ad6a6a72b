"""Coreference: later mentions of the people the people reader found.

Links, in reading order: bare or partial names ("Modi", "Lula"), descriptions
("the Indian premier", "the crown prince", "the visiting president"),
relational nouns ("his Russian counterpart", "his host"), groups ("the two
leaders") and pronouns ("he", "his"). Each link is a span in
``doc.spans["dg_people"]`` (label NAME, DESC, GROUP or PRON) whose kb_id is the
person key; a group gets one span per member. A description that names a
country also fills in a person's missing country ("the Chinese president").
Descriptions and groups are read in :mod:`.coref_descriptions`, pronouns by their clause in
:mod:`.coref_pronouns`; the reading-order
memory they share is in :mod:`.coref_state`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Person
from .coref_aircraft import aircraft_mention, aircraft_names
from .coref_descriptions import (
    _GROUP_VERBS,
    MONARCHS,
    _by_description,
    _definite,
    group_after_both,
    quantified_group,
)
from .coref_pronouns import (
    bare_title_subject,
    fronted_subject,
    greeted_on_arrival,
    object_position,
    object_pronoun,
    possessive,
)
from .coref_relations import relational
from .coref_state import (
    Mention,
    _best_of,
    _in_venue_name,
    _name_index,
    _pronoun,
    _State,
    _variant_keys,
    only_holder,
)
from .coref_subjects import (
    coordinated_subject,
    reported_subject,
    sequel_subject,
    speaker_of_that,
    trip_owner,
)
from .frames import homes_from_returns
from .lexicon import fold, lexicon
from .office_countries import infer_countries, known_leader
from .offices import (
    predecessors,
    predecessors_of_colleagues,
)
from .people import SPAN_KEY
from .pronoun_gender import GenderMemory, pronoun_gender
from .pronouns import GENDERED, POSSESSIVE, SUBJECT
from .quote_speakers import attributing_pronoun, quote_speaker
from .tokenizer import gazetteer_spans, lowers_of, people_spans, texts_of, tokens_of
from .transcripts import transcript_speaker

__all__ = [
    "resolve_mentions",
    "set_coref",
    "Mention",
]

_ENCOUNTER_NOUNS = {"meeting", "talks", "encounter", "summit", "conversation", "call", "meetings"}
_PRONOUNS = (SUBJECT | POSSESSIVE) & GENDERED  # he, she, his, her
_HONOURS = {"honour", "honor"}
_OBJECT_PRONOUNS = {"him"}
_FRONTED = {"after", "during", "on", "before", "following", "ahead", "in", "for", "at"}
# the lower-cased words _mention_at reads a mention from, besides names, titles, aircraft, "I"
_MENTION_WORDS = {"the", "their", "they", "them", "his", "her", "both"}  # "which both leaders"
_MENTION_WORDS |= _PRONOUNS | _OBJECT_PRONOUNS


def resolve_mentions(doc: Doc, people: dict[str, Person], named: list[Mention]) -> list[Mention]:
    """All person mentions of ``doc``: the named ones plus coreferent ones (pure)."""
    labels = {}
    for span in gazetteer_spans(doc):
        labels[span.start] = (span.label_, span.kb_id_, span.end)
    by_start = {m.start: m for m in named}
    index = _name_index(people)
    state = _State(doc, people)
    state.index = index
    state.texts, state.lowers = texts_of(doc), lowers_of(doc)
    out: list[Mention] = []
    genders = GenderMemory()
    surnames = [  # "Frederiksen": a word of one person's name, before coreference reads it
        Mention(i, i + 1, index[fold(text)][0], "NAME")
        for i, text in enumerate(state.texts)
        if text[:1].isupper() and len(index.get(fold(text), ())) == 1
    ]
    state.named_at = {j: m.key for m in surnames + named for j in range(m.start, m.end)}
    genders.learn_from_lone_names(
        doc, named + surnames, state.sent_of, lambda j: labels.get(j, ("",))[0] == "TITLE"
    )
    texts, lowers, aircraft = state.texts, state.lowers, aircraft_names()
    # where _mention_at can find anything, listed once: most words are none of these,
    # and calling it at every token was the largest part of the reading of mentions (the
    # names' starts and offices as one set, the words as another: fewer tests a token)
    starts = set(by_start).union(j for j, lab in labels.items() if lab[0] == "TITLE")
    words = _MENTION_WORDS.union(aircraft)
    opens = [
        text[:1].isupper()
        or lower in words
        or i in starts
        or text in _FIRST_PERSON
        or text.startswith(("al-", "el-"))
        for i, (text, lower) in enumerate(zip(texts, lowers, strict=True))
    ]
    i, n = 0, len(doc)
    while i < n:
        if not opens[i]:
            i += 1
            continue
        sent = state.sent_of[i]
        found = _mention_at(doc, i, sent, by_start, index, labels, state)
        if found:
            for m in found:
                m = _agreeing(m, doc, sent, state, genders)
                if m is None:
                    continue
                out.append(m)
                state.note(m.start, m.key, sent, m.end)
            i = max(m.end for m in found)
        else:
            i += 1
    return out


_AGREEMENT_REACH = 80  # tokens before the pronoun's sentence: the last few sentences


def _agreeing(m: Mention, doc, sent: int, state, genders: GenderMemory) -> Mention | None:
    """``m`` as gender agreement allows: a pronoun that cannot point at the person chosen
    points at the most recent one of the last sentences it can, else at no one."""
    word = tokens_of(doc)[m.start].text
    if m.label != "PRON" or pronoun_gender(word) is None:
        if m.label != "PRON":
            genders.learn_from_address(doc, m.start, m.key)
        return m
    reach = sent - _AGREEMENT_REACH
    earlier = [k for j, k in reversed(state.order) if j < m.start and state.sent_of[j] >= reach]
    if not genders.agrees(m.key, word):
        key = next((k for k in earlier if k != m.key and genders.agrees(k, word)), None)
        if key is None:
            return None
        m = Mention(m.start, m.end, key, m.label)
    elif m.key not in genders.genders and pronoun_gender(word) == "f":  # "X called on her ...
        # She is due to ...": the one
        # the story has shown to be "she", not someone it has said nothing of
        known = next((k for k in earlier if genders.genders.get(k) == pronoun_gender(word)), None)
        if known is not None:
            m = Mention(m.start, m.end, known, m.label)
    others = {k for j, k in state.order if sent <= j < m.start and k != m.key}
    # "X received her at the airport": an object pronoun is none of its clause's people, so
    # what it says of the one named before is as sure as a pronoun alone in its sentence
    objective = word.lower() == "him" or (word.lower() == "her" and object_position(doc, m.start))
    genders.learn_from_pronoun(word, m.key, alone=not others or objective)
    return m


def _family_name_alone(doc, i: int, keys: list[str], state) -> bool:
    """Whether the word at ``i`` stands alone (no capitalised word around it) and opens the
    name of everyone it may be ("Sato and Park spoke" after "President Park Min-ho"): a
    family name told first, though the word ends venues' names too ("Olympic Park")."""
    nxt = state.texts[i + 1] if i + 1 < len(doc) else ""
    prev = state.texts[i - 1] if i - 1 > state.sent_of[i] else ""  # not a sentence's "Later"
    if nxt[:1].isupper() or prev[:1].isupper() and prev.isalpha():
        return False  # "Park Hotel", "Olympic Park": a venue's name around it
    word = state.texts[i]
    return all(state.people[k].name.split()[0] == word for k in keys)


def _bracketed_acronym(texts: list[str], i: int) -> bool:
    """Whether token ``i`` is a word in capitals alone in brackets ("(NAM)", "(AU)")."""
    return (
        0 < i < len(texts) - 1
        and texts[i - 1] == "("
        and texts[i + 1] == ")"
        and texts[i].isupper()
        and len(texts[i]) > 1
    )


def _mention_at(doc, i, sent, by_start, index, labels, state) -> list[Mention]:
    if i in by_start:
        return [by_start[i]]
    text, lower = state.texts[i], state.lowers[i]  # cached lists: no Token made
    if _bracketed_acronym(state.texts, i):
        return []  # "the Non-Aligned Movement (NAM)": a body's initials, not Kim Yong Nam
    if (text[:1].isupper() or text[:3] in ("al-", "el-")) and (
        (i not in labels or labels[i][0] == "PLACE") and i not in state.date_tokens
    ):  # "Late May 2022" is a date, not Theresa May
        keys = index.get(fold(text)) or _variant_keys(index, text, state)
        if keys and _in_venue_name(doc, i) and not _family_name_alone(doc, i, keys, state):
            keys = None  # "Kim Il Sung Square" is a place, not Kim
        if keys and lower in _PRONOUNS | _OBJECT_PRONOUNS and not _continued(doc, i, keys, index):
            keys = None  # "He met Wang Yi": a pronoun, though the story names He Lifeng
        if keys:
            key = keys[0] if len(keys) == 1 else _best_of(keys, i, state)
            end = i + 1
            while (
                end < len(doc)
                and index.get(fold(tokens_of(doc)[end].text)) == keys
                or (
                    end + 1 < len(doc)
                    and tokens_of(doc)[end].text in lexicon().particles
                    and key in index.get(fold(tokens_of(doc)[end + 1].text), [])
                )
            ):
                end += 1 if tokens_of(doc)[end].text not in lexicon().particles else 2
            return [Mention(i, end, key, "NAME")]
    if labels.get(i, ("",))[0] == "COUNTRY":
        found = _possessed_office(doc, i, labels, state)  # "received Brazil's president"
        if found:
            return found
    if labels.get(i, ("",))[0] == "TITLE" and bare_title_subject(doc, i, sent, labels):
        key = _by_description(state, i, None, labels[i][1])  # "EAM arrived in Colombo",
        if key:  # "Prime Minister conveyed ...": the story's holder of that office
            return [Mention(i, labels[i][2], key, "DESC")]
    if lower in aircraft_names():
        craft = aircraft_mention(doc, i, state)  # "Air Force One has landed": who it carries
        if craft:
            return craft
    if text in _FIRST_PERSON:
        key = transcript_speaker(doc, i, index, state) or quote_speaker(doc, i, state)
        # "SAUD: I ...", '"I met X today," Y said'
        return [Mention(i, i + 1, key, "PRON")] if key else []
    if lower == "the" or lower == "both" and group_after_both(doc, i):
        return _definite(doc, i, labels, state)  # "the two leaders", "Both leaders"
    if lower == "all" and i == sent:
        return quantified_group(doc, i, state)  # "All five had flown into Athens"
    if lower == "their" and _ENCOUNTER_NOUNS.intersection(lowers_of(doc)[i + 1 : i + 4]):
        keys = state.last_distinct(2, i)  # "Their last meeting was at the White House"
        return [Mention(i, i + 1, key, "GROUP") for key in keys] if len(keys) == 2 else []
    if lower == "they" and i + 1 < len(doc) and tokens_of(doc)[i + 1].lower_ in _GROUP_VERBS:
        keys = state.last_distinct(2, i)  # "They have spoken by phone several times"
        return [Mention(i, i + 1, key, "GROUP") for key in keys] if len(keys) == 2 else []
    if lower == "them" and i > sent:
        return _them(doc, i, sent, state)
    if lower in ("his", "her") and _style_at(texts_of(doc), i + 1):
        return _styled(doc, i, by_start, state)  # "His Majesty was in Cairo": no pronoun
    if (
        lower == "her"
        and object_position(doc, i)
        or (lower in ("his", "her") and "".join(texts_of(doc)[i + 1 : i + 2]).lower() in _HONOURS)
    ):  # "hosted her at a dinner", "a banquet in his honour": the one honoured, no subject
        key = object_pronoun(doc, i, sent, state)
        return [Mention(i, i + 1, key, "PRON")] if key else []
    if lower in ("his", "her", "their") and greeted_on_arrival(doc, i, sent):
        key = object_pronoun(doc, i, sent, state)  # "X greeted Y on her arrival": Y's
        if key:
            return [Mention(i, i + 1, key, "PRON")]
    if lower in ("his", "her", "their") and i + 1 < len(doc):
        rel = relational(doc, i, labels, state, sent)
        if rel:
            return rel
    if lower in _PRONOUNS:
        key = fronted_subject(doc, i, sent, by_start, labels, state)
        if key:
            return [Mention(i, i + 1, key, "PRON")]
    if lower in ("his", "her") and i > sent:
        key = possessive(doc, i, sent, state)
        return [Mention(i, i + 1, key, "PRON")] if key else []
    if lower in _PRONOUNS:
        key = (
            attributing_pronoun(doc, i, state)  # '"...," he said': not one it quotes
            or sequel_subject(doc, i, sent, state)
            or reported_subject(doc, i, sent, state)
            or speaker_of_that(doc, i, sent, state)
            or trip_owner(doc, i, sent, state)
            or coordinated_subject(doc, i, sent, state)
            or _pronoun(i, sent, state)
        )
        return [Mention(i, i + 1, key, "PRON")] if key else []
    if lower in _OBJECT_PRONOUNS:
        key = object_pronoun(doc, i, sent, state)
        return [Mention(i, i + 1, key, "PRON")] if key else []
    return []


# "His Majesty", "Her Highness" with no name after them: the story's holder of such a rank
_STYLES = {
    "Majesty": MONARCHS,
    "Highness": {"Emir", "Amir", "Crown Prince", "Prince", "Princess", "Sultan", "Sheikh"},
    "Holiness": {"Pope"},
}


# styles of address that take "His"/"Her" and only stand before a name or for one
_OTHER_STYLES = {"Excellency", "Eminence", "Beatitude"}
_STYLE_ADJECTIVES = {"Royal", "Serene", "Imperial", "Most", "All"}  # "His Royal Highness"


def _style_at(texts: list[str], k: int) -> str | None:
    """The style word of "Majesty", "Royal Highness", "Excellency" opening at ``k``."""
    while k < len(texts) and texts[k] in _STYLE_ADJECTIVES:
        k += 1
    word = texts[k] if k < len(texts) else ""
    return word if word in _STYLES or word in _OTHER_STYLES else None


def _styled(doc, i: int, by_start, state) -> list[Mention]:
    """ "His Majesty" standing alone ("talks with His Majesty at Al Alam Palace"): the
    person the story first named after that style ("His Highness Sheikh X, President of
    the State, ... His Highness met ..."), else the person of such a rank the story names
    most; a style before a name ("His Royal Highness Prince Faisal bin Farhan", "His
    Excellency President Xi") is no mention."""
    texts = texts_of(doc)
    style = _style_at(texts, i + 1)
    after_style = k = texts.index(style, i + 1) + 1
    while k < len(doc) and k - i < 8 and k not in by_start and texts[k][:1].isupper():
        k += 1  # "the", "King", "Crown Prince", "President": the name's offices
    named = by_start.get(k) or texts[k : k + 1] == ["the"] and by_start.get(k + 1)
    if named:  # "His Majesty King Charles III": the name is the mention; "His Highness"
        state.styled.setdefault(style, set()).add(named.key)  # alone later is that person
        return []
    alone = k == after_style and texts[k : k + 1] != ["the"]  # not "His Highness the Amir"
    styled = state.styled.get(style, set()) if alone else set()
    key = state.salient(lambda p: p.key in styled, i) if styled else None
    if key is None and style in _STYLES:
        ranks = _STYLES[style]
        key = state.salient(lambda p: (p.title or "") in ranks, i)
    return [Mention(i, i + 2, key, "DESC")] if key else []


_FIRST_PERSON = {"I", "me", "my"}


def _continued(doc, i: int, keys: list[str], index) -> bool:
    """Whether the word after ``i`` goes on naming one of ``keys`` ("He Lifeng")."""
    return i + 1 < len(doc) and bool(
        set(index.get(fold(tokens_of(doc)[i + 1].text), [])) & set(keys)
    )


def _them(doc, i, sent, state) -> list[Mention]:
    """ "held separate talks with each of them": the people of the sentence before,
    other than this sentence's subject."""
    subject = state.any_first.get(sent)
    earlier = [k for j, k in state.order if state.sent_of[j] < sent]
    if not earlier or _a_things_them(doc, i, sent, state):
        return []
    last_sent = max(state.sent_of[j] for j, _ in state.order if state.sent_of[j] < sent)
    keys = [k for j, k in state.order if state.sent_of[j] == last_sent and k != subject]
    keys = list(dict.fromkeys(keys))
    return [Mention(i, i + 1, key, "GROUP") for key in keys] if len(keys) >= 2 else []


def _a_things_them(doc, i: int, sent: int, state) -> bool:
    """ "A held talks with B, reviewing relations and ways of developing them": the object
    of a gerund in a sentence that already names two people is a thing they talk of."""
    before = lowers_of(doc)[i - 1]
    return before.endswith("ing") and len({k for j, k in state.order if sent <= j < i}) >= 2


@Language.component("diplograph_coref", assigns=["doc.spans"], requires=["doc._.dg_people"])
def set_coref(doc: Doc) -> Doc:
    """Replace ``doc.spans["dg_people"]`` with named plus coreferent mentions."""
    people = doc._.dg_people or {}
    named = [Mention(s.start, s.end, s.kb_id_, s.label_) for s in people_spans(doc)]
    for person in people.values():  # known leaders first, so that descriptions can find them
        if person.country is None and person.organisation is None:
            known_leader(doc, person, people)
    mentions = resolve_mentions(doc, people, named)
    doc.spans[SPAN_KEY] = [Span(doc, m.start, m.end, label=m.label, kb_id=m.key) for m in mentions]
    predecessors(doc, people)
    infer_countries(doc, people)
    homes_from_returns(doc, people, doc.user_data.setdefault("dg_guessed_country", set()))
    predecessors_of_colleagues(doc, people)  # (the group set above stands: nothing
    return doc  # between changes the mentions)


def _possessed_office(doc, i, labels, state) -> list[Mention]:
    """ "Clinton received Brazil's president at the White House": a state's possessive and
    an office with no name after it is that state's holder of the office, the one named
    before or, told first and named after, the only such holder the story names."""
    toks = tokens_of(doc)
    k = labels[i][2]
    if k + 1 >= len(doc) or toks[k].text not in ("'s", "’s") or k + 1 not in labels:
        return []
    label, office, end = labels[k + 1]
    if label != "TITLE" or toks[k + 1].text[:1].isupper():
        return []  # "Brazil's President Cardoso": the people reader names him
    if end < len(doc) and (toks[end].text[:1].isupper() or toks[end].text == ","):
        return []  # "Kenya's president, X,", "Kenya's president Ruto": a name follows
    country = labels[i][1]
    key = _by_description(state, i, country, office) or only_holder(state, country, office)
    return [Mention(i, end, key, "DESC")] if key else []
