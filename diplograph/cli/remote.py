"""``diplograph push|extract|load-shards``: beyond one machine."""
from __future__ import annotations

import sys

import click

from . import cli
from .options import (
    open_for_reading,
    open_for_writing,
    progress_reporter,
    report_skipped,
    warnings_on_own_lines,
)

__all__ = ["push_command", "extract_command", "load_shards_command"]


@cli.command("push")
@click.option("--to", "target", metavar="URL", required=True,
              help="The SPARQL endpoint (or store path) to copy into.")
@click.option("--to-update-endpoint", metavar="URL",
              help="Its update endpoint, if not --to (Virtuoso: .../sparql-auth).")
@click.option("--batch", "batch_size", default=64, show_default=True,
              type=click.IntRange(1, 10000), help="Articles per write.")
@click.option("--jobs", "-j", default=2, show_default=True, type=click.IntRange(1, 32),
              help="Concurrent writers.")
@click.pass_context
def push_command(ctx, target: str, to_update_endpoint: str | None, batch_size: int,
                 jobs: int) -> None:
    """Copy the store (--store) into a SPARQL server, article by article.

    Each article's named graph replaces the graph of the same name on the
    server; credentials come from DIPLOGRAPH_USER and DIPLOGRAPH_PASSWORD.
    Exit code 1 when some articles could not be written (they are listed).

    \b
    Example:
        diplograph push --to http://127.0.0.1:8890/sparql \\
            --to-update-endpoint http://127.0.0.1:8890/sparql-auth
    """
    from ..errors import DiplographError
    from ..graph.push import push
    from ..graph.store import open_store

    progress, show = progress_reporter("{s.graphs} articles, {s.triples} triples pushed")
    options = {"update_endpoint": to_update_endpoint} if to_update_endpoint else {}
    try:
        with open_for_reading(ctx) as source, open_store(target, **options) as dest:
            summary = push(source, dest, batch_size=batch_size, jobs=jobs, progress=progress)
    except DiplographError as err:
        raise click.ClickException(str(err)) from None
    if show:
        click.echo("", err=True)
    for graph, reason in summary.failed:
        click.echo(f"not written {graph}: {reason}", err=True)
    click.echo(f"{summary.graphs} articles pushed, {summary.triples} triples; "
               f"{len(summary.failed)} failed")
    ctx.exit(1 if summary.failed else 0)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "out_dir", required=True,
              type=click.Path(file_okay=False, writable=True),
              help="Folder for the shards (shard-NNNNNN.nq; earlier ones are replaced).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for extraction.")
@click.option("--dask", "scheduler", metavar="ADDRESS",
              help="Extract on a Dask cluster (scheduler address, e.g. tcp://host:8786).")
@click.option("--shard-size", default=200, show_default=True, type=click.IntRange(1),
              help="Articles per shard.")
def extract_command(paths: tuple[str, ...], out_dir: str, jobs: int, scheduler: str | None,
                    shard_size: int) -> None:
    """Read articles into N-Quads shards, without a store.

    Each shard holds whole articles, each in its own named graph; load them
    with 'diplograph load-shards' (or any RDF tool). With --dask, workers
    only extract: this machine reads the files and writes the shards.

    \b
    Example:
        diplograph extract corpus/ -o shards/ --jobs 4
        diplograph extract corpus/ -o shards/ --dask tcp://10.0.0.5:8786
    """
    from ..errors import DiplographError
    from ..loaders.readers import read_articles
    from ..shards import extract_shards

    progress, show = progress_reporter("{s.read} read, {s.ingested} extracted")
    try:
        with warnings_on_own_lines(show):
            summary = extract_shards(read_articles(list(paths)), out_dir, jobs=jobs,
                                     scheduler=scheduler, shard_size=shard_size,
                                     progress=progress)
    except DiplographError as err:
        raise click.ClickException(str(err)) from None
    report_skipped(summary, show)
    click.echo(f"{summary.ingested} articles extracted, {summary.events} events, "
               f"{summary.triples} triples; {len(summary.skipped)} skipped")
    sys.exit(1 if summary.skipped else 0)


@cli.command("load-shards")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--wait", is_flag=True, help="Wait while another process writes to the store.")
@click.pass_context
def load_shards_command(ctx, paths: tuple[str, ...], wait: bool) -> None:
    """Write N-Quads shards from 'diplograph extract' into the store.

    Each article's named graph is replaced, as 'diplograph ingest' does.

    \b
    Example:
        diplograph load-shards shards/
    """
    from ..errors import DiplographError
    from ..shards import load_shards

    progress, show = progress_reporter("{s.ingested} articles loaded")
    try:
        with open_for_writing(ctx, wait=wait) as store:
            summary = load_shards(paths, store, progress=progress)
    except DiplographError as err:
        raise click.ClickException(str(err)) from None
    if show:
        click.echo("", err=True)
    click.echo(f"{summary.ingested} articles loaded, {summary.triples} triples")
