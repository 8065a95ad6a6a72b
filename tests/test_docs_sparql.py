"""The SPARQL examples of the README and docs/ontology.md run and answer (issue 12)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplograph.graph.store import open_store
from diplograph.ingest import ingest_paths

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```sparql\n(.*?)```", re.S)
EXAMPLES = [(doc, i, text) for doc in ("README.md", "docs/ontology.md")
            for i, text in enumerate(BLOCK.findall((ROOT / doc).read_text(encoding="utf-8")))]


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("docs") / "store")
    with open_store(path) as store:
        ingest_paths([str(ROOT / "examples" / "articles")], store)
    return path


@pytest.mark.parametrize("doc, i, text", EXAMPLES, ids=[f"{d}#{i}" for d, i, _ in EXAMPLES])
def test_docs_sparql_example_answers_on_the_examples(examples_store, doc, i, text):
    with open_store(examples_store, read_only=True) as store:
        rows = store.query(text).rows
    assert rows, f"{doc}: SPARQL example {i} finds nothing on examples/articles"
