"""Option stacks shared by the commands."""
from __future__ import annotations

from contextlib import contextmanager

import click

__all__ = ["format_option", "open_for_reading", "open_for_writing", "progress_reporter",
           "report_skipped", "warnings_on_own_lines"]

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
    """End the progress line, then name every skipped file with its reason, one a line.

    A reason never spans lines: a newline in it (from a file name or an
    exception's message) is shown as ``\\n``.
    """
    if shown:
        click.echo("", err=True)
    for path, reason in summary.skipped:
        click.echo(f"skipped {_one_line(path)}: {_one_line(reason)}", err=True)


def _one_line(text: str) -> str:
    return str(text).replace("\r", "\\r").replace("\n", "\\n")


@contextmanager
def warnings_on_own_lines(shown: bool):
    """Within the block, print the package's log warnings on stderr, each on a line
    of its own (clearing the progress line first when it is ``shown``).

    Without this, Python's last-resort handler writes them straight after the
    progress line ("12 read, 0 writtenfile.md: front matter has no url...").
    """
    import logging

    class _Lines(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            prefix = "\r\x1b[K" if shown else ""
            click.echo(prefix + _one_line(record.getMessage()), err=True)

    logger = logging.getLogger("diplograph")
    handler, propagate = _Lines(logging.WARNING), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
