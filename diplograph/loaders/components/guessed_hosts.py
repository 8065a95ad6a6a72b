"""Countries the story's trips give to office holders whose country was only guessed.

After the mentions are merged, :mod:`.merge` asks who hosted each meeting: a traveller
is a guest where he goes, and the one participant of unknown country at a meeting held
abroad for the others is that country's host. It reads the merged events and the
people table and writes only people's countries, so it sits apart from the joining
of mentions.
"""

from __future__ import annotations

from ..model import Event
from .offices import same_office

__all__ = ["infer_hosts"]


def infer_hosts(
    events: list[Event], people: dict, guessed: set[str], candidates: dict[str, list[str]]
) -> None:
    """Countries the story's trips give to office holders whose country was only guessed.
    A traveller is a guest where he goes, never its national: a guessed country that one
    of his visits goes to yields to his next likely one. A meeting held in country C
    whose one participant of unknown (or guessed) country is no traveller there meets
    foreigners: that participant is C's host ("talks with Chancellor Karl Nehammer in
    Vienna")."""
    visiting = {(e.visitor, e.country) for e in events if e.kind == "visit" and e.country}
    for key in sorted(guessed):
        person = people.get(key)
        if person is None or (key, person.country) not in visiting:
            continue
        visited = {c for k, c in visiting if k == key}
        person.country = next((c for c in candidates.get(key, ()) if c not in visited), None)
    for ev in events:
        if ev.kind != "meeting" or ev.country is None or ev.place is None:
            continue
        guests = {k for k in ev.participants if (k, ev.country) in visiting}
        unknown = [
            k
            for k in ev.participants
            if k in people
            and k not in guests
            and (people[k].country is None or k in guessed)
            and people[k].title
            and people[k].organisation is None
        ]
        # several hosts ("talks with President X and Prime Minister Y in Zagreb") only
        # where a guest's trip shows whose country it is
        if not unknown or (len(unknown) > 1 and not guests):
            continue
        if not guests and all(people[k].country is not None for k in unknown):
            continue  # "CANBERRA - X met his Chinese counterpart in Singapore": no one's trip
            # makes X the host there, and the story has already guessed X's country
        known = {
            people[k].country
            for k in ev.participants
            if k in people and k not in unknown and not (k in guessed and k in guests)
        }
        if ev.country in known:
            continue
        for k in unknown:
            if not _office_taken(people, people[k], ev.country, guessed):
                people[k].country = ev.country
                guessed.discard(k)


def _office_taken(people: dict, person, country: str, guessed: set[str]) -> bool:
    """Whether the article names another holder of the person's office in ``country``."""
    return any(
        p is not person and p.country == country and p.key not in guessed and not p.former
        and same_office(p.title, person.title) and same_office(person.title, p.title)
        for p in people.values()
    )
