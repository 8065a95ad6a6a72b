"""How many nodes one person has: person nodes, and groups sharing a first initial and surname.

Reads a store (made by ``diplograph ingest``) and prints the number of person
nodes, of people (nodes linked by ``owl:sameAs`` counted once, see
``diplograph.graph.person_identity``) and of groups of two or more people whose
names share a first initial and a surname (folded as the knowledge base folds
names; names of one word are left out). A group is either one person still split
or namesakes (George and George W. Bush): ``--list`` prints them to check by hand.

    PYTHONPATH=. .venv/bin/python -m diplograph --store /tmp/s ingest \\
        ../shared/corpus/dev ../shared/data/historyatstate-travels \\
        ../shared/data/historyatstate-visits
    PYTHONPATH=. .venv/bin/python benchmarks/person_groups.py /tmp/s --list
"""
from __future__ import annotations

import argparse
from collections import defaultdict

from diplograph.graph.person_identity import person_clusters
from diplograph.graph.store import open_store
from diplograph.loaders.kb_names import fold_name

PEOPLE = """PREFIX dg: <https://w3id.org/diplograph#> PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?p ?name WHERE { ?p a dg:Person ; schema:name ?name }"""
QIDS = """PREFIX dg: <https://w3id.org/diplograph#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT DISTINCT ?p ?e WHERE { ?p a dg:Person ; owl:sameAs ?e
  FILTER(STRSTARTS(STR(?e), "http://www.wikidata.org/entity/")) }"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--list", action="store_true", help="print every group")
    args = parser.parse_args()
    with open_store(args.store, read_only=True) as store:
        names: dict[str, set[str]] = defaultdict(set)
        for p, n in store.query(PEOPLE).rows:
            names[str(p)].add(str(n))
        qids: dict[str, set[str]] = defaultdict(set)
        for p, e in store.query(QIDS).rows:
            qids[str(p)].add(str(e).rsplit("/", 1)[-1])
        rep = person_clusters(store, names)
    people: dict[str, set[str]] = defaultdict(set)
    for p in names:
        people[rep[p]].add(p)
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r, members in people.items():
        for n in (n for p in members for n in names[p]):
            words = fold_name(n).split()
            if len(words) >= 2:
                groups[(words[0][0], words[-1])].add(r)
    shared = {k: v for k, v in sorted(groups.items()) if len(v) > 1}
    print(f"person nodes {len(names)}, people {len(people)}, "
          f"groups sharing first initial and surname {len(shared)}")
    if args.list:
        for key, reps in shared.items():
            listed = [(sorted(n for p in people[r] for n in names[p]),
                       sorted(q for p in people[r] for q in qids[p])) for r in sorted(reps)]
            print(key, listed)


if __name__ == "__main__":
    main()
