"""A name-swapped copy of a scored corpus: how much the reading leans on known names.

    .venv/bin/python benchmarks/name_swap.py ../shared/corpus/dev /tmp/dev-swap [--seed 7]
    python3 ../shared/tools/score.py /tmp/dev-swap --cli .venv/bin/diplograph

Every gold person's name words are replaced, consistently within an article and in both
the text and its gold file, by invented words drawn from a varied pool ("Narendra Modi"
-> "Kwame Tadesse", "Modi's" -> "Tadesse's"). Nothing else changes, so the score's drop
from the original corpus is what the knowledge base and name data were doing: real
news names ministers, governors and envoys the knowledge base does not hold. Figures
are in benchmarks/README.md ("Reading unknown names"). Reads the corpus given; writes
only the output folder.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from pathlib import Path

FIRST = """Tomasz Abebe Farida Kwame Mariela Oskar Leilani Dmitar Ayesha Kofi Ingrid Rashid
Soledad Haruto Nkechi Piotr Amara Bakhyt Liesel Teodoro Yusra Emeka Sunniva Arjun Malak
Dorotea Temirlan Wanjiru Fabrizio Nilufar Ruslan Zanele Octavio Mirela Kenji Hafsa Bogdan
Chiamaka Anselm Gulnara Thabo Esperanza Rustam Annika Obinna Carmela Idris Svetla Ikaika
Paulo Marisol Desta Jovan Noor Augustin Mele Kasimir Salote Emil Adaeze Vitorino""".split()
LAST = """Okonkwo Haddad Lindqvist Moravec Tadesse Quispe Baranov Nakagawa Achterberg Mensah
Kovalenko Ferreira Abdulov Rasmussen Oyelaran Castellanos Iskakov Varga Mwangi Petrakis
Sandoval Yilmazer Halvorsen Nwosu Zubiri Karimov Dalgaard Onyango Brankovic Salazarte
Hakimi Tuilagi Moreau Sembene Volkov Ribeiro Takeda Ekwueme Lindahl Kuznetsova Aziz
Mbeki-Ola Arrieta Tsvetkov Olawale Vukovic Bergkamp Ochieng Kalnins Rahimov Fontaine
Agyeman Mirzoyan Lacerda Dzhaparov Ndiaye Strand Oyono Kapoorwal Esposa""".split()
# words of a name that are no one's own: they stay as written
PARTICLES = {"bin", "bint", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "la",
             "le", "di", "du", "ibn", "abu", "y"}


def fold(text: str) -> str:
    """The text without accents ("Erdoğan" -> "Erdogan"), as the press often writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def gold_names(gold: dict) -> set[str]:
    names = {p["name"] for p in gold.get("people", [])}
    for event in gold["events"]:
        names.update(event.get("participants", []))
        if event.get("visitor"):
            names.add(event["visitor"])
    return names


def name_mapping(names: set[str], text: str, rng: random.Random) -> dict[str, str]:
    """Each name word (not a particle or an initial) -> an unused invented word; the last
    word of a name draws from surnames, the others from given names."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(names, key=len, reverse=True):
        words = name.split()
        for i, word in enumerate(words):
            core = word.strip(".,")
            if len(core) < 3 or "." in core or core.lower().strip("-") in PARTICLES:
                continue
            if core in mapping:
                continue
            pool = LAST if i == len(words) - 1 else FIRST
            free = [w for w in pool if w not in used and w not in text]
            mapping[core] = rng.choice(free)
            used.add(mapping[core])
    return mapping


def swap(text: str, mapping: dict[str, str]) -> str:
    for word in sorted(mapping, key=len, reverse=True):
        for form in {word, fold(word)}:
            text = re.sub(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", mapping[word], text)
    return text


def swap_article(text: str, mapping: dict[str, str]) -> str:
    """The article with names swapped, its front matter's url kept as it is."""
    if not text.startswith("---"):
        return swap(text, mapping)
    head, _, body = text.partition("\n---\n")
    lines = [line if line.startswith("url:") else swap(line, mapping) for line in head.split("\n")]
    return "\n".join(lines) + "\n---\n" + swap(body, mapping)


def swap_gold(gold: dict, mapping: dict[str, str]) -> dict:
    gold = json.loads(json.dumps(gold))
    for event in gold["events"]:
        if "participants" in event:
            event["participants"] = [swap(p, mapping) for p in event["participants"]]
        if event.get("visitor"):
            event["visitor"] = swap(event["visitor"], mapping)
    for person in gold.get("people", []):
        person["name"] = swap(person["name"], mapping)
    return gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path, help="folder of articles with gold/<name>.json")
    ap.add_argument("out", type=Path, help="folder to write the swapped copy to")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    (args.out / "gold").mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    written = 0
    for article in sorted(args.corpus.glob("*.md")):
        gold_path = args.corpus / "gold" / f"{article.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = article.read_text(encoding="utf-8")
        mapping = name_mapping(gold_names(gold), text, rng)
        (args.out / article.name).write_text(swap_article(text, mapping), encoding="utf-8")
        swapped = json.dumps(swap_gold(gold, mapping), indent=2, ensure_ascii=False)
        (args.out / "gold" / gold_path.name).write_text(swapped, encoding="utf-8")
        written += 1
    print(f"{written} articles with swapped names in {args.out}")


if __name__ == "__main__":
    main()
