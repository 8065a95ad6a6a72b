"""``diplograph serve``: browse the graph and query it over HTTP, read-only."""
from __future__ import annotations

import click

from . import cli

__all__ = ["serve_command"]


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default: only this machine).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Time limit of one SPARQL query, in seconds.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10000, show_default=True,
              help="Most rows (or triples) a SPARQL query may return.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="SPARQL queries run at once (one process each, embedded store).")
@click.pass_context
def serve_command(ctx, host: str, port: int, timeout: float, max_rows: int,
                  workers: int) -> None:
    """A read-only web explorer and SPARQL endpoint over the store.

    Pages for people, events, countries, organisations and articles (each
    also as .json), the graph's IRIs as linked data, and a SPARQL 1.1
    Protocol endpoint at /sparql. An ingest into the same store may run
    meanwhile: its articles appear within a second.

    \b
    Example:
        diplograph serve --port 8000
        curl 'http://127.0.0.1:8000/sparql?query=ASK%7B?s?p?o%7D'
    """
    from ..errors import DiplographError
    from ..graph.store import resolve_location
    from ..serve.app import ServeConfig, make_app
    from ..serve.server import bind_socket, run_server

    root = ctx.find_root()
    location = resolve_location(root.params.get("store"))
    options = {k: v for k, v in (root.obj or {}).items() if k == "update_endpoint"}
    try:
        sock = bind_socket(host, port)
        app = make_app(ServeConfig(location, timeout=timeout, max_rows=max_rows,
                                   workers=workers, store_options=options))
    except DiplographError as err:
        raise click.ClickException(str(err)) from None
    url_host = f"[{host}]" if ":" in host else host
    click.echo(f"serving {location} at http://{url_host}:{sock.getsockname()[1]}/ "
               f"(SPARQL at /sparql); Ctrl-C to stop", err=True)
    run_server(app, sock)
