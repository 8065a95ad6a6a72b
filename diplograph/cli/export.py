"""``diplograph export``: write the whole graph to a file."""
from __future__ import annotations

import click

from . import cli
from .options import open_for_reading

__all__ = ["export_command"]


@cli.command("export")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "trig", "nquads", "jsonld", "ntriples", "rdfxml"]),
              help="RDF syntax; trig, nquads and jsonld keep each article's named graph.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="File to write ('-' for standard output).")
@click.pass_context
def export_command(ctx, fmt: str, output: str) -> None:
    """Export the graph as Turtle, TriG, N-Quads or JSON-LD.

    \b
    Example:
        diplograph export --format trig -o graph.trig
    """
    from ..errors import DiplographError

    try:
        with open_for_reading(ctx) as store:
            if output == "-":
                stream = click.get_binary_stream("stdout")
                store.export(fmt, stream)
            else:
                with open(output, "wb") as out:
                    store.export(fmt, out)
    except DiplographError as err:
        raise click.ClickException(str(err)) from None
    if output != "-":
        click.echo(f"wrote {output}", err=True)
