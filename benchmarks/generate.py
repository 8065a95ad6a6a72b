"""Benchmark data: real diplomatic records, replicated with new identities, as N-Quads.

    .venv/bin/python benchmarks/generate.py [--data ../shared/data] [--out /tmp/diplograph-bench]
                                            [--sizes 100000 300000 1000000]

Reads the U.S. Office of the Historian records in ``../shared/data`` (4,271
trips abroad of Presidents and Secretaries of State, 3,264 visits of foreign
leaders) and the Wikidata heads of state and government, and turns each
record into one article's :class:`~diplograph.loaders.model.Extraction`: a
visit, and a meeting with the leaders in office in the host country on that
date. ``diplograph.loaders.triples.extraction_to_triples`` makes the triples,
exactly as for a real article. Replica ``r`` > 0 gives every person a new
identity (a new surname, so a new IRI) and every article a new URL, so the
graph grows as a larger corpus would: more people, events and articles over
the same ~200 countries. Writes ``bench-<size>.nq`` for each size, stopping
at the first article past the size, in the layout ``diplograph ingest``
writes: each article's own triples (the article, its events) in its named
graph, facts about entities once in the shared graph.
"""
from __future__ import annotations

import argparse
import csv
import string
import sys
import time
import xml.etree.ElementTree as ET
from bisect import bisect_right
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from diplograph.graph.convert import nt  # noqa: E402
from diplograph.graph.store import ENTITIES_GRAPH  # noqa: E402
from diplograph.loaders.model import Article, Event, Extraction, Person  # noqa: E402
from diplograph.loaders.triples import (  # noqa: E402
    article_iri,
    extraction_to_triples,
    split_triples,
)

TITLES = ["Prime Minister", "President", "Chancellor", "King", "Queen", "Emperor", "Emir",
          "Sultan", "Premier", "Grand Duke", "Prince", "Crown Prince", "Foreign Minister",
          "Secretary-General", "Chairman", "General", "Pope"]
ROLE_TITLE = {"head_of_state": "President", "head_of_government": "Prime Minister"}


