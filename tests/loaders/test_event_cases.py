"""Events read from the sentence tables in ``cases/``: each case lists every event its text
gives, so a reading that adds a wrong event fails as surely as one that misses one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplograph.loaders.model import Article
from diplograph.loaders.pipeline import build_nlp, extract_article

CASES = Path(__file__).parent / "cases"
PUBLISHED = dt.date(2024, 7, 5)  # a Friday


def _read_cases(path: Path) -> list:
    """The cases of one table, as ``pytest.param(text, published, events)``."""
    cases, group = [], ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("## "):
            group = line[3:]
        elif not line or line.startswith("#"):
            continue
        elif line == ">" and cases and cases[-1]["events"] is None:
            cases[-1]["text"].append("\n\n")  # a paragraph break within the case
        elif line.startswith("> ") and (not cases or cases[-1]["events"] is None):
            if cases and cases[-1]["text"]:
                cases[-1]["text"].append(line[2:])  # the same case's text goes on
            else:
                cases.append({"group": group, "text": [line[2:]], "at": PUBLISHED, "events": None})
        elif line.startswith("> "):
            cases.append({"group": group, "text": [line[2:]], "at": PUBLISHED, "events": None})
        elif line.startswith("@ "):
            if not cases or cases[-1]["events"] is not None:
                raise ValueError(f"{path.name}: '{line}' must follow its case's text")
            cases[-1]["at"] = dt.date.fromisoformat(line[2:])
        elif line == "none":
            cases[-1]["events"] = set()
        else:
            kind, status, people, *rest = (c.strip() for c in line.split("|"))
            who = tuple(sorted(p.strip() for p in people.split(";")))
            event = (kind, status, who, *(None if v == "-" else v for v in rest))
            cases[-1]["events"] = (cases[-1]["events"] or set()) | {event}
    return [
        pytest.param(
            " ".join(c["text"]).replace(" \n\n ", "\n\n"),
            c["at"],
            c["events"] or set(),
            id=f"{path.stem}: {c['group']}: {' '.join(c['text'])[:50]}",
        )
        for c in cases
    ]


ALL_CASES = [case for table in sorted(CASES.glob("*.txt")) for case in _read_cases(table)]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _events(nlp, text: str, published: dt.date) -> set[tuple]:
    ex = extract_article(Article(url="urn:test", text=text, published=published), nlp)
    names = {p.key: p.name for p in ex.people}
    out = set()
    for e in ex.events:
        who = [e.visitor] if e.kind == "visit" else e.participants
        people = tuple(sorted(names.get(k, k) for k in who))
        out.add((e.kind, e.status, people, e.date, e.place, e.country))
    return out


def test_event_cases_tables_are_read():
    assert len(ALL_CASES) >= 10
    assert all(case.values[0] for case in ALL_CASES)


@pytest.mark.parametrize("text, published, expected", ALL_CASES)
def test_event_cases(nlp, text, published, expected):
    assert _events(nlp, text, published) == expected
