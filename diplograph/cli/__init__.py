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
@click.option(
    "--update-endpoint", metavar="URL", envvar="DIPLOGRAPH_UPDATE_ENDPOINT",
    help="SPARQL update endpoint of a remote store, if not the --store URL (Virtuoso: "
         ".../sparql-auth). Credentials: DIPLOGRAPH_USER, DIPLOGRAPH_PASSWORD. "
         "Env: DIPLOGRAPH_UPDATE_ENDPOINT.",
)
@click.pass_context
def cli(ctx: click.Context, store: str | None, update_endpoint: str | None) -> None:
    """diplograph: diplomatic news into a knowledge graph you can query.

    \b
    Example:
        diplograph ingest articles/
        diplograph meetings Modi
        diplograph sparql 'SELECT * WHERE { ?s a <https://w3id.org/diplograph#Meeting> }'
    """
    ctx.ensure_object(dict)
    if update_endpoint:
        ctx.obj["update_endpoint"] = update_endpoint


# Importing the command modules registers their commands on the group.
from . import export, ingest, lookup, network, remote, remove, serve, sparql  # noqa: E402,F401
