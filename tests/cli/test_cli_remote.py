"""``diplograph push``, ``extract`` and ``load-shards``, and the --update-endpoint option.

Targets are an embedded store and, when one runs, the private Virtuoso of
``scripts/virtuoso.sh`` (see ``tests/graph/conftest.py``).
"""
from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.graph.store import open_store
from diplograph.ingest import write_batch
from diplograph.loaders.triples import article_iri, extraction_to_triples
from diplograph.shards import write_shard

from ..conftest import make_extraction
from ..graph.conftest import empty_virtuoso, require_virtuoso

HAS_PIPELINE = importlib.util.find_spec("diplograph.loaders.pipeline") is not None
needs_pipeline = pytest.mark.skipif(not HAS_PIPELINE,
                                    reason="diplograph.loaders.pipeline not built yet")

ARTICLE = """---
url: https://example.org/remote/{n}
title: Remote test {n}
published: 2024-03-0{day}
source: Test Wire
---
German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday.
Indian Prime Minister Narendra Modi will visit Moscow in July, the ministry said.
"""


def articles_graphs(n: int) -> dict:
    """``n`` articles, each reporting events of its own (dated by month)."""
    graphs = {}
    for i in range(n):
        ex = make_extraction(url=f"https://example.org/push/{i}")
        for ev in ex.events:
            ev.date = f"2024-{i % 12 + 1:02d}-{i // 12 + 10}"
        graphs[article_iri(ex.article.url)] = extraction_to_triples(ex)
    return graphs


def quads_of(location: str, **options) -> set:
    with open_store(location, read_only=True, **options) as store:
        return set(store.quads())


@pytest.fixture(params=["oxigraph", "virtuoso"])
def target(request, tmp_path):
    """(store args for the CLI, extra push args, env, options to open it) for each kind."""
    if request.param == "oxigraph":
        yield [str(tmp_path / "target")], [], {}, {}
        return
    env = require_virtuoso()
    empty_virtuoso(env)
    creds = {"DIPLOGRAPH_USER": env["DIPLOGRAPH_TEST_VIRTUOSO_USER"],
             "DIPLOGRAPH_PASSWORD": env["DIPLOGRAPH_TEST_VIRTUOSO_PASSWORD"]}
    opts = {"update_endpoint": env["DIPLOGRAPH_TEST_VIRTUOSO_UPDATE"],
            "user": creds["DIPLOGRAPH_USER"], "password": creds["DIPLOGRAPH_PASSWORD"]}
    yield ([env["DIPLOGRAPH_TEST_VIRTUOSO"]],
           ["--to-update-endpoint", env["DIPLOGRAPH_TEST_VIRTUOSO_UPDATE"]], creds, opts)
    empty_virtuoso(env)


@pytest.fixture
def source(tmp_path) -> str:
    """An embedded store written as ingest writes it (articles + shared entity graph)."""
    from diplograph.ingest import write_batch

    path = str(tmp_path / "source")
    with open_store(path) as store:
        write_batch(store, articles_graphs(5))
    return path


def run(args, env=None):
    return CliRunner().invoke(cli, args, env=env or {}, catch_exceptions=False)


@pytest.mark.parametrize("times", [1, 2])
def test_cli_push_copies_the_store(source, target, times):
    location, extra, env, opts = target
    for _ in range(times):
        res = run(["--store", source, "push", "--to", location[0], *extra], env)
        assert res.exit_code == 0, res.output
    assert "5 articles pushed" in res.output and "0 failed" in res.output
    assert quads_of(location[0], **opts) == quads_of(source)


@pytest.mark.parametrize("name, expected", [("Modi", "Vladimir Putin")])
def test_cli_lookups_on_the_pushed_store(source, target, name, expected):
    location, extra, env, opts = target
    run(["--store", source, "push", "--to", location[0], *extra], env)
    for store in (source, location[0]):
        res = run(["--store", store, "meetings", name, "--format", "json"], env)
        assert res.exit_code == 0, res.output
        assert [r["with"] for r in json.loads(res.output)] == [expected] * 5


@pytest.mark.parametrize("graph", ["https://w3id.org/diplograph/id/article/cli-update"])
def test_cli_update_endpoint_option_reaches_the_store(target, graph):
    location, extra, env, _ = target
    update = extra[1:] and ["--update-endpoint", extra[1]]
    text = f"INSERT DATA {{ GRAPH <{graph}> {{ <{graph}> <https://schema.org/url> \"x\" }} }}"
    res = run(["--store", location[0], *update, "sparql", "--update", text], env)
    assert res.exit_code == 0, res.output
    res = run(["--store", location[0], "sparql", "--format", "json",
               f"ASK WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"], env)
    assert json.loads(res.output)["boolean"] is True


