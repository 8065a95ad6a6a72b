"""``diplograph ingest``: read articles into the store."""
from __future__ import annotations

import click

from . import cli
from .options import open_for_writing, progress_reporter, report_skipped, warnings_on_own_lines

__all__ = ["ingest_command"]


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for extraction.")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1, 10_000),
              help="Articles written per transaction.")
@click.option("--wait", is_flag=True, help="Wait while another process writes to the store.")
@click.pass_context
def ingest_command(ctx: click.Context, paths: tuple[str, ...], jobs: int, batch_size: int,
                   wait: bool) -> None:
    """Read article files and folders into the store.

    Formats: .md/.txt with or without front matter, .jsonl, .html. A file that
    cannot be read is reported with the reason and skipped; the exit code is 0
    when every article went in and 1 when some were skipped.

    \b
    Example:
        diplograph ingest examples/
        diplograph --store /data/news ingest dump.jsonl --jobs 2
    """
    from ..errors import DiplographError
    from ..ingest import ingest_paths

    progress, show = progress_reporter("{s.read} read, {s.ingested} written")
    store = open_for_writing(ctx, wait=wait)
    try:
        with store, warnings_on_own_lines(show):
            summary = ingest_paths(paths, store, jobs=jobs, batch_size=batch_size,
                                       progress=progress)
    except DiplographError as err:
        raise click.ClickException(str(err)) from None
    report_skipped(summary, show)
    click.echo(
        f"{summary.read} read, {summary.ingested} articles ingested, {summary.events} events, "
        f"{summary.triples} triples; {len(summary.skipped)} skipped"
    )
    for reason, n in sorted(summary.skipped_by_reason.items(), key=lambda item: -item[1]):
        click.echo(f"  skipped {n}: {reason}")
    ctx.exit(1 if summary.skipped else 0)
