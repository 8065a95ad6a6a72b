"""The ``diplograph`` command line: thin click commands over the library."""
from __future__ import annotations

import click

from .. import __version__

__all__ = ["cli"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
@click.option(
    "--store", metavar="PATH|URL", envvar="DIPLOGRAPH_STORE",
    help="Store location: a directory for the embedded Oxigraph store (default "
         "./diplograph-store) or an http(s):// SPARQL endpoint. Env: DIPLOGRAPH_STORE.",
)
@click.pass_context
def cli(ctx: click.Context, store: str | None) -> None:
    """diplograph: diplomatic news into a knowledge graph you can query.

    \b
    Example:
        diplograph ingest articles/
        diplograph meetings Modi
        diplograph sparql 'SELECT * WHERE { ?s a <https://w3id.org/diplograph#Meeting> }'
    """
    ctx.ensure_object(dict)


from . import export, ingest, lookup, sparql  # noqa: E402,F401  (registers the commands)