@pytest.mark.parametrize("batch", [2])
def test_cli_load_shards_equals_direct_writes(tmp_path, batch):
    graphs = articles_graphs(5)
    shards = tmp_path / "shards"
    shards.mkdir()
    items = list(graphs.items())
    for i in range(0, len(items), batch):
        write_shard(items[i:i + batch], shards / f"shard-{i:06d}.nq")
    loaded, direct = str(tmp_path / "loaded"), str(tmp_path / "direct")
    res = run(["--store", loaded, "load-shards", str(shards)])
    assert res.exit_code == 0, res.output
    assert "5 articles loaded" in res.output
    with open_store(direct) as store:
        write_batch(store, graphs)  # what ingest writes: entity facts to the shared graph
    assert quads_of(loaded) == quads_of(direct)


@pytest.mark.parametrize("n_articles", [4])
def test_cli_export_then_load_shards_keeps_the_shared_graph(tmp_path, target, n_articles):
    """An N-Quads export (articles + shared entity graph) loads back whole into any store."""
    from diplograph.ingest import write_batch

    location, extra, env, opts = target
    source = str(tmp_path / "ingested")
    with open_store(source) as store:
        write_batch(store, articles_graphs(n_articles))
    dump = tmp_path / "dump.nq"
    assert run(["--store", source, "export", "--format", "nquads", "-o", str(dump)]).exit_code == 0
    update = extra[1:] and ["--update-endpoint", extra[1]]
    res = run(["--store", location[0], *update, "load-shards", str(dump)], env)
    assert res.exit_code == 0, res.output
    assert quads_of(location[0], **opts) == quads_of(source)


def write_articles(folder, n: int):
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.md").write_text(ARTICLE.format(n=i, day=1 + i % 9), encoding="utf-8")
    return folder


@needs_pipeline
@pytest.mark.parametrize("jobs", [1, 2])
def test_cli_extract_then_load_equals_ingest(tmp_path, jobs):
    corpus = write_articles(tmp_path / "corpus", 6)
    shards = tmp_path / "shards"
    res = run(["extract", str(corpus), "-o", str(shards), "--jobs", str(jobs),
               "--shard-size", "4"])
    assert res.exit_code == 0, res.output
    assert "6 articles extracted" in res.output
    assert sorted(p.name for p in shards.iterdir()) == ["shard-000000.nq", "shard-000001.nq"]
    loaded, ingested = str(tmp_path / "loaded"), str(tmp_path / "ingested")
    assert run(["--store", loaded, "load-shards", str(shards)]).exit_code == 0
    assert run(["--store", ingested, "ingest", str(corpus)]).exit_code == 0
    assert quads_of(loaded) == quads_of(ingested) != set()


@pytest.mark.slow
@needs_pipeline
@pytest.mark.parametrize("n_articles, shard_size", [(24, 5)])
def test_dask_extract_on_a_local_cluster_equals_ingest(tmp_path, n_articles, shard_size):
    distributed = pytest.importorskip("distributed")
    from diplograph.ingest import ingest_paths
    from diplograph.loaders.readers import read_articles
    from diplograph.shards import extract_shards, load_shards

    corpus = write_articles(tmp_path / "corpus", n_articles)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster:
        summary = extract_shards(read_articles([str(corpus)]), tmp_path / "shards",
                                 scheduler=cluster.scheduler_address, shard_size=shard_size)
    assert summary.ingested == n_articles and not summary.skipped
    assert len(list((tmp_path / "shards").glob("shard-*.nq"))) == -(-n_articles // shard_size)
    with open_store(str(tmp_path / "loaded")) as store:
        load_shards([tmp_path / "shards"], store)
        loaded = set(store.quads())
    with open_store(str(tmp_path / "ingested")) as store:
        ingest_paths([str(corpus)], store)
        ingested = set(store.quads())
    assert loaded == ingested != set()


@pytest.mark.parametrize("password", ["pw-not-to-show"])
def test_cli_push_refusal_does_not_show_credentials(source, password):
    env = require_virtuoso()
    res = CliRunner().invoke(
        cli, ["--store", source, "push", "--to", env["DIPLOGRAPH_TEST_VIRTUOSO_UPDATE"]],
        env={"DIPLOGRAPH_USER": "nobody", "DIPLOGRAPH_PASSWORD": password})
    assert res.exit_code != 0
    assert "refused access" in res.output and password not in res.output
