"""Ingest throughput: articles and words per second, end to end into the on-disk store.

    .venv/bin/python benchmarks/extract.py [--corpus ../shared/corpus/dev] [--articles 5000] [--jobs 1 2]

Replicates the article files of --corpus (front matter .md/.txt) to --articles
articles with new URLs in a JSONL file, then runs `diplograph ingest` into a
fresh embedded store once per --jobs value and prints the figures. Also times
extraction alone (no store) in this process. Not a test: it asserts nothing.

Besides wall-clock time it prints the CPU time the ingest used (all its
processes): on a shared machine that is the steadier figure, and
articles per CPU-second is the "per core" rate.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# An editable install's import hook finds the package it was installed from before
# anything on sys.path: drop it, so that a worktree measures its own code.
_OWN_CODE = (
    "import sys; sys.meta_path[:] = [f for f in sys.meta_path "
    "if 'editable' not in repr(f).lower()]; "
    f"sys.path.insert(0, {str(HERE.parent)!r})"
)
#: The command under test: this checkout's package, run by this interpreter (not
#: whatever the venv's script or its editable install points at).
CLI = [sys.executable, "-c", _OWN_CODE + "; import runpy; runpy.run_module('diplograph', "
       "run_name='__main__')"]
ENV = dict(os.environ)
exec(_OWN_CODE)  # the in-process timing reads this checkout's package too


def corpus_articles(corpus: Path) -> list[dict]:
    from diplograph.loaders.readers import read_articles

    out = []
    for art in read_articles([str(corpus)]):
        if hasattr(art, "text"):
            out.append({"url": art.url, "title": art.title, "text": art.text,
                        "published": art.published.isoformat() if art.published else None})
    return out


def replicate(articles: list[dict], n: int, path: Path) -> int:
    words = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            a = dict(articles[i % len(articles)])
            a["url"] = f"{a['url']}#copy-{i}"
            words += len(a["text"].split())
            f.write(json.dumps(a) + "\n")
    return words


def time_extraction(articles: list[dict]) -> float:
    from datetime import date

    from diplograph.loaders.model import Article
    from diplograph.loaders.pipeline import extract_article

    arts = [Article(url=a["url"], text=a["text"], title=a["title"],
                    published=date.fromisoformat(a["published"]) if a["published"] else None)
            for a in articles]
    extract_article(arts[0])  # load the pipeline outside the timing
    start = time.perf_counter()
    for a in arts:
        extract_article(a)
    return time.perf_counter() - start


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (and theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    args = ap.parse_args()

    base = corpus_articles(args.corpus)
    print(f"machine: {os.cpu_count()} cores; corpus: {len(base)} articles from {args.corpus}")
    per = time_extraction(base * 3) / (len(base) * 3)
    print(f"extraction only, in process: {per * 1000:.2f} ms/article, {1 / per:.0f} articles/s")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "articles.jsonl"
        words = replicate(base, args.articles, data)
        print(f"replicated: {args.articles} articles, {words} words")
        for jobs in args.jobs:
            store = Path(tmp) / f"store-{jobs}"
            cpu0 = _children_cpu()
            start = time.perf_counter()
            proc = subprocess.run([*CLI, "--store", str(store), "ingest", str(data),
                                   "--jobs", str(jobs)], capture_output=True, text=True, env=ENV)
            secs = time.perf_counter() - start
            cpu = _children_cpu() - cpu0
            if proc.returncode not in (0, 1):
                sys.exit(proc.stderr[-2000:])
            print(f"ingest --jobs {jobs}: {secs:.1f} s, {args.articles / secs:.0f} articles/s, "
                  f"{words / secs:.0f} words/s; CPU {cpu:.1f} s, "
                  f"{args.articles / cpu:.0f} articles per CPU-second  ({proc.stdout.strip()})")


if __name__ == "__main__":
    main()
