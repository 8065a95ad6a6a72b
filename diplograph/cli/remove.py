"""``diplograph remove``: take articles out of the store."""
from __future__ import annotations

import click

from . import cli
from .options import open_for_writing

__all__ = ["remove_command"]


@cli.command("remove")
@click.argument("urls", nargs=-1, required=True)
@click.option("--wait", is_flag=True, help="Wait while another process writes to the store.")
@click.pass_context
def remove_command(ctx, urls: tuple[str, ...], wait: bool) -> None:
    """Remove the articles with these URLs, and every fact only they reported.

    An event reported by other articles too stays, with one report fewer.

    \b
    Example:
        diplograph remove https://example.org/news/2024/07/08/modi-moscow
    """
    from ..errors import DiplographError
    from ..ingest import remove_urls

    try:
        with open_for_writing(ctx, wait=wait) as store:
            removed, missing = remove_urls(store, urls)
    except DiplographError as err:
        raise click.ClickException(str(err)) from None
    for url in missing:
        click.echo(f"not in the store: {url}", err=True)
    click.echo(f"{removed} articles removed")
    ctx.exit(1 if missing else 0)
