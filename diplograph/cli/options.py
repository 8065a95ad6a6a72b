"""Option stacks shared by the commands."""
from __future__ import annotations

import click

__all__ = ["format_option", "open_for_reading", "open_for_writing", "progress_reporter",
           "report_skipped"]

format_option = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
    show_default=True, help="Output format.",
)


def _location(ctx: click.Context) -> str | None:
    return ctx.find_root().params.get("store")


def _store_options(ctx: click.Context) -> dict:
    return ctx.find_root().obj or {}


def open_for_reading(ctx: click.Context):
    """The store, opened read-only so readers work while another process writes."""
    from ..graph.store import open_store

    return _guard(lambda: open_store(_location(ctx), read_only=True, **_store_options(ctx)))


def open_for_writing(ctx: click.Context, wait: bool = False):
    """The store, opened for writing; with ``wait``, wait for another writer to finish."""
    import time

    from ..errors import StoreLockedError
    from ..graph.store import open_store

    while True:
        try:
            return open_store(_location(ctx), **_store_options(ctx))
        except StoreLockedError as err:
            if not wait:
                raise click.ClickException(f"{err} (use --wait to wait for it)") from None
            time.sleep(0.5)


def _guard(fn):
    from ..errors import DiplographError

    try:
        return fn()
    except DiplographError as err:
        raise click.ClickException(str(err)) from None


def progress_reporter(template: str):
    """A progress callback that rewrites one stderr line, and whether it shows.

    ``template`` is formatted with the summary as ``s``; nothing is shown when
    stderr is not a terminal (logs and pipes stay clean).
    """
    import sys

    show = sys.stderr.isatty()

    def progress(summary) -> None:
        if show:
            click.echo("\r" + template.format(s=summary), err=True, nl=False)

    return progress, show


def report_skipped(summary, shown: bool) -> None:
    """End the progress line, then name every skipped file with its reason."""
    if shown:
        click.echo("", err=True)
    for path, reason in summary.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