@cache
def alpha2(name: str) -> str | None:
    """ISO alpha-2 of a country named in the records (None when unknown)."""
    import pycountry

    fixes = {"Turkey": "TR", "Russia": "RU", "Soviet Union": "RU", "Korea, South": "KR",
             "South Korea": "KR", "North Korea": "KP", "Vatican City": "VA", "Holy See": "VA",
             "Burma": "MM", "Ivory Coast": "CI", "Cote d'Ivoire": "CI", "Laos": "LA",
             "Syria": "SY", "Vietnam": "VN", "Taiwan": "TW", "Iran": "IR", "Bolivia": "BO",
             "Venezuela": "VE", "Tanzania": "TZ", "Moldova": "MD", "Czechoslovakia": "CZ",
             "Yugoslavia": "RS", "East Germany": "DE", "West Germany": "DE", "Germany": "DE"}
    if name in fixes:
        return fixes[name]
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def load_leaders(path: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    """alpha-2 -> sorted (start, end, name, role) of heads of state and government."""
    import pycountry

    out = defaultdict(list)
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            c = pycountry.countries.get(alpha_3=row["iso3"])
            if c is None or not row["start"]:
                continue
            out[c.alpha_2].append((row["start"][:10], (row["end"] or "9999")[:10],
                                   row["person"], row["role"]))
    for v in out.values():
        v.sort()
    return out


def in_office(leaders, code: str | None, day: str) -> list[tuple[str, str]]:
    terms = leaders.get(code or "", [])
    i = bisect_right(terms, (day, "~"))
    return sorted({(n, r) for s, e, n, r in terms[:i] if e >= day})[:2]


def records(data: Path):
    """(kind, id, who, title, from country, to country, place, day, text) per record."""
    for role in ("president", "secretary"):
        for f in sorted((data / "historyatstate-travels" / f"{role}-travels").glob("*.xml")):
            for t in ET.parse(f).getroot().iter("trip"):
                day = (t.findtext("start-date") or "").strip()
                country = alpha2((t.findtext("country") or "").strip())
                if len(day) != 10 or country is None:
                    continue
                place = (t.findtext("locale") or "").split(",")[0].strip() or None
                title = "President" if role == "president" else "Secretary of State"
                yield (f"trip-{role}", t.findtext("id"), t.findtext("name").strip(), title, "US",
                       country, place, day, " ".join((t.findtext("remarks") or "").split()))
    for f in sorted((data / "historyatstate-visits" / "data").glob("*.xml")):
        for v in ET.parse(f).getroot().iter("visit"):
            day = (v.findtext("start-date") or "").strip()
            country = alpha2((v.findtext("from") or "").strip())
            who = " ".join((v.findtext("visitor") or "").split())
            if len(day) != 10 or country is None or not who:
                continue
            title = next((t for t in TITLES if who.startswith(t + " ")), None)
            name = who[len(title) + 1:] if title else who
            yield ("visit", v.findtext("id"), name, title, country, "US", "Washington", day,
                   " ".join((v.findtext("description") or "").split()))


def tag(r: int) -> str:
    """A letters-only replica tag: 0 -> '', 1 -> 'ab', 2 -> 'ac' ..."""
    if r == 0:
        return ""
    out = ""
    while r:
        r, d = divmod(r, 26)
        out = string.ascii_lowercase[d] + out
    return "a" + out


def renamed(name: str, r: int) -> str:
    return name if r == 0 else f"{name}{tag(r)}"


def extraction(rec, leaders, r: int) -> Extraction:
    kind, rid, who, title, src, dst, place, day, text = rec
    url = f"https://bench.diplograph.example/{kind}/{rid}/{r}"
    visitor = Person(renamed(who, r), renamed(who, r), [], title, src)
    hosts = [Person(renamed(n, r), renamed(n, r), [], ROLE_TITLE.get(role), dst)
             for n, role in in_office(leaders, dst, day) if n != who]
    people = [visitor] + [h for h in hosts if h.key != visitor.key]
    evidence = text or f"{who} visited {dst}."
    events = [Event("visit", "occurred", visitor=visitor.key,
                    host=hosts[0].key if hosts else None, date=day, place=place,
                    country=dst, evidence=evidence)]
    if hosts:
        events.append(Event("meeting", "occurred", [visitor.key] + [h.key for h in hosts],
                            date=day, place=place, country=dst, evidence=evidence))
    art = Article(url=url, text=evidence, title=f"{who} in {dst}",
                  published=date.fromisoformat(day), source="Office of the Historian")
    return Extraction(art, people=people, countries=sorted({src, dst}),
                      places={place: dst} if place else {}, events=events)


def generate(data: Path, out: Path, sizes: list[int]) -> None:
    leaders = load_leaders(data / "wikidata-leaders" / "leaders_history.csv")
    recs = list(records(data))
    out.mkdir(parents=True, exist_ok=True)
    files = {s: (out / f"bench-{s}.nq").open("w", encoding="utf-8") for s in sizes}
    total, articles, r, start = 0, 0, 0, time.perf_counter()
    shared: set = set()
    shared_at: dict[int, int] = {}
    eg = nt(ENTITIES_GRAPH)
    while total < max(sizes):
        for rec in recs:
            ex = extraction(rec, leaders, r)
            iri = article_iri(ex.article.url)
            own, facts = split_triples(iri, list(dict.fromkeys(extraction_to_triples(ex))))
            new = [t for t in facts if t not in shared]
            shared.update(new)
            g = nt(iri)
            lines = [f"{nt(s)} {nt(p)} {nt(o)} {g} .\n" for s, p, o in own]
            lines += [f"{nt(s)} {nt(p)} {nt(o)} {eg} .\n" for s, p, o in new]
            for size, f in list(files.items()):
                if total < size:
                    f.writelines(lines)
            total += len(lines)
            articles += 1
            for size in sizes:
                shared_at.setdefault(size, articles) if total >= size else None
            if total >= max(sizes):
                break
        r += 1
    for f in files.values():
        f.close()
    for size in sizes:
        print(f"bench-{size}.nq: {shared_at.get(size, articles)} articles")
    print(f"{len(recs)} records, {r} replicas, {articles} articles, {total} quads "
          f"in {time.perf_counter() - start:.1f}s -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path("/tmp/diplograph-bench"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    args = ap.parse_args()
    generate(args.data, args.out, sorted(args.sizes))


if __name__ == "__main__":
    main()
