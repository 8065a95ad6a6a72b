"""``diplograph sparql``: ask the graph anything."""
from __future__ import annotations

import sys

import click

from . import cli
from .options import open_for_reading, open_for_writing
from .output import echo_rows

__all__ = ["sparql_command"]


@cli.command("sparql")
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file ('-' for standard input).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "turtle"]),
              default="table", show_default=True,
              help="json is W3C SPARQL 1.1 Query Results JSON; turtle is for CONSTRUCT.")
@click.option("--update", is_flag=True, help="Allow a SPARQL UPDATE (it changes the store).")
@click.pass_context
def sparql_command(ctx, query: str | None, query_file, fmt: str, update: bool) -> None:
    """Run a SPARQL query over the union of all articles' graphs.

    QUERY is the query text, or '-' to read it from standard input. Read-only
    unless --update is given.

    \b
    Example:
        diplograph sparql 'PREFIX dg: <https://w3id.org/diplograph#>
          SELECT ?e WHERE { ?e a dg:Meeting }' --format csv
    """
    from ..errors import DiplographError
    from ..graph.store import is_update

    text = _query_text(query, query_file)
    try:
        if is_update(text):
            if not update:
                raise click.ClickException(
                    "this is a SPARQL UPDATE, which changes the store; "
                    "refused without --update")
            with open_for_writing(ctx) as store:
                store.update(text)
            click.echo("update done")
            return
        with open_for_reading(ctx) as store:
            result = store.query(text)
    except DiplographError as err:
        raise click.ClickException(str(err)) from None
    _print(result, fmt)


def _query_text(query: str | None, query_file) -> str:
    if query_file is not None:
        return query_file.read()
    if query == "-":
        return sys.stdin.read()
    if not query:
        raise click.UsageError("give a QUERY, '-' for standard input, or -f FILE")
    return query


def _print(result, fmt: str) -> None:
    if result.kind == "graph":
        from rdflib import Graph

        g = Graph()
        for t in result.triples:
            g.add(t)
        click.echo(g.serialize(format="nt" if fmt == "csv" else "turtle"))
        return
    if fmt == "json":
        click.echo(result.to_sparql_json())
    elif result.kind == "ask":
        click.echo("true" if result.boolean else "false")
    else:
        rows = [{k: (None if v is None else str(v)) for k, v in d.items()} for d in result.dicts()]
        echo_rows(rows, "csv" if fmt == "turtle" else fmt, result.variables)
